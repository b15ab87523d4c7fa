// Child processes of the race: every server and the load worker run as `node --import tsx <entry>`
// (the same way for all three servers), with a clean environment, a preload that ends them when the
// harness is gone, stdout read line by line, and a stop that escalates from SIGTERM to SIGKILL. Every child started here is tracked until it exits, so
// the harness can kill all of them on failure or on a signal.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ChildOptions {
  name: string;
  entry: string;
  args?: string[];
  cwd: string;
  env: Record<string, string>;
  onLine?: (line: string) => void;
  /** Pipe stdin (the load worker reads jobs there). */
  stdin?: boolean;
}

export interface Child {
  name: string;
  process: ChildProcess;
  /** Last lines of stderr (and of stdout when no onLine), for error messages. */
  tail(): string;
  stop(): Promise<void>;
}

const running = new Set<Child>();
const WATCHDOG = join(dirname(fileURLToPath(import.meta.url)), 'exit-with-parent.ts');
const TAIL_LINES = 30;

/** The environment every child gets: enough to run node, nothing of the harness's own. */
export function baseEnv(): Record<string, string> {
  const env: Record<string, string> = { NODE_ENV: 'production', RACE_PARENT_PID: String(process.pid) };
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}

export function startChild(options: ChildOptions): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', '--import', WATCHDOG, options.entry, ...(options.args ?? [])], {
    cwd: options.cwd,
    env: options.env,
    stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (line: string) => {
    lines.push(line);
    if (lines.length > TAIL_LINES) lines.shift();
  };
  if (proc.stdout) createInterface({ input: proc.stdout }).on('line', options.onLine ?? keep);
  if (proc.stderr) createInterface({ input: proc.stderr }).on('line', keep);
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const child: Child = {
    name: options.name,
    process: proc,
    tail: () => lines.join('\n'),
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill('SIGTERM');
        const timer = setTimeout(() => proc.kill('SIGKILL'), 8_000);
        await exited;
        clearTimeout(timer);
      }
      running.delete(child);
    },
  };
  running.add(child);
  void exited.then(() => running.delete(child));
  return child;
}

/** Stops every child still running (each by its own pid). */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map((c) => c.stop()));
}

/** Polls `url` until it answers 200, or fails with the child's last output. */
export async function waitForHttp(child: Child, url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new Error(`${child.name} exited (${child.process.exitCode}):\n${child.tail()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs} ms:\n${child.tail()}`);
}

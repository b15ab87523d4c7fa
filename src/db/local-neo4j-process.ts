// Process helpers for the local Neo4j: Java and the jars present, is a pid our launcher, stop it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const JAVA_MISSING = 'Java 17+ is required to run the local Neo4j: install openjdk-17-jre-headless or set NEO4J_URI to an existing server';
const STOP_TIMEOUT_MS = 30_000;

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export async function terminate(pid: number): Promise<void> {
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isLauncher(pid)) {
    if (Date.now() > deadline) {
      signal(pid, 'SIGKILL');
      await sleep(500);
      return;
    }
    await sleep(100);
  }
}

export function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

// A live pid is ours only if it still runs the launcher: pids are recycled, and an exited child of
// this process lingers as a zombie (empty cmdline) until Node reaps it.
export function isLauncher(pid: number): boolean {
  if (process.platform === 'linux') {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('Launcher.java');
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function requireJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) throw new Error(JAVA_MISSING);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match?.[1] === '1' ? Number(match[2]) : Number(match?.[1]);
  if (!(major >= 17)) throw new Error(`${JAVA_MISSING} (found: ${result.stderr.split('\n')[0]?.trim()})`);
}

export async function ensureJars(root: string, log: (msg: string) => void): Promise<void> {
  const lib = join(root, '.neo4j', 'lib');
  const marker = join(lib, '.complete');
  if (existsSync(marker)) return;
  if (spawnSync('mvn', ['-v']).error) {
    throw new Error(
      'Maven (mvn) is required once to fetch the Neo4j jars from Maven Central: install maven, or set NEO4J_URI to an existing server',
    );
  }
  log('fetching Neo4j 5.26 jars from Maven Central (first run only, ~30 s)');
  mkdirSync(lib, { recursive: true });
  const args = ['-q', '-B', '-f', join(root, 'neo4j-local', 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`];
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const mvn = spawn('mvn', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    mvn.stdout.on('data', (b: Buffer) => output.push(b));
    mvn.stderr.on('data', (b: Buffer) => output.push(b));
    mvn.on('error', fail);
    mvn.on('close', done);
  });
  if (code !== 0) {
    const tail = Buffer.concat(output).toString('utf8').trim().split('\n').slice(-30).join('\n');
    throw new Error(`mvn could not fetch the Neo4j jars (exit ${code}):\n${tail}`);
  }
  writeFileSync(marker, `${new Date().toISOString()}\n`);
}

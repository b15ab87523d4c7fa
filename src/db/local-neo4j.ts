// Starts, reuses, stops and reports a local Neo4j 5.26 (embedded DBMS from Maven Central jars, run
// by neo4j-local/Launcher.java under Java 17+) so development and tests need neither Docker nor a server.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { z } from 'zod';

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  password: string;
  heap: string;
  log?: (msg: string) => void;
  /** Throwaway instances (tests, benchmarks): Neo4j shuts itself down when this process is gone. */
  exitWithThisProcess?: boolean;
}

export interface LocalNeo4jHandle {
  uri: string;
  user: 'neo4j';
  password: string;
  port: number;
  startedHere: boolean;
  pid: number | undefined;
  stop(): Promise<void>;
}

type Probe = 'ok' | 'unauthorized' | 'unreachable';

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const POLL_MS = 250;
// Magic preamble, then four proposals: 5.x (ranges 5.0-5.8), 4.4-4.2, 4.1, 3.
const BOLT_HANDSHAKE = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 2, 4, 4, 0, 0, 1, 4, 0, 0, 0, 3]);
const JAVA_MISSING =
  'Java 17+ is required to run the local Neo4j: install openjdk-17-jre-headless or set NEO4J_URI to an existing server';
const stateSchema = z.object({ pid: z.number().int().positive(), port: z.number().int(), logOffset: z.number().int() });
type State = z.infer<typeof stateSchema>;

/** The repository root (the folder holding package.json and neo4j-local/), from src/ or dist/src/. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'neo4j-local'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the repository root (package.json beside neo4j-local/)');
    dir = parent;
  }
  return dir;
}

/** Starts a local Neo4j for `dataDir`, or reuses the one already serving it; resolves once Bolt accepts the password. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jHandle> {
  const log = opts.log ?? (() => {});
  const root = repoRoot();
  const dataDir = resolve(root, opts.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const state = readState(dataDir);
  if (state && isLauncher(state.pid)) {
    try {
      await waitReady(state.pid, state.port, opts.password, join(dataDir, 'neo4j-local.log'), state.logOffset, undefined);
      log(`reusing the local Neo4j (pid ${state.pid}) on ${boltUri(state.port)}`);
      return handle(opts.password, state.port, state.pid, false, dataDir);
    } catch (err) {
      if (isLauncher(state.pid)) throw err;
    }
  }
  if (state) clearState(dataDir, state.pid);

  const port = opts.port === 0 ? await freePort() : opts.port;
  if (!(await isPortFree(port))) {
    if ((await probe(port, opts.password)) !== 'ok') {
      throw new Error(
        `Port ${port} is in use by something that is not this project's Neo4j (or rejects NEO4J_PASSWORD): ` +
          'set LOCAL_NEO4J_PORT to a free port, stop that process, or set NEO4J_URI to use it',
      );
    }
    log(`port ${port} already serves a Neo4j that accepts NEO4J_PASSWORD; reusing it (not started here)`);
    return handle(opts.password, port, undefined, false, dataDir);
  }

  requireJava();
  await ensureJars(root, log);
  return launch(root, dataDir, port, opts, log);
}

/** Stops the local Neo4j recorded in `dataDir`; resolves true if one was running and is now stopped. */
export async function stopLocalNeo4j(opts: Pick<LocalNeo4jOptions, 'dataDir' | 'port'>): Promise<boolean> {
  const dataDir = resolve(repoRoot(), opts.dataDir);
  const state = readState(dataDir);
  if (!state) return false;
  const running = isLauncher(state.pid);
  if (running) await terminate(state.pid);
  clearState(dataDir, state.pid);
  return running;
}

/** Reports whether a local Neo4j serves `dataDir` (or answers on `port`) and whether it accepts the password. */
export async function localNeo4jStatus(
  opts: Pick<LocalNeo4jOptions, 'dataDir' | 'port' | 'password'>,
): Promise<{ running: boolean; pid?: number; uri?: string; message: string }> {
  const dataDir = resolve(repoRoot(), opts.dataDir);
  const state = readState(dataDir);
  if (state && isLauncher(state.pid)) {
    const uri = boltUri(state.port);
    const answer = await probe(state.port, opts.password);
    const detail = { ok: 'accepts NEO4J_PASSWORD', unauthorized: 'REJECTS NEO4J_PASSWORD', unreachable: 'not answering yet' };
    return { running: true, pid: state.pid, uri, message: `Neo4j (pid ${state.pid}) on ${uri}: ${detail[answer]}` };
  }
  if (opts.port !== 0 && (await probe(opts.port, opts.password)) === 'ok') {
    const uri = boltUri(opts.port);
    return { running: true, uri, message: `a Neo4j not started for ${dataDir} answers on ${uri} and accepts NEO4J_PASSWORD` };
  }
  return { running: false, message: `no local Neo4j is running for ${dataDir}` };
}

async function launch(
  root: string,
  dataDir: string,
  port: number,
  opts: LocalNeo4jOptions,
  log: (msg: string) => void,
): Promise<LocalNeo4jHandle> {
  const logPath = join(dataDir, 'neo4j-local.log');
  const logOffset = existsSync(logPath) ? statSync(logPath).size : 0;
  const out = openSync(logPath, 'a');
  const started = Date.now();
  let child: ChildProcess;
  try {
    const args = [`-Xmx${opts.heap}`, '-cp', join(root, '.neo4j', 'lib', '*'), join(root, 'neo4j-local', 'Launcher.java')];
    const owner = opts.exitWithThisProcess ? [String(process.pid)] : [];
    child = spawn('java', [...args, dataDir, String(port), ...owner], {
      cwd: root,
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_LOCAL_PASSWORD: opts.password },
    });
  } finally {
    closeSync(out);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not start java for the local Neo4j');
  child.unref();
  writeFileSync(statePath(dataDir), JSON.stringify({ pid, port, logOffset } satisfies State));
  try {
    await waitReady(pid, port, opts.password, logPath, logOffset, child);
  } catch (err) {
    if (isLauncher(pid)) await terminate(pid);
    clearState(dataDir, pid);
    throw err;
  }
  log(`Neo4j ready on ${boltUri(port)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return handle(opts.password, port, pid, true, dataDir);
}

// Waits for the launcher's ready line before trying the password: polling Bolt with it earlier can hit
// the window before a new store's password is set, and failed logins lock the user for a few seconds.
async function waitReady(
  pid: number,
  port: number,
  password: string,
  logPath: string,
  logOffset: number,
  child: ChildProcess | undefined,
): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const readyLine = `NEO4J_LOCAL_READY ${boltUri(port)}`;
  while (Date.now() < deadline) {
    if (child?.exitCode != null || child?.signalCode != null || !isLauncher(pid)) {
      throw new Error(`The local Neo4j exited during start-up; last lines of ${logPath}:\n${logTail(logPath, logOffset)}`);
    }
    if (readLog(logPath, logOffset).includes(readyLine)) {
      const answer = await probe(port, password);
      if (answer === 'ok') return;
      if (answer === 'unauthorized') {
        throw new Error(
          `The local Neo4j in ${dirname(logPath)} rejects NEO4J_PASSWORD: its store was created with another ` +
            'password; use that one, or delete the data directory to start afresh',
        );
      }
    }
    await sleep(POLL_MS);
  }
  throw new Error(`The local Neo4j did not answer on ${boltUri(port)} within ${READY_TIMEOUT_MS / 1000} s; see ${logPath}`);
}

async function probe(port: number, password: string): Promise<Probe> {
  if (!(await speaksBolt(port))) return 'unreachable';
  const driver = neo4j.driver(boltUri(port), neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 1,
  });
  try {
    return (await driver.verifyAuthentication()) ? 'ok' : 'unauthorized';
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    return code.startsWith('Neo.ClientError.Security.') ? 'unauthorized' : 'unreachable';
  } finally {
    await driver.close();
  }
}

// A raw Bolt handshake first: the driver leaves its socket open when a non-Bolt server never
// answers, which keeps the Node process alive.
function speaksBolt(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    const finish = (result: boolean) => {
      socket.destroy();
      done(result);
    };
    socket.setTimeout(2_000, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write(BOLT_HANDSHAKE));
    socket.once('data', (reply: Buffer) => finish(reply.length >= 4 && reply.readUInt32BE(0) !== 0));
  });
}

function handle(password: string, port: number, pid: number | undefined, startedHere: boolean, dataDir: string): LocalNeo4jHandle {
  let stopped = false;
  return {
    uri: boltUri(port),
    user: 'neo4j',
    password,
    port,
    startedHere,
    pid,
    async stop() {
      if (!startedHere || stopped || pid === undefined) return;
      stopped = true;
      if (isLauncher(pid)) await terminate(pid);
      clearState(dataDir, pid);
    },
  };
}

async function terminate(pid: number): Promise<void> {
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

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

// A live pid is ours only if it still runs the launcher: pids are recycled, and an exited child of
// this process lingers as a zombie (empty cmdline) until Node reaps it.
function isLauncher(pid: number): boolean {
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

function requireJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) throw new Error(JAVA_MISSING);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match?.[1] === '1' ? Number(match[2]) : Number(match?.[1]);
  if (!(major >= 17)) throw new Error(`${JAVA_MISSING} (found: ${result.stderr.split('\n')[0]?.trim()})`);
}

async function ensureJars(root: string, log: (msg: string) => void): Promise<void> {
  const lib = join(root, '.neo4j', 'lib');
  const marker = join(lib, '.complete');
  if (existsSync(marker)) return;
  if (spawnSync('mvn', ['-v']).error) {
    throw new Error('Maven (mvn) is required once to fetch the Neo4j jars from Maven Central: install maven, or set NEO4J_URI to an existing server');
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

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? done(port) : fail(new Error('Could not find a free port'))));
    });
  });
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

function readState(dataDir: string): State | undefined {
  try {
    return stateSchema.parse(JSON.parse(readFileSync(statePath(dataDir), 'utf8')));
  } catch {
    return undefined;
  }
}

// Only if the file still names this pid: a concurrent start may have replaced it.
function clearState(dataDir: string, pid: number): void {
  if (readState(dataDir)?.pid === pid) rmSync(statePath(dataDir), { force: true });
}

function readLog(logPath: string, offset: number): string {
  try {
    return readFileSync(logPath).subarray(offset).toString('utf8');
  } catch {
    return '';
  }
}

function logTail(logPath: string, offset: number): string {
  return readLog(logPath, offset).trimEnd().split('\n').slice(-30).join('\n');
}

const statePath = (dataDir: string) => join(dataDir, 'neo4j-local.json');
const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

// Starts, reuses, stops and reports a local Neo4j 5.26 (embedded DBMS from Maven Central jars, run
// by neo4j-local/Launcher.java under Java 17+) so development and tests need neither Docker nor a server.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { boltUri, freePort, isPortFree, probe } from './local-neo4j-probe.js';
import { repoRoot } from '../base/paths.js';
import { ensureJars, isLauncher, requireJava, sleep, terminate } from './local-neo4j-process.js';
import { sizeMemory, storeBytes, type MemorySettings } from './local-neo4j-memory.js';

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  password: string;
  /** JVM heap (`1g`); sized from the store and the machine when absent (local-neo4j-memory.ts). */
  heap?: string;
  /** Page cache (`2g`); sized from the store and the machine when absent. */
  pageCache?: string;
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
  /** The heap and page cache it was started with (undefined when an already running one was reused). */
  memory: MemorySettings | undefined;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 120_000;
const POLL_MS = 250;
const stateSchema = z.object({ pid: z.number().int().positive(), port: z.number().int(), logOffset: z.number().int() });
type State = z.infer<typeof stateSchema>;

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
  const memory = sizeMemory({ storeBytes: storeBytes(dataDir), totalMemoryBytes: totalmem(), heap: opts.heap, pageCache: opts.pageCache });
  log(
    `Neo4j memory: heap ${memory.heap}${memory.sized.heap ? ' (sized)' : ''}, ` +
      `page cache ${memory.pageCache}${memory.sized.pageCache ? ' (sized)' : ''}`,
  );
  let child: ChildProcess;
  try {
    const args = [`-Xmx${memory.heap}`, '-cp', join(root, '.neo4j', 'lib', '*'), join(root, 'neo4j-local', 'Launcher.java')];
    const owner = opts.exitWithThisProcess ? [String(process.pid)] : [];
    child = spawn('java', [...args, dataDir, String(port), ...owner], {
      cwd: root,
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_LOCAL_PASSWORD: opts.password, NEO4J_LOCAL_PAGECACHE_BYTES: String(memory.pageCacheBytes) },
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
  return handle(opts.password, port, pid, true, dataDir, memory);
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

function handle(
  password: string,
  port: number,
  pid: number | undefined,
  startedHere: boolean,
  dataDir: string,
  memory?: MemorySettings,
): LocalNeo4jHandle {
  let stopped = false;
  return {
    memory,
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

// `npm start` as a process supervisor runs it: SIGTERM to the npm process alone stops the server and the
// local Neo4j it started (the real start command, with a throwaway Neo4j data folder). Ctrl-C in a terminal
// signals the whole process group, and npm forwards its copy to node: node must take the two as one and
// still shut down in order (that run uses the test Neo4j through NEO4J_URI, to stay quick).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import { freePort } from '../../src/db/local-neo4j-probe.js';
import { isLauncher } from '../../src/db/local-neo4j-process.js';
import { stopLocalNeo4j } from '../../src/db/local-neo4j.js';

const dataDir = mkdtempSync(join(tmpdir(), 'policy-graph-npm-start-'));
let boltPort = 0;
const started: ChildProcess[] = [];

afterAll(async () => {
  // Whatever a failed run left: the npm process group (npm, node) and the Neo4j recorded in the data folder.
  for (const child of started) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await stopLocalNeo4j({ dataDir, port: boltPort });
  rmSync(dataDir, { recursive: true, force: true });
});

interface Started {
  npm: ChildProcess;
  url: string;
  /** The local Neo4j's launcher, when this run started one. */
  neo4jPid?: number;
  output: () => string;
  exited: Promise<number | string | null>;
}

/** Runs `npm start` (prestart's build, then node) as its own process group; resolves once it serves GraphQL. */
async function npmStart(overrides: NodeJS.ProcessEnv = {}): Promise<Started> {
  boltPort ||= await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'info',
    LOCAL_NEO4J_DATA_DIR: dataDir,
    LOCAL_NEO4J_PORT: String(boltPort),
    LOCAL_NEO4J_HEAP: '512m',
    NEO4J_PASSWORD: 'npm-start-test-password',
  };
  delete env.NEO4J_URI;
  Object.assign(env, overrides);
  const npm = spawn('npm', ['start'], { cwd: repoRoot(), env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(npm);
  let text = '';
  npm.stdout!.on('data', (b: Buffer) => (text += b.toString('utf8')));
  npm.stderr!.on('data', (b: Buffer) => (text += b.toString('utf8')));
  const exited = new Promise<number | string | null>((resolve) => npm.once('exit', (code, signal) => resolve(code ?? signal)));
  const deadline = Date.now() + 150_000;
  let url: string | undefined;
  while (!url) {
    if (Date.now() > deadline || npm.exitCode !== null) throw new Error(`npm start did not serve GraphQL:\n${text.slice(-3000)}`);
    url = /GraphQL at (http:\/\/\S+)\/graphql/.exec(text)?.[1];
    await new Promise((r) => setTimeout(r, 250));
  }
  const state = join(dataDir, 'neo4j-local.json');
  const local = env.NEO4J_URI === undefined;
  const neo4jPid = local ? (JSON.parse(readFileSync(state, 'utf8')) as { pid: number }).pid : undefined;
  return { npm, url, neo4jPid, output: () => text, exited };
}

async function expectAllStopped(run: Started) {
  const exit = await Promise.race([run.exited, new Promise((r) => setTimeout(() => r('still running after 60 s'), 60_000))]);
  expect(exit, run.output().slice(-2000)).not.toBe('still running after 60 s');
  expect(run.output()).toMatch(/"msg":"stopped"/);
  await expect(fetch(`${run.url}/health/live`)).rejects.toThrow();
  if (run.neo4jPid === undefined) return;
  expect(isLauncher(run.neo4jPid), 'the local Neo4j is still running').toBe(false);
  expect(existsSync(join(dataDir, 'neo4j-local.json'))).toBe(false);
}

describe('npm start under a supervisor', () => {
  it('stops the server and the Neo4j it started on SIGTERM to the npm process', async () => {
    const run = await npmStart();
    expect(run.neo4jPid).toEqual(expect.any(Number));
    expect((await fetch(`${run.url}/health/ready`)).status).toBe(200);
    process.kill(run.npm.pid!, 'SIGTERM');
    await expectAllStopped(run);
  }, 240_000);

  it('shuts down in order on Ctrl-C in a terminal (SIGINT to the process group, forwarded once more by npm)', async () => {
    const { uri, password } = inject('neo4j');
    const run = await npmStart({ NEO4J_URI: uri, NEO4J_PASSWORD: password, SEED_ON_EMPTY: 'false' });
    process.kill(-run.npm.pid!, 'SIGINT');
    await expectAllStopped(run);
  }, 240_000);
});

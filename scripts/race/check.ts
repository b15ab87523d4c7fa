// Before any timing: every operation's three answers, normalised, must agree: deep-equal, or for
// capped answers with no defined order, each checked against the full candidate set. Fails loudly with
// the differences; the canonical answers are also written to a temporary folder for inspection.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffAnswers } from './check-diff.js';
import { mapLimited } from './map-limited.js';
import { SERVER_NAMES, type OpInput, type RaceOperation, type Send, type ServerName } from './ops/types.js';

export interface PreparedOperation {
  op: RaceOperation;
  input: OpInput;
}

/** Runs each operation's `prepare` (e.g. page-1 cursors) and gives the inputs to check and time with. */
export async function prepareOperations(
  ops: readonly RaceOperation[],
  input: OpInput,
  send: Send,
  servers: readonly ServerName[] = SERVER_NAMES,
): Promise<PreparedOperation[]> {
  const prepared: PreparedOperation[] = [];
  for (const op of ops) prepared.push({ op, input: op.prepare ? { ...input, prepared: await op.prepare(send, input, servers) } : input });
  return prepared;
}

const CHECK_CONCURRENCY = 3;

/** Operations (by key) a server could not answer, with its error: raced without that server. */
export type Unanswered = Map<string, { server: ServerName; error: string }>;

interface Outcome {
  problems: string[];
  peerError?: string;
}

async function outcomeOf({ op, input }: PreparedOperation, send: Send, servers: readonly ServerName[], dump: string): Promise<Outcome> {
  const calls = op.calls(input);
  const answers: Partial<Record<ServerName, unknown>> = {};
  let peerError: string | undefined;
  for (const server of servers) {
    try {
      answers[server] = op.normalise[server](await send(server, calls[server]));
    } catch (error) {
      if (server !== 'peer' || !op.peerMayFail) throw error;
      peerError = String(error);
      continue;
    }
    writeFileSync(join(dump, `${op.key}.${server}.json`), JSON.stringify(answers[server], null, 1));
  }
  const answered = servers.filter((s) => s in answers);
  return { problems: await problemsOf(op, input, answered, answers, send), peerError };
}

async function problemsOf(
  op: RaceOperation,
  input: OpInput,
  servers: readonly ServerName[],
  answers: Partial<Record<ServerName, unknown>>,
  send: Send,
): Promise<string[]> {
  if (op.comparison.kind === 'equal') {
    const [reference, ...others] = [...servers].reverse();
    return others.flatMap((server) => diffAnswers(answers[server], answers[reference!]).map((d) => `${server} vs ${reference}: ${d}`));
  }
  const problems: string[] = [];
  for (const server of servers) {
    for (const p of await op.comparison.check(answers[server], send, input)) problems.push(`${server}: ${p}`);
  }
  return problems;
}

/**
 * Checks every operation on `servers` (the last is the reference, normally raw); throws, listing every
 * operation whose answers disagree. Gives back the operations the peer could not answer (peerMayFail).
 */
export async function checkAnswers(
  ops: readonly PreparedOperation[],
  send: Send,
  log: (msg: string) => void,
  servers: readonly ServerName[] = SERVER_NAMES,
): Promise<Unanswered> {
  const dump = join(tmpdir(), 'policy-graph-race-answers');
  rmSync(dump, { recursive: true, force: true });
  mkdirSync(dump, { recursive: true });
  const failures: string[] = [];
  const unanswered: Unanswered = new Map();
  // Operations are checked a few at a time: the first run of each query plans it (the peer's generated
  // Cypher takes Neo4j seconds to plan on a fresh database), and planning overlaps well with the rest.
  const outcomes = await mapLimited(ops, CHECK_CONCURRENCY, async (prepared) => {
    const outcome = await outcomeOf(prepared, send, servers, dump);
    const { problems, peerError } = outcome;
    const peerNote = peerError ? ` (peer cannot answer: ${peerError.slice(0, 200)})` : '';
    log(`check ${prepared.op.key}: ${problems.length === 0 ? 'answers agree' : `${problems.length} problems`}${peerNote}`);
    return outcome;
  });
  ops.forEach((prepared, i) => {
    const { problems, peerError } = outcomes[i]!;
    if (peerError) unanswered.set(prepared.op.key, { server: 'peer', error: peerError });
    if (problems.length > 0) failures.push(`${prepared.op.key}:\n    ${problems.join('\n    ')}`);
  });
  if (failures.length > 0) {
    throw new Error(`answers differ (canonical answers in ${dump}):\n  ${failures.join('\n  ')}`);
  }
  return unanswered;
}

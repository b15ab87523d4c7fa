// Runs load jobs in the load worker process (scripts/race/measure/load-worker.ts), one at a time.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseEnv, startChild, type Child } from '../servers/child.js';
import { workerLine, type LoadJob, type LoadResult } from './load-protocol.js';

export interface LoadClient {
  run(job: Omit<LoadJob, 'id'>): Promise<LoadResult>;
  stop(): Promise<void>;
}

export function startLoadClient(root: string): LoadClient {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (r: LoadResult) => void; reject: (e: Error) => void }>();
  const failAll = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const onLine = (line: string) => {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return;
    }
    const parsed = workerLine.safeParse(json);
    if (!parsed.success) return;
    if ('error' in parsed.data) return failAll(new Error(`load worker: ${parsed.data.error}`));
    const w = waiting.get(parsed.data.id);
    waiting.delete(parsed.data.id);
    w?.resolve(parsed.data);
  };
  const entry = join(dirname(fileURLToPath(import.meta.url)), 'load-worker.ts');
  const child: Child = startChild({ name: 'load worker', entry, cwd: root, env: baseEnv(), onLine, stdin: true });
  child.process.once('exit', (code) => failAll(new Error(`load worker exited (${code}):\n${child.tail()}`)));
  return {
    run(job) {
      const id = nextId++;
      return new Promise<LoadResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        child.process.stdin?.write(`${JSON.stringify({ ...job, id })}\n`);
      });
    },
    stop: () => child.stop(),
  };
}

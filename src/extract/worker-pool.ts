// A small pool of worker threads, one task at a time each, with a time budget per task: synchronous work cannot
// be interrupted, so a task over its budget has its worker terminated and replaced. Workers start on first use
// and stay; an idle worker does not keep the process alive.
import type { Worker } from 'node:worker_threads';

export interface WorkerPoolOptions {
  /** Starts one worker: it posts `{ ready: true }` once loaded, then answers each input with `{ output }` or `{ error }`. */
  start: () => Worker;
  size: number;
  /** How long one task may run in its worker (waiting for a free worker is not counted). */
  budgetMs: number;
  /** The error a task over its budget is rejected with. */
  overBudget: (budgetMs: number) => Error;
}

interface Task<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: Error) => void;
}

interface Slot<I, O> {
  worker: Worker;
  ready: boolean;
  task?: Task<I, O>;
  timer?: NodeJS.Timeout;
}

type Reply<O> = { ready: true } | { output: O } | { error: string };

export class WorkerPool<I, O> {
  private readonly slots = new Set<Slot<I, O>>();
  private readonly queue: Task<I, O>[] = [];
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Runs `input` in a worker; rejects with `overBudget` past the budget, or with the worker's error. */
  run(input: I): Promise<O> {
    if (this.closed) return Promise.reject(new Error('The worker pool is closed'));
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  /** Workers alive, tasks running and tasks waiting. */
  stats(): { workers: number; running: number; queued: number } {
    const running = [...this.slots].filter((s) => s.task).length;
    return { workers: this.slots.size, running, queued: this.queue.length };
  }

  /** Terminates every worker; running and waiting tasks are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('The worker pool was closed');
    for (const task of this.queue.splice(0)) task.reject(stopped);
    await Promise.all([...this.slots].map((slot) => this.retire(slot, stopped)));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.ready && !slot.task) this.assign(slot, this.queue.shift()!);
    }
    const starting = [...this.slots].filter((s) => !s.ready).length;
    if (this.queue.length > starting && this.slots.size < this.options.size) this.spawn();
  }

  private assign(slot: Slot<I, O>, task: Task<I, O>): void {
    slot.task = task;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      void this.retire(slot, this.options.overBudget(this.options.budgetMs));
      if (!this.closed) this.spawn();
    }, this.options.budgetMs);
    slot.worker.postMessage(task.input);
  }

  private spawn(): void {
    const worker = this.options.start();
    const slot: Slot<I, O> = { worker, ready: false };
    this.slots.add(slot);
    worker.on('message', (reply: Reply<O>) => {
      if ('ready' in reply) {
        slot.ready = true;
      } else if (slot.task) {
        clearTimeout(slot.timer);
        const task = slot.task;
        slot.task = undefined;
        if ('output' in reply) task.resolve(reply.output);
        else task.reject(new Error(reply.error));
      }
      worker.unref();
      this.dispatch();
    });
    worker.on('error', (error) => {
      // A worker that fails before it is ready would fail again: the waiting tasks get its error.
      if (!slot.ready) for (const task of this.queue.splice(0)) task.reject(error);
      void this.retire(slot, error);
      this.dispatch();
    });
    worker.on('exit', () => {
      if (!this.slots.has(slot)) return;
      void this.retire(slot, new Error('An extraction worker stopped unexpectedly'));
      this.dispatch();
    });
  }

  /** Takes a worker out of the pool, rejects its task with `error` and terminates it. */
  private async retire(slot: Slot<I, O>, error: Error): Promise<void> {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.timer);
    slot.task?.reject(error);
    slot.task = undefined;
    await slot.worker.terminate();
  }
}

// One poller per API instance over the change log (src/db/change-log.ts), fanning committed events out to
// this instance's subscribers. It polls only while someone is subscribed; each subscriber gets the events
// after its own cursor, so a replay (`since`) and the live stream join without a gap or a duplicate.
import type { Logger } from 'pino';
import type { ChangeSource } from '../core/change-source.js';
import { headOfChanges, readChanges, type ChangeEvent } from '../db/change-log.js';
import type { GraphDatabase } from '../db/database.js';

export interface ChangeFeedOptions {
  pollMs: number;
  logger: Logger;
  /** Events read per query (a longer backlog is read in several, without waiting between them). */
  batch?: number;
  /** Events a subscriber may have waiting; a consumer this far behind is ended (it can resume with `since`). */
  maxQueued?: number;
}

type Accept = (event: ChangeEvent) => boolean;

/** One subscriber's queue, as an async iterator that graphql-js drives. */
class Subscriber implements AsyncIterableIterator<ChangeEvent> {
  private readonly queue: ChangeEvent[] = [];
  private waiting: ((result: IteratorResult<ChangeEvent>) => void) | undefined;
  private done = false;
  /** Events held while the replay runs, offered after it. */
  held: ChangeEvent[] | undefined;

  constructor(
    private readonly accept: Accept,
    /** The last sequence number this subscriber has seen (delivered or filtered out). */
    public last: number,
    private readonly maxQueued: number,
    private readonly onEnd: (s: Subscriber) => void,
  ) {}

  offer(event: ChangeEvent): void {
    if (this.done) return;
    if (this.held) {
      this.held.push(event);
      return;
    }
    if (event.seq <= this.last) return;
    this.last = event.seq;
    if (!this.accept(event)) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: event, done: false });
    } else if (this.queue.length >= this.maxQueued) {
      void this.return();
    } else {
      this.queue.push(event);
    }
  }

  /** Ends the replay: events held meanwhile are offered (those the replay already covered are skipped). */
  release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const event of held) this.offer(event);
  }

  next(): Promise<IteratorResult<ChangeEvent>> {
    const event = this.queue.shift();
    if (event) return Promise.resolve({ value: event, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<ChangeEvent>> {
    if (!this.done) {
      this.done = true;
      this.queue.length = 0;
      this.waiting?.({ value: undefined, done: true });
      this.waiting = undefined;
      this.onEnd(this);
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ChangeEvent> {
    return this;
  }
}

export class ChangeFeed implements ChangeSource {
  private readonly subscribers = new Set<Subscriber>();
  /** The sequence number read up to; undefined while nobody is subscribed. */
  private cursor: number | undefined;
  private starting: Promise<number> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly db: GraphDatabase,
    private readonly options: ChangeFeedOptions,
  ) {}

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  async subscribe(accept: Accept, since?: number): Promise<AsyncIterableIterator<ChangeEvent>> {
    if (this.stopped) throw new Error('the change feed is stopped');
    const cursor = await this.start();
    const subscriber = new Subscriber(accept, since ?? cursor, this.options.maxQueued ?? 1_000, (s) => this.drop(s));
    this.subscribers.add(subscriber);
    if (since !== undefined && since < cursor) {
      subscriber.held = [];
      try {
        for (let after = since; after < cursor;) {
          const events = await readChanges(this.db, after, Math.min(this.batch, cursor - after));
          if (events.length === 0) break;
          for (const event of events) if (event.seq <= cursor) replay(subscriber, event);
          after = events[events.length - 1]!.seq;
        }
      } catch (error) {
        await subscriber.return();
        throw error;
      }
      subscriber.release();
    }
    return subscriber;
  }

  /** Ends every subscription and the poller (shutdown). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const s of [...this.subscribers]) void s.return();
  }

  private get batch(): number {
    return this.options.batch ?? 500;
  }

  /** The cursor, read from the log's head when the feed was idle; the poller runs from then on. */
  private start(): Promise<number> {
    if (this.cursor !== undefined) return Promise.resolve(this.cursor);
    this.starting ??= headOfChanges(this.db).then(
      (head) => {
        this.starting = undefined;
        this.cursor ??= head;
        this.schedule();
        return this.cursor;
      },
      (error: unknown) => {
        this.starting = undefined;
        throw error;
      },
    );
    return this.starting;
  }

  private drop(subscriber: Subscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0 && !this.starting) {
      // Idle: no polling, and the next subscriber starts from the head of the log, not from here.
      clearTimeout(this.timer);
      this.timer = undefined;
      this.cursor = undefined;
    }
  }

  private schedule(delay = this.options.pollMs): void {
    if (this.stopped || this.timer || this.cursor === undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.poll();
    }, delay);
  }

  private async poll(): Promise<void> {
    const from = this.cursor;
    if (from === undefined) return;
    let full = false;
    try {
      const events = await readChanges(this.db, from, this.batch);
      // A subscriber may have left (and the feed gone idle) while the read ran.
      if (this.cursor !== from) return;
      for (const event of events) {
        this.cursor = event.seq;
        for (const s of [...this.subscribers]) s.offer(event);
      }
      full = events.length === this.batch;
    } catch (error) {
      this.options.logger.warn({ err: error }, 'could not read the change log; trying again');
    }
    this.schedule(full ? 0 : this.options.pollMs);
  }
}

/** A replayed event goes straight to its subscriber, ahead of the live events it holds. */
function replay(subscriber: Subscriber, event: ChangeEvent): void {
  const held = subscriber.held;
  subscriber.held = undefined;
  subscriber.offer(event);
  subscriber.held = held;
}

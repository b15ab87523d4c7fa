// Admission of costly work (exports, extractions, sockets): at most so many at once per client and in all.
// A refusal is TOO_MANY_REQUESTS (HTTP 429) with Retry-After, before any work starts.
import { HeaderMap } from '@apollo/server';
import { AppError } from '../base/errors.js';

export interface AdmissionLimits {
  /** What is admitted, for the message ("exports", "extractions"). */
  name: string;
  /** At most this many at once for one client. */
  perClient: number;
  /** At most this many at once in all. */
  total: number;
  /** Seconds a refused client is asked to wait. */
  retryAfterSeconds?: number;
}

/** TOO_MANY_REQUESTS with `retryAfter` in its extensions and a Retry-After header for Apollo (HTTP 429). */
export function tooManyRequests(message: string, retryAfterSeconds: number, extra: Record<string, unknown> = {}): AppError {
  return new AppError('TOO_MANY_REQUESTS', message, {
    ...extra,
    retryAfter: retryAfterSeconds,
    http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
  });
}

/** The client a request or socket counts against: its remote address (no proxy is trusted). */
export function clientKey(remoteAddress: string | undefined): string {
  return remoteAddress ?? 'unknown';
}

/** Counts running work per client and in all; `enter` admits (and returns its release) or refuses. */
export class Admission {
  private readonly running = new Map<string, number>();
  private all = 0;

  constructor(private readonly limits: AdmissionLimits) {}

  /** The release function of admitted work (idempotent), or the TOO_MANY_REQUESTS error refusing it. */
  enter(client: string): { release: () => void } | { refused: AppError } {
    const { name, perClient, total, retryAfterSeconds = 2 } = this.limits;
    const mine = this.running.get(client) ?? 0;
    if (mine >= perClient) {
      return {
        refused: tooManyRequests(`At most ${perClient} ${name} at once per client; retry later.`, retryAfterSeconds, { limit: name }),
      };
    }
    if (this.all >= total) {
      return {
        refused: tooManyRequests(`At most ${total} ${name} at once on this server; retry later.`, retryAfterSeconds, { limit: name }),
      };
    }
    this.running.set(client, mine + 1);
    this.all += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.all -= 1;
        const left = (this.running.get(client) ?? 1) - 1;
        if (left > 0) this.running.set(client, left);
        else this.running.delete(client);
      },
    };
  }

  /** Work running now, for one client or in all. */
  count(client?: string): number {
    return client === undefined ? this.all : (this.running.get(client) ?? 0);
  }
}

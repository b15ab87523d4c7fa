// What the harness and the load worker exchange, one JSON object a line each way.
import { z } from 'zod';

export const loadJob = z.object({
  id: z.number().int(),
  url: z.string(),
  body: z.string(),
  connections: z.number().int().positive(),
  seconds: z.number().positive(),
});
export type LoadJob = z.infer<typeof loadJob>;

export const loadResult = z.object({
  id: z.number().int(),
  /** 2xx responses. */
  completed: z.number(),
  /** Non-2xx responses, connection errors and timeouts, and answers carrying GraphQL errors. */
  failed: z.number(),
  /** Latency percentiles of the 2xx responses, ms. */
  p50: z.number().nullable(),
  p99: z.number().nullable(),
  /** 2xx responses per second of wall time. */
  rps: z.number(),
});
export type LoadResult = z.infer<typeof loadResult>;

export const workerLine = z.union([loadResult, z.object({ error: z.string() })]);

// The configuration the harness passes to the peer and raw server processes (one JSON argument).
import { z } from 'zod';

export const childConfig = z.object({
  uri: z.string(),
  user: z.string(),
  password: z.string(),
  database: z.string(),
  port: z.number().int(),
});
export type ChildConfig = z.infer<typeof childConfig>;

/** Parses the config argument (argv[2]). */
export function readChildConfig(argv: string[]): ChildConfig {
  return childConfig.parse(JSON.parse(argv[2] ?? '{}'));
}

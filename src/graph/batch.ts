// DataLoader batch helpers: exactly one result per key, in key order (graphql/dataloader's contract).

/** One item per key; a key with no item gets `onMissing(key)` (an Error or an empty value). */
export function onePer<T>(
  keys: readonly string[],
  items: readonly T[],
  keyOf: (item: T) => string,
  onMissing: (key: string) => T | Error,
): (T | Error)[] {
  const byKey = new Map(items.map((item) => [keyOf(item), item] as const));
  return keys.map((key) => byKey.get(key) ?? onMissing(key));
}

/** All items per key, in key order; keys with none get []. */
export function manyPer<T>(keys: readonly string[], pairs: readonly (readonly [string, T])[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const [key, item] of pairs) groups.get(key)?.push(item);
  return keys.map((key) => groups.get(key) ?? []);
}

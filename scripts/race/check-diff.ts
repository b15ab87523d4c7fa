// The first differences between two canonical answers, each with its JSON path: what the equality check
// prints when servers disagree.
const MAX_DIFFS = 5;
const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
};

function walk(a: unknown, b: unknown, path: string, out: string[]): void {
  if (out.length >= MAX_DIFFS) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path || '$'}: ${a.length} items vs ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i], `${path}[${i}]`, out);
    return;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`, out);
    return;
  }
  if (!Object.is(a, b)) out.push(`${path || '$'}: ${show(a)} vs ${show(b)}`);
}

/** Up to five differences, `path: left vs right`; empty when deep-equal. */
export function diffAnswers(left: unknown, right: unknown): string[] {
  const out: string[] = [];
  walk(left, right, '', out);
  return out;
}

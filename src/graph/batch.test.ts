import { describe, expect, it } from 'vitest';
import { manyPer, onePer } from './batch.js';

describe('batch helpers', () => {
  it('returns one result per key in key order, with the miss value for absent keys', () => {
    const out = onePer(['b', 'x', 'a'], [{ id: 'a' }, { id: 'b' }], (i) => i.id, (k) => new Error(k));
    expect(out[0]).toEqual({ id: 'b' });
    expect(out[1]).toBeInstanceOf(Error);
    expect(out[2]).toEqual({ id: 'a' });
  });
  it('groups many items per key and gives [] to keys without any', () => {
    expect(manyPer(['a', 'b'], [['b', 1], ['a', 2], ['b', 3]])).toEqual([[2], [1, 3]]);
    expect(manyPer(['z'], [])).toEqual([[]]);
  });
});

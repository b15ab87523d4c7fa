import { describe, expect, it } from 'vitest';
import { relationId } from './names.js';
import { applyStatement, earlierEnd, settlePair, type RelationRecord, type RelationStatement } from './periods.js';

const base = { type: 'HOLDS_ROLE_IN', fromId: 'person:a', toId: 'institution:b', ended: false };
const say = (role: string | null, validFrom: string | null, validTo: string | null, claim: string): RelationStatement => ({
  ...base,
  role,
  validFrom,
  validTo,
  evidence: [claim],
});

/** The settled pair after the statements, in any order: id → [validTo, status, absorbedInto, evidence as a set]. */
function settle(statements: RelationStatement[]) {
  const records: RelationRecord[] = [];
  for (const s of statements) applyStatement(records, s);
  settlePair(records);
  return Object.fromEntries(
    records
      .map((r) => [r.id, [r.settled!.validTo, r.settled!.status, r.settled!.absorbedInto, [...r.settled!.evidence].sort()]] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe('relation periods', () => {
  it('names a period by its role and start, or its end when the start is unknown', () => {
    expect(relationId('HOLDS_ROLE_IN', 'person:a', 'institution:b')).toBe('rel:holds_role_in:person:a:institution:b');
    expect(
      relationId('HOLDS_ROLE_IN', 'person:a', 'institution:b', { role: 'Deputy Minister', validFrom: '2020-01', validTo: '2022' }),
    ).toBe('rel:holds_role_in:person:a:institution:b:as-deputy-minister:from-2020-01');
    expect(relationId('ROUTED_THROUGH', 'track:t', 'person:a', { validTo: '2023' })).toBe('rel:routed_through:track:t:person:a:until-2023');
  });

  it('keeps the earliest of two stated ends, the more precise within the other', () => {
    expect(earlierEnd('2025-06', '2025-06-13')).toBe('2025-06-13');
    expect(earlierEnd('2025', '2025-06')).toBe('2025-06');
    expect(earlierEnd('2025-07-01', '2025-06')).toBe('2025-06');
    expect(earlierEnd(null, '2025')).toBe('2025');
  });

  it('settles two roles, a period closed by its end alone, a return, and an undated statement the same in every order', () => {
    const statements = [
      say('Deputy', '2020-01', null, 'c1'),
      say('Adviser', '2021-03', null, 'c2'),
      say('deputy', '2020-01', '2022-06', 'c3'),
      say('Deputy', '2024-02', null, 'c4'),
      say('Adviser', null, '2023-01', 'c5'),
      say('Deputy', null, null, 'c6'),
    ];
    const first = settle(statements);
    for (const order of permutations(statements)) expect(settle(order)).toEqual(first);
    const id = (suffix: string) => `rel:holds_role_in:person:a:institution:b${suffix}`;
    expect(first).toEqual({
      [id(':as-adviser:from-2021-03')]: ['2023-01', 'ENDED', null, ['c2', 'c5']],
      [id(':as-adviser:until-2023-01')]: ['2023-01', 'ENDED', id(':as-adviser:from-2021-03'), ['c5']],
      [id(':as-deputy')]: [null, 'ACTIVE', id(':as-deputy:from-2024-02'), ['c6']],
      [id(':as-deputy:from-2020-01')]: ['2022-06', 'ENDED', null, ['c1', 'c3']],
      [id(':as-deputy:from-2024-02')]: [null, 'ACTIVE', null, ['c4', 'c6']],
    });
  });

  it('lets an end with no period stand on its own, and an undated relation stand while its role has no dated period', () => {
    expect(settle([say(null, null, '2023-01', 'c1')])).toEqual({
      'rel:holds_role_in:person:a:institution:b:until-2023-01': ['2023-01', 'ENDED', null, ['c1']],
    });
    expect(settle([say(null, null, null, 'c1'), { ...say(null, null, null, 'c2'), ended: true }])).toEqual({
      'rel:holds_role_in:person:a:institution:b': [null, 'ENDED', null, ['c1', 'c2']],
    });
  });

  it('does not let an end close a period already stated to have ended before it', () => {
    const settled = settle([say('Chair', '2019', '2020', 'c1'), say('Chair', null, '2022', 'c2')]);
    expect(settled['rel:holds_role_in:person:a:institution:b:as-chair:from-2019']).toEqual(['2020', 'ENDED', null, ['c1']]);
    expect(settled['rel:holds_role_in:person:a:institution:b:as-chair:until-2022']).toEqual(['2022', 'ENDED', null, ['c2']]);
  });
});

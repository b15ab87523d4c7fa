import { describe, expect, it } from 'vitest';
import { deriveClaimId, nameKey, nameKeys, slugify } from './names.js';

describe('name keys', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(nameKey('  Stève  WITKOFF. ')).toBe('steve witkoff');
    expect(nameKey('Zelenskyy')).toBe(nameKey('ZELENSKYY'));
    expect(nameKey('J.D. Vance')).toBe('j d vance');
    expect(nameKey('Trump’s')).toBe('trumps');
  });
  it('collects distinct keys of a name and its aliases', () => {
    expect(nameKeys('Steve Witkoff', ['Witkoff', 'steve witkoff'])).toEqual(['steve witkoff', 'witkoff']);
  });
  it('slugs and derives stable claim ids', () => {
    expect(slugify('Israel–Hamas talks (Doha)')).toBe('israel-hamas-talks-doha');
    expect(slugify('Андрій Сибіга')).toBe('андріи-сибіга');
    expect(slugify('★')).toMatch(/^x-[0-9a-f]{10}$/);
    expect(slugify('★')).not.toBe(slugify('☆☆'));
    const long = 'a'.repeat(79);
    expect(slugify(`${long} one`)).not.toBe(slugify(`${long} two`));
    expect(slugify(`${long} one`).length).toBeLessThanOrEqual(80);
    const a = deriveClaimId('source:x', 'person:a', 'Some text');
    expect(a).toBe(deriveClaimId('source:x', 'person:a', ' Some text '));
    expect(a).not.toBe(deriveClaimId('source:x', 'person:b', 'Some text'));
    expect(a).toMatch(/^claim:x-[0-9a-f]{12}$/);
  });
});

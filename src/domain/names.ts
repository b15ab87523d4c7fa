// Name keys for entity resolution (case-, accent- and punctuation-insensitive) and id derivation.
import { createHash } from 'node:crypto';

/** "Steve Witkoff", "STEVE  WITKOFF", "Stève Witkoff." → "steve witkoff". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** All keys an entity answers to: its name and every alias. */
export function nameKeys(name: string, aliases: readonly string[] = []): string[] {
  return [...new Set([name, ...aliases].map(nameKey).filter((k) => k !== ''))];
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/**
 * "Israel–Hamas talks (Doha)" → "israel-hamas-talks-doha". A text with no letters or digits, or one
 * cut at 80 characters, gets a hash of the whole text, so different texts never share a slug.
 */
export function slugify(text: string): string {
  const full = nameKey(text).replace(/\s+/g, '-');
  if (full === '') return `x-${shortHash(text.trim())}`;
  return full.length <= 80 ? full : `${full.slice(0, 69).replace(/-+$/, '')}-${shortHash(full)}`;
}

/** The id an entity gets when its document gives none: `<prefix>:<slug of the name>`. */
export function deriveEntityId(prefix: string, name: string): string {
  return `${prefix}:${slugify(name)}`;
}

/** A stable claim id from where it appears, who said it and what it says. */
export function deriveClaimId(sourceId: string, speakerId: string, text: string): string {
  const hash = createHash('sha256').update(`${sourceId}\n${speakerId}\n${text.trim()}`).digest('hex').slice(0, 12);
  return `claim:${sourceId.replace(/^source:/, '').slice(0, 40)}-${hash}`;
}

/** What tells two periods of one relation apart: the role, and the start (or, start unknown, the end). */
export interface PeriodOf {
  role?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

/**
 * `rel:<type>:<from>:<to>`, then `:as-<role slug>` when there is a role and `:from-<validFrom>` (or, with
 * no start, `:until-<validTo>`) when dated: one id per period (README, "The model").
 */
export function relationId(type: string, fromId: string, toId: string, period: PeriodOf = {}): string {
  const role = period.role ? `:as-${slugify(period.role)}` : '';
  const when = period.validFrom ? `:from-${period.validFrom}` : period.validTo ? `:until-${period.validTo}` : '';
  return `rel:${type.toLowerCase()}:${fromId}:${toId}${role}${when}`;
}

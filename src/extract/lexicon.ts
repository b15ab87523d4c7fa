// The relation lexicon: cue phrases per relation type, and how to read the two sides around the cue.
import type { RelationType } from '../domain/vocabulary.js';

/**
 * `forward`: from = nearest fitting entity before the cue, to = nearest after it. `backward`: the other way round
 * ("led by"). `tracks`: from = every track the sentence points to, to = nearest person after ("all roads lead through").
 * `anywhere-to`: the `to` side may be anywhere in the sentence (a track or event the sentence names). `possessive`:
 * "X's point man, Y" (Y for X). `reason`: "A does this because that's what B wants" (B influences A). `participants`:
 * everyone in the subject list (and after "sat with") took part in the event named or referred to ("the summit").
 */
export type CueReading = 'forward' | 'backward' | 'tracks' | 'anywhere-to' | 'possessive' | 'reason' | 'participants';

export interface LexiconEntry {
  type: RelationType;
  cue: RegExp;
  reading: CueReading;
  confidence: number;
}

const e = (type: RelationType, cue: string, reading: CueReading = 'forward', confidence = 0.6): LexiconEntry => ({
  type,
  cue: new RegExp(`\\b(?:${cue})\\b`, 'giu'),
  reading,
  confidence,
});

export const LEXICON: LexiconEntry[] = [
  e(
    'ROUTED_THROUGH',
    'all roads (?:now )?lead through|(?:goes|go|went|runs|run|ran|pass(?:es)?|passed|is routed|are routed|routed|channell?ed) through|through the channel of',
    'tracks',
    0.7,
  ),
  e('POINT_MAN_FOR', 'point (?:man|woman|person)', 'possessive', 0.7),
  e(
    'BACKS',
    'backs|backed|backing|supports|supported|support|endorses|endorsed|champions|championed|stands behind|stood behind|vouches for',
    'forward',
    0.55,
  ),
  e(
    'HAS_TIES_TO',
    'ties to|ties with|links to|connections to|connection to|close to|relationship with|friendship with|close ties to',
    'forward',
    0.6,
  ),
  e(
    'MEDIATES',
    'mediates|mediated|mediating|mediate|mediator|mediators|mediation|brokers|brokered|brokering|go-between|in the middle',
    'anywhere-to',
    0.6,
  ),
  e(
    'PARTICIPATED_IN',
    'took part in|takes part in|take part in|attended|attends|participated in|participates in|joined|' +
      'was at|were at|met at|sat with|sat beside|were present at|was present at',
    'participants',
    0.6,
  ),
  e(
    'ABSENT_FROM',
    "absent from|was absent|wasn[’']t there|was not there|weren[’']t there|did not attend|didn[’']t attend|" +
      "skipped|missed|stayed away from|was not present|wasn[’']t present",
    'anywhere-to',
    0.55,
  ),
  e('HEADS', 'heads|headed|head of|chief of|director of|chairs|chairman of|leader of', 'forward', 0.6),
  e('HEADS', 'led by|headed by|run by', 'backward', 0.6),
  e(
    'HOLDS_ROLE_IN',
    'secretary of|minister of|spokesman for|spokeswoman for|spokesperson for|official at|official of|ambassador of|member of|' +
      'adviser to|advisor to|works for|writes for|serves in|serves at|fellow at',
    'forward',
    0.55,
  ),
  e(
    'INFLUENCES',
    "influences|influenced|influence over|influence on|sway over|sways|persuaded|persuades|convinced|convinces|sold [\\p{L}’' ]{1,25} to|pressured|pressures",
    'forward',
    0.5,
  ),
  e('INFLUENCES', "because that[’']s what|at the behest of|at the urging of", 'reason', 0.5),
  e(
    'UNDERMINES',
    'undermines|undermined|undermining|undercuts|undercut|weakens|weakened|sabotages|sabotaged|sidelines|sidelined|' +
      "(?:highlight|expose)(?:s|d|ed)? [\\p{L}’' ]{1,30}(?:lack of|failures?|weakness(?:es)?)|" +
      "leaves [\\p{L}’' ]{1,20}(?:exposed|isolated|vulnerable|weakened)|discredits|discredited",
    'forward',
    0.5,
  ),
  e(
    'RIVALS',
    'rivals|rival of|rival to|rivalry with|competes with|competing with|at odds with|feud with|feuding with|clashed with|clashes with',
    'forward',
    0.55,
  ),
  e(
    'DEPENDS_ON',
    'depends on|depend on|relies on|rely on|reliant on|dependent on|banking on|banks on|counts on|counting on|tied [\\p{L} ]{0,20}to|needs',
    'forward',
    0.5,
  ),
  e(
    'INVOLVED_IN',
    'involved in|involvement in|pushed for|pushes for|pushing for|works on|working on|negotiates|negotiating|negotiated|' +
      'engaged in|in charge of|handles|handling|envoy (?:to|for)|talks on|role in|pulling out of|pull out of|' +
      'led the [\\p{L}.]+ (?:side|delegation|team|negotiators)|leads the [\\p{L}.]+ (?:side|delegation|team|negotiators)',
    'anywhere-to',
    0.5,
  ),
  e('PART_OF', 'part of|as part of|in the framework of|within', 'forward', 0.5),
];

/** Words before a cue that negate it ("not", "never", "no longer"). */
export const NEGATION = /(?:\b(?:not|never|no longer|neither|nor)\b|n[’']t\b)[^.]{0,40}$/iu;
/** A route or role denied: "rather than through X", "instead of X". */
export const DENIED = /\b(?:rather than|instead of|not)\s+(?:through\s+)?$/iu;
/** "no longer" before a cue: the relation has ended. */
export const ENDED = /\b(?:no longer|stopped|ceased|ended|quit|withdrew from)\b/iu;

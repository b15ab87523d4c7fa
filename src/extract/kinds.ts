// ANALYSIS or FACT for a sentence in the article's own voice: a reading (interpretation, judgement, modal or
// evaluative language, explanation) is ANALYSIS; a plain statement of what happened or what is, FACT.

/** `\b(?:a|b|...)\b`, case-insensitive: any of the alternatives in the groups, as a whole word or phrase. */
const anyOf = (...groups: string[]) => new RegExp(String.raw`\b(?:${groups.join('|')})\b`, 'iu');

const CUES: Array<[RegExp, string]> = [
  [/\b(?:believes?|notes?|explains?|argues?|thinks?|reckons?|contends?|suggests?|appears?|seems?|signals?)\b/iu, 'reading verb'],
  [/\bis (?:less|more|not|really|mostly|largely) about\b|\bless about\b|\bmore about\b|\bis about\b/iu, '"is about"'],
  [/\bprecisely because\b|\bbecause\b|\bas a result\b|\bwhich means\b|\bthat means\b|\bin effect\b|\bin turn\b/iu, 'explanation'],
  [
    anyOf(
      'our (?:reading|assessment|view|analysis|judgement|judgment|take|sense)',
      'in our (?:reading|view|assessment|judgement|judgment)',
      'we (?:think|believe|judge|expect|read)',
    ),
    "the desk's own reading",
  ],
  [/^That said\b/u, '"That said"'],
  [/^What\b[^.?!]{1,60}?\b(?:is|was|are|were)\b/u, 'a pseudo-cleft ("What ... is")'],
  [/^(?:Until|Unless|As long as|If)\b/u, 'a condition'],
  [/\b(?:may|might|could|would|should|must|likely|unlikely|probably|perhaps|possibly|possible|potential|presumably)\b/u, 'modal'],
  [
    anyOf(
      'will decide|will determine|the real (?:test|question|news|story)|the question is|what matters|the point is',
      'than it looks|than it seems|than it appears|first (?:real|serious) test',
    ),
    'judgement',
  ],
  [
    anyOf(
      'curiously|ironically|tellingly|notably|clearly|apparently|arguably|evidently|surely|indeed|in reality|in fact',
      'real|key|good|bad|better|worse|best|worst|mistake|failure|illusion|chaos|confusion',
      'weakens?|strengthens?|leverage|struggles?|enjoys?|wants?|needs?|sees (?:himself|herself|itself|themselves)',
      'lack of|blame|gamble|bet|signal|message|strategy|tactic',
    ),
    'evaluative language',
  ],
  [
    /\b(?:won[’']t|will not|is unlikely|is likely|is set to|aims? to|designed to|intended to|meant to|in order to|so that|buy(?:ing)? time)\b/iu,
    'intent or prediction',
  ],
  [/\b(?:as much as|partly|largely|mostly|in part|acts as|serves as|de facto|in effect|at best|at worst)\b/iu, 'hedge or qualification'],
  [/,\s+not\s+[\p{L}\s-]{1,30}[.!]?$/u, 'contrast ("X, not Y")'],
  [/\?$/u, 'a question'],
];

/** The kind of an unattributed sentence and why. */
export function classifySentence(sentence: string): { kind: 'ANALYSIS' | 'FACT'; reason: string } {
  for (const [pattern, what] of CUES) {
    const m = pattern.exec(sentence);
    if (m) return { kind: 'ANALYSIS', reason: `analysis: ${what} "${m[0]}"` };
  }
  return { kind: 'FACT', reason: 'fact: a plain statement, no analysis cue' };
}

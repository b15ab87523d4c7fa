// Unit tests of the offline extractor on small invented texts (no database needed).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../ingest/document.js';
import { extractDocument, type DictionaryEntry, type ExtractInput } from './index.js';

const dictionary: DictionaryEntry[] = [
  { id: 'person:witkoff', kind: 'Person', name: 'Steve Witkoff', aliases: ['Witkoff', 'Special Envoy Witkoff'] },
  { id: 'person:trump', kind: 'Person', name: 'Donald Trump', aliases: ['Trump', 'President Trump'] },
  { id: 'person:vance', kind: 'Person', name: 'J.D. Vance', aliases: ['Vance'] },
  { id: 'person:rubio', kind: 'Person', name: 'Marco Rubio', aliases: ['Rubio', 'Secretary of State Rubio'] },
  { id: 'person:zelenskyy', kind: 'Person', name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy'] },
  { id: 'institution:kremlin', kind: 'Institution', name: 'Kremlin', aliases: ['Moscow'] },
  { id: 'institution:us-media', kind: 'Institution', name: 'U.S. media', aliases: ['US media'] },
  { id: 'institution:desk', kind: 'Institution', name: 'Example Desk', aliases: [] },
  { id: 'track:ukraine', kind: 'PolicyTrack', name: 'Ukraine', aliases: ['Ukraine talks'] },
  { id: 'track:iran', kind: 'PolicyTrack', name: 'Iran', aliases: ['Iran talks'] },
  { id: 'event:summit', kind: 'Event', name: 'The summit in Lisbon', aliases: ['Lisbon summit'] },
  { id: 'event:grain-deal', kind: 'Event', name: 'Black Sea grain deal', aliases: ['12-point grain plan for Odesa'] },
];

const run = (text: string, extra: Partial<ExtractInput> = {}) =>
  extractDocument({ text, source: { title: 'Test article', publisher: 'Example Desk' }, dictionary, ...extra });

interface Claim {
  text: string;
  kind: string;
  speaker: string;
  about: string[];
  span: { start: number; end: number };
  extracted: { reason: string };
}
interface Entity {
  id?: string;
  kind: string;
  name: string;
  extracted: { mentions: Array<{ start: number; end: number }>; resolved: boolean };
}
interface Relation {
  type: string;
  from: string;
  to: string;
  evidence: string[];
  extracted: { cue: string };
}
const claimsOf = (d: ReturnType<typeof run>) => d.document.claims as Claim[];
const entitiesOf = (d: ReturnType<typeof run>) => d.document.entities as Entity[];
const relationsOf = (d: ReturnType<typeof run>) => d.document.relations as Relation[];
const spanText = (text: string, c: Claim) => text.slice(c.span.start, c.span.end);

describe('extractDocument', () => {
  it("matches the graph's names ignoring case, accents and punctuation, and surnames alone", () => {
    const text = 'JD VANCE met Volodymyr Zelenskyy. Later Zelenskyy spoke to STEVE WITKOFF in Kyiv.';
    const entities = entitiesOf(run(text));
    const vance = entities.find((e) => e.id === 'person:vance');
    expect(vance?.extracted.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['JD VANCE']);
    const zel = entities.find((e) => e.id === 'person:zelenskyy');
    expect(zel?.extracted.mentions).toHaveLength(2);
    expect(entities.find((e) => e.id === 'person:witkoff')?.extracted.resolved).toBe(true);
  });

  it('proposes a new person from the text, and counts a later surname as the same person', () => {
    const text =
      '"The talks are stuck on sequencing," said Alicia Brennan, a fellow at the Harwood Policy Institute. ' +
      'Brennan said that a deal on Ukraine was still possible.';
    const d = run(text);
    const brennan = entitiesOf(d).find((e) => e.name === 'Alicia Brennan');
    expect(brennan?.kind).toBe('PERSON');
    expect(brennan?.extracted.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Alicia Brennan', 'Brennan']);
    expect(entitiesOf(d).some((e) => e.name === 'Harwood Policy Institute' && e.kind === 'INSTITUTION')).toBe(true);
    const quote = claimsOf(d).find((c) => c.kind === 'QUOTE');
    expect(quote?.speaker).toBe('Alicia Brennan');
    expect(spanText(text, quote!)).toBe('The talks are stuck on sequencing,');
  });

  it('finds quotes with curly and straight marks, split by their attribution, with pronoun speakers', () => {
    const text =
      'Witkoff spoke after the Iran talks. “We are close,” he said, “but not there yet.” ' +
      'Rubio was blunt: "Nothing is agreed until everything is agreed."';
    const quotes = claimsOf(run(text)).filter((c) => c.kind === 'QUOTE');
    expect(quotes.map((q) => q.speaker)).toEqual(['person:witkoff', 'person:rubio']);
    expect(spanText(text, quotes[0]!)).toBe('We are close,” he said, “but not there yet.');
    expect(quotes[0]!.extracted.reason).toContain('last named person');
  });

  it('gives a quote standing alone to the one person named just before it', () => {
    const text = 'Witkoff was upbeat after the Iran talks. “We are closer than we have been in months.”';
    const quote = claimsOf(run(text)).find((c) => c.kind === 'QUOTE');
    expect(quote?.speaker).toBe('person:witkoff');
  });

  it('resolves a role noun to the person named with that role, and a titled role to its alias', () => {
    const text =
      'Special envoy Steve Witkoff met Donald Trump on Monday. The envoy said that the Ukraine talks would resume. Vance agreed. ' +
      'The Secretary of State told reporters that Moscow had not replied.';
    const reports = claimsOf(run(text)).filter((c) => c.kind === 'REPORT');
    expect(reports.map((r) => r.speaker)).toEqual(['person:witkoff', 'person:rubio']);
    expect(spanText(text, reports[0]!)).toBe('the Ukraine talks would resume');
  });

  it('reads reported speech: said that, according to X, told reporters, media reported, "..., X said."', () => {
    const text = [
      'Rubio said that the Ukraine talks had made progress.',
      'According to the Kremlin, the Iran talks were not on the agenda.',
      'Trump told reporters that a deal on Ukraine was near.',
      'US media reported that Witkoff would travel to Moscow.',
      'The summit in Lisbon will go ahead, Vance said.',
    ].join(' ');
    const claims = claimsOf(run(text));
    expect(claims.map((c) => [c.kind, c.speaker, spanText(text, c)])).toEqual([
      ['REPORT', 'person:rubio', 'the Ukraine talks had made progress'],
      ['REPORT', 'institution:kremlin', 'the Iran talks were not on the agenda'],
      ['REPORT', 'person:trump', 'a deal on Ukraine was near'],
      ['REPORT', 'institution:us-media', 'Witkoff would travel to Moscow'],
      ['REPORT', 'person:vance', 'The summit in Lisbon will go ahead'],
    ]);
  });

  it("gives the article's own sentences to the publisher as ANALYSIS or FACT, with a reason, and drops those naming no one", () => {
    const text =
      'Witkoff flew to Moscow on Tuesday. The visit was less about diplomacy than about buying time for Trump. It rained all day.';
    const claims = claimsOf(run(text));
    expect(claims.map((c) => [c.kind, c.speaker])).toEqual([
      ['FACT', 'institution:desk'],
      ['ANALYSIS', 'institution:desk'],
    ]);
    expect(claims[1]!.extracted.reason).toMatch(/analysis/);
    const analyst = claimsOf(run(text, { analyst: 'Jane Analyst' }));
    expect(analyst[1]!.speaker).toBe('Jane Analyst');
  });

  it('fills about with the entities and tracks a claim names ("Kyiv" in a Ukraine article)', () => {
    const text = 'The Ukraine talks resumed. Witkoff said that Kyiv would have to compromise.';
    const report = claimsOf(run(text)).find((c) => c.kind === 'REPORT');
    expect(report?.about).toContain('track:ukraine');
  });

  it('proposes relations from the lexicon, with their evidence claim and cue', () => {
    const text =
      "The Iran talks go through Trump's point man, Witkoff. Vance backs Witkoff. Vance was absent from the Lisbon summit. Witkoff has ties to the Kremlin.";
    const rels = relationsOf(run(text)).map((r) => `${r.type} ${r.from} ${r.to}`);
    expect(rels).toEqual(
      expect.arrayContaining([
        'ROUTED_THROUGH track:iran person:witkoff',
        'POINT_MAN_FOR person:witkoff person:trump',
        'BACKS person:vance person:witkoff',
        'ABSENT_FROM person:vance event:summit',
        'HAS_TIES_TO person:witkoff institution:kremlin',
      ]),
    );
    for (const r of relationsOf(run(text))) expect(r.evidence[0]).toMatch(/^#\d+$/);
  });

  it('splits coordinated reported clauses and names a new speaker after "according to"', () => {
    const text =
      'Vance told reporters that the Iran talks would resume, and that no date was set. According to Reuters, the Ukraine talks had stalled.';
    const claims = claimsOf(run(text));
    expect(claims.map((c) => [c.speaker, spanText(text, c)])).toEqual([
      ['person:vance', 'the Iran talks would resume'],
      ['person:vance', 'no date was set'],
      ['Reuters', 'the Ukraine talks had stalled'],
    ]);
    expect(entitiesOf(run(text)).find((e) => e.name === 'Reuters')?.kind).toBe('INSTITUTION');
  });

  it('leaves scare quotes and titles alone and does not take a denied route', () => {
    const text = 'Any "deal" on Iran would need Trump. The Ukraine talks go through Vance rather than through Witkoff.';
    const d = run(text);
    expect(claimsOf(d).filter((c) => c.kind === 'QUOTE')).toEqual([]);
    const rels = relationsOf(d).map((r) => `${r.type} ${r.from} ${r.to}`);
    expect(rels).toContain('ROUTED_THROUGH track:ukraine person:vance');
    expect(rels).not.toContain('ROUTED_THROUGH track:ukraine person:witkoff');
  });

  it('reads roles stated beside a name', () => {
    const text =
      '"Iran will wait," said Nadia Farrow, a senior fellow at the Calloway Institute. Witkoff met Omar Ruiz, director of the Halden Forum, on Ukraine.';
    const rels = relationsOf(run(text)).map((r) => `${r.type} ${r.from} ${r.to}`);
    expect(rels).toEqual(expect.arrayContaining(['HOLDS_ROLE_IN Nadia Farrow Calloway Institute', 'HEADS Omar Ruiz Halden Forum']));
  });

  it('reads past speech acts beyond "said" as reports, and "recalled its envoys" as no speech at all', () => {
    const text = 'Rubio noted that the Ukraine talks would need a new venue. The Kremlin recalled its envoys from two capitals on Monday.';
    const claims = claimsOf(run(text));
    const noted = claims.find((c) => spanText(text, c).startsWith('the Ukraine talks'));
    expect(noted).toMatchObject({ kind: 'REPORT', speaker: 'person:rubio' });
    expect(claims.find((c) => c.text.includes('envoys'))?.kind).toBe('FACT');
  });

  it('does not read a verb inside a "where" clause as reported speech', () => {
    const text = 'Trump hosted Zelenskyy in Kyiv, where the Ukrainian president asked again for air defence and left without it.';
    const claims = claimsOf(run(text));
    expect(claims.filter((c) => c.kind === 'REPORT')).toEqual([]);
  });

  it('proposes no claim for questions, interviewer lines and framing lines', () => {
    const text =
      'We sent three questions to Rubio.\n\nQ: Will the Ukraine talks resume?\nA: "Only when both sides bring maps to the table."\n\n' +
      'Will Witkoff fly to Kyiv again? The Kremlin answered first. Asked about the Ukraine talks, Vance smiled.';
    const texts = claimsOf(run(text)).map((c) => c.text);
    for (const framing of ['We sent', 'Q:', 'Will Witkoff', 'answered first', 'Asked about'])
      expect(texts.some((t) => t.includes(framing))).toBe(false);
  });

  it('gives the quoted answers of a Q&A passage to the interviewee', () => {
    const text =
      'Vance spoke in Kyiv on Monday. We put two questions to Rubio.\n\n' +
      'Q: Are the Ukraine talks over?\nA: "They are resting, not over. Nobody has left the table yet."\n\n' +
      'Q: And the sanctions?\nA: "They buy time for both sides, nothing more."';
    const quotes = claimsOf(run(text)).filter((c) => c.kind === 'QUOTE');
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker)).toEqual(['person:rubio', 'person:rubio']);
  });

  it('attributes each bullet of a list introduced by "X listed ...:" to X as a report', () => {
    const text = 'Rubio listed what he wants from the Ukraine talks:\n- a ceasefire along the current line;\n- a date for the next round.';
    const items = claimsOf(run(text)).filter((c) => c.text.startsWith('a '));
    expect(items.map((c) => [c.kind, c.speaker])).toEqual([
      ['REPORT', 'person:rubio'],
      ['REPORT', 'person:rubio'],
    ]);
  });

  it('joins a quote cut by "he added." and gives it to the previous speaker, not the last person named', () => {
    const text =
      'Rubio listed his conditions for the Ukraine talks:\n- a ceasefire first;\n- talks after that.\n\nVance flew to Kyiv on Monday.\n\n' +
      '"Nobody signs in a hurry," he added. "Least of all the people who live in Kyiv."';
    const quote = claimsOf(run(text)).find((c) => c.kind === 'QUOTE');
    expect(spanText(text, quote!)).toBe('Nobody signs in a hurry," he added. "Least of all the people who live in Kyiv.');
    expect(quote?.speaker).toBe('person:rubio');
  });

  it("reads a pseudo-cleft or a condition in the article's own voice as analysis", () => {
    const text = 'What has shifted is the tone in Kyiv. Unless Witkoff returns, the Ukraine talks will stall.';
    expect(claimsOf(run(text)).map((c) => c.kind)).toEqual(['ANALYSIS', 'ANALYSIS']);
  });

  it('keeps a dated sentence that names nothing when its paragraph names an entity', () => {
    const text = 'Witkoff flew to Kyiv. A second draft failed on 3 May, and a third on 9 May.';
    expect(claimsOf(run(text)).some((c) => c.text.startsWith('A second draft'))).toBe(true);
  });

  it('resolves "It" and "They" as speakers to an institution named just before', () => {
    const text = 'The Kremlin rejected the draft on Monday. It warned that any deployment would be treated as an escalation.';
    const report = claimsOf(run(text)).find((c) => c.kind === 'REPORT');
    expect(report).toMatchObject({ speaker: 'institution:kremlin' });
    expect(spanText(text, report!)).toBe('any deployment would be treated as an escalation');
  });

  it('resolves "the <institution> fellow" to the person holding that role, not the institution', () => {
    const text =
      '"Time is short," said Lena Korver, a fellow at the Orwell Peace Institute (OPI). Later the OPI fellow argued that the Ukraine talks needed a deadline.';
    const report = claimsOf(run(text)).find((c) => c.kind === 'REPORT');
    expect(report?.speaker).toBe('Lena Korver');
  });

  it('links a name spelled out before its acronym in brackets, as an event when it names an agreement', () => {
    const text =
      'The Northern Grain Accord (NGA) expired on Monday. The Baltic Maritime Council (BMC) met in Riga. ' +
      'The NGA talks resumed at 10:00 GMT and the BMC said it would attend.';
    const entities = entitiesOf(run(text));
    const accord = entities.find((e) => e.name === 'Northern Grain Accord');
    expect(accord?.kind).toBe('EVENT');
    expect(accord?.extracted.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Northern Grain Accord', 'NGA', 'NGA']);
    const council = entities.find((e) => e.name === 'Baltic Maritime Council');
    expect(council?.extracted.mentions).toHaveLength(3);
    expect(entities.some((e) => e.name === 'GMT')).toBe(false);
  });

  it('proposes a numbered act as an event and an acronym with a digit as an institution', () => {
    const text = 'The G7 welcomed Resolution 4411 on the Ukraine talks.';
    const entities = entitiesOf(run(text));
    expect(entities.find((e) => e.name === 'Resolution 4411')?.kind).toBe('EVENT');
    expect(entities.find((e) => e.name === 'G7')?.kind).toBe('INSTITUTION');
  });

  it('finds the full name of a surname that speaks later in the text', () => {
    const text = 'Before the Ukraine talks, Tomas Hallgren kept quiet. "Nothing is settled," said Hallgren.';
    const d = run(text);
    const person = entitiesOf(d).find((e) => e.name === 'Tomas Hallgren');
    expect(person?.kind).toBe('PERSON');
    expect(claimsOf(d).find((c) => c.kind === 'QUOTE')?.speaker).toBe('Tomas Hallgren');
  });

  it('counts the closing words of a longer institution name as the same institution', () => {
    const text = 'The Nordic Arbitration Court ruled on Monday on the Ukraine talks. The Arbitration Court gave no reasons.';
    const court = entitiesOf(run(text)).find((e) => e.name === 'Nordic Arbitration Court');
    expect(court?.extracted.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Nordic Arbitration Court', 'Arbitration Court']);
  });

  it('proposes one-word parties listed at the start of a sentence as institutions', () => {
    const text = 'On Monday the Ukraine talks resumed. Norway, Chile and Kenya, acting together, tabled a new draft.';
    const entities = entitiesOf(run(text));
    for (const name of ['Norway', 'Chile', 'Kenya']) expect(entities.find((e) => e.name === name)?.kind).toBe('INSTITUTION');
  });

  it('matches the distinctive short form of an event\'s name before its closing "for X" phrase', () => {
    const text = 'Witkoff praised the 12-point grain plan for Odesa. The 12-point grain plan has critics. The summit was short.';
    const entities = entitiesOf(run(text));
    expect(entities.find((e) => e.id === 'event:grain-deal')?.extracted.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      '12-point grain plan for Odesa',
      '12-point grain plan',
    ]);
    expect(entities.some((e) => e.id === 'event:summit')).toBe(false);
  });

  it('proposes names listed before a plural noun of bodies as institutions', () => {
    const text = 'Over the Ukraine talks, the Kremlin fined Vostra and Kelmor, the two biggest grain traders and shipping firms.';
    const entities = entitiesOf(run(text));
    for (const name of ['Vostra', 'Kelmor']) expect(entities.find((e) => e.name === name)?.kind).toBe('INSTITUTION');
  });

  it('is valid against the ingestion format and deterministic, and fast', () => {
    const text = 'Witkoff said that the Ukraine talks would resume. “It is a good plan,” Trump said. Vance backs Witkoff. '.repeat(40);
    const a = run(text);
    const b = run(text);
    expect(JSON.stringify(a.document)).toEqual(JSON.stringify(b.document));
    expect(parseDocument(a.document).problems).toEqual([]);
    expect(a.timings.ms).toBeLessThan(1000);
  });
});

// Synthetic articles for load tests and benchmarks of the extractor: deterministic (seeded), written from
// templates of our own around the seed graph's names, so they exercise dictionary matches, quotes, reported
// speech and relation cues. No real article text is used.

const PEOPLE = ['Steve Witkoff', 'Marco Rubio', 'JD Vance', 'Dan Driscoll', 'Kirill Dmitriev', 'Jared Kushner', 'Peter Thiel'];
const SURNAMES = ['Witkoff', 'Rubio', 'Vance', 'Driscoll', 'Dmitriev', 'Kushner'];
const TRACKS = ['the Ukraine talks', 'the Iran talks', 'the Gaza ceasefire', 'the Ukraine track', 'the nuclear file'];
const PLACES = ['Geneva', 'Muscat', 'Doha', 'Istanbul', 'Cairo', 'Abu Dhabi', 'Rome', 'Riyadh'];
const OUTLETS = ['U.S. media', 'Officials in Brussels', 'The White House', 'Diplomats in the region', 'The State Department'];
const MONTHS = ['January', 'March', 'May', 'June', 'September', 'November'];

const TEMPLATES: ((p: Picker) => string)[] = [
  (p) => `${p.of(PEOPLE)} said that ${p.of(TRACKS)} would resume in ${p.of(PLACES)} on ${p.day()} ${p.of(MONTHS)}.`,
  (p) => `"We are closer than we have been for months," ${p.of(SURNAMES)} told reporters in ${p.of(PLACES)}.`,
  (p) => `According to ${p.of(PEOPLE)}, the envoy is the point man for ${p.of(TRACKS)}.`,
  (p) => `${p.of(OUTLETS)} reported that ${p.of(PEOPLE)} had met ${p.of(PEOPLE)} in ${p.of(PLACES)} twice since ${p.of(MONTHS)}.`,
  (p) => `In our assessment, ${p.of(TRACKS)} now goes through ${p.of(PEOPLE)} rather than the embassy.`,
  (p) => `${p.of(PEOPLE)} backs ${p.of(PEOPLE)} on the sequencing of sanctions relief, a ${p.num()}-point draft shows.`,
  (p) => `The delegation arrived in ${p.of(PLACES)} on ${p.day()} ${p.of(MONTHS)} with ${p.num()} advisers and no agreed text.`,
  (p) => `${p.of(SURNAMES)} wrote that the framework "cannot be signed as it stands" and asked for a week.`,
  (p) => `${p.of(PEOPLE)} took part in ${p.of(TRACKS)} in ${p.of(PLACES)}, while ${p.of(PEOPLE)} was absent from the meeting.`,
  (p) => `It seems likely that ${p.of(PEOPLE)} has ties to ${p.of(PEOPLE)} through a fund registered in ${p.of(PLACES)}.`,
];

class Picker {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  /** xorshift32: the same seed gives the same article on every machine. */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x1_0000_0000;
  }
  of<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  day(): number {
    return 1 + Math.floor(this.next() * 28);
  }
  num(): number {
    return 5 + Math.floor(this.next() * 40);
  }
}

/** An article of paragraphs of 3-6 sentences, cut at a sentence end to at most `characters` (default 60,000). */
export function syntheticArticle(seed = 1, characters = 60_000): string {
  const p = new Picker(seed);
  let text = `Talks resume as envoys trade drafts (synthetic article ${seed})\n\n`;
  for (;;) {
    const sentences = Array.from({ length: 3 + Math.floor(p.next() * 4) }, () => p.of(TEMPLATES)(p));
    const paragraph = `${sentences.join(' ')}\n\n`;
    if (text.length + paragraph.length > characters) {
      for (const sentence of sentences) {
        if (text.length + sentence.length + 1 > characters) return text.trimEnd();
        text += `${sentence} `;
      }
      return text.trimEnd();
    }
    text += paragraph;
  }
}

/** One sentence of `characters` characters: clauses joined by commas, with no full stop until the end. */
export function syntheticSentence(seed = 1, characters = 60_000): string {
  const p = new Picker(seed);
  let text = '';
  while (text.length < characters) text += `${p.of(TEMPLATES)(p).replace(/[.]$/u, '').replace(/[.]/gu, '')}, and `;
  return `${text.slice(0, characters - 1)}.`;
}

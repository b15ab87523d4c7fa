// Word lists shared by the claim finders: speech verbs, analysis verbs, pronouns and role nouns.
import { normalize } from './text.js';

const words = (s: string) => new Set(s.split(/\s+/u).filter(Boolean).map(normalize));

/** Verbs that attribute words to a speaker (normalised). */
export const SPEECH_VERBS = words(`
  said says say told tells added adds wrote writes noted notes explained explains argued argues insisted insists warned
  warns declared declares announced announces recalled claimed claims asked asks replied replies responded commented
  acknowledged acknowledges admitted admits conceded stressed stresses emphasized emphasised emphasizes suggested
  suggests observed observes remarked continued concluded posted tweeted report reports reported put countered promised
  vowed pledged predicted cautioned urged maintained maintains quipped complained boasted assured confirmed confirms
  denied denies stated believes believed thinks thought contends contended reckons estimates assesses expects insisted
  told listed lists`);

/** Speech verbs that report what was said (reported speech of an official or the media). */
export const REPORT_VERBS = words(`
  said says told tells added adds wrote writes announced announces declared declares stated reported reports report
  claimed claims confirmed confirms denied denies insisted insists warned warns promised vowed pledged acknowledged
  admitted conceded stressed emphasized emphasised maintained posted tweeted replied responded recalled urged asked
  argues argued contends contended suggests suggested concludes concluded listed lists noted explained observed`);

/** Verbs of an analyst's standing reading (present tense, or a belief): what follows is ANALYSIS. A past speech act
 * ("noted", "explained") is reported speech. */
export const ANALYSIS_VERBS = words(`
  believes believed thinks thought notes explains reckons estimates assesses expects observes`);

/** Verbs that report speech only when a clause follows ("recalled that ...", not "recalled its ambassadors"). */
export const CLAUSE_ONLY_VERBS = words('recalled posted maintained listed lists');

/** Words that may stand between a subject and its verb ("Rubio has also said"). */
export const VERB_FILLERS = words(`has have had also once recently later previously again reportedly repeatedly publicly
  then now already further separately privately earlier openly himself herself firmly flatly`);

export const PRONOUNS = words('he she him her');

/** Pronouns that refer back to an institution named just before ("It warned", "They argued"). */
export const INSTITUTION_PRONOUNS = words('it they');

/** Role nouns that refer back to a person ("the envoy"). */
export const ROLE_NOUNS = words(`envoy secretary minister president spokesman spokeswoman spokesperson official diplomat
  ambassador senator negotiator chancellor premier leader general adviser advisor analyst founder chief director mediator
  negotiator commander representative congressman congresswoman governor mayor fellow researcher scholar expert professor
  economist`);

/** Nouns that refer back to an institution ("the group said", "the ministry said"). */
export const INSTITUTION_NOUNS = words(`group organisation organization movement ministry government agency department militia
  administration army military institute company sultanate kingdom emirate council office cabinet embassy`);

/** Nouns naming the press: "media reported", "the newspaper wrote". */
/** Nouns of a written statement whose owner speaks ("the institute's latest paper argues"). */
export const DOCUMENT_NOUNS = words(`paper report study statement post memo document analysis brief letter communique assessment
  spokesman spokeswoman spokesperson office aide aides lawyer lawyers`);

/** Plural nouns of people speaking for a body named just before them ("Hamas officials said"). */
export const GROUP_NOUNS = words('officials negotiators diplomats sources leaders representatives aides spokesmen delegates');

export const MEDIA_NOUNS = words('media press newspaper newspapers outlets outlet reports broadcaster agency');

/** Verbs that continue the previous speaker's words ("he added"). */
export const CONTINUING_VERBS = words('added adds continued continues');

// Word lists for generated names, titles and claim sentences: invented people, places and outlets (the
// seed's real people only appear as speakers and subjects of claims marked createdBy 'generator'). The
// policy vocabulary (envoy, ceasefire, sanctions, uncertainty ...) varies so full-text search finds some.

export const FIRST_NAMES = [
  'Alina', 'Bogdan', 'Clara', 'Dmytro', 'Elena', 'Farid', 'Greta', 'Hassan', 'Ilse', 'Jonas', 'Katya', 'Lukas',
  'Mira', 'Nikolai', 'Olga', 'Pavel', 'Rania', 'Stefan', 'Tamar', 'Umar', 'Vera', 'Wiktor', 'Yara', 'Zoran',
  'Amelia', 'Bruno', 'Celine', 'Daniel', 'Esther', 'Felix', 'Hanna', 'Igor', 'Julia', 'Karim', 'Lena', 'Marek',
  'Nadia', 'Oskar', 'Petra', 'Roman', 'Sofia', 'Tobias', 'Ulla', 'Viktor', 'Wanda', 'Yusuf', 'Zofia', 'Adrian',
];

export const LAST_NAMES = [
  'Halvorsen', 'Kovalenko', 'Marchetti', 'Novak', 'Oyelaran', 'Petrescu', 'Quintero', 'Rasmussen', 'Sandoval',
  'Takahashi', 'Ulvaeus', 'Varga', 'Whitcombe', 'Yilmaz', 'Zelinski', 'Abernathy', 'Brennan', 'Castellano',
  'Dragomir', 'Eklund', 'Fairbairn', 'Galloway', 'Hartmann', 'Ivanescu', 'Jablonski', 'Kaminski', 'Lindqvist',
  'Moravec', 'Nieminen', 'Ostrowski', 'Pellegrini', 'Radcliffe', 'Szabo', 'Tymoshuk', 'Underhill', 'Vasquez',
  'Wexford', 'Yarborough', 'Zamora', 'Achterberg', 'Bianchi', 'Carrington', 'Delacroix', 'Esposito', 'Fenwick',
  'Grimaldi', 'Holloway', 'Ingram', 'Kessler', 'Lombardi', 'Mercer', 'Okafor', 'Prentice', 'Rutherford',
];

export const TITLES = ['Ambassador', 'Senator', 'Minister', 'General', 'Envoy', 'Adviser', 'Director', 'Professor'];

export const ROLES = [
  'Special Envoy', 'Deputy Secretary', 'Senior Adviser', 'Ambassador', 'Chief of Staff', 'Spokesperson',
  'Director', 'Policy Analyst', 'Board Member', 'Chief Negotiator', 'Undersecretary', 'Legal Counsel',
];

export const PLACES = [
  'Norland', 'Vesteria', 'Caldora', 'Ostmark', 'Aurelia', 'Brakova', 'Lunaris', 'Tessaly', 'Kestrel Bay',
  'Dravenia', 'Solvenia', 'Marenbourg', 'Quillon', 'Estavia', 'Pallas', 'Ravenmoor',
];

export const INSTITUTION_KINDS = [
  'Ministry of Foreign Affairs', 'Institute for Strategic Studies', 'Council on Security', 'Office of the Envoy',
  'Parliamentary Committee on Defence', 'Energy Agency', 'Central Bank', 'Press Agency', 'Policy Forum',
  'Foundation for Democracy', 'Defence Ministry', 'Trade Commission', 'Sanctions Office', 'Security Service',
];

export const OUTLETS = [
  'The Norland Ledger', 'Vesteria Daily', 'Eastern Wire', 'Caldora Post', 'Global Affairs Review', 'Ostmark Tribune',
  'The Diplomatic Courier', 'Aurelia Herald', 'Brakova Monitor', 'Policy Dispatch', 'Lunaris Times', 'The Envoy Brief',
];

export const EXTRA_TRACKS = [
  'Venezuela', 'North Korea', 'Taiwan Strait', 'Syria', 'Sudan', 'Arctic', 'Red Sea shipping', 'Armenia-Azerbaijan',
  'Kosovo-Serbia', 'Sahel', 'South China Sea', 'Libya',
];

export const EVENT_KINDS = ['summit', 'talks', 'conference', 'round of negotiations', 'visit', 'briefing', 'hearing'];

export const VERBS = [
  'is pressing for', 'pushed back on', 'quietly backs', 'warned against', 'signalled support for', 'is stalling',
  'publicly doubted', 'privately endorsed', 'ruled out', 'is lobbying for', 'called for', 'rejected',
];

export const OBJECTS = [
  'a ceasefire', 'new sanctions', 'the envoy’s proposal', 'a prisoner exchange', 'security guarantees',
  'a phased withdrawal', 'energy talks', 'the hostage deal', 'easing sanctions', 'a peace framework',
  'direct talks', 'a monitoring mission', 'a grain corridor', 'the frozen assets plan', 'a humanitarian pause',
  'arms deliveries', 'a trade deal', 'the mediation effort',
];

export const CLAUSES = [
  'amid growing uncertainty', 'according to officials familiar with the talks', 'despite pressure from allies',
  'as the deadline approaches', 'while the envoy shuttles between capitals', 'after the ceasefire collapsed',
  'as sanctions bite', 'with little transparency', 'to the surprise of diplomats', 'behind closed doors',
  'as markets react to the uncertainty', 'before the next round of talks',
];

export const RETRACTION_REASONS = ['Misattributed quote', 'Source withdrew the report', 'Duplicate of another claim', 'Mistranslation'];

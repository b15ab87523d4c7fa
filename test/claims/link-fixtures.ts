// Made-up documents on a made-up track (every name and date is invented test data) whose claims contradict and
// support each other in known months: a March brief, a June wire that contradicts it, and an undated note.
// Shared by claim-links.test.ts and contradiction-timeline.test.ts.

export const TRACK = 'track:cl-grain-corridor';

/** Published 2025-03-12: the envoy says the corridor stays open (stated 2025-03-10); the ministry says ships move. */
export const MARCH_BRIEF = {
  source: { id: 'source:cl-march-brief', title: 'Corridor brief (test data)', publisher: 'Link Test Desk', publishedDate: '2025-03-12' },
  entities: [
    { id: 'track:cl-grain-corridor', kind: 'TRACK', name: 'Test grain corridor', description: 'A made-up policy track.' },
    { id: 'person:cl-envoy', kind: 'PERSON', name: 'Ilsa Varn', description: 'A fictional envoy in test data.' },
    { id: 'institution:cl-ministry', kind: 'INSTITUTION', name: 'Ministry of Test Ports', description: 'A fictional ministry.' },
    { id: 'person:cl-analyst', kind: 'PERSON', name: 'Oren Pell', description: 'A fictional analyst.' },
  ],
  claims: [
    {
      id: 'claim:cl-corridor-open',
      text: 'The corridor will stay open through the spring.',
      kind: 'QUOTE',
      speaker: 'person:cl-envoy',
      about: [TRACK],
      statedDate: '2025-03-10',
    },
    // No stated date: dated by its source, 2025-03-12.
    {
      id: 'claim:cl-ships-moving',
      text: 'Ships are moving through the corridor.',
      kind: 'FACT',
      speaker: 'institution:cl-ministry',
      about: [TRACK],
    },
  ],
};

/** Published 2025-06-02: two claims that contradict the brief's, one supporting the other. */
export const JUNE_WIRE = {
  source: { id: 'source:cl-june-wire', title: 'Corridor wire (test data)', publisher: 'Link Test Wire', publishedDate: '2025-06-02' },
  claims: [
    {
      id: 'claim:cl-corridor-closed',
      text: 'The ministry reports that the corridor closed at the end of May.',
      kind: 'REPORT',
      speaker: 'institution:cl-ministry',
      about: [TRACK],
      statedDate: '2025-05-28',
      contradicts: ['claim:cl-corridor-open'],
    },
    {
      id: 'claim:cl-ports-idle',
      text: 'The ports have been idle for days.',
      kind: 'ANALYSIS',
      speaker: 'person:cl-analyst',
      about: [TRACK],
      statedDate: '2025-06-01',
      contradicts: ['claim:cl-ships-moving'],
      supports: ['#0'],
    },
  ],
};

/** No date anywhere: its contradiction cannot be placed in time. */
export const UNDATED_NOTE = {
  source: { id: 'source:cl-undated-note', title: 'Corridor rumour (test data)', publisher: 'Link Test Desk' },
  claims: [
    {
      id: 'claim:cl-rumour',
      text: 'Word is that no ship has moved at all.',
      kind: 'REPORT',
      speaker: 'person:cl-envoy',
      about: [TRACK],
      contradicts: ['claim:cl-ships-moving'],
    },
  ],
};

// How the explorer colours a relation by its evidence: one table read by the stylesheet, the legend and the script,
// so the legend cannot disagree with the edges.

export type EdgeKind = 'QUOTE' | 'REPORT' | 'FACT' | 'ANALYSIS';

export interface EdgeKindStyle {
  kind: EdgeKind;
  colour: string;
  legend: string;
}

/** Strongest first: an edge takes the colour of the strongest kind among the claims that count for it. */
export const EDGE_KINDS: readonly EdgeKindStyle[] = [
  { kind: 'QUOTE', colour: '#2e7d32', legend: 'a quote among them' },
  { kind: 'REPORT', colour: '#1565c0', legend: 'a report, no quote' },
  { kind: 'FACT', colour: '#6d4c41', legend: 'a fact, no quote or report' },
  { kind: 'ANALYSIS', colour: '#c2185b', legend: 'analysis only' },
];

/** An edge with no live evidence (only shown with includeRetracted, which the page does not ask for). */
export const NO_EVIDENCE_COLOUR = '#9aa5ad';

/** The CSS class of a kind's swatch in the legend. */
export const kindClass = (kind: EdgeKind): string => `kind-${kind.toLowerCase()}`;

// The review page's article view, served as /review/assets/review-text.js: the text cut at every span's edges,
// claims highlighted by kind, entity mentions underlined by kind (resolved or new), and emphasis of one item.

// Plain ES2020 in a string. The article goes into the page as text nodes only, never as HTML.
export const TEXT_SCRIPT = `'use strict';
globalThis.reviewText = (() => {
  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  };
  const lower = (value) => String(value || '').toLowerCase();
  const inside = (span, length) => span && Number.isInteger(span.start) && Number.isInteger(span.end) &&
    span.start >= 0 && span.end <= length && span.start < span.end;
  const covering = (marks, a, b) => marks.find((mark) => mark.start <= a && mark.end >= b);

  /** Where each item is in the text: claims by their span, entities by their mentions, relations by their sentence. */
  function spansOf(doc, kind, index) {
    if (kind === 'claim') return [doc.claims[index].span].filter(Boolean);
    if (kind === 'entity') return ((doc.entities[index].extracted || {}).mentions || []).slice();
    const relation = doc.relations[index];
    if (relation.extracted && relation.extracted.span) return [relation.extracted.span];
    return relation.evidence.map((ref) => /^#[0-9]+$/.test(ref) && doc.claims[Number(ref.slice(1))])
      .filter((claim) => claim && claim.span).map((claim) => claim.span);
  }

  /**
   * Fills \`container\` with the text of \`doc\` in segments: a segment is a span element carrying its offsets,
   * the claim that covers it (class claim kind-<kind>) and, inside, the entity mention that covers it
   * (class mention kind-<kind> resolved|new). \`dropped\` holds the dropped indices of claims and entities.
   */
  function render(container, text, doc, dropped) {
    const claims = [];
    const mentions = [];
    const cuts = new Set([0, text.length]);
    const add = (list, span, index) => {
      if (!inside(span, text.length)) return;
      cuts.add(span.start).add(span.end);
      if (list) list.push({ start: span.start, end: span.end, index });
    };
    (doc.claims || []).forEach((claim, i) => add(claims, claim.span, i));
    (doc.entities || []).forEach((entity, i) => ((entity.extracted || {}).mentions || []).forEach((span) => add(mentions, span, i)));
    (doc.relations || []).forEach((relation) => add(null, (relation.extracted || {}).span));
    const edges = Array.from(cuts).sort((a, b) => a - b);
    const segments = [];
    for (let k = 0; k + 1 < edges.length; k += 1) {
      const [a, b] = [edges[k], edges[k + 1]];
      const segment = el('span', 'seg');
      segment.dataset.start = String(a);
      segment.dataset.end = String(b);
      let content = document.createTextNode(text.slice(a, b));
      const mention = covering(mentions, a, b);
      if (mention) {
        const entity = doc.entities[mention.index];
        const resolved = Boolean(entity.extracted && entity.extracted.resolved);
        const mark = el('span', 'mention kind-' + lower(entity.kind) + (resolved ? ' resolved' : ' new'));
        mark.dataset.entity = String(mention.index);
        mark.title = entity.name + ' (' + lower(entity.kind) + ', ' + (resolved ? entity.id : 'new') + ')';
        if (dropped.entities.has(mention.index)) mark.classList.add('dropped');
        mark.append(content);
        content = mark;
      }
      const claim = covering(claims, a, b);
      if (claim) {
        segment.classList.add('claim', 'kind-' + lower(doc.claims[claim.index].kind));
        segment.dataset.claim = String(claim.index);
        if (dropped.claims.has(claim.index)) segment.classList.add('dropped');
      }
      segment.append(content);
      segments.push(segment);
    }
    container.replaceChildren(...segments);
    return segments;
  }

  /** Emphasises the segments inside \`spans\` (class sel) and scrolls the first into view; returns their text. */
  function emphasise(container, spans) {
    for (const old of container.querySelectorAll('.sel')) old.classList.remove('sel');
    const chosen = Array.from(container.children).filter((segment) => spans.some((span) =>
      Number(segment.dataset.start) >= span.start && Number(segment.dataset.end) <= span.end));
    chosen.forEach((segment) => segment.classList.add('sel'));
    if (chosen[0]) chosen[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    return chosen.map((segment) => segment.textContent).join('');
  }

  return { render, emphasise, spansOf };
})();
`;

// The review page's pure edits of a draft, served as /review/assets/draft-edits.js: dropping entities, claims
// and relations so that what is left is still a valid document, and renaming an entity with its references.

// Plain ES2020 in a string, like the page script, so that the browser runs exactly the code the unit test
// (test/review/review.test.ts, through node:vm) runs. No DOM, no I/O: each function returns a new document.
export const DRAFT_EDITS_SCRIPT = `'use strict';
globalThis.reviewEdits = (() => {
  const INDEX = /^#(0|[1-9][0-9]*)$/;
  const key = (ref) => String(ref).trim().toLowerCase();
  const refsOf = (entity) => [entity.id, entity.name].concat(entity.aliases || []).filter(Boolean).map(key);

  // '#N' for a kept claim becomes '#M', its index once the dropped ones are gone; a dropped one is left
  // out (null). Claim ids (claim:...) and anything else pass unchanged.
  function renumber(ref, newIndex) {
    const match = INDEX.exec(ref);
    if (!match) return ref;
    const index = newIndex.get(Number(match[1]));
    return index === undefined ? null : '#' + index;
  }
  const renumberAll = (refs, newIndex) => (refs || []).map((ref) => renumber(ref, newIndex)).filter((ref) => ref !== null);

  /**
   * The document without the items at the given indices of entities, claims and relations. Claims lose the
   * dropped entities from about and attributedTo; relations go when an end is a dropped entity, or when every
   * evidence claim they cite is dropped; '#N' references in evidence, contradicts and supports are renumbered.
   */
  function pruneDraft(doc, dropped) {
    const drop = (name) => new Set((dropped && dropped[name]) || []);
    const [entities, claims, relations] = [drop('entities'), drop('claims'), drop('relations')];
    const gone = new Set();
    (doc.entities || []).forEach((entity, i) => { if (entities.has(i)) refsOf(entity).forEach((ref) => gone.add(ref)); });
    const kept = (ref) => !gone.has(key(ref));
    const newIndex = new Map();
    (doc.claims || []).forEach((_claim, i) => { if (!claims.has(i)) newIndex.set(i, newIndex.size); });

    const out = Object.assign({}, doc);
    if (doc.entities) out.entities = doc.entities.filter((_entity, i) => !entities.has(i));
    if (doc.claims) {
      out.claims = doc.claims.filter((_claim, i) => !claims.has(i)).map((claim) => {
        const next = Object.assign({}, claim);
        for (const field of ['about', 'attributedTo']) if (claim[field]) next[field] = claim[field].filter(kept);
        for (const field of ['contradicts', 'supports']) if (claim[field]) next[field] = renumberAll(claim[field], newIndex);
        return next;
      });
    }
    if (doc.relations) {
      out.relations = doc.relations
        .filter((relation, i) => !relations.has(i) && kept(relation.from) && kept(relation.to))
        .map((relation) => Object.assign({}, relation, { evidence: renumberAll(relation.evidence, newIndex) }))
        .filter((relation) => relation.evidence.length > 0);
    }
    return out;
  }

  /** The document with every reference to \`from\` (speaker, about, attributedTo, relation ends) naming \`to\`. */
  function renameRefs(doc, from, to) {
    const same = (ref) => key(ref) === key(from);
    const swap = (ref) => (same(ref) ? to : ref);
    const out = Object.assign({}, doc);
    if (doc.claims) {
      out.claims = doc.claims.map((claim) => {
        const next = Object.assign({}, claim, { speaker: swap(claim.speaker) });
        for (const field of ['about', 'attributedTo']) if (claim[field]) next[field] = claim[field].map(swap);
        return next;
      });
    }
    if (doc.relations) {
      out.relations = doc.relations.map((relation) => Object.assign({}, relation, { from: swap(relation.from), to: swap(relation.to) }));
    }
    return out;
  }

  return { pruneDraft, renameRefs };
})();
`;

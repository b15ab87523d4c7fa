// The explorer's side panel, part of explore.js (spliced into its closure by explore-script.ts): a relation's
// support and evidence with each claim's attribution chain, an entity's own claims, one claim opened by id.

// Plain ES2020, no template literals; every text from the API goes in through textContent (el), and every
// link is built with linkTo (a same-page `?id=` URL), never from stored text.
export const PANEL_SCRIPT = `
  const panel = () => $('evidence');
  const dateOf = (claim) => claim.date ? claim.date + (claim.dateBasis === 'STATED' ? '' : ' (' + claim.dateBasis.toLowerCase() + ')') : 'undated';

  function entityLink(id, name) {
    const link = el('a', 'entity-link', name || id);
    link.href = linkTo(id);
    link.dataset.id = id;
    return link;
  }
  function claimLink(id, text) {
    const link = el('a', 'claim-link', text);
    link.href = linkTo(id);
    link.dataset.id = id;
    return link;
  }

  // SPEAKER > RELAYED_BY ... > PUBLISHED_BY, each entity a link (a publisher named without an entity is text).
  function chain(claim) {
    const line = el('p', 'chain');
    claim.attribution.forEach((link, i) => {
      if (i > 0) line.append(' > ');
      line.append(link.entity ? entityLink(link.entity.id, link.name) : el('span', null, link.name));
      line.append(el('span', 'kind', link.role));
    });
    return line;
  }

  function sourceLine(source) {
    const line = el('p', 'source');
    if (source.url && /^https?:/i.test(source.url)) {
      const link = el('a', null, source.title);
      link.href = source.url;
      link.rel = 'noopener noreferrer';
      link.target = '_blank';
      line.append(link);
    } else {
      line.append(el('cite', null, source.title));
    }
    const details = [source.publisher, source.publishedDate || source.approximateDate].filter(Boolean).join(', ');
    if (details) line.append(' — ' + details);
    return line;
  }

  function supportList(support, forRelation) {
    const list = el('dl', 'support');
    const row = (term, value) => {
      list.append(el('dt', null, term));
      const cell = el('dd');
      if (value instanceof Node) cell.append(value);
      else cell.textContent = String(value);
      list.append(cell);
      return cell;
    };
    row('Grade', el('span', 'grade', support.grade)).dataset.field = 'grade';
    row('Reliability', support.reliability);
    row('Credibility', support.credibility);
    row('Independent origins', support.independentOrigins).dataset.field = 'independentOrigins';
    row('Claims', support.claims + ' in ' + support.sources + ' source(s), ' + support.publishers + ' publisher(s)');
    const speakers = row('Speakers', '');
    support.speakers.forEach((speaker, i) => {
      if (i > 0) speakers.append(', ');
      speakers.append(entityLink(speaker.id, speaker.name));
    });
    row('Kinds', support.kinds.join(', ') || '—');
    if (forRelation) row('On record', support.onRecord ? 'yes: a principal\\u2019s own words' : 'no');
    row('First said', support.firstSaid || 'undated');
    row('Last said', support.lastSaid || 'undated');
    if (support.contradictingClaims > 0) {
      row('Contradicted by', support.contradictingClaims + ' claim(s), ' + support.contradictingOrigins + ' origin(s)');
    }
    return list;
  }

  function claimItem(claim) {
    const item = el('article', 'claim');
    item.dataset.id = claim.id;
    item.append(el('blockquote', null, claim.text));
    const meta = el('p', 'meta', claim.kind + ' · ' + dateOf(claim) + ' · ');
    meta.append(claimLink(claim.id, 'open claim'));
    item.append(meta);
    item.append(chain(claim));
    item.append(sourceLine(claim.source));
    return item;
  }

  function showHint() {
    state.panel = null;
    panel().replaceChildren(el('p', 'hint', 'Click a relation (an arrow) for its support and evidence, an entity for its own claims.'));
  }

  function showRelation(relation) {
    state.panel = { kind: 'relation', id: relation.id };
    const box = panel();
    box.replaceChildren();
    const title = el('h2');
    title.append(entityLink(relation.from.id, nameOf(relation.from.id)), ' ' + relation.type + ' ', entityLink(relation.to.id, nameOf(relation.to.id)));
    box.append(title);
    const period = [relation.role, relation.validFrom && 'from ' + relation.validFrom, relation.validTo && 'to ' + relation.validTo,
      !relation.dated && 'undated' + (relation.knownFrom ? ': known from ' + relation.knownFrom : ', no dated claim')];
    if (period.some(Boolean)) box.append(el('p', 'period', period.filter(Boolean).join(' · ')));
    box.append(el('h3', null, 'Support'), supportList(relation.support, true));
    box.append(el('h3', null, 'Evidence'));
    if (relation.evidence.length === 0) box.append(el('p', 'hint', 'No live evidence.'));
    for (const claim of relation.evidence) box.append(claimItem(claim));
  }

  function showEntity(entity) {
    state.panel = { kind: 'entity', id: entity.id };
    const box = panel();
    box.replaceChildren();
    const title = el('h2');
    title.append(entityLink(entity.id, entity.name), el('span', 'kind', entity.__typename));
    box.append(title);
    if (entity.description) box.append(el('p', 'period', entity.description));
    box.append(el('h3', null, 'Own claims (' + entity.claimsMadeCount + ')'));
    if (entity.claimsMade.length === 0) box.append(el('p', 'hint', 'No claims of its own.'));
    const list = el('ol', 'claims-list');
    for (const claim of entity.claimsMade) {
      const item = el('li');
      item.dataset.id = claim.id;
      item.append(el('span', 'meta', dateOf(claim) + ' · ' + claim.kind + ' · '));
      item.append(claimLink(claim.id, claim.text));
      item.append(el('span', 'kind', claim.source.title));
      list.append(item);
    }
    box.append(list);
    if (entity.claimsMadeCount > entity.claimsMade.length) {
      box.append(el('p', 'hint', 'The first ' + entity.claimsMade.length + ' by id.'));
    }
  }

  function showClaim(claim) {
    state.panel = { kind: 'claim', id: claim.id };
    const box = panel();
    box.replaceChildren();
    box.append(el('h2', null, 'Claim'));
    box.append(el('blockquote', 'claim-text', claim.text));
    const meta = el('p', 'meta', claim.kind + ' · ' + dateOf(claim) + ' · said by ');
    meta.append(entityLink(claim.speaker.id, claim.speaker.name));
    box.append(meta);
    box.append(el('h3', null, 'Attribution'), chain(claim), sourceLine(claim.source));
    if (claim.about.length > 0) {
      const about = el('p', 'about', 'About: ');
      claim.about.forEach((entity, i) => {
        if (i > 0) about.append(', ');
        about.append(entityLink(entity.id, entity.name));
      });
      box.append(about);
    }
    box.append(el('h3', null, 'Support'), supportList(claim.support, false));
  }
`;

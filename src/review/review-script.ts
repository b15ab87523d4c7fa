// The review page's script, served as /review/assets/review.js: extract a draft from an article, review and fix
// its entities, claims and relations, dry-run it and ingest it, all through same-origin POST /graphql.

// Plain ES2020 without template literals, so it sits in this string as written. Text from the article or the
// API goes into the page through textContent and form values, never innerHTML. window.review is a small hook
// for tests and the browser console. It uses reviewEdits (draft-edits.js) and reviewText (review-text.js).
export const REVIEW_SCRIPT = `'use strict';
(() => {
  const body = document.body;
  const endpoint = body.dataset.endpoint;
  const $ = (id) => document.getElementById(id);
  const edits = globalThis.reviewEdits;
  const view = globalThis.reviewText;
  const TOKEN_KEY = 'policy-graph:review-token';
  const KINDS = {
    entity: ['PERSON', 'INSTITUTION', 'TRACK', 'EVENT'],
    claim: ['QUOTE', 'REPORT', 'ANALYSIS', 'FACT'],
    relation: body.dataset.relationTypes.split(','),
  };
  const LISTS = { entity: 'entities', claim: 'claims', relation: 'relations' };
  const QUERIES = {
    extract: 'query ReviewExtract($text: String!, $source: SourceInput!, $analyst: String) { ' +
      'extractDocument(text: $text, source: $source, analyst: $analyst) { document resolvedEntities newEntities claims relations millis } }',
    ingest: 'mutation ReviewIngest($doc: DocumentInput!, $dryRun: Boolean) { ingestDocument(input: $doc, dryRun: $dryRun) ' +
      '{ dryRun sourceId created updated unchanged changes { action kind id detail } } }',
  };
  const state = { doc: null, text: '', dropped: null, selected: null, checked: null, built: null };

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  };
  const setStatus = (text, isError) => {
    $('status').textContent = text;
    $('status').classList.toggle('error', Boolean(isError));
  };
  const fail = (error) => setStatus(error.message || String(error), true);
  const refs = (value) => value.split(',').map((ref) => ref.trim()).filter(Boolean);
  const nameOf = (ref) => (state.doc.entities.find((e) => e.id === ref || e.name === ref) || { name: ref }).name;

  async function gql(query, variables) {
    const headers = { 'content-type': 'application/json' };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.authorization = 'Bearer ' + token;
    const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const answer = await response.json().catch(() => ({ errors: [{ message: 'HTTP ' + response.status }] }));
    if (answer.errors && answer.errors.length > 0) {
      const error = new Error(answer.errors.map((e) => e.message).join('; '));
      error.problems = answer.errors.flatMap((e) => (e.extensions && e.extensions.problems) || []);
      throw error;
    }
    return answer.data;
  }

  async function extract() {
    const source = { title: $('title').value.trim() };
    for (const [field, id] of [['publisher', 'publisher'], ['url', 'url'], ['publishedDate', 'date']]) {
      if ($(id).value.trim()) source[field] = $(id).value.trim();
    }
    setStatus('Extracting…');
    const data = await gql(QUERIES.extract, { text: $('article').value, source, analyst: $('analyst').value.trim() || null });
    const draft = data.extractDocument;
    state.doc = JSON.parse(JSON.stringify(draft.document));
    state.text = state.doc.source.text || '';
    state.dropped = { entities: new Set(), claims: new Set(), relations: new Set() };
    state.selected = null;
    $('review').hidden = false;
    renderAll();
    setStatus(draft.resolvedEntities + ' entities found in the graph, ' + draft.newEntities + ' new, ' + draft.claims +
      ' claims, ' + draft.relations + ' relations, in ' + draft.millis + ' ms. Review them, then run a dry run.');
    body.dataset.extracted = String(Number(body.dataset.extracted || 0) + 1);
  }

  // The document to send: the edited draft without what was dropped; remembers which draft item each kept one was.
  function buildDocument() {
    const tag = (items) => (items || []).map((item, i) => Object.assign({ __draft: i }, item));
    const tagged = Object.assign({}, state.doc, { entities: tag(state.doc.entities), claims: tag(state.doc.claims), relations: tag(state.doc.relations) });
    const pruned = edits.pruneDraft(tagged, { entities: Array.from(state.dropped.entities),
      claims: Array.from(state.dropped.claims), relations: Array.from(state.dropped.relations) });
    const built = { doc: Object.assign({}, pruned), index: {} };
    for (const kind of Object.keys(LISTS)) {
      const list = LISTS[kind];
      built.index[list] = pruned[list].map((item) => item.__draft);
      built.doc[list] = pruned[list].map((item) => { const copy = Object.assign({}, item); delete copy.__draft; return copy; });
    }
    return built;
  }

  function onEdit() {
    state.checked = null;
    $('ingest').disabled = true;
    state.built = buildDocument();
    const keptRelations = new Set(state.built.index.relations);
    document.querySelectorAll('#relations > li').forEach((item) => {
      const i = Number(item.dataset.index);
      item.classList.toggle('pruned', !state.dropped.relations.has(i) && !keptRelations.has(i));
    });
    renderText();
  }

  function renderText() {
    view.render($('text'), state.text, state.doc, state.dropped);
    if (state.selected) view.emphasise($('text'), view.spansOf(state.doc, state.selected.kind, state.selected.index));
  }

  function select(kind, index) {
    state.selected = { kind, index };
    document.querySelectorAll('.item.selected').forEach((item) => item.classList.remove('selected'));
    const item = document.querySelector('#' + LISTS[kind] + ' > li[data-index="' + index + '"]');
    if (item) {
      item.classList.add('selected');
      item.scrollIntoView({ block: 'nearest' });
    }
    const passage = view.emphasise($('text'), view.spansOf(state.doc, kind, index));
    body.dataset.selected = kind + ':' + index;
    return passage;
  }

  function field(label, control) {
    const wrap = el('label', 'field', label);
    wrap.append(control);
    return wrap;
  }
  function input(className, value, onChange, tag) {
    const control = el(tag || 'input', className);
    control.value = value || '';
    control.addEventListener('change', () => { onChange(control.value); onEdit(); });
    return control;
  }
  function choice(className, options, value, onChange) {
    const control = input(className, null, onChange, 'select');
    for (const option of options) control.append(el('option', null, option));
    control.value = value;
    return control;
  }

  function itemOf(kind, index, item, title) {
    const li = el('li', 'item ' + kind);
    li.dataset.index = String(index);
    const head = el('div', 'head');
    const drop = el('input', 'drop');
    drop.type = 'checkbox';
    drop.addEventListener('change', () => {
      state.dropped[LISTS[kind]][drop.checked ? 'add' : 'delete'](index);
      li.classList.toggle('dropped', drop.checked);
      onEdit();
    });
    const dropLabel = el('label', 'drop-label', 'Drop');
    dropLabel.prepend(drop);
    const extracted = item.extracted || {};
    head.append(el('span', 'title', title), el('span', 'confidence',
      extracted.confidence === undefined ? '' : 'confidence ' + extracted.confidence.toFixed(2)), dropLabel);
    li.append(head);
    li.addEventListener('click', (event) => { if (!event.target.closest('input, select, textarea, label')) select(kind, index); });
    return li;
  }
  const reasonOf = (item) => el('p', 'reason', (item.extracted && item.extracted.reason) || 'no reason given');

  function renderEntities() {
    $('entities').replaceChildren(...state.doc.entities.map((entity, i) => {
      const resolved = Boolean(entity.extracted && entity.extracted.resolved);
      const li = itemOf('entity', i, entity, resolved ? entity.id : 'new');
      li.classList.add(resolved ? 'resolved' : 'new');
      li.append(field('Kind', choice('kind', KINDS.entity, entity.kind, (kind) => { entity.kind = kind; })));
      li.append(field('Name', input('name', entity.name, (name) => {
        const before = entity.name;
        entity.name = name.trim();
        if (!entity.id) {
          Object.assign(state.doc, edits.renameRefs(state.doc, before, entity.name));
          renderClaims();
          renderRelations();
        }
      })));
      li.append(reasonOf(entity));
      return li;
    }));
  }

  function renderClaims() {
    $('claims').replaceChildren(...state.doc.claims.map((claim, i) => {
      const li = itemOf('claim', i, claim, '#' + i);
      li.append(field('Kind', choice('kind', KINDS.claim, claim.kind, (kind) => { claim.kind = kind; })));
      li.append(field('Speaker', input('speaker', claim.speaker, (speaker) => { claim.speaker = speaker.trim(); })));
      li.append(field('Text', input('text', claim.text, (text) => { claim.text = text; }, 'textarea')));
      li.append(field('About', input('about', (claim.about || []).join(', '), (about) => { claim.about = refs(about); })));
      li.append(reasonOf(claim));
      if (state.dropped.claims.has(i)) { li.classList.add('dropped'); li.querySelector('.drop').checked = true; }
      return li;
    }));
  }

  function renderRelations() {
    $('relations').replaceChildren(...state.doc.relations.map((relation, i) => {
      const li = itemOf('relation', i, relation, nameOf(relation.from) + ' → ' + nameOf(relation.to));
      li.append(field('Type', choice('type', KINDS.relation, relation.type, (type) => { relation.type = type; })));
      li.append(el('p', 'evidence', 'Evidence: ' + relation.evidence.join(', ') +
        (relation.extracted && relation.extracted.cue ? ' · cue "' + relation.extracted.cue + '"' : '')));
      li.append(reasonOf(relation));
      li.append(el('p', 'pruned-note', 'Left out: every claim it cites, or one of its ends, is dropped.'));
      if (state.dropped.relations.has(i)) { li.classList.add('dropped'); li.querySelector('.drop').checked = true; }
      return li;
    }));
  }

  function renderAll() {
    [renderEntities, renderClaims, renderRelations].forEach((render) => render());
    $('outcome').replaceChildren();
    onEdit();
  }

  // A problem's path counts in the sent document; its first index is mapped back to the draft's item.
  function problemItem(problem) {
    const li = el('li', 'problem');
    const match = /^(entities|claims|relations)\\[([0-9]+)\\]/.exec(problem.path || '');
    const kind = match && Object.keys(LISTS).find((k) => LISTS[k] === match[1]);
    const draftIndex = kind && state.built.index[match[1]][Number(match[2])];
    if (draftIndex !== undefined && draftIndex !== null && kind) {
      const link = el('button', 'link', problem.path + ' (draft ' + kind + ' ' + draftIndex + ')');
      link.type = 'button';
      link.addEventListener('click', () => select(kind, draftIndex));
      li.append(link, ': ' + problem.message);
    } else {
      li.append(el('code', null, problem.path || ''), ': ' + problem.message);
    }
    return li;
  }

  function showChanges(result) {
    const table = el('table', 'changes');
    const header = el('tr');
    for (const name of ['Action', 'Kind', 'Id', 'Detail']) header.append(el('th', null, name));
    table.append(header);
    for (const change of result.changes) {
      const row = el('tr', 'change');
      for (const value of [change.action, change.kind, change.id, change.detail || '']) row.append(el('td', null, value));
      table.append(row);
    }
    const summary = el('p', 'summary', (result.dryRun ? 'Dry run: would create ' : 'Ingested: created ') + result.created +
      ', update ' + result.updated + ', leave ' + result.unchanged + ' unchanged (source ' + result.sourceId + ').');
    return [summary, table];
  }

  async function send(dryRun) {
    const built = buildDocument();
    const sent = JSON.stringify(built.doc);
    if (!dryRun && sent !== state.checked) throw new Error('Run a dry run of the document as it is now first.');
    state.built = built;
    setStatus(dryRun ? 'Dry run…' : 'Ingesting…');
    try {
      const result = (await gql(QUERIES.ingest, { doc: built.doc, dryRun })).ingestDocument;
      const shown = showChanges(result);
      if (!dryRun) {
        const created = result.changes.filter((c) => c.kind === 'CLAIM' && c.action === 'CREATE');
        const list = el('ul', 'created-claims');
        for (const change of created) list.append(el('li', null, change.id));
        shown.unshift(el('h3', null, created.length + ' claim(s) created'), list);
        body.dataset.ingested = result.sourceId;
      }
      $('outcome').replaceChildren(...shown);
      state.checked = dryRun ? sent : null;
      $('ingest').disabled = !dryRun;
      setStatus(dryRun ? 'The dry run found no problem: Ingest writes these changes.' : 'Ingested into the graph.');
    } catch (error) {
      state.checked = null;
      $('ingest').disabled = true;
      const problems = error.problems || [];
      const list = el('ul', 'problems');
      list.append(...problems.map(problemItem));
      $('outcome').replaceChildren(el('h3', null, problems.length + ' problem(s)'), list);
      if (problems.length === 0) $('outcome').replaceChildren(el('p', 'problem', error.message));
      setStatus((dryRun ? 'The dry run' : 'Ingesting') + ' found problems: fix or drop the items, then run it again.', true);
    }
    body.dataset.sent = String(Number(body.dataset.sent || 0) + 1);
  }

  $('extract-form').addEventListener('submit', (event) => {
    event.preventDefault();
    extract().catch(fail);
  });
  $('text').addEventListener('click', (event) => {
    const mention = event.target.closest('.mention');
    const claim = event.target.closest('.claim');
    if (mention) select('entity', Number(mention.dataset.entity));
    else if (claim) select('claim', Number(claim.dataset.claim));
  });
  $('dry-run').addEventListener('click', () => send(true).catch(fail));
  $('ingest').addEventListener('click', () => send(false).catch(fail));
  $('token').value = sessionStorage.getItem(TOKEN_KEY) || '';
  $('token').addEventListener('change', () => {
    const token = $('token').value.trim();
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  });
  window.review = { document: () => buildDocument().doc, draft: () => state.doc, select };
})();
`;

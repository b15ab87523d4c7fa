// The browser script served as /explore/assets/explore.js: search, neighbourhood drawing with cytoscape, edges
// coloured by their evidence, the evidence filter and date controls (kept in the URL), paths between two entities,
// and the side panel (explore-panel-script.ts), all through POST /graphql.
import { EDGE_KINDS, NO_EVIDENCE_COLOUR } from './edge-kinds.js';
import { PANEL_SCRIPT } from './explore-panel-script.js';

const KIND_COLOURS = Object.fromEntries(EDGE_KINDS.map(({ kind, colour }) => [kind, colour]));

// Plain ES2020 without template literals, so it sits in this string as written. Every text from the API
// goes into the page through textContent, never innerHTML. window.explorer is a small hook for tests and
// the browser console.
const CORE = `'use strict';
(() => {
  const endpoint = document.body.dataset.endpoint;
  const $ = (id) => document.getElementById(id);
  const TOKEN_KEY = 'policy-graph:explore-token';
  const COLOURS = { Person: '#2f6fdf', Institution: '#8e44ad', PolicyTrack: '#e67e22', Event: '#16a085' };
  const KIND_COLOURS = ${JSON.stringify(KIND_COLOURS)};
  const KINDS = Object.keys(KIND_COLOURS); // strongest first
  const NO_EVIDENCE = '${NO_EVIDENCE_COLOUR}';
  // The month slider runs from here to the current month, then "now" (no asOf).
  const FIRST_MONTH = 2024 * 12;

  const NODE = '__typename id name';
  const SUPPORT = 'support { claims sources publishers independentOrigins speakers { id name } kinds onRecord ' +
    'firstSaid lastSaid contradictingClaims contradictingOrigins reliability credibility grade }';
  const CLAIM = 'id text kind date dateBasis speaker { id name } attribution { position role name entity { id } } ' +
    'source { title publisher publishedDate approximateDate url }';
  // Paths list up to maxHops² relations, so they carry fewer claims each to stay well under the cost limit.
  const relation = (claims) => 'id type role validFrom validTo dated knownFrom from { id } to { id } ' + SUPPORT +
    ' evidence(first: ' + claims + ') { ' + CLAIM + ' }';
  const QUERIES = {
    search: 'query ExploreSearch($query: String!) { search(query: $query, first: 10) ' +
      '{ score node { __typename id ... on Entity { name } } } }',
    neighborhood: 'query ExploreNeighborhood($id: ID!, $depth: Int, $asOf: String, $evidence: EvidenceFilter) ' +
      '{ neighborhood(id: $id, depth: $depth, asOf: $asOf, evidence: $evidence) ' +
      '{ center { ' + NODE + ' } nodes { ' + NODE + ' } edges { ' + relation(10) + ' } } }',
    paths: 'query ExplorePaths($from: ID!, $to: ID!, $asOf: String, $evidence: EvidenceFilter) ' +
      '{ paths(from: $from, to: $to, maxHops: 4, asOf: $asOf, evidence: $evidence) ' +
      '{ length nodes { ' + NODE + ' } hops { relation { ' + relation(4) + ' } } } }',
    entity: 'query ExploreEntity($id: ID!) { node(id: $id) { __typename id ... on Entity { name description ' +
      'claimsMadeCount claimsMade(first: 25) { id text kind date dateBasis source { title } } } } }',
    open: 'query ExploreOpen($id: ID!) { node(id: $id) { __typename id ... on Entity { name } ' +
      '... on Claim { ' + CLAIM + ' about { id name } ' + SUPPORT + ' } } }',
  };

  const state = { center: null, target: null, opened: null, asOf: null, excluded: new Map(), speakers: new Map(),
    relations: new Map(), panel: null, requests: 0, draws: 0 };

  const cy = cytoscape({
    container: $('graph'),
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)', width: 22, height: 22,
        'font-size': 14, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 120 } },
      { selector: 'node.center', style: { width: 32, height: 32, 'border-width': 3, 'border-color': '#1d232a' } },
      { selector: 'edge', style: { label: 'data(label)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'font-size': 11,
        color: '#4a545e', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.85,
        'text-background-padding': 2 } },
      { selector: 'edge.undated', style: { 'line-style': 'dashed' } },
      { selector: 'node.on-path', style: { 'border-color': '#e0a800', 'border-width': 5 } },
      { selector: 'edge.on-path', style: { 'underlay-color': '#e0a800', 'underlay-opacity': 0.6, 'underlay-padding': 4, 'z-index': 10 } },
      { selector: '.faded', style: { opacity: 0.2 } },
      { selector: 'edge:selected', style: { 'underlay-color': '#1d232a', 'underlay-opacity': 0.35, 'underlay-padding': 5, opacity: 1 } },
    ],
  });

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
  const nameOf = (id) => cy.getElementById(id).data('label') || id;

  async function gql(query, variables) {
    const headers = { 'content-type': 'application/json' };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.authorization = 'Bearer ' + token;
    const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = await response.json().catch(() => ({ errors: [{ message: 'HTTP ' + response.status }] }));
    if (body.errors && body.errors.length > 0) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  }

  // ---- filter state: the controls, the URL and the EvidenceFilter the server applies ----
  const monthOf = (index) => { const m = FIRST_MONTH + index; return Math.floor(m / 12) + '-' + String(m % 12 + 1).padStart(2, '0'); };
  const monthIndex = (iso) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7) || 1) - 1 - FIRST_MONTH;
  const nowIndex = () => { const d = new Date(); return d.getFullYear() * 12 + d.getMonth() - FIRST_MONTH + 1; };
  const checkedKinds = () => KINDS.filter((kind) => document.querySelector('input[name="kind"][value="' + kind + '"]').checked);
  const minIndependent = () => Math.min(100, Math.max(1, Math.floor(Number($('min-independent').value)) || 1));

  function evidenceFilter() {
    const filter = {};
    const kinds = checkedKinds();
    if (kinds.length < KINDS.length) filter.kinds = kinds;
    if (minIndependent() > 1) filter.minIndependent = minIndependent();
    if (state.excluded.size > 0) filter.excludeSpeakers = Array.from(state.excluded.keys());
    return Object.keys(filter).length > 0 ? filter : null;
  }

  function urlState(id) {
    const params = new URLSearchParams();
    if (id) params.set('id', id);
    if ($('depth').value !== '1') params.set('depth', $('depth').value);
    if (state.asOf) params.set('asOf', state.asOf);
    const kinds = checkedKinds();
    if (kinds.length < KINDS.length) params.set('kinds', kinds.join(','));
    if (minIndependent() > 1) params.set('minIndependent', String(minIndependent()));
    if (state.excluded.size > 0) params.set('exclude', Array.from(state.excluded.keys()).join(','));
    return params;
  }
  /** A link to open \`id\` (entity or claim) in the explorer with the same filters. */
  const linkTo = (id) => location.pathname + '?' + urlState(id).toString();
  const saveUrl = () => history.replaceState(null, '', location.pathname + '?' + urlState(state.opened).toString());

  function showAsOf() {
    $('as-of-label').textContent = state.asOf || 'now';
    const slider = $('as-of-month');
    slider.max = String(nowIndex());
    slider.value = String(state.asOf ? Math.max(0, Math.min(nowIndex() - 1, monthIndex(state.asOf))) : nowIndex());
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    if (params.get('depth') === '2') $('depth').value = '2';
    const asOf = params.get('asOf');
    if (asOf && /^[0-9]{4}(-[0-9]{2}){0,2}$/.test(asOf)) {
      state.asOf = asOf;
      if (asOf.length === 10) $('as-of').value = asOf;
    }
    const kinds = params.get('kinds');
    if (kinds) {
      const wanted = kinds.split(',').filter((kind) => KINDS.includes(kind));
      if (wanted.length > 0) for (const box of document.querySelectorAll('input[name="kind"]')) box.checked = wanted.includes(box.value);
    }
    if (params.get('minIndependent')) $('min-independent').value = params.get('minIndependent');
    for (const id of (params.get('exclude') || '').split(',').filter(Boolean)) state.excluded.set(id, id);
    showAsOf();
    return params.get('id');
  }

  // The speakers of the drawn edges, plus those excluded (so they can be let back in).
  function fillSpeakers() {
    const select = $('exclude-speakers');
    const names = new Map(state.excluded);
    for (const [id, name] of state.speakers) names.set(id, name);
    const sorted = Array.from(names).sort((a, b) => a[1].localeCompare(b[1]));
    select.replaceChildren(...sorted.map(([id, name]) => {
      const option = el('option', null, name);
      option.value = id;
      option.selected = state.excluded.has(id);
      return option;
    }));
  }

  // ---- drawing ----
  /** The strongest kind among the relation's claims that the kinds filter lets count: it picks the colour. */
  function strongestKind(relation) {
    const allowed = checkedKinds();
    return KINDS.find((kind) => allowed.includes(kind) && relation.support.kinds.includes(kind)) || null;
  }
  const toNode = (entity) => ({ group: 'nodes', data: { id: entity.id, label: entity.name,
    kind: entity.__typename, colour: COLOURS[entity.__typename] || '#888' } });
  const toEdge = (relation) => {
    state.relations.set(relation.id, relation);
    for (const speaker of relation.support.speakers) state.speakers.set(speaker.id, speaker.name);
    const kind = strongestKind(relation);
    return { group: 'edges', classes: relation.dated ? '' : 'undated', data: { id: relation.id, source: relation.from.id,
      target: relation.to.id, label: relation.type + ' · ' + relation.support.grade, kind: kind || 'none',
      colour: kind ? KIND_COLOURS[kind] : NO_EVIDENCE, width: 1.5 + Math.min(relation.support.independentOrigins, 4) } };
  };
  const addMissing = (entities, relations) => {
    const added = cy.collection();
    for (const entity of entities) if (cy.getElementById(entity.id).empty()) added.merge(cy.add(toNode(entity)));
    for (const relation of relations) {
      if (cy.getElementById(relation.id).empty() && cy.getElementById(relation.from.id).nonempty() &&
          cy.getElementById(relation.to.id).nonempty()) added.merge(cy.add(toEdge(relation)));
    }
    return added;
  };
  // Strong repulsion and long edges: the graph is dense (most entities relate to several of the others).
  const layout = () => cy.layout({ name: 'cose', animate: false, padding: 30, randomize: true, nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 400000, idealEdgeLength: () => 140, edgeElasticity: () => 100, gravity: 0.5 }).run();

  function describeFilter() {
    const parts = [];
    const kinds = checkedKinds();
    if (kinds.length < KINDS.length) parts.push(kinds.join('/') + ' evidence');
    if (minIndependent() > 1) parts.push('≥ ' + minIndependent() + ' independent origins');
    if (state.excluded.size > 0) parts.push(state.excluded.size + ' speaker(s) excluded');
    return parts.length > 0 ? ' (' + parts.join(', ') + ')' : '';
  }

  async function drawNeighborhood() {
    saveUrl();
    if (!state.center) return;
    setStatus('Loading the neighbourhood of ' + state.center.name + '…');
    const ticket = ++state.requests;
    const data = await gql(QUERIES.neighborhood, { id: state.center.id, depth: Number($('depth').value), asOf: state.asOf,
      evidence: evidenceFilter() });
    if (ticket !== state.requests) return; // a later redraw was asked for while this one was loading
    const hood = data.neighborhood;
    state.center = { id: hood.center.id, name: hood.center.name };
    cy.elements().remove();
    state.relations.clear();
    state.speakers.clear();
    addMissing([hood.center].concat(hood.nodes), hood.edges);
    cy.getElementById(hood.center.id).addClass('center');
    layout();
    fillSpeakers();
    // A relation's panel follows the redraw; an entity's or a claim's stays as it is.
    if (state.panel && state.panel.kind === 'relation') {
      const relation = state.relations.get(state.panel.id);
      if (relation) showRelation(relation);
      else showHint();
    } else if (!state.panel) showHint();
    setStatus(hood.center.name + ': ' + cy.nodes().length + ' entities, ' + cy.edges().length + ' relations' +
      (state.asOf ? ' as of ' + state.asOf : ' valid today') + describeFilter() +
      '. Click a relation for its support and evidence, an entity for its claims.');
    if (state.target) await highlightPaths();
    state.draws += 1;
    document.body.dataset.draws = String(state.draws);
  }

  async function highlightPaths() {
    cy.elements().removeClass('on-path faded');
    $('clear-path').hidden = !state.target;
    if (!state.center || !state.target) return;
    const data = await gql(QUERIES.paths, { from: state.center.id, to: state.target.id, asOf: state.asOf, evidence: evidenceFilter() });
    if (data.paths.length === 0) {
      setStatus('No path of at most 4 relations from ' + state.center.name + ' to ' + state.target.name + '.');
      return;
    }
    const relations = [];
    const entities = [];
    for (const path of data.paths) {
      entities.push(...path.nodes);
      relations.push(...path.hops.map((hop) => hop.relation));
    }
    if (addMissing(entities, relations).nonempty()) layout();
    const onPath = cy.collection();
    for (const item of entities.concat(relations)) onPath.merge(cy.getElementById(item.id));
    cy.elements().not(onPath).addClass('faded');
    onPath.addClass('on-path');
    setStatus(data.paths.length + ' shortest path(s) of ' + data.paths[0].length + ' relation(s) from ' +
      state.center.name + ' to ' + state.target.name + '.');
  }
`;

const WIRING = `
  async function openEntityPanel(id) {
    const data = await gql(QUERIES.entity, { id });
    if (data.node) showEntity(data.node);
  }

  /** Opens an entity (centred) or a claim (shown, centred on its speaker), as \`?id=\` asks. */
  async function open(id) {
    const data = await gql(QUERIES.open, { id });
    const node = data.node;
    if (!node) {
      setStatus('Nothing has the id ' + id + '.', true);
      return;
    }
    state.opened = node.id;
    if (node.__typename === 'Claim') {
      showClaim(node);
      state.center = { id: node.speaker.id, name: node.speaker.name };
    } else if (COLOURS[node.__typename]) {
      state.center = { id: node.id, name: node.name };
    } else {
      setStatus(id + ' is a ' + node.__typename + ', which the explorer does not draw.', true);
      return;
    }
    await drawNeighborhood();
  }

  function selectEdge(id) {
    const edge = cy.getElementById(id);
    if (edge.empty()) return false;
    edge.emit('tap');
    return true;
  }
  function selectNode(id) {
    const node = cy.getElementById(id);
    if (node.empty()) return false;
    node.emit('tap');
    return true;
  }

  function wireSearch(formId, inputId, listId, onPick) {
    const input = $(inputId);
    const list = $(listId);
    let timer;
    const run = async () => {
      const query = input.value.trim();
      if (query.length < 2) return list.replaceChildren();
      const data = await gql(QUERIES.search, { query });
      const hits = data.search.map((hit) => hit.node).filter((node) => node.name && COLOURS[node.__typename]);
      list.replaceChildren(...hits.map((node) => {
        const button = el('button', null, node.name);
        button.type = 'button';
        button.dataset.id = node.id;
        button.append(el('span', 'kind', node.__typename));
        button.addEventListener('click', () => {
          list.replaceChildren();
          input.value = node.name;
          onPick(node).catch(fail);
        });
        const item = el('li');
        item.append(button);
        return item;
      }));
      if (hits.length === 0) setStatus('No entity matches "' + query + '".');
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => run().catch(fail), 250);
    });
    $(formId).addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(timer);
      run().catch(fail);
    });
  }

  const redraw = () => drawNeighborhood().catch(fail);
  cy.on('tap', 'edge', (event) => {
    cy.elements().unselect();
    event.target.select();
    showRelation(state.relations.get(event.target.id()));
  });
  cy.on('tap', 'node', (event) => {
    cy.elements().unselect();
    openEntityPanel(event.target.id()).catch(fail);
  });
  cy.on('dbltap', 'node', (event) => {
    state.center = { id: event.target.id(), name: event.target.data('label') };
    state.opened = state.center.id;
    redraw();
  });
  wireSearch('search-form', 'search', 'search-results', (node) => {
    state.center = node;
    state.opened = node.id;
    return drawNeighborhood();
  });
  wireSearch('path-form', 'path-search', 'path-results', (node) => {
    state.target = node;
    return highlightPaths();
  });
  $('clear-path').addEventListener('click', () => {
    state.target = null;
    $('path-search').value = '';
    highlightPaths().catch(fail);
  });
  $('depth').addEventListener('change', redraw);
  $('as-of').addEventListener('change', () => {
    state.asOf = $('as-of').value || null;
    showAsOf();
    redraw();
  });
  // The label follows the thumb; the graph is redrawn when it is let go.
  $('as-of-month').addEventListener('input', () => {
    const index = Number($('as-of-month').value);
    $('as-of-label').textContent = index >= nowIndex() ? 'now' : monthOf(index);
  });
  $('as-of-month').addEventListener('change', () => {
    const index = Number($('as-of-month').value);
    state.asOf = index >= nowIndex() ? null : monthOf(index);
    $('as-of').value = '';
    showAsOf();
    redraw();
  });
  for (const box of document.querySelectorAll('input[name="kind"]')) {
    box.addEventListener('change', () => {
      // No kind at all would read as "every kind" on the server: keep at least one.
      if (checkedKinds().length === 0) {
        box.checked = true;
        setStatus('Keep at least one evidence kind.', true);
        return;
      }
      redraw();
    });
  }
  $('min-independent').addEventListener('change', redraw);
  $('exclude-speakers').addEventListener('change', () => {
    const excluded = new Map();
    for (const option of $('exclude-speakers').selectedOptions) excluded.set(option.value, option.textContent);
    state.excluded = excluded;
    redraw();
  });
  $('filters').addEventListener('submit', (event) => event.preventDefault());
  $('token').value = sessionStorage.getItem(TOKEN_KEY) || '';
  $('token').addEventListener('change', () => {
    const token = $('token').value.trim();
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  });
  showHint();
  const first = readUrl();
  if (first) open(first).catch(fail);
  window.explorer = { cy, selectEdge, selectNode, relation: (id) => state.relations.get(id) };
})();
`;

export const EXPLORE_SCRIPT = CORE + PANEL_SCRIPT + WIRING;

// The browser script served as /explore/assets/explore.js: search, neighbourhood drawing with cytoscape,
// evidence panel, paths between two entities and the asOf control, all through POST /graphql.

// Plain ES2020 without template literals, so it sits in this string as written. Every text from the API
// goes into the page through textContent, never innerHTML. window.explorer is a small hook for tests and
// the browser console.
export const EXPLORE_SCRIPT = `'use strict';
(() => {
  const endpoint = document.body.dataset.endpoint;
  const $ = (id) => document.getElementById(id);
  const TOKEN_KEY = 'policy-graph:explore-token';
  const COLOURS = { Person: '#2f6fdf', Institution: '#8e44ad', PolicyTrack: '#e67e22', Event: '#16a085' };

  const NODE = '__typename id name';
  const RELATION = 'id type role validFrom validTo from { id } to { id } evidence(first: 10) { id text kind ' +
    'statedDate approximateDate speaker { id name } source { title publisher publishedDate approximateDate url } }';
  const QUERIES = {
    search: 'query ExploreSearch($query: String!) { search(query: $query, first: 10) ' +
      '{ score node { __typename id ... on Entity { name } } } }',
    neighborhood: 'query ExploreNeighborhood($id: ID!, $depth: Int, $asOf: String) { neighborhood(id: $id, depth: $depth, asOf: $asOf) ' +
      '{ center { ' + NODE + ' } nodes { ' + NODE + ' } edges { ' + RELATION + ' } } }',
    paths: 'query ExplorePaths($from: ID!, $to: ID!, $asOf: String) { paths(from: $from, to: $to, maxHops: 4, asOf: $asOf) ' +
      '{ length nodes { ' + NODE + ' } hops { relation { ' + RELATION + ' } } } }',
  };

  const state = { center: null, target: null, relations: new Map(), requests: 0, draws: 0 };

  const cy = cytoscape({
    container: $('graph'),
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)', width: 22, height: 22,
        'font-size': 14, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 120 } },
      { selector: 'node.center', style: { width: 32, height: 32, 'border-width': 3, 'border-color': '#1d232a' } },
      { selector: 'edge', style: { label: 'data(label)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        width: 2, 'line-color': '#9aa5ad', 'target-arrow-color': '#9aa5ad', 'font-size': 11, color: '#4a545e',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.85,
        'text-background-padding': 2 } },
      { selector: 'node.on-path', style: { 'border-color': '#e0a800', 'border-width': 5 } },
      { selector: 'edge.on-path', style: { 'line-color': '#e0a800', 'target-arrow-color': '#e0a800', width: 5, 'z-index': 10 } },
      { selector: '.faded', style: { opacity: 0.2 } },
      { selector: 'edge:selected', style: { 'line-color': '#d93025', 'target-arrow-color': '#d93025', width: 5, opacity: 1 } },
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
  const asOf = () => $('as-of').value || null;
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

  const toNode = (entity) => ({ group: 'nodes', data: { id: entity.id, label: entity.name,
    kind: entity.__typename, colour: COLOURS[entity.__typename] || '#888' } });
  const toEdge = (relation) => {
    state.relations.set(relation.id, relation);
    return { group: 'edges', data: { id: relation.id, source: relation.from.id, target: relation.to.id, label: relation.type } };
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

  async function drawNeighborhood() {
    if (!state.center) return;
    setStatus('Loading the neighbourhood of ' + state.center.name + '…');
    const ticket = ++state.requests;
    const data = await gql(QUERIES.neighborhood, { id: state.center.id, depth: Number($('depth').value), asOf: asOf() });
    if (ticket !== state.requests) return; // a later redraw was asked for while this one was loading
    const hood = data.neighborhood;
    cy.elements().remove();
    state.relations.clear();
    addMissing([hood.center].concat(hood.nodes), hood.edges);
    cy.getElementById(hood.center.id).addClass('center');
    layout();
    showEvidence(null);
    setStatus(hood.center.name + ': ' + cy.nodes().length + ' entities, ' + cy.edges().length + ' relations' +
      (asOf() ? ' as of ' + asOf() : ' valid today') + '. Click a relation for its evidence.');
    if (state.target) await highlightPaths();
    state.draws += 1;
    document.body.dataset.draws = String(state.draws);
  }

  async function highlightPaths() {
    cy.elements().removeClass('on-path faded');
    $('clear-path').hidden = !state.target;
    if (!state.center || !state.target) return;
    const data = await gql(QUERIES.paths, { from: state.center.id, to: state.target.id, asOf: asOf() });
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

  function showEvidence(relation) {
    const panel = $('evidence');
    panel.replaceChildren();
    if (!relation) {
      panel.append(el('p', 'hint', 'Click a relation (an arrow) to see the claims that support it.'));
      return;
    }
    panel.append(el('h2', null, nameOf(relation.from.id) + ' ' + relation.type + ' ' + nameOf(relation.to.id)));
    const period = [relation.role, relation.validFrom && 'from ' + relation.validFrom, relation.validTo && 'to ' + relation.validTo];
    if (period.some(Boolean)) panel.append(el('p', 'period', period.filter(Boolean).join(' · ')));
    if (relation.evidence.length === 0) panel.append(el('p', 'hint', 'No live evidence.'));
    for (const claim of relation.evidence) {
      const item = el('article', 'claim');
      item.append(el('blockquote', null, claim.text));
      item.append(el('p', 'meta', [claim.kind, claim.speaker.name, claim.statedDate || claim.approximateDate || 'undated'].join(' · ')));
      const source = claim.source;
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
      item.append(line);
      panel.append(item);
    }
  }

  function selectEdge(id) {
    const edge = cy.getElementById(id);
    if (edge.empty()) return false;
    edge.emit('tap');
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

  cy.on('tap', 'edge', (event) => {
    cy.edges().unselect();
    event.target.select();
    showEvidence(state.relations.get(event.target.id()));
  });
  cy.on('dbltap', 'node', (event) => {
    state.center = { id: event.target.id(), name: event.target.data('label') };
    drawNeighborhood().catch(fail);
  });
  wireSearch('search-form', 'search', 'search-results', (node) => {
    state.center = node;
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
  $('depth').addEventListener('change', () => drawNeighborhood().catch(fail));
  $('as-of').addEventListener('change', () => drawNeighborhood().catch(fail));
  $('token').value = sessionStorage.getItem(TOKEN_KEY) || '';
  $('token').addEventListener('change', () => {
    const token = $('token').value.trim();
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  });
  showEvidence(null);
  window.explorer = { cy, selectEdge, relation: (id) => state.relations.get(id) };
})();
`;

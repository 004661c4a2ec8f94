/** The actor network: node size = events, edge width = events, edge colour = mean Goldstein (red conflict … green cooperation). */
import cytoscape from 'cytoscape';
import { get } from '../api.js';
import type { Network } from '../api-types.js';
import { empty, field, h, loading, select, showError } from '../dom.js';
import { goldsteinColor } from '../format.js';
import { type Route, go } from '../router.js';

export async function networkView(el: HTMLElement, route: Route, signal: AbortSignal) {
  const group = route.params.get('group') === 'code' ? 'code' : 'country';
  const limit = ['40', '80', '150'].includes(route.params.get('limit') ?? '') ? route.params.get('limit')! : '80';
  const groupSel = select('group', [['country', 'countries and bodies'], ['code', 'every actor code']], group, { onchange: () => go('network', { group: groupSel.value, limit: limitSel.value }) });
  const limitSel = select('limit', [['40', '40 busiest dyads'], ['80', '80 busiest dyads'], ['150', '150 busiest dyads']], limit, { onchange: () => go('network', { group: groupSel.value, limit: limitSel.value }) });
  const box = h('div', { class: 'graph-box', id: 'network-graph' });
  const info = h('p', { class: 'hint' }, 'Click a node for its events, an edge for its dyad. Drag to move, scroll to zoom.');
  el.replaceChildren(
    h('h1', null, 'Actor network'),
    h('section', { class: 'panel' }, h('div', { class: 'panel-head' }, h('div', { class: 'filters' }, field('Actors', groupSel), field('Edges', limitSel)), scale()), box, info),
  );
  loading(box, 'Loading the network');
  let cy: cytoscape.Core | null = null;
  try {
    const net = await get<Network>('/api/network', { group, limit }, signal);
    if (!net.edges.length) {
      empty(box, 'No dyads with both actors coded yet.');
      return;
    }
    box.replaceChildren();
    const maxNode = Math.max(...net.nodes.map((n) => n.events));
    const maxEdge = Math.max(...net.edges.map((e) => e.events));
    cy = cytoscape({
      container: box,
      elements: [
        ...net.nodes.map((n) => ({ data: { id: n.id, label: n.id, name: n.label, size: 18 + 42 * Math.sqrt(n.events / maxNode) } })),
        ...net.edges.map((e, i) => ({
          data: { id: `e${i}`, source: e.source, target: e.target, width: 1.5 + 7 * Math.sqrt(e.events / maxEdge), color: goldsteinColor(e.goldstein_mean), events: e.events, g: e.goldstein_mean },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#1f3a5f', color: '#1d2330', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#fbfcfd', 'text-outline-width': 2 },
        },
        {
          selector: 'edge',
          style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85 },
        },
        { selector: ':selected', style: { 'overlay-opacity': 0.15, 'overlay-color': '#2f6fb3' } },
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 24 },
    });
    const star = (id: string) => (group === 'country' ? `${id}*` : id);
    cy.on('tap', 'node', (e) => go('events', { actor: star(e.target.id()) }));
    cy.on('tap', 'edge', (e) => go('dyads', { a: star(e.target.data('source')), b: star(e.target.data('target')), dir: 'forward' }));
    cy.on('mouseover', 'node', (e) => (info.textContent = `${e.target.id()}: ${e.target.data('name')}`));
    cy.on('mouseover', 'edge', (e) => (info.textContent = `${e.target.data('source')} → ${e.target.data('target')}: ${e.target.data('events')} events, mean Goldstein ${e.target.data('g')}`));
    box.dataset.nodes = String(net.nodes.length);
    box.dataset.edges = String(net.edges.length);
    box.dataset.ready = 'true';
  } catch (e) {
    showError(box, e);
  }
  return () => cy?.destroy();
}

function scale(): HTMLElement {
  const stops = [-10, -5, -2, 0, 2, 5, 10];
  return h(
    'div',
    { class: 'scale', 'aria-label': 'Edge colour: mean Goldstein score' },
    h('span', null, 'conflict'),
    ...stops.map((g) => {
      const sw = h('span', { class: 'swatch', title: `Goldstein ${g}` });
      sw.style.backgroundColor = goldsteinColor(g);
      return sw;
    }),
    h('span', null, 'cooperation'),
  );
}

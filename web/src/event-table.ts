/** The table of deduplicated events every view uses; a row's button opens its evidence. */
import type { DedupEvent } from './api-types.js';
import { h } from './dom.js';
import { QUADS, actorName, goldsteinColor, num, signed } from './format.js';
import { openEvidence } from './views/evidence.js';

export function eventTable(events: DedupEvent[]): HTMLTableElement {
  return h(
    'table',
    { class: 'events' },
    h(
      'thead',
      null,
      h('tr', null, h('th', null, 'Day'), h('th', null, 'Source'), h('th', null, 'Event'), h('th', null, 'Target'), h('th', { class: 'num' }, 'Goldstein'), h('th', { class: 'num', title: 'sentences reporting it' }, 'Mentions'), h('th', null, '')),
    ),
    h(
      'tbody',
      null,
      ...events.map((e) =>
        h(
          'tr',
          { 'data-event-id': e.id },
          h('td', { class: 'nowrap' }, e.day ?? 'undated'),
          h('td', null, actorCell(e.source, e.source_text)),
          h('td', null, h('span', { class: 'quad-dot', 'data-quad': e.quad_class, title: QUADS[e.quad_class]?.name ?? '' }), h('code', null, e.code), ' ', e.label),
          h('td', null, actorCell(e.target, e.target_text)),
          h('td', { class: 'num' }, h('span', { class: 'gold', 'data-sign': Math.sign(e.goldstein) }, signed(e.goldstein))),
          h('td', { class: 'num' }, num(e.mentions)),
          h('td', null, h('button', { type: 'button', class: 'link evidence-btn', onclick: () => openEvidence(e.id) }, 'Evidence')),
        ),
      ),
    ),
  );
}

function actorCell(code: string | null, text: string | null): HTMLElement {
  return h('span', { class: 'actor' }, h('strong', null, actorName(code, code ? null : text)), code && text ? h('small', null, text) : null);
}

/** A coloured Goldstein chip. */
export function goldChip(g: number | null): HTMLElement {
  const chip = h('span', { class: 'gold-chip' }, signed(g));
  chip.style.backgroundColor = goldsteinColor(g);
  return chip;
}

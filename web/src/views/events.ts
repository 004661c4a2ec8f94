/** The event table: filters in the address (so a view can be shared), a page at a time, each row's evidence a click away. */
import { get } from '../api.js';
import type { DedupEvent } from '../api-types.js';
import { empty, field, h, loading, select, showError } from '../dom.js';
import { eventTable } from '../event-table.js';
import { type Route, go, paramsOf } from '../router.js';

const FIELDS: [string, string, string][] = [
  ['from', 'From', 'YYYY-MM-DD'],
  ['to', 'To', 'YYYY-MM-DD'],
  ['actor', 'Either actor', 'PRK*'],
  ['source', 'Source', 'USAGOV'],
  ['target', 'Target', 'PRK'],
  ['code', 'CAMEO code', '042'],
  ['root', 'Root', '04'],
  ['text', 'Words', 'inspectors'],
];

/** Cursors of the pages before the current one, per filter. */
const back = new Map<string, string[]>();

export async function eventsView(el: HTMLElement, route: Route, signal: AbortSignal) {
  const params = paramsOf(route);
  const { cursor, ...filters } = params;
  const key = JSON.stringify(filters);
  const inputs = FIELDS.map(([name, , ph]) => h('input', { name, value: params[name] ?? '', placeholder: ph, autocomplete: 'off', spellcheck: 'false', type: name === 'from' || name === 'to' ? 'date' : 'text' }));
  const quad = select('quad', [['', 'any'], ['1', '1 verbal cooperation'], ['2', '2 material cooperation'], ['3', '3 verbal conflict'], ['4', '4 material conflict']], params.quad ?? '');
  const form = h(
    'form',
    {
      class: 'filters wrap',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const next: Record<string, string> = {};
        for (const i of inputs) if (i.value.trim()) next[i.name] = i.value.trim();
        if (quad.value) next.quad = quad.value;
        for (const k of ['dyad', 'both', 'minMentions']) if (filters[k]) next[k] = filters[k]!;
        go('events', next);
      },
    },
    ...FIELDS.map(([, label], i) => field(label, inputs[i]!)),
    field('Quad class', quad),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Filter'), h('button', { type: 'button', onclick: () => go('events') }, 'Clear')),
  );
  const body = h('div', { id: 'events-body' });
  const extra = filters.dyad ? h('p', { class: 'hint' }, `Dyad ${filters.dyad}${filters.both === 'true' ? ' (both directions)' : ''}.`) : null;
  el.replaceChildren(h('h1', null, 'Events'), h('section', { class: 'panel' }, form, extra), h('section', { class: 'panel' }, body));
  loading(body, 'Loading events');
  try {
    const r = await get<{ events: DedupEvent[]; next: string | null }>('/api/events', { ...filters, cursor, limit: 50 }, signal);
    const stack = back.get(key) ?? [];
    if (!cursor) stack.length = 0;
    back.set(key, stack);
    if (!r.events.length) return empty(body, cursor ? 'No more events.' : 'No events match these filters.', 'Widen the dates, use a prefix such as USA*, or clear the filters.');
    const pager = h(
      'div',
      { class: 'pager' },
      h('button', { type: 'button', disabled: !cursor, onclick: () => go('events', { ...filters, cursor: stack.pop() }) }, '← Previous'),
      h('span', null, `${r.events.length} events${cursor || r.next ? ' on this page' : ''}`),
      h('button', { type: 'button', disabled: !r.next, onclick: () => (stack.push(cursor ?? ''), go('events', { ...filters, cursor: r.next })) }, 'Next →'),
    );
    body.replaceChildren(eventTable(r.events), pager);
  } catch (e) {
    showError(body, e);
  }
}

/** Crisis overview: what the database holds, events over time stacked by quad class, the top dyads and actors. */
import { get } from '../api.js';
import type { Actor, Dyad, Health, Series } from '../api-types.js';
import { type Chart, makeChart } from '../charts.js';
import { empty, field, h, loading, select, showError } from '../dom.js';
import { goldChip } from '../event-table.js';
import { QUADS, num, periodRange } from '../format.js';
import { type Route, go, href } from '../router.js';

export async function overviewView(el: HTMLElement, route: Route, signal: AbortSignal) {
  const interval = (route.params.get('by') === 'week' ? 'week' : 'month') as Series['interval'];
  const range = { from: route.params.get('from') ?? '', to: route.params.get('to') ?? '' };
  const cards = h('div', { class: 'cards' });
  const chartBox = h('div', { class: 'chart-box', id: 'overview-chart' });
  const dyadsBox = h('div', { class: 'panel-body' });
  const actorsBox = h('div', { class: 'panel-body' });
  const by = select('by', [['week', 'by week'], ['month', 'by month']], interval);
  const from = h('input', { type: 'date', name: 'from', value: range.from });
  const to = h('input', { type: 'date', name: 'to', value: range.to });
  const apply = () => go('overview', { by: by.value, from: from.value, to: to.value });
  by.addEventListener('change', apply);
  const form = h(
    'form',
    { class: 'filters', onsubmit: (e: Event) => (e.preventDefault(), apply()) },
    field('From', from),
    field('To', to),
    field('Interval', by),
    h('button', { type: 'submit' }, 'Apply'),
  );
  el.replaceChildren(
    h('h1', null, 'Crisis overview'),
    cards,
    h('section', { class: 'panel' }, h('div', { class: 'panel-head' }, h('h2', null, 'Events over time, by quad class'), form), chartBox, h('p', { class: 'hint' }, 'Click a bar to list its events.')),
    h('div', { class: 'two-col' }, h('section', { class: 'panel' }, h('h2', null, 'Top dyads'), dyadsBox), h('section', { class: 'panel' }, h('h2', null, 'Most active countries and bodies'), actorsBox)),
  );
  loading(cards, 'Counting');
  loading(chartBox, 'Loading the series');
  loading(dyadsBox);
  loading(actorsBox);

  let chart: Chart | null = null;
  const jobs = [
    get<Health>('/api/health', {}, signal).then(
      (r) => cards.replaceChildren(card('articles', r.counts.articles), card('sentences', r.counts.sentences), card('events reported', r.counts.events), card('distinct events', r.counts.dedupEvents)),
      (e) => showError(cards, e),
    ),
    get<Series>('/api/series', { interval, ...range }, signal).then(
      (r) => {
        if (!r.series.length) return empty(chartBox, range.from || range.to ? 'No dated events in this range.' : 'No dated events yet.', 'Ingest articles with `dyad ingest` or POST /api/articles.');
        chart = stackedChart(chartBox, r);
      },
      (e) => showError(chartBox, e),
    ),
    get<{ dyads: Dyad[] }>('/api/dyads', { limit: 12, ...range }, signal).then(
      (r) => (r.dyads.length ? dyadsBox.replaceChildren(dyadTable(r.dyads)) : empty(dyadsBox, 'No dyads with both actors coded.')),
      (e) => showError(dyadsBox, e),
    ),
    get<{ actors: Actor[] }>('/api/actors', { group: 'country', limit: 10, ...range }, signal).then(
      (r) => (r.actors.length ? actorsBox.replaceChildren(actorBars(r.actors, range)) : empty(actorsBox, 'No actors yet.')),
      (e) => showError(actorsBox, e),
    ),
  ];
  await Promise.allSettled(jobs);
  return () => (chart as Chart | null)?.destroy();
}

const card = (label: string, n: number) => h('div', { class: 'card' }, h('strong', null, num(n)), h('span', null, label));

function stackedChart(box: HTMLElement, r: Series): Chart {
  const canvas = h('canvas', { role: 'img', 'aria-label': 'Events per period, stacked by quad class' });
  box.replaceChildren(canvas);
  box.dataset.points = String(r.series.filter((s) => s.events > 0).length);
  const chart = makeChart(canvas, {
    type: 'bar',
    data: {
      labels: r.series.map((s) => s.period),
      datasets: ([1, 2, 3, 4] as const).map((q) => ({
        label: QUADS[q]!.name,
        data: r.series.map((s) => s[`q${q}`]),
        backgroundColor: QUADS[q]!.color,
        stack: 'quads',
      })),
    },
    options: {
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: 'events' } } },
      plugins: { legend: { position: 'bottom' } },
      onClick: (_e, items) => {
        const it = items[0];
        if (!it) return;
        const { from, to } = periodRange(r.series[it.index]!.period, r.interval);
        go('events', { from, to, quad: it.datasetIndex + 1 });
      },
    },
  });
  box.dataset.ready = 'true';
  return chart;
}

function dyadTable(dyads: Dyad[]): HTMLElement {
  return h(
    'table',
    { class: 'dyads' },
    h('thead', null, h('tr', null, h('th', null, 'Source → target'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'Mean Goldstein'))),
    h(
      'tbody',
      null,
      ...dyads.map((d) =>
        h(
          'tr',
          null,
          h('td', null, h('a', { href: href('dyads', { a: d.source, b: d.target, dir: 'forward' }) }, h('strong', null, d.source), ' → ', h('strong', null, d.target)), h('small', { class: 'block' }, `${d.source_label} → ${d.target_label}`)),
          h('td', { class: 'num' }, num(d.events)),
          h('td', { class: 'num' }, goldChip(d.goldstein_mean)),
        ),
      ),
    ),
  );
}

function actorBars(actors: Actor[], range: { from: string; to: string }): HTMLElement {
  const max = Math.max(...actors.map((a) => a.events));
  return h(
    'ul',
    { class: 'bars' },
    ...actors.map((a) => {
      const bar = h('span', { class: 'bar' });
      bar.style.width = `${Math.max(2, (a.events / max) * 100)}%`;
      return h(
        'li',
        null,
        h('a', { href: href('events', { actor: `${a.code}*`, ...range }) }, h('strong', null, a.code), ' ', a.label),
        h('span', { class: 'bar-track' }, bar),
        h('span', { class: 'num' }, num(a.events)),
      );
    }),
  );
}

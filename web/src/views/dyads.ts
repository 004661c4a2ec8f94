/**
 * Dyad explorer: two actors (codes, or prefixes such as USA*) → cooperation and conflict per period, the mean
 * Goldstein score, and the events behind any period (click a point or a row).
 */
import { get, seg } from '../api.js';
import type { Actor, DedupEvent, Network, Series, SeriesRow } from '../api-types.js';
import { type Chart, makeChart } from '../charts.js';
import { empty, field, h, loading, select, showError } from '../dom.js';
import { eventTable } from '../event-table.js';
import { num, periodRange, signed } from '../format.js';
import { type Route, go } from '../router.js';

type Interval = Series['interval'];

export async function dyadsView(el: HTMLElement, route: Route, signal: AbortSignal) {
  const p = route.params;
  let a = (p.get('a') ?? '').toUpperCase();
  let b = (p.get('b') ?? '').toUpperCase();
  const dir = p.get('dir') === 'forward' ? 'forward' : 'both';
  const by = (['day', 'week', 'month'].includes(p.get('by') ?? '') ? p.get('by') : 'month') as Interval;

  const list = h('datalist', { id: 'actor-options' });
  const inputA = h('input', { name: 'a', list: 'actor-options', value: a, placeholder: 'e.g. USA* or USAGOV', required: true, autocomplete: 'off', spellcheck: 'false' });
  const inputB = h('input', { name: 'b', list: 'actor-options', value: b, placeholder: 'e.g. PRK*', required: true, autocomplete: 'off', spellcheck: 'false' });
  const dirSel = select('dir', [['both', 'both directions'], ['forward', 'A → B only']], dir);
  const bySel = select('by', [['day', 'day'], ['week', 'week'], ['month', 'month']], by);
  const form = h(
    'form',
    { class: 'filters', onsubmit: (e: Event) => (e.preventDefault(), go('dyads', { a: inputA.value.trim(), b: inputB.value.trim(), dir: dirSel.value, by: bySel.value })) },
    field('Actor A', inputA),
    h('button', { type: 'button', class: 'swap', title: 'Swap A and B', onclick: () => ([inputA.value, inputB.value] = [inputB.value, inputA.value]) }, '⇄'),
    field('Actor B', inputB),
    field('Direction', dirSel),
    field('Interval', bySel),
    h('button', { type: 'submit', class: 'primary' }, 'Show'),
    list,
  );
  const head = h('div', { class: 'dyad-head' });
  const chartBox = h('div', { class: 'chart-box', id: 'dyad-chart' });
  const periods = h('div', { class: 'periods' });
  const eventsBox = h('section', { class: 'panel', id: 'dyad-events' });
  el.replaceChildren(
    h('h1', null, 'Dyad explorer'),
    h('section', { class: 'panel' }, form, h('p', { class: 'hint' }, 'A code ending in * takes in every actor under it: USA* is the US government, military, people… ')),
    h('section', { class: 'panel' }, head, chartBox, periods),
    eventsBox,
  );

  get<{ actors: Actor[] }>('/api/actors', { limit: 400 }, signal).then((r) => {
    const countries = new Map<string, string>();
    for (const x of r.actors) if (x.code.length > 3) countries.set(`${x.code.slice(0, 3)}*`, `${x.code.slice(0, 3)}* — every actor under ${x.code.slice(0, 3)}`);
    list.replaceChildren(...[...countries.entries()].map(([v, l]) => h('option', { value: v }, l)), ...r.actors.map((x) => h('option', { value: x.code }, `${x.code} — ${x.label} (${x.events})`)));
  }, () => undefined);

  if (!a || !b) {
    // start on the busiest pair of countries
    loading(chartBox, 'Finding the busiest dyad');
    try {
      const net = await get<Network>('/api/network', { group: 'country', limit: 1 }, signal);
      const top = net.edges[0];
      if (!top) return empty(chartBox, 'No dyads yet.', 'Ingest some articles first.');
      [a, b] = [`${top.source}*`, `${top.target}*`];
      [inputA.value, inputB.value] = [a, b];
    } catch (e) {
      return showError(chartBox, e);
    }
  }

  loading(chartBox, 'Loading the series');
  let chart: Chart | null = null;
  try {
    const r = await get<Series>(`/api/dyads/${seg(a)}/${seg(b)}/series`, { interval: by, direction: dir }, signal);
    head.replaceChildren(
      h('h2', null, `${a} ${dir === 'both' ? '↔' : '→'} ${b}`),
      h('p', { class: 'totals' }, `${num(r.totals.events)} events · mean Goldstein ${signed(r.totals.goldstein_mean)} · by ${by}`),
    );
    if (!r.totals.events) {
      empty(chartBox, `No events between ${a} and ${b}.`, 'Try a prefix (USA*), the other direction, or another pair.');
      return;
    }
    const show = (row: SeriesRow) => showPeriod(eventsBox, periods, row, { a, b, dir, by }, signal);
    chart = drawChart(chartBox, r, show);
    periods.replaceChildren(periodTable(r, show));
    const busiest = [...r.series].sort((x, y) => y.events - x.events)[0];
    if (busiest) show(busiest);
  } catch (e) {
    showError(chartBox, e);
  }
  return () => (chart as Chart | null)?.destroy();
}

function drawChart(box: HTMLElement, r: Series, onPick: (row: SeriesRow) => void): Chart {
  const canvas = h('canvas', { role: 'img', 'aria-label': 'Cooperation and conflict events per period, and the mean Goldstein score' });
  box.replaceChildren(canvas);
  box.dataset.points = String(r.series.filter((s) => s.events > 0).length);
  const chart = makeChart(canvas, {
    type: 'line',
    data: {
      labels: r.series.map((s) => s.period),
      datasets: [
        { label: 'Cooperation (quad 1–2)', data: r.series.map((s) => s.q1 + s.q2), borderColor: '#2e8b57', backgroundColor: '#2e8b57', yAxisID: 'y', cubicInterpolationMode: 'monotone', pointRadius: 4, pointHoverRadius: 7 },
        { label: 'Conflict (quad 3–4)', data: r.series.map((s) => s.q3 + s.q4), borderColor: '#c8423b', backgroundColor: '#c8423b', yAxisID: 'y', cubicInterpolationMode: 'monotone', pointRadius: 4, pointHoverRadius: 7 },
        { label: 'Mean Goldstein', data: r.series.map((s) => s.goldstein_mean), borderColor: '#6a4c93', backgroundColor: '#6a4c93', borderDash: [6, 4], yAxisID: 'g', spanGaps: true, pointRadius: 3 },
      ],
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: {
        y: { beginAtZero: true, title: { display: true, text: 'events' }, ticks: { precision: 0 } },
        g: { position: 'right', min: -10, max: 10, title: { display: true, text: 'mean Goldstein' }, grid: { drawOnChartArea: false } },
      },
      plugins: { legend: { position: 'bottom' } },
      onClick: (_e, items) => {
        const row = items[0] ? r.series[items[0].index] : undefined;
        if (row) onPick(row);
      },
    },
  });
  box.dataset.ready = 'true';
  return chart;
}

function periodTable(r: Series, onPick: (row: SeriesRow) => void): HTMLElement {
  const rows = r.series.filter((s) => s.events > 0);
  return h(
    'table',
    { class: 'period-table' },
    h('thead', null, h('tr', null, h('th', null, 'Period'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'Cooperation'), h('th', { class: 'num' }, 'Conflict'), h('th', { class: 'num' }, 'Mean Goldstein'))),
    h(
      'tbody',
      null,
      ...rows.map((s) =>
        h(
          'tr',
          { 'data-period': s.period, tabindex: '0', class: 'clickable', onclick: () => onPick(s), onkeydown: (e: Event) => (e as KeyboardEvent).key === 'Enter' && onPick(s) },
          h('td', null, s.period),
          h('td', { class: 'num' }, num(s.events)),
          h('td', { class: 'num' }, num(s.q1 + s.q2)),
          h('td', { class: 'num' }, num(s.q3 + s.q4)),
          h('td', { class: 'num' }, signed(s.goldstein_mean)),
        ),
      ),
    ),
  );
}

async function showPeriod(box: HTMLElement, periods: HTMLElement, row: SeriesRow, q: { a: string; b: string; dir: string; by: Interval }, signal: AbortSignal) {
  for (const tr of periods.querySelectorAll('tr[data-period]')) tr.classList.toggle('selected', tr.getAttribute('data-period') === row.period);
  const { from, to } = periodRange(row.period, q.by);
  const body = h('div');
  box.replaceChildren(h('h2', null, `Events behind ${row.period}`, h('small', null, ` ${from} … ${to}`)), body);
  loading(body, 'Loading the events');
  try {
    const r = await get<{ events: DedupEvent[]; next: string | null }>('/api/events', { dyad: `${q.a},${q.b}`, both: q.dir === 'both', from, to, limit: 200 }, signal);
    if (!r.events.length) return empty(body, 'No events in this period.');
    body.replaceChildren(eventTable(r.events), r.next ? h('p', { class: 'hint' }, 'The first 200 are shown; the Events view pages through all.') : '');
  } catch (e) {
    showError(body, e);
  }
}

/** "Code this text": paste a text, get its events and the whole analysis (`dyad explain`), nothing stored. */
import { post } from '../api.js';
import type { CodeResult, CodedEvent } from '../api-types.js';
import { empty, field, h, loading, showError } from '../dom.js';
import { QUADS, actorName, signed } from '../format.js';
import { highlighted, legend } from '../highlight.js';
import type { Route } from '../router.js';

const EXAMPLE = `North Korea said on Friday it would expel the UN inspectors monitoring its frozen nuclear facilities.
The United States criticized the decision. Russia and China called for the dispute to be settled through dialogue.`;

let lastText = EXAMPLE;
let lastDate = '2002-12-28';

export function playgroundView(el: HTMLElement, _route: Route, signal: AbortSignal) {
  const text = h('textarea', { name: 'text', rows: 7, maxlength: 20000, spellcheck: 'false', 'aria-label': 'Text to code' });
  text.value = lastText;
  const date = h('input', { name: 'date', type: 'date', value: lastDate });
  const out = h('div', { id: 'playground-out' });
  const run = async () => {
    lastText = text.value;
    lastDate = date.value;
    if (!text.value.trim()) return empty(out, 'Paste some news text first.');
    loading(out, 'Coding');
    try {
      const r = await post<CodeResult>('/api/code', { text: text.value, ...(date.value ? { date: date.value } : {}) }, signal);
      out.replaceChildren(eventsPanel(r.events), explainPanel(r));
    } catch (e) {
      showError(out, e);
    }
  };
  el.replaceChildren(
    h('h1', null, 'Code this text'),
    h(
      'section',
      { class: 'panel' },
      h(
        'form',
        { class: 'playground', onsubmit: (e: Event) => (e.preventDefault(), void run()) },
        field('News text (nothing is stored)', text),
        h('div', { class: 'filters' }, field('Publication date', date, 'resolves “on Friday” and who held which office'), h('button', { type: 'submit', class: 'primary' }, 'Code it')),
      ),
    ),
    out,
  );
}

function eventsPanel(events: CodedEvent[]): HTMLElement {
  const panel = h('section', { class: 'panel', id: 'playground-events' }, h('h2', null, `${events.length} event${events.length === 1 ? '' : 's'}`));
  if (!events.length) {
    panel.append(h('div', { class: 'state empty' }, h('strong', null, 'No events in this text.'), h('p', null, 'The analysis below shows what was found and why each pattern did or did not fire.')));
    return panel;
  }
  panel.append(legend());
  for (const e of events) {
    panel.append(
      h(
        'div',
        { class: 'coded-event' },
        h(
          'p',
          { class: 'dyad-line' },
          h('span', { class: 'quad-dot', 'data-quad': e.quad_class, title: QUADS[e.quad_class]?.name ?? '' }),
          h('strong', null, actorName(e.source, e.source_text)),
          ' → ',
          h('strong', null, actorName(e.target, e.target_text)),
          ' ',
          h('code', null, e.code),
          ` ${e.label} · ${e.goldstein === null ? 'no Goldstein weight (not a CAMEO code)' : `Goldstein ${signed(e.goldstein)}`}${e.date ? ` · ${e.date}` : ''}`,
        ),
        highlighted(e.sentence, e.spans),
        h('p', { class: 'rule' }, h('code', null, e.evidence.pattern), ' ', e.evidence.rule, e.evidence.modality !== 'asserted' ? ` (${e.evidence.modality}; the pattern says ${e.evidence.pattern_code})` : ''),
      ),
    );
  }
  return panel;
}

function explainPanel(r: CodeResult): HTMLElement {
  return h(
    'section',
    { class: 'panel explain', id: 'playground-explain' },
    h('h2', null, 'Analysis'),
    h('p', { class: 'hint' }, 'What the coder saw, sentence by sentence: tokens with their part of speech, dates, actors and how each was resolved, and every pattern tried.'),
    ...r.sentences.map((s) => {
      const events = r.events.filter((e) => e.sentence_index === s.index);
      return h(
        'details',
        { class: 'explain-sentence', open: events.length > 0 },
        h('summary', null, `Sentence ${s.index + 1}: `, s.text),
        highlighted(s.text, s.actors.map((a) => ({ kind: 'source' as const, start: a.start, end: a.end })), 'sentence actors-only'),
        h('p', { class: 'tokens' }, ...s.tokens.map((t) => h('span', { class: 'token', title: `lemma: ${t.lemma}` }, t.text, h('sub', null, t.pos)))),
        s.dates.length ? h('p', null, h('strong', null, 'Dates: '), s.dates.map((d) => `“${d.text}” = ${d.date}`).join(', ')) : null,
        h('h3', null, 'Actors'),
        s.actors.length
          ? h(
              'table',
              { class: 'compact' },
              h('thead', null, h('tr', null, h('th', null, 'Words'), h('th', null, 'Code'), h('th', null, 'Kind'), h('th', null, 'Resolved via'), h('th', null, 'Dictionary entries'))),
              h('tbody', null, ...s.actors.map((a) => h('tr', null, h('td', null, a.text), h('td', null, h('code', null, a.code ?? '(uncoded)')), h('td', null, a.kind), h('td', null, a.via), h('td', null, a.entries.join(', '))))),
            )
          : h('p', { class: 'hint' }, '(none)'),
        h('h3', null, 'Triggers'),
        s.trace.length
          ? h(
              'ul',
              { class: 'trace' },
              ...s.trace.map((t) =>
                h(
                  'li',
                  null,
                  h('strong', null, `“${t.trigger}”`),
                  ` (token ${t.at}): ${t.outcome}`,
                  t.tried.length ? h('ul', null, ...t.tried.map((p) => h('li', { class: p.matched ? 'matched' : 'tried' }, p.matched ? '✓ ' : '· ', h('code', null, p.pattern), ` ${p.source}`))) : null,
                ),
              ),
            )
          : h('p', { class: 'hint' }, '(no word in this sentence starts a pattern)'),
      );
    }),
  );
}

/**
 * The evidence drawer: an event and every sentence that reports it, with source, target and trigger highlighted, the
 * rule that fired, the dictionary entries behind each actor, and a link to the article.
 */
import { get } from '../api.js';
import type { DedupEvent, Mention } from '../api-types.js';
import { clear, h, loading, safeHref, showError } from '../dom.js';
import { QUADS, actorName, num, signed } from '../format.js';
import { highlighted, legend } from '../highlight.js';
import { href } from '../router.js';

let controller: AbortController | null = null;

function drawer(): HTMLElement {
  return document.getElementById('drawer')!;
}

export function closeEvidence(): void {
  controller?.abort();
  const d = drawer();
  d.hidden = true;
  clear(d);
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !drawer().hidden) closeEvidence();
});
window.addEventListener('hashchange', closeEvidence);

export async function openEvidence(eventId: number): Promise<void> {
  controller?.abort();
  controller = new AbortController();
  const d = drawer();
  d.hidden = false;
  const body = h('div', { class: 'drawer-body' });
  const heading = h('h2', { tabindex: '-1' }, 'Evidence');
  d.replaceChildren(h('div', { class: 'drawer-head' }, heading, h('button', { type: 'button', class: 'close', 'aria-label': 'Close', onclick: closeEvidence }, '×')), body);
  heading.focus();
  loading(body, 'Loading the evidence');
  try {
    const r = await get<{ event: DedupEvent; mentions: Mention[] }>(`/api/events/${eventId}`, {}, controller.signal);
    body.replaceChildren(summary(r.event), legend(), ...r.mentions.map(mentionCard));
  } catch (e) {
    showError(body, e);
  }
}

function summary(e: DedupEvent): HTMLElement {
  return h(
    'div',
    { class: 'evidence-summary' },
    h('p', { class: 'dyad-line' }, h('strong', null, actorName(e.source, e.source_text)), ' → ', h('strong', null, actorName(e.target, e.target_text))),
    h('p', null, h('code', null, e.code), ' ', e.label, e.plover ? h('span', { class: 'tag' }, e.plover) : null),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Day'),
      h('dd', null, e.day ?? 'undated'),
      h('dt', null, 'Quad class'),
      h('dd', null, QUADS[e.quad_class]?.name ?? String(e.quad_class)),
      h('dt', null, 'Goldstein'),
      h('dd', null, signed(e.goldstein)),
      h('dt', null, 'Reported'),
      h('dd', null, `${num(e.mentions)} sentence${e.mentions === 1 ? '' : 's'} in ${num(e.articles)} article${e.articles === 1 ? '' : 's'}`),
    ),
  );
}

export function mentionCard(m: Mention): HTMLElement {
  const url = safeHref(m.article_url);
  return h(
    'article',
    { class: 'mention' },
    h(
      'p',
      { class: 'mention-source' },
      h('a', { href: href(`article/${m.article_id}`, { s: m.sentence_index }) }, m.article_title ?? m.doc_id),
      m.article_date ? ` · ${m.article_date}` : '',
      m.article_source ? ` · ${m.article_source}` : '',
      ` · sentence ${m.sentence_index + 1}`,
    ),
    highlighted(m.sentence, m.spans),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Source'),
      h('dd', null, actorName(m.source, m.source_text), m.source_text ? ` (“${m.source_text}”)` : '', entryList(m.evidence.source_entries)),
      h('dt', null, 'Target'),
      h('dd', null, actorName(m.target, m.target_text), m.target_text ? ` (“${m.target_text}”)` : '', entryList(m.evidence.target_entries)),
      h('dt', null, 'Trigger'),
      h('dd', null, m.evidence.trigger.map((t) => t.text).join(' … ') || '—'),
      h('dt', null, 'Rule'),
      h('dd', { class: 'rule' }, h('code', null, m.evidence.pattern), ' ', m.evidence.rule),
      h('dt', null, 'Mood'),
      h('dd', null, m.evidence.modality === 'asserted' ? 'asserted' : m.evidence.modality === 'intent' ? `intention (the pattern says ${m.evidence.pattern_code})` : `refusal (the pattern says ${m.evidence.pattern_code})`),
      h('dt', null, 'Event date'),
      h('dd', null, m.date ?? 'undated'),
    ),
    url ? h('p', null, h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'Original page ↗')) : null,
  );
}

function entryList(entries: string[]): HTMLElement | null {
  return entries.length ? h('span', { class: 'entries' }, ' ', ...entries.map((e) => h('code', null, e))) : null;
}

/** The article reader: the list of articles, and one article with its coded sentences highlighted. */
import { get } from '../api.js';
import type { Article, ArticleList } from '../api-types.js';
import { empty, h, loading, safeHref, showError } from '../dom.js';
import { actorName, num } from '../format.js';
import { highlighted, legend } from '../highlight.js';
import { type Route, go, href } from '../router.js';
import { openEvidence } from './evidence.js';

const PAGE = 50;

export async function articlesView(el: HTMLElement, route: Route, signal: AbortSignal) {
  const offset = Math.max(0, Number(route.params.get('offset')) || 0);
  const body = h('div');
  el.replaceChildren(h('h1', null, 'Articles'), h('section', { class: 'panel' }, body));
  loading(body, 'Loading the articles');
  try {
    const r = await get<ArticleList>('/api/articles', { limit: PAGE, offset }, signal);
    if (!r.articles.length) return empty(body, 'No articles with events yet.');
    body.replaceChildren(
      h(
        'table',
        { class: 'articles' },
        h('thead', null, h('tr', null, h('th', null, 'Date'), h('th', null, 'Title'), h('th', null, 'Source'), h('th', { class: 'num' }, 'Events'))),
        h(
          'tbody',
          null,
          ...r.articles.map((a) =>
            h('tr', null, h('td', { class: 'nowrap' }, a.date ?? '—'), h('td', null, h('a', { href: href(`article/${a.id}`) }, a.title ?? a.doc_id)), h('td', null, a.source ?? ''), h('td', { class: 'num' }, num(a.events))),
          ),
        ),
      ),
      h(
        'div',
        { class: 'pager' },
        h('button', { type: 'button', disabled: offset === 0, onclick: () => go('articles', { offset: Math.max(0, offset - PAGE) }) }, '← Previous'),
        h('span', null, `${offset + 1}–${offset + r.articles.length} of ${r.total}`),
        h('button', { type: 'button', disabled: offset + PAGE >= r.total, onclick: () => go('articles', { offset: offset + PAGE }) }, 'Next →'),
      ),
    );
  } catch (e) {
    showError(body, e);
  }
}

export async function articleView(el: HTMLElement, route: Route, signal: AbortSignal) {
  const id = Number(route.parts[0]);
  const focus = route.params.has('s') ? Number(route.params.get('s')) : null;
  const body = h('div', { class: 'reader' });
  el.replaceChildren(h('p', { class: 'crumbs' }, h('a', { href: href('articles') }, '← Articles')), body);
  if (!Number.isInteger(id) || id < 1) return empty(body, 'No such article.');
  loading(body, 'Loading the article');
  try {
    const a = await get<Article>(`/api/articles/${id}`, {}, signal);
    const url = safeHref(a.url);
    const paragraphs: HTMLElement[] = [];
    let para = h('div', { class: 'para' });
    let end = -1;
    for (const s of a.sentences) {
      // two or more characters between sentences: a paragraph break in the original
      if (end >= 0 && s.offset - end >= 2 && para.childNodes.length) {
        paragraphs.push(para);
        para = h('div', { class: 'para' });
      }
      end = s.offset + s.text.length;
      para.append(sentenceBlock(s, focus));
    }
    if (para.childNodes.length) paragraphs.push(para);
    const events = a.sentences.reduce((n, s) => n + s.events.length, 0);
    body.replaceChildren(
      h('h1', { class: 'article-title' }, a.title ?? a.doc_id),
      h(
        'p',
        { class: 'byline' },
        [a.date, a.source, a.doc_id].filter(Boolean).join(' · '),
        url ? ' · ' : '',
        url ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original ↗') : '',
      ),
      h('p', { class: 'hint' }, `${a.sentences.length} sentences, ${events} coded events. `, legend()),
      ...paragraphs,
    );
    body.querySelector('.focus')?.scrollIntoView({ block: 'center' });
  } catch (e) {
    showError(body, e);
  }
}

function sentenceBlock(s: Article['sentences'][number], focus: number | null): HTMLElement {
  const cls = `sent${s.events.length ? ' coded' : ''}${s.index === focus ? ' focus' : ''}`;
  if (!s.events.length) return h('p', { class: cls, 'data-sentence': s.index }, s.text);
  // every event's words on the text; each event listed under it
  return h(
    'div',
    { class: cls, 'data-sentence': s.index },
    highlighted(s.text, s.events.flatMap((m) => m.spans)),
    h(
      'ul',
      { class: 'sent-events' },
      ...s.events.map((m) =>
        h(
          'li',
          null,
          h('strong', null, actorName(m.source, m.source_text)),
          ' → ',
          h('strong', null, actorName(m.target, m.target_text)),
          ' ',
          h('code', null, m.code),
          ` ${m.label}`,
          m.date ? ` · ${m.date}` : '',
          ' ',
          h('button', { type: 'button', class: 'link evidence-btn', onclick: () => openEvidence(m.dedup_id) }, 'Evidence'),
        ),
      ),
    ),
  );
}

/**
 * A sentence with its evidence highlighted: source, target and trigger spans (character offsets) may overlap, so the
 * text is cut at every span edge and each piece carries the kinds covering it. Text nodes only.
 */
import type { Span } from './api-types.js';
import { h } from './dom.js';

export interface Segment {
  text: string;
  kinds: Span['kind'][];
}

/**
 * @example
 * segments('Japan met China.', [{ kind: 'source', start: 0, end: 5 }, { kind: 'trigger', start: 6, end: 9 }])
 * // → [{ text: 'Japan', kinds: ['source'] }, { text: ' ', kinds: [] }, { text: 'met', kinds: ['trigger'] }, { text: ' China.', kinds: [] }]
 */
export function segments(text: string, spans: Span[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    const kinds = valid.filter((s) => s.start <= a && b <= s.end).map((s) => s.kind);
    out.push({ text: text.slice(a, b), kinds: [...new Set(kinds)].sort() });
  }
  return out;
}

const TITLES: Record<Span['kind'], string> = { source: 'source actor', target: 'target actor', trigger: 'trigger' };

export function highlighted(text: string, spans: Span[], cls = 'sentence'): HTMLElement {
  return h(
    'p',
    { class: cls },
    ...segments(text, spans).map((s) =>
      s.kinds.length ? h('mark', { class: s.kinds.map((k) => `hl-${k}`).join(' '), title: s.kinds.map((k) => TITLES[k]).join(' + ') }, s.text) : s.text,
    ),
  );
}

export function legend(): HTMLElement {
  return h(
    'p',
    { class: 'legend' },
    h('mark', { class: 'hl-source' }, 'source'),
    ' ',
    h('mark', { class: 'hl-target' }, 'target'),
    ' ',
    h('mark', { class: 'hl-trigger' }, 'trigger'),
  );
}

/**
 * Building the page. Every text — and article text is untrusted — goes in as a text node; there is no way to pass
 * HTML through here, and no module of the dashboard touches innerHTML (a test greps for it).
 */
type Child = Node | string | number | null | undefined | false;
type Handler = (e: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Handler>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) {
      if (typeof v !== 'function') throw new Error(`h(): ${k} must be a function`);
      el.addEventListener(k.slice(2), v);
    } else if (typeof v === 'function') throw new Error(`h(): ${k} cannot be a function`);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** Only http(s) addresses become links; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function loading(el: Element, what = 'Loading'): void {
  el.replaceChildren(h('div', { class: 'state loading', role: 'status', 'aria-live': 'polite' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), `${what}…`));
}

export function empty(el: Element, message: string, hint?: string): void {
  el.replaceChildren(h('div', { class: 'state empty' }, h('strong', null, message), hint ? h('p', null, hint) : null));
}

export function showError(el: Element, err: unknown): void {
  if (err instanceof DOMException && err.name === 'AbortError') return;
  const message = err instanceof Error ? err.message : String(err);
  el.replaceChildren(h('div', { class: 'state error', role: 'alert' }, h('strong', null, 'Something went wrong. '), message));
}

/** A labelled form field. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), control, hint ? h('small', null, hint) : null);
}

export function select(name: string, options: [string, string][], value: string, attrs: Attrs = {}): HTMLSelectElement {
  return h('select', { name, ...attrs }, ...options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}

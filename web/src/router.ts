/** Hash routes: `#/view/part?key=value`. A view renders into the main element and may return a clean-up. */
import type { Params } from './api.js';
import { query } from './api.js';

export interface Route {
  view: string;
  parts: string[];
  params: URLSearchParams;
}

export type Cleanup = () => void;
export type View = (el: HTMLElement, route: Route, signal: AbortSignal) => void | Cleanup | Promise<void | Cleanup>;

export function parseHash(hash = location.hash): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', qs = ''] = raw.split('?', 2);
  const [view = '', ...parts] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view: view || 'overview', parts, params: new URLSearchParams(qs) };
}

export function href(path: string, params: Params = {}): string {
  return `#/${path}${query(params)}`;
}

export function go(path: string, params: Params = {}): void {
  const next = href(path, params);
  if (location.hash === next) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = next;
}

/** The route's parameters as a plain object, empty values dropped. */
export function paramsOf(route: Route): Record<string, string> {
  const out: Record<string, string> = {};
  route.params.forEach((v, k) => {
    if (v) out[k] = v;
  });
  return out;
}

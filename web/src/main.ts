/** The dashboard: a navigation bar, one view at a time from the address's hash, the evidence drawer on top. */
import './styles.css';
import { h } from './dom.js';
import { type Cleanup, type View, parseHash } from './router.js';
import { articleView, articlesView } from './views/articles.js';
import { dyadsView } from './views/dyads.js';
import { eventsView } from './views/events.js';
import { networkView } from './views/network.js';
import { overviewView } from './views/overview.js';
import { playgroundView } from './views/playground.js';

const VIEWS: Record<string, { view: View; title: string; nav?: string }> = {
  overview: { view: overviewView, title: 'Overview', nav: 'Overview' },
  dyads: { view: dyadsView, title: 'Dyad explorer', nav: 'Dyads' },
  network: { view: networkView, title: 'Network', nav: 'Network' },
  events: { view: eventsView, title: 'Events', nav: 'Events' },
  articles: { view: articlesView, title: 'Articles', nav: 'Articles' },
  article: { view: articleView, title: 'Article' },
  playground: { view: playgroundView, title: 'Code this text', nav: 'Code this text' },
};

const main = document.getElementById('view')!;
const nav = document.getElementById('nav')!;
nav.replaceChildren(...Object.entries(VIEWS).filter(([, v]) => v.nav).map(([k, v]) => h('a', { href: `#/${k}`, 'data-view': k }, v.nav!)));

let controller: AbortController | null = null;
let cleanup: Cleanup | void = undefined;

async function render(): Promise<void> {
  controller?.abort();
  if (cleanup) cleanup();
  cleanup = undefined;
  const mine = (controller = new AbortController());
  const route = parseHash();
  const entry = VIEWS[route.view] ?? VIEWS.overview!;
  const navKey = route.view === 'article' ? 'articles' : route.view;
  for (const a of nav.querySelectorAll('a')) a.classList.toggle('active', a.getAttribute('data-view') === navKey);
  document.title = `${entry.title} · Dyad`;
  main.dataset.view = route.view;
  const result = await entry.view(main, route, mine.signal);
  // a view that finished after the next navigation cleans up at once
  if (mine.signal.aborted) result?.();
  else cleanup = result;
}

window.addEventListener('hashchange', () => void render());
void render();

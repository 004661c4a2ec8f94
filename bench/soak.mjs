/**
 * Soak run: code 100,000 sentences in one process and print resident memory every 10,000; a coder that leaks shows a
 * rising line. Corpus: the eval inputs when ../shared is present (else the bundled samples), cycled.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoder, parseTextArticle } from '../dist/index.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const EVAL = resolve(ROOT, '..', 'shared', 'eval');
const TARGET = Number(process.argv[2] ?? 100_000);

function corpus() {
  if (existsSync(EVAL)) {
    return readdirSync(EVAL)
      .filter((f) => f.endsWith('.input.jsonl'))
      .flatMap((f) => readFileSync(join(EVAL, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)));
  }
  const dir = join(ROOT, 'samples');
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.txt') ? [join(d, e.name)] : []));
  return walk(dir).map((f) => parseTextArticle(readFileSync(f, 'utf8'), f));
}

const articles = corpus();
const coder = createCoder();
const mib = () => (process.memoryUsage().rss / 1048576).toFixed(0);
let sentences = 0;
let next = 10_000;
const marks = [];
const t0 = performance.now();
for (let i = 0; sentences < TARGET; i++) {
  const a = articles[i % articles.length];
  // a fresh id and a shifted date each time, so no cache sees the same article twice
  sentences += coder.codeArticle({ ...a, id: `${a.id}-${i}` }).sentences.length;
  if (sentences >= next) {
    marks.push(Number(mib()));
    console.log(`${String(sentences).padStart(7)} sentences  RSS ${mib()} MiB`);
    next += 10_000;
  }
}
const s = (performance.now() - t0) / 1000;
console.log(`soak: ${sentences} sentences in ${s.toFixed(1)} s (${(sentences / s).toFixed(0)}/s); RSS first/last mark ${marks[0]}/${marks[marks.length - 1]} MiB`);

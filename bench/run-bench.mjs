/**
 * `npm run bench`: throughput of the bare wink-nlp pass and of the whole coder on the same sentences, their ratio,
 * start-up time of a fresh process, and peak RSS. Medians of several rounds measured in one run.
 * The corpus is the evaluation inputs in ../shared/eval when present, else the bundled samples. It runs the built
 * library (dist/), as the `dyad` command does; `npm run bench` builds it first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoder, parseTextArticle } from '../dist/index.js';
import { nlp } from '../dist/text/nlp.js';
import { BATCH_ARTICLES } from '../dist/cli/in-batches.js';
import { joinedGroups } from '../dist/text/analyze.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const EVAL = resolve(ROOT, '..', 'shared', 'eval');
const ROUNDS = 9;

function corpus() {
  const files = existsSync(EVAL) ? readdirSync(EVAL).filter((f) => f.endsWith('.input.jsonl')) : [];
  if (files.length) {
    const articles = files.flatMap((f) =>
      readFileSync(join(EVAL, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l)),
    );
    return { articles, from: files.map((f) => `../shared/eval/${f}`).join(', ') };
  }
  console.log('note: ../shared/eval is absent; benchmarking on the bundled samples instead');
  const dir = join(ROOT, 'samples');
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.txt') ? [join(d, e.name)] : []));
  return { articles: walk(dir).map((f) => parseTextArticle(readFileSync(f, 'utf8'), f)), from: 'samples/' };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { articles, from } = corpus();
const coder = createCoder();
const w = nlp();
const its = w.its;

// each round codes the corpus enough times to run for a while: short rounds measure the JIT, not the coder
const REPEAT = Math.max(1, Math.ceil(6000 / articles.length));

// the bare pass: what any wink-nlp user pays to read the annotations Dyad uses — sentences, tokens, POS tags,
// lemmas and date entities — with no Dyad code at all
function bareRead(text) {
  const doc = w.readDoc(text);
  const n = doc.sentences().out(its.span).length;
  const t = doc.tokens();
  t.out();
  t.out(its.pos);
  t.out(its.lemma);
  const e = doc.entities();
  e.out(its.span);
  e.out(its.type);
  return n;
}
function bare() {
  let n = 0;
  for (let r = 0; r < REPEAT; r++) for (const a of articles) n += bareRead(a.text);
  return n;
}
// for comparison only: the bare pass over the records joined as the coder's text stage joins them (the same groups),
// so wink's fixed cost per document is spared here too
const joinedTexts = [];
for (let b = 0; b < articles.length; b += BATCH_ARTICLES) {
  const texts = articles.slice(b, b + BATCH_ARTICLES).map((a) => a.text);
  let i = 0;
  for (const end of joinedGroups(texts)) {
    joinedTexts.push(texts.slice(i, end).join('\n\n'));
    i = end;
  }
}
function bareJoined() {
  for (let r = 0; r < REPEAT; r++) for (const t of joinedTexts) bareRead(t);
}
// the whole coder as `dyad code` runs it: articles in batches, each stage over the batch in turn
function whole() {
  let n = 0;
  for (let r = 0; r < REPEAT; r++) {
    for (let i = 0; i < articles.length; i += BATCH_ARTICLES) {
      for (const c of coder.codeArticles(articles.slice(i, i + BATCH_ARTICLES))) n += 'error' in c ? 0 : c.sentences.length;
    }
  }
  return n;
}
// and one article at a time (coder.codeArticle, as the server and the explain command use it)
function single() {
  let n = 0;
  for (let r = 0; r < REPEAT; r++) for (const a of articles) n += coder.codeArticle(a).sentences.length;
  return n;
}

bare();
whole();
single(); // warm-up: JIT and caches
const bareRates = [];
const wholeRates = [];
let sentences = 0;
let events = 0;
// CPU time of this (single-threaded) process, not wall time: other processes on a shared machine then cost nothing
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const bareWall = [];
const wholeWall = [];
/** One round: the bare pass, then `coder`, back to back; each rate in sentences per CPU-second and per wall-second. */
function round(coder, rates, walls, bares = bareRates, bareWalls = bareWall) {
  let t = performance.now();
  let c = cpu();
  sentences = bare();
  bares.push(sentences / (cpu() - c));
  bareWalls.push(sentences / ((performance.now() - t) / 1000));
  t = performance.now();
  c = cpu();
  coder();
  rates.push(sentences / (cpu() - c));
  walls.push(sentences / ((performance.now() - t) / 1000));
}
for (let r = 0; r < ROUNDS; r++) round(whole, wholeRates, wholeWall);
// then the one-article-a-call API in rounds of its own, so the two coders' garbage is not collected on each other's time
const singleRates = [];
const singleBare = [];
for (let r = 0; r < ROUNDS; r++) round(single, singleRates, [], singleBare, []);
const joinedRates = [];
const joinedBare = [];
for (let r = 0; r < ROUNDS; r++) round(() => bareJoined(), joinedRates, [], joinedBare, []);
for (const a of articles) events += coder.codeArticle(a).events.length;

// start-up: a fresh process, from its start to the first coded sentence
const built = join(ROOT, 'dist', 'index.js');
const entry = built;
const startups = [];
for (let r = 0; r < 3; r++) {
  const args = [join(ROOT, 'bench', 'startup-probe.mjs'), entry];
  const out = JSON.parse(execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }));
  startups.push(out.ready);
}

const b = median(bareRates);
const c = median(wholeRates);
// each round times the bare pass and the coder back to back, so a round's ratio is little moved by the machine's
// load drifting between rounds; the median of those ratios is the figure
const ratio = median(bareRates.map((x, i) => x / wholeRates[i]));
const singleRatio = median(singleBare.map((x, i) => x / singleRates[i]));
console.log(`corpus: ${articles.length} records, ${sentences / REPEAT} sentences (${from}), coded ${REPEAT}x a round; ${events} events`);
console.log(`bare wink-nlp pass:   ${b.toFixed(0)} sentences per CPU-second (wall: ${median(bareWall).toFixed(0)}/s), median of ${ROUNDS}`);
console.log(`whole coder:          ${c.toFixed(0)} sentences per CPU-second (wall: ${median(wholeWall).toFixed(0)}/s), median of ${ROUNDS}`);
console.log(`coder / bare time:    ${ratio.toFixed(2)}x (median of the rounds' CPU-time ratios; wall time ${median(bareWall.map((x, i) => x / wholeWall[i])).toFixed(2)}x)`);
console.log(`one article a call:   ${median(singleRates).toFixed(0)} sentences per CPU-second, ${singleRatio.toFixed(2)}x the bare pass (codeArticle, no batches)`);
// the bare pass over joined records is faster than over one record a call; against it the coder's ratio is
const joinedRatio = median(joinedBare.map((x, i) => joinedRates[i] / x));
console.log(`bare pass, joined:    ${median(joinedRates).toFixed(0)} sentences per CPU-second (records read several to a call, as the coder reads them); coder / that: ${(joinedRatio * ratio).toFixed(2)}x`);
console.log(`start-up:             ${median(startups).toFixed(0)} ms to the first coded sentence (median of 3 fresh processes)`);
console.log(`peak RSS:             ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);

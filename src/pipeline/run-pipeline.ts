/**
 * The whole coder, in order: ingest has produced an Article; here it goes through
 *   text (sentences, tokens, dates) → actors (dictionary, roles on the article's date, coreference) → events.
 * Each stage only reads what the previous ones produced.
 */
import { type DraftMention, buildMentions } from '../actors/build-mentions.js';
import { ArticleContext } from '../actors/coreference.js';
import type { Knowledge } from '../dictionary/knowledge.js';
import { type TraceLine, codeSentence } from '../events/code-sentence.js';
import { SentenceView } from '../events/sentence-view.js';
import type { ActorMention, Article, CodedEvent, Sentence } from '../model/types.js';
import { InputError } from '../ingest/errors.js';
import { analyzeText, analyzeTexts } from '../text/analyze.js';
import { verbStem } from '../text/verb-forms.js';

export interface CodedSentence {
  sentence: Sentence;
  actors: ActorMention[];
  trace: TraceLine[];
}

export interface CodedArticle {
  article: Article;
  sentences: CodedSentence[];
  events: CodedEvent[];
}

export interface PipelineOptions {
  codedOnly?: boolean;
  statements?: boolean;
  trace?: boolean;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A publication date Dyad can reckon with: a real calendar day written YYYY-MM-DD. */
function realDay(date: string): boolean {
  const m = ISO_DAY.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) && Number(m[1]) >= 1;
}

/** The text stage for one article: its publication date checked, then sentences, tokens and dates. */
export function readArticle(article: Article): Sentence[] {
  checkDate(article);
  return analyzeText(article.text, article.date);
}

function checkDate(article: Article): void {
  if (article.date !== undefined && !realDay(article.date)) {
    throw new InputError(article.origin ?? article.id, `field "date": "${article.date}" is not a real day (YYYY-MM-DD)`);
  }
}

/** The text stage for several articles: what readArticle gives each, short texts read together (analyzeTexts). */
function readArticles(articles: Article[]): Step<Sentence[]>[] {
  const steps: Step<Sentence[]>[] = new Array(articles.length);
  const readable: number[] = [];
  articles.forEach((article, i) => {
    try {
      checkDate(article);
      readable.push(i);
    } catch (e) {
      steps[i] = { article, error: e as Error };
    }
  });
  try {
    const read = analyzeTexts(readable.map((i) => ({ text: articles[i]!.text, published: articles[i]!.date })));
    readable.forEach((i, n) => (steps[i] = read[n]!));
  } catch {
    // a failure inside a joined pass says nothing of which text caused it: each is read alone to tell
    for (const i of readable) {
      const article = articles[i]!;
      try {
        steps[i] = analyzeText(article.text, article.date);
      } catch (e) {
        steps[i] = { article, error: e as Error };
      }
    }
  }
  return steps;
}

const isVerbOf = (k: Knowledge) => (w: string) => k.patterns.verbs.has(w);

/** 3a. Each sentence's actor phrases, from the dictionaries and the article's date. */
export function draftActors(article: Article, sentences: Sentence[], k: Knowledge): DraftMention[][] {
  const isVerbLemma = isVerbOf(k);
  return sentences.map((s) => buildMentions(s.tokens, s.text, k.actors, article.date, s.timeSpans, isVerbLemma, s.titleCase));
}

/** 3b. The phrases resolved in reading order: coreference, people's roles on the date, the countries around them. */
export function resolveActors(article: Article, sentences: Sentence[], drafts: DraftMention[][], k: Knowledge): ActorMention[][] {
  const context = new ArticleContext(k.actors, article.date);
  return sentences.map((s, i) => context.resolve(drafts[i]!, s.index, s.tokens, s.timeSpans));
}

/** 4. The events of each sentence, from its actors. */
export function codeEvents(article: Article, sentences: Sentence[], actors: ActorMention[][], k: Knowledge, opts: PipelineOptions = {}): CodedArticle {
  const isVerbLemma = isVerbOf(k);
  const out: CodedSentence[] = [];
  const events: CodedEvent[] = [];
  const codeOptions = { docId: article.id, published: article.date, codedOnly: opts.codedOnly, statements: opts.statements, trace: opts.trace };
  sentences.forEach((sentence, i) => {
    const found = actors[i]!;
    // a sentence that names no actor, or has no word that starts a pattern, has none
    if ((!found.length || !mayTrigger(sentence, k, isVerbLemma)) && !opts.trace) {
      out.push({ sentence, actors: found, trace: [] });
      return;
    }
    const coded = codeSentence(new SentenceView(sentence, found, isVerbLemma, k.modality.reporting), k, codeOptions);
    for (const e of coded.events) events.push(e);
    out.push({ sentence, actors: found, trace: coded.trace });
  });
  return { article, sentences: out, events };
}

export function runPipeline(article: Article, k: Knowledge, opts: PipelineOptions = {}): CodedArticle {
  const sentences = readArticle(article);
  return codeEvents(article, sentences, resolveActors(article, sentences, draftActors(article, sentences, k), k), k, opts);
}

/** An article the coder could not code, and why. */
export interface ArticleFailure {
  article: Article;
  error: Error;
}

type Step<T> = T | ArticleFailure;
const failed = (x: unknown): x is ArticleFailure => typeof x === 'object' && x !== null && 'error' in x && 'article' in x;

/** One stage over every article of a batch; an article that failed before, or fails here, carries its failure on. */
function overBatch<A, B>(articles: Article[], inputs: Step<A>[], stage: (article: Article, input: A) => B): Step<B>[] {
  return articles.map((article, i) => {
    const input = inputs[i]!;
    if (failed(input)) return input;
    try {
      return stage(article, input as A);
    } catch (e) {
      return { article, error: e as Error };
    }
  });
}

/**
 * Several articles, stage by stage: each stage runs over the whole batch before the next begins, and short texts are
 * read several to a wink-nlp pass (analyzeTexts). The output is what runPipeline gives one by one, in the same order;
 * an article that fails is reported in its place and the rest are still coded. Why: wink-nlp's model tables and
 * Dyad's dictionaries and patterns do not fit the CPU caches together, alternating between them on every short
 * article makes each evict the others, and wink has a fixed cost per document (`npm run bench` measures both).
 */
export function runPipelineBatch(articles: Article[], k: Knowledge, opts: PipelineOptions = {}): Step<CodedArticle>[] {
  const sentences = readArticles(articles);
  const drafts = overBatch(articles, sentences, (article, s) => ({ s, d: draftActors(article, s, k) }));
  const actors = overBatch(articles, drafts, (article, { s, d }) => ({ s, a: resolveActors(article, s, d, k) }));
  return overBatch(articles, actors, (article, { s, a }) => codeEvents(article, s, a, k, opts));
}

/** Whether any word could start a pattern (a verb or noun trigger, or a past tense the event stage may repair). */
function mayTrigger(sentence: Sentence, k: Knowledge, isVerbLemma: (w: string) => boolean): boolean {
  const { triggerWords } = k.patterns;
  for (const t of sentence.tokens) {
    if (triggerWords.has(t.lemma) || (t.lower !== t.lemma && triggerWords.has(t.lower))) return true;
    if ((t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') && (t.lower.endsWith('s') || t.lower.endsWith('ed')) && verbStem(t.lower, isVerbLemma) !== null) return true;
  }
  return false;
}

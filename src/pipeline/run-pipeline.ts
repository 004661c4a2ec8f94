/**
 * The whole coder, in order: ingest has produced an Article; here it goes through
 *   text (sentences, tokens, dates) → actors (dictionary, roles on the article's date, coreference) → events.
 * Each stage only reads what the previous ones produced.
 */
import { buildMentions } from '../actors/build-mentions.js';
import { ArticleContext } from '../actors/coreference.js';
import type { Knowledge } from '../dictionary/knowledge.js';
import { type TraceLine, codeSentence } from '../events/code-sentence.js';
import { SentenceView } from '../events/sentence-view.js';
import type { ActorMention, Article, CodedEvent, Sentence } from '../model/types.js';
import { InputError } from '../ingest/errors.js';
import { analyzeText } from '../text/analyze.js';
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
  if (article.date !== undefined && !realDay(article.date)) {
    throw new InputError(article.origin ?? article.id, `field "date": "${article.date}" is not a real day (YYYY-MM-DD)`);
  }
  return analyzeText(article.text, article.date);
}

/** The actor and event stages for an article whose text stage has run. */
export function codeSentences(article: Article, sentences: Sentence[], k: Knowledge, opts: PipelineOptions = {}): CodedArticle {
  const context = new ArticleContext(k.actors, article.date);
  const isVerbLemma = (w: string) => k.patterns.verbs.has(w);
  const out: CodedSentence[] = [];
  const events: CodedEvent[] = [];
  const codeOptions = { docId: article.id, published: article.date, codedOnly: opts.codedOnly, statements: opts.statements, trace: opts.trace };
  for (const sentence of sentences) {
    // 3. actors
    const drafts = buildMentions(sentence.tokens, sentence.text, k.actors, article.date, sentence.timeSpans, isVerbLemma);
    const actors = context.resolve(drafts, sentence.index, sentence.tokens);
    // 4. events (a sentence that names no actor, or has no word that starts a pattern, has none)
    if ((!actors.length || !mayTrigger(sentence, k, isVerbLemma)) && !opts.trace) {
      out.push({ sentence, actors, trace: [] });
      continue;
    }
    const view = new SentenceView(sentence, actors, isVerbLemma, k.modality.reporting);
    const coded = codeSentence(view, k, codeOptions);
    for (const e of coded.events) events.push(e);
    out.push({ sentence, actors, trace: coded.trace });
  }
  return { article, sentences: out, events };
}

export function runPipeline(article: Article, k: Knowledge, opts: PipelineOptions = {}): CodedArticle {
  // 2. text, then 3–4
  return codeSentences(article, readArticle(article), k, opts);
}

/** An article the coder could not code, and why. */
export interface ArticleFailure {
  article: Article;
  error: Error;
}

/**
 * Several articles, stage by stage: the text stage for all of them, then actors and events for each. The output is
 * what runPipeline gives one by one, in the same order; an article that fails is reported in its place and the rest
 * are still coded. Why: wink-nlp's model tables and Dyad's dictionaries do not fit the CPU caches together, and
 * alternating between them on every short article makes each evict the other (`npm run bench` measures the gain).
 */
export function runPipelineBatch(articles: Article[], k: Knowledge, opts: PipelineOptions = {}): (CodedArticle | ArticleFailure)[] {
  const read = articles.map((article): Sentence[] | ArticleFailure => {
    try {
      return readArticle(article);
    } catch (e) {
      return { article, error: e as Error };
    }
  });
  return articles.map((article, i) => {
    const sentences = read[i]!;
    if (!Array.isArray(sentences)) return sentences;
    try {
      return codeSentences(article, sentences, k, opts);
    } catch (e) {
      return { article, error: e as Error };
    }
  });
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

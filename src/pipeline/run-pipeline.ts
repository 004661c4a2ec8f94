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

export function runPipeline(article: Article, k: Knowledge, opts: PipelineOptions = {}): CodedArticle {
  if (article.date !== undefined && !realDay(article.date)) {
    throw new InputError(article.origin ?? article.id, `field "date": "${article.date}" is not a real day (YYYY-MM-DD)`);
  }
  // 2. text
  const sentences = analyzeText(article.text, article.date);
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

/** Whether any word could start a pattern (a verb or noun trigger, or a past tense the event stage may repair). */
function mayTrigger(sentence: Sentence, k: Knowledge, isVerbLemma: (w: string) => boolean): boolean {
  const { triggerWords } = k.patterns;
  for (const t of sentence.tokens) {
    if (triggerWords.has(t.lemma) || (t.lower !== t.lemma && triggerWords.has(t.lower))) return true;
    if ((t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') && (t.lower.endsWith('s') || t.lower.endsWith('ed')) && verbStem(t.lower, isVerbLemma) !== null) return true;
  }
  return false;
}

/**
 * The types that cross stage seams. Dependency-free on purpose: every stage imports from here and from nowhere
 * upstream of itself.
 */

/** An article as ingest hands it to the coder. */
export interface Article {
  /** Stable id of the input record (file name, JSONL `id`, or a generated one). */
  id: string;
  text: string;
  title?: string;
  /** Publication date, `YYYY-MM-DD`; the reference for relative dates and for time-bounded actor roles. */
  date?: string;
  source?: string;
  /** The page's address, when the input names one (HTML canonical link, feed item link, a CSV/JSONL `url`). */
  url?: string;
  /** Where it came from, for error messages: `file.jsonl:12`. */
  origin?: string;
}

/** A token of a sentence, with character offsets into the sentence text. */
export interface Token {
  text: string;
  /** Lower case, accents and curly quotes folded: the form dictionaries are compared in. */
  lower: string;
  lemma: string;
  /** Universal POS tag from wink-nlp. */
  pos: string;
  start: number;
  end: number;
  /** Capitalised as a proper name would be. */
  cap: boolean;
}

/** A date expression found in a sentence and resolved against the publication date. */
export interface DateMention {
  start: number; // token index
  end: number; // token index, exclusive
  text: string;
  date: string; // YYYY-MM-DD
}

export interface Sentence {
  index: number;
  text: string;
  /** Character offset of the sentence in the article text. */
  offset: number;
  tokens: Token[];
  dates: DateMention[];
  /** Every date or time expression found, resolved or not ("last month", "Sunday" with no publication date): none is part of an actor's name. */
  timeSpans: Span[];
  /** A title-case headline ("U.S. Lifts Travel Ban"): its capitals say nothing of which words are names. */
  titleCase?: boolean;
}

/** A half-open token range. */
export interface Span {
  start: number;
  end: number;
}

/** Where an actor code came from: which dictionary entries and which rule. */
export interface ActorEvidence {
  /** Dictionary entry ids that contributed (`country:JPN`, `agent:minister`, `person:james-kelly`). */
  entries: string[];
  /** How the mention was resolved: dictionary, possessive, coreference, descriptor… */
  via: string;
}

/** An actor mention in a sentence. */
export interface ActorMention extends Span {
  /** CAMEO actor code (`USAGOV`, `PRK`, `IGOUNO`), or null when the words name an actor Dyad cannot code. */
  code: string | null;
  text: string;
  kind: 'person' | 'country' | 'organization' | 'group' | 'agent' | 'pronoun' | 'descriptor';
  /** Plural mentions ("officials") may be referred to by "they". */
  plural: boolean;
  /** Human (a person or people) as opposed to a state or body, for he/she/it. */
  human: boolean;
  /**
   * For a pronoun whose antecedent is in the same sentence ("Syria says it will …"): the antecedent's words, which
   * name the actor better than "it" and are in the sentence too.
   */
  antecedentText?: string;
  /** Named only by a nationality adjective on a non-actor noun ("the North Korean nuclear stand-off"). */
  attributive?: boolean;
  /** Person id when a known person, for "Mr. Kelly" and pronouns. */
  person?: string;
  evidence: ActorEvidence;
}

/** What an event is, wherever it is kept: the dyad, its words and the code with what the code implies. */
export interface EventCore {
  source: string | null;
  target: string | null;
  source_text: string | null;
  target_text: string | null;
  code: string;
  root: string;
  quad_class: number;
  goldstein: number;
  plover: string | null;
}

/** One coded event: who did what to whom, when, and why Dyad says so. */
export interface CodedEvent extends Omit<EventCore, 'goldstein'> {
  /**
   * null when the code is a dictionary's own, not CAMEO's (cameo/extra-codes.txt): such a code has no Goldstein
   * weight. The store, whose series sum weights, keeps it as 0.
   */
  goldstein: number | null;
  doc_id: string;
  sentence_index: number;
  sentence: string;
  date: string | null;
  /** How the event was reached: pattern and dictionary ids, trigger spans, modality. */
  evidence: EventEvidence;
}

export interface EventEvidence {
  pattern: string;
  /** The code the pattern gives; differs from `code` when modality turned it into an intent. */
  pattern_code: string;
  trigger: { text: string; start: number; end: number }[];
  source_entries: string[];
  target_entries: string[];
  modality: 'asserted' | 'intent' | 'refusal';
  /** A short human account of the decision. */
  rule: string;
}

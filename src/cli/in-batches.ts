/**
 * Groups a stream of inputs into batches, so the coder can run each stage over many articles at once (see
 * runPipelineBatch). A batch closes when it is full, or when the stream has been quiet for `waitMs` with something
 * in hand: records that trickle in (a JSONL file named as a pipe that a crawler writes to) are coded as they come,
 * not held back until a batch fills. (Stdin is read whole before its format is sniffed, so it does not trickle.)
 */
export async function* inBatches<T>(source: AsyncIterable<T>, isFull: (batch: T[]) => boolean, waitMs = 200): AsyncGenerator<T[]> {
  const it = source[Symbol.asyncIterator]();
  let batch: T[] = [];
  let next = it.next();
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const quiet = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
    const r = batch.length ? await Promise.race([next, quiet]) : await next;
    clearTimeout(timer);
    if (r === null) {
      // nothing more for a while: code what is in hand (the pending read stays pending)
      yield batch;
      batch = [];
      continue;
    }
    if (r.done) break;
    batch.push(r.value);
    next = it.next();
    if (isFull(batch)) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * Articles per batch, and characters of text: enough to keep each stage's data warm, little enough to hold. (On the
 * bench, 128 beat 256: a batch's sentences and actors stay alive until its events are coded, and more of them
 * outlive the young generation, which costs garbage-collector work.)
 */
export const BATCH_ARTICLES = 128;
export const BATCH_CHARS = 1_000_000;

/** Whether a batch of read inputs (articles, and inputs that could not be read) is full. */
export function batchFull(batch: ({ article: { text: string } } | { error: unknown })[]): boolean {
  if (batch.length >= BATCH_ARTICLES) return true;
  let chars = 0;
  for (const item of batch) if ('article' in item) chars += item.article.text.length;
  return chars >= BATCH_CHARS;
}

/**
 * Groups a stream of inputs into batches, so the coder can run each stage over many articles at once (see
 * runPipelineBatch). A batch closes when it is full, or when the stream has been quiet for `waitMs` with something
 * in hand: records that trickle in (a JSONL file named as a pipe that a crawler writes to) are coded as they come,
 * not held back until a batch fills. (Stdin is read whole before its format is sniffed, so it does not trickle.)
 */
export async function* inBatches<T>(source: AsyncIterable<T>, isFull: (batch: T[]) => boolean, waitMs = 200, maxWaitMs = 1000): AsyncGenerator<T[]> {
  const it = source[Symbol.asyncIterator]();
  let batch: T[] = [];
  // when the batch in hand got its first item: a steady trickle must not hold it back for ever
  let since = 0;
  let next = it.next();
  // a read may fail while the batch is being coded: handled when awaited, never an unhandled rejection meanwhile
  next.catch(() => undefined);
  let done = false;
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const wait = batch.length ? Math.max(0, Math.min(waitMs, since + maxWaitMs - Date.now())) : 0;
      const quiet = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), wait)));
      let r: IteratorResult<T> | null;
      try {
        r = batch.length ? await Promise.race([next, quiet]) : await next;
      } catch (e) {
        // the source failed: what was read before is still coded, then the failure is reported
        done = true;
        if (batch.length) yield batch;
        throw e;
      } finally {
        clearTimeout(timer);
      }
      if (r === null) {
        // nothing more for a while (or the batch has waited long enough): code what is in hand
        yield batch;
        batch = [];
        continue;
      }
      if (r.done) {
        done = true;
        break;
      }
      if (!batch.length) since = Date.now();
      batch.push(r.value);
      next = it.next();
      next.catch(() => undefined);
      if (isFull(batch)) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  } finally {
    // the consumer stopped early (an error, a break): let the source close its files (not awaited: a read still
    // pending on a quiet pipe would hold the return back)
    if (!done) it.return?.()?.catch(() => undefined);
  }
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

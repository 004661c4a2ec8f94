/**
 * A job's id is derived from the article's content hash, so the same content offered twice is one job: pg-boss
 * inserts with ON CONFLICT DO NOTHING on (queue, id). Together with the store's own content-hash key this is what
 * makes at-least-once delivery give exactly-once results.
 *
 * @example
 * jobIdFor('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08') // '9f86d081-884c-5d65-9a2f-eaa0c55ad015'
 */
export function jobIdFor(contentHash: string): string {
  if (!/^[0-9a-f]{32,}$/.test(contentHash)) throw new Error(`not a content hash: "${contentHash}"`);
  const h = contentHash;
  // a well-formed UUID (version 5 layout, RFC 4122 variant) made of the hash's first 122 bits
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

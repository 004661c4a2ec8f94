/**
 * Bad inputs are reported by file (and line, where there is one) and skipped; the readable records of the same file
 * still come through.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/ingest/check-bytes.js';
import { readInputs } from '../../src/ingest/read-inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-bad-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
};
const latin1 = (s: string) => Buffer.from(s, 'latin1');

async function outcome(path: string) {
  const out: string[] = [];
  for await (const item of readInputs([path])) out.push('article' in item ? `article ${item.article.id}` : item.error.message.replace(dir + '/', ''));
  return out;
}

describe('bad inputs', () => {
  it.each<[string, string | Buffer, string[]]>([
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), ['binary.txt:3: binary file (contains NUL bytes), not text']],
    ['empty.txt', '', ['empty.txt: empty file']],
    ['blank.txt', '  \n\n\t\n', ['blank.txt: empty file']],
    ['latin1.txt', latin1('Talks - 2003-01-19\n\nThe caf\xe9 was full.\n'), ['latin1.txt:3: not valid UTF-8 (byte 0xE9)']],
    ['overlong.txt', Buffer.from([0x41, 0x0a, 0xc0, 0xaf, 0x0a]), ['overlong.txt:2: not valid UTF-8 (byte 0xC0)']],
    ['empty.jsonl', '\n\n', ['empty.jsonl: empty file (no records)']],
    ['binary.jsonl', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x0a]), ['binary.jsonl:1: binary file (contains NUL bytes), not JSONL']],
    [
      'mixed.jsonl',
      Buffer.concat([
        Buffer.from('{"id":"a","text":"Japan met China."}\n{"id":"b","text":\n'),
        latin1('{"id":"c","text":"Caf\xe9 talks."}\n'),
        Buffer.from('{"id":"d","text":"  "}\n{"id":"e","text":"x","date":"last week"}\n{"text":"no id"}\n{"id":"f","text":"Russia met Japan."}\r\n'),
      ]),
      [
        'article a',
        'mixed.jsonl:2: not valid JSON (Unexpected end of JSON input)',
        'mixed.jsonl:3: not valid UTF-8',
        'mixed.jsonl:4: field "text": empty text',
        'mixed.jsonl:5: field "date": date must start with YYYY-MM-DD',
        'mixed.jsonl:6: field "id": required: a non-empty string or a number',
        'article f',
      ],
    ],
    ['empty.csv', '', ['empty.csv: empty file']],
    ['header-only.csv', 'id,text\n', ['header-only.csv: no records after the header row']],
    ['no-header.csv', 'a1,Japan met China.\n', ['no-header.csv:1: the header row must name the columns id and text (found: a1, japan met china.)']],
    [
      'mixed.csv',
      'id,text,date\nr1,Japan met China.,2003-01-19\nr2,too,many,fields\nr3,"unclosed\nr4,China met Japan.,\n',
      ['article r1', 'mixed.csv:3: 4 fields, but the header has 3', 'mixed.csv:4: a quoted field is never closed'],
    ],
    ['bad-date.csv', 'id,text,date\nr1,Japan met China.,19/01/2003\n', ['bad-date.csv:2: field "date": date must start with YYYY-MM-DD']],
    ['latin1.csv', latin1('id,text\nr1,Caf\xe9\n'), ['latin1.csv:2: not valid UTF-8 (byte 0xE9)']],
    ['empty.html', '<html><head><title>Nothing</title></head><body></body></html>', ['empty.html: no article text found in the HTML page']],
    ['notafeed.xml', '<?xml version="1.0"?><config><a>1</a></config>', ['notafeed.xml: not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)']],
  ])('%s', async (name, content, expected) => {
    expect(await outcome(file(name, content))).toEqual(expected);
  });

  it('names a path that does not exist', async () => {
    expect(await outcome(join(dir, 'missing.txt'))).toEqual(['missing.txt: cannot read (ENOENT)']);
  });

  it('accepts every valid UTF-8 form, up to four-byte characters', () => {
    expect(firstInvalidUtf8(Buffer.from('Café — 北京 — 🙂', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xf4, 0x90, 0x80, 0x80]))).toBe(1); // past U+10FFFF
  });
});

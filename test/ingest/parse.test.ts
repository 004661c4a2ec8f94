import { describe, expect, it } from 'vitest';
import { parseJsonlLine } from '../../src/ingest/parse-jsonl.js';
import { parseTextArticle } from '../../src/ingest/parse-text-article.js';

describe('parseTextArticle', () => {
  it('drops navigation lines, takes the title and its trailing date', () => {
    const a = parseTextArticle('Accessibility links\n\nBreaking News\n\nEnvoys Meet in Tokyo - 2003-01-19\n\nThe envoys met.\nThey talked.', 'a.txt');
    expect(a.title).toBe('Envoys Meet in Tokyo');
    expect(a.date).toBe('2003-01-19');
    expect(a.text).toBe('The envoys met.\nThey talked.');
  });

  it('lets --date stand when the title carries no date', () => {
    const a = parseTextArticle('Envoys Meet\n\nThe envoys met.', 'a.txt', { date: '2003-02-01' });
    expect(a.date).toBe('2003-02-01');
  });

  it('treats a single line as body text, not a title', () => {
    const a = parseTextArticle('Japan and China held talks.', 'x');
    expect(a.text).toBe('Japan and China held talks.');
    expect(a.title).toBeUndefined();
  });
});

describe('parseJsonlLine', () => {
  it('reads a record', () => {
    const r = parseJsonlLine('{"id": 7, "text": "Talks began.", "date": "2003-01-19T10:00:00Z"}', 'f.jsonl:1');
    expect(r).toEqual({ article: { id: '7', text: 'Talks began.', date: '2003-01-19', origin: 'f.jsonl:1' } });
  });

  it.each([
    ['{"id": "a", "text": ', 'f.jsonl:3: not valid JSON'],
    ['{"id": "a"}', 'f.jsonl:3: field "text"'],
    ['{"id": "a", "text": "x", "date": "19/01/2003"}', 'f.jsonl:3: field "date": date must start with YYYY-MM-DD'],
  ])('names the file, line and field of a bad record: %s', (line, message) => {
    const r = parseJsonlLine(line, 'f.jsonl:3');
    expect(r && 'error' in r && r.error.message).toContain(message);
  });

  it('skips blank lines', () => {
    expect(parseJsonlLine('   ', 'f:1')).toBeNull();
  });
});

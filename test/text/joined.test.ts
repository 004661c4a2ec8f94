import { describe, expect, it } from 'vitest';
import { analyzeText, analyzeTexts, readJoined } from '../../src/text/analyze.js';

// texts written for this test: short records of the kinds a JSONL feed holds, and the awkward ones
const records = [
  'Japan and China agreed on Sunday to resume talks.',
  'Rebels attacked a convoy near the border on Friday',
  'U.S. Lifts Travel Ban',
  "The minister said ``we will not yield'' and left.",
  'Officials met in Tokyo. They talked for hours. Nothing was agreed on Monday.',
  'Line one\nline two of one record.',
  '  Leading spaces are kept apart.',
  'Trailing spaces too.  ',
  '',
  'A date at the end: January 10, 2003',
  'March 3 saw the vote.',
  'He said: "No."',
  'Recep Tayyip Erdoğan met Aleksandar Vučić and Nguyễn Phú Trọng.',
];

describe('reading several texts in one wink-nlp pass', () => {
  it('gives each text exactly what reading it alone gives', () => {
    const items = records.map((text) => ({ text, published: '2003-01-19' }));
    const alone = items.map((i) => analyzeText(i.text, i.published));
    expect(analyzeTexts(items)).toEqual(alone);
  });

  it('reads one-line texts together (the joined pass is used, not its fallback)', () => {
    const group = [records[0]!, records[1]!, records[2]!, records[3]!, records[4]!, records[9]!].map((text) => ({ text, published: '2003-01-19' }));
    expect(readJoined(group)).toEqual(group.map((i) => analyzeText(i.text, i.published)));
  });

  it('keeps offsets relative to each text, so evidence spans point into it', () => {
    const [, second] = analyzeTexts([{ text: 'Japan met China.' }, { text: 'Russia left Korea.' }]);
    const s = second![0]!;
    expect(s.offset).toBe(0);
    expect(s.tokens.map((t) => 'Russia left Korea.'.slice(t.start + s.offset, t.end + s.offset))).toEqual(['Russia', 'left', 'Korea', '.']);
  });

  it('copes with many records and with none', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ text: `Country ${i} met its neighbour on Tuesday.`, published: '2003-01-19' }));
    const joined = analyzeTexts(many);
    expect(joined).toHaveLength(300);
    expect(joined[299]).toEqual(analyzeText(many[299]!.text, '2003-01-19'));
    expect(analyzeTexts([])).toEqual([]);
  });
});

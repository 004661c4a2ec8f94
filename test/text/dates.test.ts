import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/text/resolve-dates.js';
import { analyzeText } from '../../src/text/analyze.js';

describe('resolveDate against a Sunday 2003-01-19 publication', () => {
  it.each([
    ['Saturday', '2003-01-18'],
    ['Sunday', '2003-01-19'],
    ['on Monday', '2003-01-13'],
    ['yesterday', '2003-01-18'],
    ['today', '2003-01-19'],
    ['January 10', '2003-01-10'],
    ['Dec. 12', '2002-12-12'],
    ['October 3, 2002', '2002-10-03'],
  ])('%s → %s', (text, want) => {
    expect(resolveDate(text, '2003-01-19')).toBe(want);
  });

  it('returns null for words that are no date', () => {
    expect(resolveDate('the talks', '2003-01-19')).toBeNull();
  });
});

describe('resolveDate with no publication date', () => {
  it('dates a sentence by its absolute date alone', () => {
    expect(analyzeText('On 17 July 2017 Kenya rejected the appeal.')[0]!.dates.map((d) => d.date)).toEqual(['2017-07-17']);
    expect(analyzeText('On Monday Kenya rejected the appeal.')[0]!.dates).toEqual([]);
  });
  it.each([
    ['17 July 2017', '2017-07-17'],
    ['Dec. 12, 2002', '2002-12-12'],
    ['October 3, 2002', '2002-10-03'],
    ['Monday', null],
    ['June 5', null],
    ['yesterday', null],
    ['two days ago', null],
  ])('%s → %s (only an absolute date stands)', (text, want) => {
    expect(resolveDate(text, undefined)).toBe(want);
  });
});

describe('analyzeText', () => {
  it('splits sentences, keeps character offsets and resolves the dates in them', () => {
    const text = 'Envoys met on Saturday.  The talks ended.';
    const [a, b] = analyzeText(text, '2003-01-19');
    expect(a!.text).toBe('Envoys met on Saturday.');
    expect(b!.text).toBe('The talks ended.');
    expect(text.slice(b!.offset, b!.offset + b!.text.length)).toBe('The talks ended.');
    const met = a!.tokens[1]!;
    expect([met.text, met.lemma, met.pos]).toEqual(['met', 'meet', 'VERB']);
    expect(a!.text.slice(met.start, met.end)).toBe('met');
    expect(a!.dates.map((d) => d.date)).toEqual(['2003-01-18']);
  });

  it('finds no dates without a publication date to resolve them against', () => {
    expect(analyzeText('They met on Saturday.')[0]!.dates).toEqual([]);
  });
});

describe('coarse and relative spans', () => {
  it.each([
    ['last week', '2003-01-12'],
    ['this year', null],
    ['2002', null],
    ['the 1990s', null],
    ['last month', null],
  ])('%s → %s', (text, want) => {
    expect(resolveDate(text, '2003-01-19')).toBe(want);
  });
});

describe('junk runs', () => {
  it('blanks hundreds-of-characters "words" without moving the offsets of the rest', () => {
    const junk = 'x'.repeat(5000);
    const [s] = analyzeText(`Japan met ${junk} China.`, '2003-01-19');
    expect(s!.tokens.map((t) => t.text)).toEqual(['Japan', 'met', 'China', '.']);
    const china = s!.tokens[2]!;
    expect(s!.text.slice(china.start, china.end)).toBe('China');
  });
});

describe('month words that are names', () => {
  it.each([
    ['Jan Kavan met Russian officials.', []],
    ['Theresa May met the Kenyan president.', []],
    ['In May Kenya attacked Somalia.', ['2019-05-01']],
    ['Talks resumed in May.', ['2019-05-01']],
  ])('%s', (text, want) => {
    expect(analyzeText(text, '2019-06-15')[0]!.dates.map((d) => d.date)).toEqual(want);
  });
});

describe('letters beyond Latin-1', () => {
  it('keeps a name with such letters one word, in its written form and at its place', () => {
    const text = 'Recep Tayyip Erdoğan met Aleksandar Vučić in Ankara.';
    const [s] = analyzeText(text);
    expect(s!.tokens.map((t) => t.text)).toEqual(['Recep', 'Tayyip', 'Erdoğan', 'met', 'Aleksandar', 'Vučić', 'in', 'Ankara', '.']);
    for (const t of s!.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(s!.tokens[2]!.lower).toBe('erdogan');
  });
});

describe('title-case headlines', () => {
  it('tags a title-case headline in sentence case, keeping the written words and their places', () => {
    const text = 'Kenya Lifts Travel Ban on Somalia';
    const [s] = analyzeText(text);
    expect(s!.titleCase).toBe(true);
    expect(s!.tokens.map((t) => t.text)).toEqual(['Kenya', 'Lifts', 'Travel', 'Ban', 'on', 'Somalia']);
    for (const t of s!.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('leaves ordinary sentences and short titles alone', () => {
    expect(analyzeText('Kenya lifted the travel ban on Somalia on Monday.')[0]!.titleCase).toBeUndefined();
    expect(analyzeText('Kenya Votes')[0]!.titleCase).toBeUndefined();
  });
});

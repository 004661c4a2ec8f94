/**
 * The pattern features imported dictionaries need (dictionaries/README.md, events/*.txt): words before a
 * [trigger], `%` compound subjects, `=form` triggers, paired codes A:B, and a folder's own codes beside CAMEO
 * (cameo/extra-codes.txt). A copy of the fixture world with a few made-up patterns that use them; the fixture
 * folder itself stays as it is, so the other tests do not move.
 */
import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/index.js';
import { openStore } from '../../src/store/open-store.js';
import { FIXTURE_DICT, brief } from '../helpers.js';

function featureDictionary(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-features-'));
  cpSync(FIXTURE_DICT, dir, { recursive: true });
  const add = (file: string, lines: string[]) => appendFileSync(join(dir, 'events', file), `${lines.join('\n')}\n`);
  add('04-consult.txt', [
    'consult.visit | 042:043 | v | visit + | a visit is hosted by the one visited',
    'consult.left-for | 042 | v | =left for + | the form itself, before the lemma leave',
    'consult.postpone | 125 | v | % have [postpone] | between the members of a compound subject',
  ]);
  add('19-fight.txt', [
    'fight.planes-attack | 195 | v | plane|jet [attack] | a word right before the trigger',
    'fight.fail-attack | 0874 | v | fail to [attack] | its words state the mood',
    'fight.said-attack | 195 | v | say * would [attack] | a gap between words before the trigger',
    'fight.raid | 223 | v | raid + | a code of the folder’s own',
    'fight.storm | 174K | v | storm + | another, in a CAMEO root',
  ]);
  writeFileSync(join(dir, 'events', '16-reduce.txt'), 'reduce.leave | 161 | v | leave + |\n', { flag: 'a' });
  writeFileSync(join(dir, 'cameo', 'extra-codes.txt'), '# made up for the tests\n223 | Air raid (test code) |\n174K | Storm a building (test code) | note\n');
  return dir;
}

const coder = createCoder({ dictionaries: featureDictionary() });
const code = (text: string) => brief(coder, text);

describe('words before the trigger', () => {
  it.each([
    ['Japanese planes attacked China.', ['JPN>CHN:195']],
    ['Japanese jets attacked China.', ['JPN>CHN:195']],
    // without the word before it, the trigger's own pattern
    ['Japan attacked China.', ['JPN>CHN:190']],
    // a * gap lets words come between
    ['Japan said on Monday that it would attack China.', ['JPN>CHN:195']],
    // a comma ends the look-back: the reported "would" is then Dyad's intention reading (a threat)
    ['Japan said, in a long statement, it would attack China.', ['JPN>CHN:138']],
    // so does the gap's limit of six words
    ['Japan said late on Monday night in Tokyo that it would attack China.', ['JPN>CHN:138']],
  ])('%s', (text, want) => {
    expect(code(text)).toEqual(want);
  });

  it('reads the words the pattern names as its own statement of the mood', () => {
    // "failed to" alone makes the attack not happen; the pattern that names it codes it as it says
    expect(code('Japan failed to attack China.')).toEqual(['JPN>CHN:0874']);
    // a cue the pattern does not name still counts
    expect(code('Japan said it would not attack China.')).toEqual([]);
  });

  it('shows the words before the trigger in the evidence', () => {
    const [e] = coder.codeText('Japanese planes attacked China.', { date: '2003-01-19' });
    expect(e!.evidence.pattern).toBe('fight.planes-attack');
    expect(e!.evidence.trigger.map((t) => t.text)).toEqual(['planes', 'attacked']);
  });
});

describe('% compound subjects', () => {
  it('codes between the members of a compound subject, and needs one', () => {
    expect(code('Japan and China have postponed their talks.')).toEqual(['JPN>CHN:125', 'CHN>JPN:125']);
    expect(code('Japan has postponed its talks.')).toEqual([]);
  });
});

describe('=form triggers', () => {
  it("tries the form's own patterns before its lemma's, and falls back to them", () => {
    expect(code('The Japanese envoy left for China on Monday.')).toEqual(['JPNGOV>CHN:042']);
    expect(code('Japan left China.')).toEqual(['JPN>CHN:161']);
  });
});

describe('paired codes A:B', () => {
  it('writes the reverse event target → source with code B', () => {
    expect(code('Japan visited China.')).toEqual(['JPN>CHN:042', 'CHN>JPN:043']);
    expect(code('Japan and China visited Russia.')).toEqual(['JPN>RUS:042', 'RUS>JPN:043', 'CHN>RUS:042', 'RUS>CHN:043']);
  });
  it('writes no reverse event for an intention', () => {
    expect(code('Japan will visit China.')).toEqual(['JPN>CHN:036']);
  });
});

describe("a folder's own codes (cameo/extra-codes.txt)", () => {
  it('codes them as given, with no Goldstein weight or PLOVER type, and a root from the first two digits', () => {
    const [raid] = coder.codeText('Japan raided China.', { date: '2003-01-19' });
    expect(raid).toMatchObject({ source: 'JPN', target: 'CHN', code: '223', root: '22', quad_class: 0, goldstein: null, plover: null });
    const [storm] = coder.codeText('Japan stormed China.', { date: '2003-01-19' });
    expect(storm).toMatchObject({ code: '174K', root: '17', quad_class: 4, goldstein: null, plover: null });
    expect(coder.knowledge.codes.get('223')).toMatchObject({ cameo: false, label: 'Air raid (test code)' });
    expect(coder.knowledge.codes.get('190')).toMatchObject({ cameo: true });
  });

  it('stores such an event with Goldstein 0, since the store sums weights', async () => {
    const store = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-extra-store-')), 'x.db'));
    try {
      await store.putArticles([coder.codeArticle({ id: 'raid', text: 'Japan raided China.', date: '2003-01-19' })]);
      const stored = [];
      for await (const e of store.events()) stored.push([e.code, e.goldstein, e.quad_class]);
      expect(stored).toEqual([['223', 0, 0]]);
      expect(await store.integrity()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

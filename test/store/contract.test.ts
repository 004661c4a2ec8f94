/**
 * The store contract: every dialect in DYAD_TEST_DB must pass all of it, unchanged. Stores are fresh per case.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSeries } from '../../src/store/series.js';
import type { DedupEvent, EventFilter, Store } from '../../src/store/store.js';
import { openStore } from '../../src/store/open-store.js';
import { dialects } from './dialects.js';
import { coded } from './synthetic.js';

const all = async (it: AsyncIterable<DedupEvent>) => {
  const out: DedupEvent[] = [];
  for await (const e of it) out.push(e);
  return out;
};
const brief = (e: DedupEvent) => `${e.day ?? '-'} ${e.source ?? '~'}>${e.target ?? '~'}:${e.code} m${e.mentions} s${e.sources} a${e.articles}`;

/** Three reports of one meeting (two outlets), an attack, and a note from another month. */
const corpus = () => [
  coded({
    id: 'wire-1',
    date: '2003-01-19',
    source: 'Wire A',
    url: 'https://a.example/1',
    sentences: ['Japanese and Chinese envoys met in Tokyo on Saturday.', 'Later, Russian troops attacked a Japanese border post.', 'The envoys met again.'],
    events: [
      { s: 'JPNGOV', t: 'CHNGOV', code: '040', date: '2003-01-18' },
      { s: 'RUSMIL', t: 'JPN', code: '190', in: 1 },
      { s: 'JPNGOV', t: 'CHNGOV', code: '040', in: 2, date: '2003-01-18' },
    ],
  }),
  coded({ id: 'paper-7', date: '2003-01-20', source: 'Paper B', sentences: ['Envoys of Japan and China held talks on Saturday in Tokyo.'], events: [{ s: 'JPNGOV', t: 'CHNGOV', code: '040', date: '2003-01-18' }] }),
  coded({ id: 'wire-2', date: '2003-01-21', source: 'Wire A', sentences: ['Officials recalled that the two envoys met on Saturday.'], events: [{ s: 'JPNGOV', t: 'CHNGOV', code: '040', date: '2003-01-18' }] }),
  coded({ id: 'note-3', date: '2003-03-02', sentences: ['China hosted a visit by a Japanese minister.'], events: [{ s: 'CHNGOV', t: 'JPNGOV', code: '043' }] }),
];

const ds = await dialects();

for (const d of ds) {
  describe.skipIf(d.skip !== null)(`store contract: ${d.name}${d.skip ? ` (SKIPPED: ${d.skip})` : ''}`, () => {
    let store: Store;
    let url: string;
    beforeEach(async () => {
      url = await d.freshUrl();
      store = await openStore(url);
    });
    afterEach(async () => {
      expect(await store.integrity()).toEqual([]);
      await store.close();
    });
    afterAll(() => d.cleanup());

    it('stores an article with its sentences and events, and reads them back', async () => {
      const [r] = await store.putArticles([corpus()[0]!]);
      expect(r).toMatchObject({ status: 'stored', events: 3 });
      const a = (await store.getArticle(r!.articleId))!;
      expect(a).toMatchObject({ doc_id: 'wire-1', date: '2003-01-19', source: 'Wire A', url: 'https://a.example/1', content_hash: r!.contentHash });
      expect(a.sentences.map((s) => s.index)).toEqual([0, 1, 2]);
      expect(a.sentences[1]!.text).toBe('Later, Russian troops attacked a Japanese border post.');
      expect(a.events.map((e) => `${e.sentence_index}:${e.source}>${e.target}:${e.code}`)).toEqual(['0:JPNGOV>CHNGOV:040', '1:RUSMIL>JPN:190', '2:JPNGOV>CHNGOV:040']);
      expect(a.events[1]!.evidence).toMatchObject({ pattern: 'test.190', modality: 'asserted' });
      expect(await store.counts()).toEqual({ articles: 1, sentences: 3, events: 3, dedupEvents: 2 });
    });

    it('changes nothing when the same content comes again, under another id or with other spacing', async () => {
      const a = corpus()[0]!;
      await store.putArticles([a]);
      const again = { ...a, article: { ...a.article, id: 'copy', text: `\uFEFF ${a.article.text.replace(/ /g, '  ')}\r\n` } };
      const [r] = await store.putArticles([again]);
      expect(r!.status).toBe('duplicate');
      expect(await store.counts()).toEqual({ articles: 1, sentences: 3, events: 3, dedupEvents: 2 });
      expect(await store.knownHashes([r!.contentHash, 'f'.repeat(64)])).toEqual(new Set([r!.contentHash]));
    });

    it('keeps the first of two equal articles in one batch', async () => {
      const a = corpus()[1]!;
      const results = await store.putArticles([a, a]);
      expect(results.map((r) => r.status)).toEqual(['stored', 'duplicate']);
      expect((await store.counts()).articles).toBe(1);
    });

    it('merges reports of one event into one deduplicated event with mention, source and article counts', async () => {
      await store.putArticles(corpus());
      const events = await all(store.events());
      expect(events.map(brief)).toEqual(['2003-01-18 JPNGOV>CHNGOV:040 m4 s2 a3', '2003-01-19 RUSMIL>JPN:190 m1 s1 a1', '2003-03-02 CHNGOV>JPNGOV:043 m1 s1 a1']);
      expect(events[0]).toMatchObject({ first_seen: '2003-01-19', last_seen: '2003-01-21', is_root: 1, quad_class: 1, goldstein: 1 });
      const mentions = await store.mentions(events[0]!.id);
      expect(mentions.map((m) => `${m.doc_id}#${m.sentence_index}`)).toEqual(['wire-1#0', 'wire-1#2', 'paper-7#0', 'wire-2#0']);
      expect(mentions[2]).toMatchObject({ sentence: 'Envoys of Japan and China held talks on Saturday in Tokyo.', article_source: 'Paper B' });
      const refs = await store.evidenceRefs(events.map((e) => e.id));
      expect(refs.get(events[0]!.id)!.map((r) => `${r.doc_id}:${r.sentence_index}`)).toEqual(['wire-1:0', 'wire-1:2', 'paper-7:0', 'wire-2:0']);
      expect(refs.get(events[1]!.id)!.map((r) => r.url)).toEqual(['https://a.example/1']);
    });

    it.each<[string, Parameters<typeof coded>[0]['events'], string[]]>([
      ['another code is another event', [{ s: 'JPN', t: 'CHN', code: '040' }, { s: 'JPN', t: 'CHN', code: '042' }], ['JPN>CHN:040 m1', 'JPN>CHN:042 m1']],
      ['another day is another event', [{ s: 'JPN', t: 'CHN', code: '040' }, { s: 'JPN', t: 'CHN', code: '040', date: '2003-01-18' }], ['JPN>CHN:040 m1', 'JPN>CHN:040 m1']],
      ['the reversed dyad is another event', [{ s: 'JPN', t: 'CHN', code: '040' }, { s: 'CHN', t: 'JPN', code: '040' }], ['CHN>JPN:040 m1', 'JPN>CHN:040 m1']],
      [
        'uncoded actors merge only when their words match',
        [{ s: null, t: 'CHN', code: '190', sText: 'Rebels' }, { s: null, t: 'CHN', code: '190', sText: 'rebels' }, { s: null, t: 'CHN', code: '190', sText: 'Bandits' }],
        ['~>CHN:190 m1', '~>CHN:190 m2'],
      ],
    ])('%s', async (_, events, expected) => {
      await store.putArticles([coded({ id: 'x', date: '2003-01-19', sentences: ['One.', 'Two.', 'Three.'], events: events!.map((e, i) => ({ ...e, in: i })) })]);
      const got = (await all(store.events())).map((e) => `${e.source ?? '~'}>${e.target ?? '~'}:${e.code} m${e.mentions}`).sort();
      expect(got).toEqual(expected);
    });

    it('merges undated events only within their own article', async () => {
      const undated = (id: string, text: string) =>
        coded({ id, sentences: [text, 'Again.'], events: [{ s: 'JPN', t: 'CHN', code: '040', date: null }, { s: 'JPN', t: 'CHN', code: '040', date: null, in: 1 }] });
      await store.putArticles([undated('u1', 'Japan met China.'), undated('u2', 'Japan met China once more.')]);
      const events = await all(store.events());
      expect(events.map((e) => [e.day, e.mentions, e.articles])).toEqual([
        [null, 2, 1],
        [null, 2, 1],
      ]);
      expect(await store.topDyads()).toEqual([]); // undated events are in no series
    });

    it('counts an article without a source as one unknown source', async () => {
      const ev = [{ s: 'JPN', t: 'CHN', code: '040' }];
      await store.putArticles([
        coded({ id: 'a', date: '2003-01-19', sentences: ['A.'], events: ev }),
        coded({ id: 'b', date: '2003-01-19', sentences: ['B.'], events: ev }),
        coded({ id: 'c', date: '2003-01-19', source: 'Paper', sentences: ['C.'], events: ev }),
      ]);
      expect((await all(store.events())).map(brief)).toEqual(['2003-01-19 JPN>CHN:040 m3 s2 a3']);
    });

    describe('filters', () => {
      beforeEach(async () => {
        await store.putArticles(corpus());
      });
      it.each<[string, EventFilter, string[]]>([
        ['actor, either side', { actor: 'JPN' }, ['RUSMIL>JPN:190']],
        ['actor prefix', { actor: 'JPN*' }, ['JPNGOV>CHNGOV:040', 'RUSMIL>JPN:190', 'CHNGOV>JPNGOV:043']],
        ['source', { source: 'CHNGOV' }, ['CHNGOV>JPNGOV:043']],
        ['target prefix', { target: 'CHN*' }, ['JPNGOV>CHNGOV:040']],
        ['dyad', { source: 'JPNGOV', target: 'CHNGOV' }, ['JPNGOV>CHNGOV:040']],
        ['code', { code: '043' }, ['CHNGOV>JPNGOV:043']],
        ['root', { root: '19' }, ['RUSMIL>JPN:190']],
        ['quad', { quad: 4 }, ['RUSMIL>JPN:190']],
        ['date range', { from: '2003-01-19', to: '2003-02-28' }, ['RUSMIL>JPN:190']],
        ['from only', { from: '2003-02-01' }, ['CHNGOV>JPNGOV:043']],
        ['to only', { to: '2003-01-18' }, ['JPNGOV>CHNGOV:040']],
        ['words, stemmed', { text: 'attacks' }, ['RUSMIL>JPN:190']],
        ['words, all of them', { text: 'envoys Tokyo' }, ['JPNGOV>CHNGOV:040']],
        ['words that look like search syntax', { text: 'envoys" OR NEAR(' }, []],
        ['mention threshold', { minMentions: 2 }, ['JPNGOV>CHNGOV:040']],
        ['several at once', { actor: 'JPN*', quad: 1, from: '2003-03-01' }, ['CHNGOV>JPNGOV:043']],
      ])('%s', async (_, filter, expected) => {
        const got = (await all(store.events(filter))).map((e) => `${e.source}>${e.target}:${e.code}`);
        expect(got).toEqual(expected);
      });

      it('stops at the limit', async () => {
        expect(await all(store.events({}, { limit: 2 }))).toHaveLength(2);
      });

      it('ranks dyads by deduplicated events, from the rollup or, with a code filter, from the events', async () => {
        expect((await store.topDyads()).map((r) => `${r.source}>${r.target} ${r.events}/${r.mentions}`)).toEqual(['CHNGOV>JPNGOV 1/1', 'JPNGOV>CHNGOV 1/4', 'RUSMIL>JPN 1/1']);
        expect(await store.topDyads({ code: '190' })).toEqual([{ source: 'RUSMIL', target: 'JPN', events: 1, mentions: 1, goldstein_sum: -10 }]);
        expect(await store.topDyads({ quad: 4 })).toEqual([{ source: 'RUSMIL', target: 'JPN', events: 1, mentions: 1, goldstein_sum: -10 }]);
        expect(await store.topDyads({}, 1)).toHaveLength(1);
      });
    });

    it('pages through more events than one page holds, in day order', async () => {
      const days = Array.from({ length: 30 }, (_, i) => `2003-01-${String(i + 1).padStart(2, '0')}`);
      const batch = Array.from({ length: 90 }, (_, a) =>
        coded({
          id: `p${a}`,
          date: days[a % 30],
          sentences: [`Report ${a}.`],
          events: Array.from({ length: 25 }, (_, k) => ({ s: `A${String(a).padStart(3, '0')}`, t: `T${k}`, code: '040' })),
        }),
      );
      await store.putArticles(batch);
      const events = await all(store.events());
      expect(events).toHaveLength(2250);
      const keys = events.map((e) => `${e.day}|${String(e.id).padStart(8, '0')}`);
      expect(keys).toEqual([...keys].sort());
      expect(new Set(events.map((e) => e.id)).size).toBe(2250);
    });

    it("gives a dyad's daily rollup, bucketed into weeks and months", async () => {
      const ev = (code: string, date: string) => ({ s: 'USA', t: 'PRK', code, date });
      await store.putArticles([
        coded({ id: 'a', date: '2003-01-31', sentences: ['A.', 'B.', 'C.'], events: [ev('040', '2003-01-06'), ev('190', '2003-01-06'), ev('120', '2003-01-12')] }),
        coded({ id: 'b', date: '2003-02-02', source: 'Other', sentences: ['D.', 'E.'], events: [ev('040', '2003-01-06'), ev('070', '2003-02-03')] }),
      ]);
      const days = await store.dyadDays('USA', 'PRK');
      expect(days).toEqual([
        { day: '2003-01-06', quad: 1, events: 1, mentions: 2, goldstein_sum: 1 },
        { day: '2003-01-06', quad: 4, events: 1, mentions: 1, goldstein_sum: -10 },
        { day: '2003-01-12', quad: 3, events: 1, mentions: 1, goldstein_sum: -4 },
        { day: '2003-02-03', quad: 2, events: 1, mentions: 1, goldstein_sum: 7 },
      ]);
      expect(buildSeries(days, 'week').map((r) => `${r.period} ${r.events} ${r.goldstein_sum} ${r.q1}${r.q2}${r.q3}${r.q4}`)).toEqual([
        '2003-01-06 3 -13 1011',
        '2003-01-13 0 0 0000',
        '2003-01-20 0 0 0000',
        '2003-01-27 0 0 0000',
        '2003-02-03 1 7 0100',
      ]);
      expect(await store.dyadDays('USA', 'PRK', { from: '2003-01-07', to: '2003-01-31' })).toHaveLength(1);
      // a code filter reads the events instead of the rollup, with the same shape
      expect(await store.dyadDays('USA', 'PRK', { code: '040' })).toEqual([{ day: '2003-01-06', quad: 1, events: 1, mentions: 2, goldstein_sum: 1 }]);
    });

    it('ranks dyads over any date range from the rollups exactly as from the events themselves', async () => {
      const actors = ['USA', 'RUS', 'CHN', 'JPN'];
      const batch = Array.from({ length: 60 }, (_, a) => {
        const day = new Date(Date.UTC(2004, 10, 20) + ((a * 37) % 150) * 86_400_000).toISOString().slice(0, 10);
        const events = Array.from({ length: 4 }, (_, k) => ({ s: actors[(a + k) % 4]!, t: actors[(a * 3 + k + 1) % 4]!, code: ['040', '120', '190', '070'][(a + 2 * k) % 4]!, in: k }));
        return coded({ id: `r${a}`, date: day, sentences: ['A.', 'B.', 'C.', 'D.'].map((x) => `${x} ${a}`), events });
      });
      await store.putArticles(batch);
      const ranges: EventFilter[] = [{}, { from: '2004-12-01' }, { to: '2005-01-31' }, { from: '2004-11-25', to: '2005-03-10' }, { from: '2005-01-01', to: '2005-02-28', quad: 4 }, { from: '2005-02-03', to: '2005-02-20', actor: 'USA' }];
      for (const r of ranges) {
        // a mention threshold of 1 changes nothing but sends the query to the events table
        expect(await store.topDyads(r, 50), JSON.stringify(r)).toEqual(await store.topDyads({ ...r, minMentions: 1 }, 50));
      }
      expect((await store.topDyads({ from: '2004-11-25', to: '2005-03-10' })).length).toBeGreaterThan(3);
    });

    it('keeps nothing of a batch that fails part-way', async () => {
      await store.putArticles([corpus()[3]!]);
      const bad = coded({ id: 'bad', date: '2003-01-19', sentences: ['Bad.'], events: [{ s: 'JPN', t: 'CHN', code: '040' }] });
      (bad.events[0] as { code: unknown }).code = null; // violates NOT NULL after the article and sentence rows are written
      await expect(store.putArticles([corpus()[0]!, bad])).rejects.toThrow();
      expect(await store.counts()).toEqual({ articles: 1, sentences: 1, events: 1, dedupEvents: 1 });
      // and the store still works afterwards
      await store.putArticles([corpus()[0]!]);
      expect((await store.counts()).articles).toBe(2);
    });

    it('keeps its counts right when two connections write overlapping events at once', async () => {
      const second = await openStore(url);
      const make = (prefix: string) =>
        Array.from({ length: 20 }, (_, i) => coded({ id: `${prefix}${i}`, date: '2003-01-19', source: prefix, sentences: [`${prefix} report ${i}.`], events: [{ s: 'JPN', t: 'CHN', code: '040' }] }));
      await Promise.all([store.putArticles(make('one')), second.putArticles(make('two')), store.putArticles(make('one')), second.putArticles(make('three'))]);
      await second.close();
      expect((await all(store.events())).map(brief)).toEqual(['2003-01-19 JPN>CHN:040 m60 s3 a60']);
      expect((await store.counts()).articles).toBe(60);
    });

    it('opens an existing store again without migrating twice', async () => {
      await store.putArticles(corpus());
      const again = await openStore(url);
      expect(await again.counts()).toEqual(await store.counts());
      await again.close();
    });
  });
}

/**
 * Golden output: the bundled sample corpus coded with the bundled dictionaries. Any change in what Dyad codes shows
 * up here as a diff to review; accept it with `UPDATE_GOLDEN=1 npx vitest run test/golden`.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseTextArticle } from '../../src/ingest/parse-text-article.js';
import { ROOT, bundledCoder } from '../helpers.js';

const GOLDEN = join(ROOT, 'test', 'golden', 'samples.golden.tsv');

function codeSamples(): string {
  const lines: string[] = ['file\tsentence\tdate\tsource\ttarget\tcode\tpattern\tsource_text\ttarget_text'];
  for (const dir of ['nk-crisis', 'other']) {
    const folder = join(ROOT, 'samples', dir);
    for (const f of readdirSync(folder).filter((x) => x.endsWith('.txt')).sort()) {
      const article = parseTextArticle(readFileSync(join(folder, f), 'utf8'), `${dir}/${f}`);
      for (const e of bundledCoder().codeArticle(article).events) {
        lines.push([e.doc_id, e.sentence_index, e.date, e.source ?? '', e.target ?? '', e.code, e.evidence.pattern, e.source_text ?? '', e.target_text ?? ''].join('\t'));
      }
    }
  }
  return lines.join('\n') + '\n';
}

it('codes the sample corpus as the golden file says', () => {
  const now = codeSamples();
  if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, now);
  expect(now).toBe(readFileSync(GOLDEN, 'utf8'));
});

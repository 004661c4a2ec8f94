/** `dyad explain`: the whole analysis of a text, for people who want to know why an event was (not) coded. */
import type { Coder } from '../index.js';

export function explain(coder: Coder, text: string, date?: string): string {
  const coded = coder.codeArticle({ id: 'explain', text, date }, { trace: true });
  const out: string[] = [];
  for (const s of coded.sentences) {
    out.push(`Sentence ${s.sentence.index}: ${s.sentence.text}`);
    out.push('  tokens: ' + s.sentence.tokens.map((t) => `${t.text}/${t.pos}${t.lemma !== t.lower ? `(${t.lemma})` : ''}`).join(' '));
    if (s.sentence.dates.length) out.push('  dates:  ' + s.sentence.dates.map((d) => `"${d.text}" = ${d.date}`).join(', '));
    out.push('  actors:');
    if (!s.actors.length) out.push('    (none)');
    for (const a of s.actors) {
      out.push(`    [${a.start}-${a.end}) "${a.text}" → ${a.code ?? '(uncoded)'}  ${a.kind}; via ${a.evidence.via}${a.evidence.entries.length ? '; ' + a.evidence.entries.join(', ') : ''}`);
    }
    out.push('  triggers:');
    if (!s.trace.length) out.push('    (no word in this sentence starts a pattern)');
    for (const t of s.trace) {
      out.push(`    "${t.trigger}" (token ${t.at}): ${t.outcome}`);
      for (const p of t.tried) out.push(`      ${p.matched ? '✓' : '·'} ${p.pattern}: ${p.source}`);
    }
    const events = coded.events.filter((e) => e.sentence_index === s.sentence.index);
    out.push('  events:');
    if (!events.length) out.push('    (none)');
    for (const e of events) {
      out.push(`    ${e.source} → ${e.target ?? '—'}  ${e.code} ${coder.knowledge.codes.get(e.code)?.label ?? ''} [${e.plover ?? 'no PLOVER type'}] ${e.date ?? ''}`);
      out.push(`      ${e.evidence.rule}${e.evidence.modality === 'intent' ? `; intention (pattern code ${e.evidence.pattern_code})` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/**
 * `dyad eval`: the scorer's headline, then what to work on — a confusion table of gold vs coded types, the patterns
 * that produce the most false events, and the gold actors the coder never found.
 */
import type { CodedEvent } from '../model/types.js';
import { type Score, inScope } from './score-events.js';

const pct = (x: number) => (Number.isNaN(x) ? 'n/a' : `${(100 * x).toFixed(1)}%`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

export function formatReport(score: Score, events: CodedEvent[], opts: { top?: number } = {}): string {
  const top = opts.top ?? 10;
  const out: string[] = [];
  const { strict, lenient } = score;
  // the type a gold event is judged by, and the type of a coded event in the same terms
  const ploverGold = score.gold.some((g) => g.plover);
  const goldType = (g: Score['gold'][number]) => g.plover ?? g.codes[0]?.slice(0, 2) ?? '?';
  const codedType = (e: CodedEvent) => (ploverGold ? (e.plover ?? '(none)') : e.root);

  out.push('Confusion (rows: gold type; columns: what the coder gave in the same record or sentence; "-" = nothing):');
  const types = [...new Set(score.gold.map(goldType))].sort();
  const cols = [...new Set([...types, ...events.map(codedType)])].sort();
  const counts = new Map<string, Map<string, number>>();
  for (const g of score.gold.filter((x) => x.required)) {
    const near = events.filter((e) => inScope(g, e));
    const row = counts.get(goldType(g)) ?? new Map<string, number>();
    const seen = score.found.get(g.id);
    const given = seen ? codedType(seen) : near.length ? codedType(near[0]!) : '-';
    row.set(given, (row.get(given) ?? 0) + 1);
    counts.set(goldType(g), row);
  }
  const used = cols.filter((c) => [...counts.values()].some((r) => r.has(c)));
  out.push(table([['', ...used, '-', 'recall'], ...types.map((t) => {
    const r = counts.get(t) ?? new Map<string, number>();
    const all = [...r.values()].reduce((a, b) => a + b, 0);
    const hits = score.gold.filter((g) => g.required && goldType(g) === t && score.found.has(g.id)).length;
    return [t, ...used.map((c) => String(r.get(c) ?? '')), String(r.get('-') ?? ''), all ? `${hits}/${all}` : ''];
  })]));

  if (!score.partial) {
    out.push('', `Patterns with the most false events (top ${top}):`);
    const byPattern = new Map<string, number>();
    for (const e of score.falsePositives) byPattern.set(e.evidence.pattern, (byPattern.get(e.evidence.pattern) ?? 0) + 1);
    const worst = [...byPattern.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
    out.push(worst.length ? table([['pattern', 'false', 'fired'], ...worst.map(([p, n]) => [p, String(n), String(events.filter((e) => e.evidence.pattern === p).length)])]) : '  (none)');
  }

  out.push('', `Gold actors in missed events that no coded event in scope carried (top ${top}):`);
  const missed = new Map<string, number>();
  for (const g of score.gold.filter((x) => x.required && !score.found.has(x.id))) {
    const near = events.filter((e) => inScope(g, e));
    for (const [code, text] of [[g.source, g.sourceText], [g.target, g.targetText]] as const) {
      if (!code && !text) continue;
      const carried = near.some((e) => (code && (e.source?.startsWith(code.slice(0, 3)) || e.target?.startsWith(code.slice(0, 3)))) || (text && [e.source_text, e.target_text].some((t) => t && text.toLowerCase().includes(t.toLowerCase()))));
      if (carried) continue;
      const key = `${code ?? '?'} "${text ?? ''}"`;
      missed.set(key, (missed.get(key) ?? 0) + 1);
    }
  }
  const worstActors = [...missed.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  out.push(worstActors.length ? worstActors.map(([k, n]) => `  ${n}  ${k}`).join('\n') : '  (none)');

  out.push('');
  if (score.partial) {
    out.push(`lenient: recall ${pct(lenient.recall)} (${lenient.hit}/${lenient.required}); ${events.length} events coded`);
    out.push(`strict: recall ${strict.hit}/${strict.required} = ${pct(strict.recall)} (partial gold: no precision)`);
  } else {
    out.push(`lenient: recall ${pct(lenient.recall)}, precision ${pct(lenient.precision)}, F1 ${pct(lenient.f1)}`);
    out.push(`forbidden events: ${score.forbidden.length}; dates right: ${score.dates.right}/${score.dates.checked}`);
    out.push(`strict: F1 ${pct(strict.f1)} (recall ${strict.hit}/${strict.required} = ${pct(strict.recall)}, precision ${strict.matched}/${strict.total} = ${pct(strict.precision)})`);
  }
  return out.join('\n') + '\n';
}

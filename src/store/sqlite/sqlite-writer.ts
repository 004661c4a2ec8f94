/**
 * Writes prepared articles into SQLite: prepared statements, one IMMEDIATE transaction per batch. Each article's
 * rows, its dedup upserts and its rollup increments all happen inside it, so a kill leaves the batch out entirely.
 */
import type Database from 'better-sqlite3';
import type { PreparedArticle } from '../prepare-article.js';
import type { PutResult } from '../store.js';

export function createWriter(db: Database.Database): (batch: PreparedArticle[]) => PutResult[] {
  const byHash = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE content_hash = ?');
  const insArticle = db.prepare(`INSERT INTO articles (doc_id, title, date, source, url, origin, content_hash, sentence_count, event_count, added_at)
    VALUES (@doc_id, @title, @date, @source, @url, @origin, @content_hash, @sentence_count, @event_count, @added_at)`);
  const insSentence = db.prepare('INSERT INTO sentences (article_id, idx, "offset", text) VALUES (?, ?, ?, ?)');
  const insFts = db.prepare('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)');
  const dedupByKey = db.prepare<[string], { id: number }>('SELECT id FROM dedup_events WHERE key = ?');
  const insDedup = db.prepare(`INSERT INTO dedup_events (key, day, source, target, source_text, target_text, code, root, quad_class, goldstein,
      plover, mentions, sources, articles, first_seen, last_seen, first_added, is_root)
    VALUES (@key, @day, @source, @target, @source_text, @target_text, @code, @root, @quad_class, @goldstein, @plover, 0, 0, 0, @seen, @seen,
      @added, 0)`);
  const updDedup = db.prepare(`UPDATE dedup_events SET mentions = mentions + @mentions, articles = articles + 1, sources = sources + @newSource,
      first_seen = CASE WHEN first_seen IS NULL OR @seen < first_seen THEN COALESCE(@seen, first_seen) ELSE first_seen END,
      last_seen = CASE WHEN last_seen IS NULL OR @seen > last_seen THEN COALESCE(@seen, last_seen) ELSE last_seen END,
      is_root = MAX(is_root, @is_root)
    WHERE id = @id`);
  const insSource = db.prepare('INSERT OR IGNORE INTO dedup_sources (dedup_id, source) VALUES (?, ?)');
  const upRollup = db.prepare(`INSERT INTO dyad_day (source, target, day, quad_class, events, mentions, goldstein_sum)
    VALUES (@source, @target, @day, @quad_class, @events, @mentions, @goldstein)
    ON CONFLICT (source, target, day, quad_class) DO UPDATE SET events = events + excluded.events,
      mentions = mentions + excluded.mentions, goldstein_sum = goldstein_sum + excluded.goldstein_sum`);
  const upMonth = db.prepare(`INSERT INTO dyad_month (source, target, month, quad_class, events, mentions, goldstein_sum)
    VALUES (@source, @target, substr(@day, 1, 7), @quad_class, @events, @mentions, @goldstein)
    ON CONFLICT (source, target, month, quad_class) DO UPDATE SET events = events + excluded.events,
      mentions = mentions + excluded.mentions, goldstein_sum = goldstein_sum + excluded.goldstein_sum`);
  const upTotal = db.prepare(`INSERT INTO dyad_total (source, target, quad_class, events, mentions, goldstein_sum)
    VALUES (@source, @target, @quad_class, @events, @mentions, @goldstein)
    ON CONFLICT (source, target, quad_class) DO UPDATE SET events = events + excluded.events,
      mentions = mentions + excluded.mentions, goldstein_sum = goldstein_sum + excluded.goldstein_sum`);
  const insEvent = db.prepare(`INSERT INTO events (article_id, sentence_index, dedup_id, source, target, source_text, target_text, code, root,
      quad_class, goldstein, plover, date, evidence)
    VALUES (@article_id, @sentence_index, @dedup_id, @source, @target, @source_text, @target_text, @code, @root, @quad_class, @goldstein,
      @plover, @date, @evidence)`);

  const putOne = (p: PreparedArticle, added: string): PutResult => {
    const known = byHash.get(p.article.content_hash);
    if (known) return { status: 'duplicate', articleId: known.id, contentHash: p.article.content_hash, events: 0 };
    const articleId = Number(insArticle.run({ ...p.article, added_at: added }).lastInsertRowid);
    for (const s of p.sentences) {
      const sid = insSentence.run(articleId, s.idx, s.offset, s.text).lastInsertRowid;
      insFts.run(sid, s.text);
    }
    const ids = new Map<string, number>();
    for (const g of p.groups) {
      let id = dedupByKey.get(g.key)?.id;
      const isNew = id === undefined;
      id ??= Number(insDedup.run({ ...g, added }).lastInsertRowid);
      const newSource = insSource.run(id, p.article.source ?? '').changes;
      updDedup.run({ id, mentions: g.mentions, newSource, seen: g.seen, is_root: g.is_root });
      if (g.day) {
        const row = {
          source: g.source ?? '',
          target: g.target ?? '',
          day: g.day,
          quad_class: g.quad_class,
          events: isNew ? 1 : 0,
          mentions: g.mentions,
          goldstein: isNew ? g.goldstein : 0,
        };
        upRollup.run(row);
        upMonth.run(row);
        const { day: _, ...total } = row;
        upTotal.run(total);
      }
      ids.set(g.key, id);
    }
    for (const e of p.events) {
      const { key, ...row } = e;
      insEvent.run({ ...row, article_id: articleId, dedup_id: ids.get(key)! });
    }
    return { status: 'stored', articleId, contentHash: p.article.content_hash, events: p.events.length };
  };

  const tx = db.transaction((batch: PreparedArticle[]) => {
    const added = new Date().toISOString();
    return batch.map((p) => putOne(p, added));
  });
  return (batch) => tx.immediate(batch);
}

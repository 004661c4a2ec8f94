/**
 * SQLite schema, as ordered migrations. The PostgreSQL list (../postgres/migrations.ts) builds the same tables with
 * that dialect's types; change both together, and only ever by appending a new version.
 */
import type { Migration } from '../migration.js';

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, sentences, events and deduplicated events',
    sql: `
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL,
        title TEXT,
        date TEXT,
        source TEXT,
        url TEXT,
        origin TEXT,
        content_hash TEXT NOT NULL UNIQUE,
        sentence_count INTEGER NOT NULL,
        event_count INTEGER NOT NULL,
        added_at TEXT NOT NULL
      );
      CREATE INDEX articles_doc_id ON articles (doc_id);
      CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        "offset" INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (article_id, idx)
      );
      CREATE TABLE dedup_events (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        day TEXT NOT NULL,
        source TEXT,
        target TEXT,
        source_text TEXT,
        target_text TEXT,
        code TEXT NOT NULL,
        root TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        plover TEXT,
        mentions INTEGER NOT NULL,
        sources INTEGER NOT NULL,
        articles INTEGER NOT NULL,
        first_seen TEXT,
        last_seen TEXT,
        first_added TEXT NOT NULL,
        is_root INTEGER NOT NULL
      );
      CREATE INDEX dedup_events_day ON dedup_events (day);
      CREATE INDEX dedup_events_dyad ON dedup_events (source, target, day);
      CREATE INDEX dedup_events_target ON dedup_events (target, day);
      CREATE INDEX dedup_events_code ON dedup_events (code, day);
      CREATE INDEX dedup_events_root ON dedup_events (root, day);
      CREATE TABLE dedup_sources (
        dedup_id INTEGER NOT NULL REFERENCES dedup_events (id),
        source TEXT NOT NULL,
        PRIMARY KEY (dedup_id, source)
      ) WITHOUT ROWID;
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        sentence_index INTEGER NOT NULL,
        dedup_id INTEGER NOT NULL REFERENCES dedup_events (id),
        source TEXT,
        target TEXT,
        source_text TEXT,
        target_text TEXT,
        code TEXT NOT NULL,
        root TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        plover TEXT,
        date TEXT,
        evidence TEXT NOT NULL
      );
      CREATE INDEX events_dedup ON events (dedup_id);
      CREATE INDEX events_article ON events (article_id, sentence_index);
    `,
  },
  {
    version: 2,
    name: 'full-text search over sentences (FTS5, Porter stemming)',
    sql: `
      CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content = 'sentences', content_rowid = 'id', tokenize = 'porter unicode61');
      INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences;
    `,
  },
  {
    version: 3,
    name: 'dyad-by-day rollup for series and top dyads',
    sql: `
      CREATE TABLE dyad_day (
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        day TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        events INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL,
        PRIMARY KEY (source, target, day, quad_class)
      ) WITHOUT ROWID;
      CREATE INDEX dyad_day_day ON dyad_day (day);
      INSERT INTO dyad_day (source, target, day, quad_class, events, mentions, goldstein_sum)
        SELECT COALESCE(source, ''), COALESCE(target, ''), day, quad_class, COUNT(*), SUM(mentions), SUM(goldstein)
        FROM dedup_events WHERE day <> '' GROUP BY 1, 2, 3, 4;
    `,
  },
  {
    version: 4,
    name: 'monthly and all-time dyad rollups, so top dyads over long ranges read few rows',
    sql: `
      CREATE TABLE dyad_month (
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        month TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        events INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL,
        -- month first: a date range reads one contiguous run of the table
        PRIMARY KEY (month, source, target, quad_class)
      ) WITHOUT ROWID;
      -- covering, so the partial months at a range's ends are read from the index alone
      DROP INDEX dyad_day_day;
      CREATE INDEX dyad_day_day ON dyad_day (day, source, target, quad_class, events, mentions, goldstein_sum);
      CREATE TABLE dyad_total (
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        events INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL,
        PRIMARY KEY (source, target, quad_class)
      ) WITHOUT ROWID;
      INSERT INTO dyad_month (source, target, month, quad_class, events, mentions, goldstein_sum)
        SELECT source, target, substr(day, 1, 7), quad_class, SUM(events), SUM(mentions), SUM(goldstein_sum) FROM dyad_day GROUP BY 1, 2, 3, 4;
      INSERT INTO dyad_total (source, target, quad_class, events, mentions, goldstein_sum)
        SELECT source, target, quad_class, SUM(events), SUM(mentions), SUM(goldstein_sum) FROM dyad_day GROUP BY 1, 2, 3;
    `,
  },
];

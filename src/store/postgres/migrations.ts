/**
 * PostgreSQL schema, as ordered migrations: the same tables, columns and meanings as ../sqlite/migrations.ts, in
 * this dialect's types (bigserial ids, jsonb evidence, a tsvector index in place of FTS5). Days and actor codes
 * collate "C" (byte order), as SQLite compares them, so both stores sort and match alike. Append only.
 */
import type { Migration } from '../migration.js';

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, sentences, events and deduplicated events',
    sql: `
      CREATE TABLE articles (
        id bigserial PRIMARY KEY,
        doc_id text NOT NULL,
        title text,
        date text,
        source text,
        url text,
        origin text,
        content_hash text NOT NULL UNIQUE,
        sentence_count integer NOT NULL,
        event_count integer NOT NULL,
        added_at text NOT NULL
      );
      CREATE INDEX articles_doc_id ON articles (doc_id);
      CREATE TABLE sentences (
        id bigserial PRIMARY KEY,
        article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx integer NOT NULL,
        "offset" integer NOT NULL,
        text text NOT NULL,
        UNIQUE (article_id, idx)
      );
      CREATE TABLE dedup_events (
        id bigserial PRIMARY KEY,
        key text NOT NULL UNIQUE,
        day text COLLATE "C" NOT NULL,
        source text COLLATE "C",
        target text COLLATE "C",
        source_text text,
        target_text text,
        code text NOT NULL,
        root text NOT NULL,
        quad_class integer NOT NULL,
        goldstein double precision NOT NULL,
        plover text,
        mentions integer NOT NULL,
        sources integer NOT NULL,
        articles integer NOT NULL,
        first_seen text,
        last_seen text,
        first_added text NOT NULL,
        is_root integer NOT NULL
      );
      CREATE INDEX dedup_events_day ON dedup_events (day, id);
      CREATE INDEX dedup_events_dyad ON dedup_events (source, target, day);
      CREATE INDEX dedup_events_target ON dedup_events (target, day);
      CREATE INDEX dedup_events_code ON dedup_events (code, day);
      CREATE INDEX dedup_events_root ON dedup_events (root, day);
      CREATE TABLE dedup_sources (
        dedup_id bigint NOT NULL REFERENCES dedup_events (id),
        source text NOT NULL,
        PRIMARY KEY (dedup_id, source)
      );
      CREATE TABLE events (
        id bigserial PRIMARY KEY,
        article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        sentence_index integer NOT NULL,
        dedup_id bigint NOT NULL REFERENCES dedup_events (id),
        source text,
        target text,
        source_text text,
        target_text text,
        code text NOT NULL,
        root text NOT NULL,
        quad_class integer NOT NULL,
        goldstein double precision NOT NULL,
        plover text,
        date text,
        evidence jsonb NOT NULL
      );
      CREATE INDEX events_dedup ON events (dedup_id);
      CREATE INDEX events_article ON events (article_id, sentence_index);
    `,
  },
  {
    version: 2,
    name: 'full-text search over sentences (English stemming)',
    sql: `CREATE INDEX sentences_fts ON sentences USING gin (to_tsvector('english', text));`,
  },
  {
    version: 3,
    name: 'dyad-by-day rollup for series and top dyads',
    sql: `
      CREATE TABLE dyad_day (
        source text COLLATE "C" NOT NULL,
        target text COLLATE "C" NOT NULL,
        day text COLLATE "C" NOT NULL,
        quad_class integer NOT NULL,
        events integer NOT NULL,
        mentions integer NOT NULL,
        goldstein_sum double precision NOT NULL,
        PRIMARY KEY (source, target, day, quad_class)
      );
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
        source text COLLATE "C" NOT NULL,
        target text COLLATE "C" NOT NULL,
        month text COLLATE "C" NOT NULL,
        quad_class integer NOT NULL,
        events integer NOT NULL,
        mentions integer NOT NULL,
        goldstein_sum double precision NOT NULL,
        -- month first: a date range reads one contiguous run of the table
        PRIMARY KEY (month, source, target, quad_class)
      );
      -- covering, so the partial months at a range's ends are read from the index alone
      DROP INDEX dyad_day_day;
      CREATE INDEX dyad_day_day ON dyad_day (day, source, target, quad_class, events, mentions, goldstein_sum);
      CREATE TABLE dyad_total (
        source text COLLATE "C" NOT NULL,
        target text COLLATE "C" NOT NULL,
        quad_class integer NOT NULL,
        events integer NOT NULL,
        mentions integer NOT NULL,
        goldstein_sum double precision NOT NULL,
        PRIMARY KEY (source, target, quad_class)
      );
      INSERT INTO dyad_month (source, target, month, quad_class, events, mentions, goldstein_sum)
        SELECT source, target, substr(day, 1, 7), quad_class, SUM(events), SUM(mentions), SUM(goldstein_sum) FROM dyad_day GROUP BY 1, 2, 3, 4;
      INSERT INTO dyad_total (source, target, quad_class, events, mentions, goldstein_sum)
        SELECT source, target, quad_class, SUM(events), SUM(mentions), SUM(goldstein_sum) FROM dyad_day GROUP BY 1, 2, 3;
    `,
  },
];

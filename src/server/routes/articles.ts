/** Articles: the reader's list, one article with its coded sentences, and ingest (`POST`, token-guarded). */
import { recordToArticle } from '../../ingest/article-record.js';
import type { Article } from '../../model/types.js';
import { contentHash } from '../../store/content-hash.js';
import { HttpError, defineRoute } from '../api-route.js';
import { articleView, articlesWithEvents } from '../compose/articles.js';
import type { ServerContext } from '../context.js';
import { storeArticles } from '../store-articles.js';
import { ARTICLES_PER_REQUEST, ARTICLE_MAX_CHARS, IngestRequest } from '../schemas/body.js';
import { IdParams, PageQuery } from '../schemas/query.js';
import { ArticleBody, ArticleListBody, IngestBody } from '../schemas/response.js';

export function articleRoutes(ctx: ServerContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/articles',
      tag: 'articles',
      summary: 'Articles that report events, in the order they were stored',
      query: PageQuery,
      response: ArticleListBody,
      handler: async ({ query }) => {
        const all = await ctx.cache.get('article-ids', () => articlesWithEvents(ctx.store));
        const page = [...all.entries()].slice(query.offset, query.offset + query.limit);
        const articles = [];
        for (const [id, events] of page) {
          const a = await ctx.store.getArticle(id);
          if (a) articles.push({ id, doc_id: a.doc_id, title: a.title, date: a.date, source: a.source, events });
        }
        return { articles, total: all.size };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/articles/:id',
      tag: 'articles',
      summary: 'One article: its sentences, each with its coded events and their evidence spans',
      params: IdParams,
      response: ArticleBody,
      handler: async ({ params }) => {
        const a = await ctx.store.getArticle(params.id);
        if (!a) throw new HttpError(404, `no article ${params.id}`);
        return articleView(a, ctx.codeLabel);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/articles',
      tag: 'articles',
      summary: 'Code and store articles (known content is skipped)',
      description: `Up to ${ARTICLES_PER_REQUEST} articles of up to ${ARTICLE_MAX_CHARS} characters each, as \`dyad ingest\` reads JSONL records. Needs \`Authorization: Bearer $DYAD_TOKEN\` when the server has a token.`,
      auth: true,
      bodyLimit: 4 * 1024 * 1024,
      body: IngestRequest,
      response: IngestBody,
      handler: async ({ body }) => {
        const articles: Article[] = body.articles.map((rec, i) => {
          const withId = { ...rec, id: rec.id ?? `api-${contentHash(rec.text).slice(0, 12)}` };
          const parsed = recordToArticle(withId, `articles[${i}]`);
          if ('error' in parsed) throw new HttpError(400, parsed.error.message);
          return { ...parsed.article, origin: 'api' };
        });
        const results = await storeArticles(ctx.store, ctx.coder, articles);
        if (results.some((r) => r.status === 'stored')) ctx.cache.clear();
        return { results };
      },
    }),
  ];
}

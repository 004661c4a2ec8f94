/**
 * The OpenAPI 3.1 document, generated from the route list: each route's zod schemas become its parameters, request
 * body and responses (JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
 */
import { z } from 'zod';
import type { ApiRoute } from './api-route.js';
import { ErrorBody } from './schemas/response.js';

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): Json[] {
  if (!schema) return [];
  const s = jsonSchema(schema, 'input');
  const props = (s.properties ?? {}) as Record<string, Json>;
  const required = new Set((s.required ?? []) as string[]);
  return Object.entries(props).map(([name, p]) => {
    const { description, ...rest } = p;
    return { name, in: where, required: where === 'path' || required.has(name), ...(description ? { description } : {}), schema: rest };
  });
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

export function openApiDocument(routes: ApiRoute[], info: { version: string }): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const op: Json = {
      tags: [r.tag],
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      operationId: `${r.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/(^|[/_-])(\w)/g, (_m, _s, c: string) => c.toUpperCase())}`,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } } } : {}),
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: jsonSchema(r.response, 'output') } } },
        400: errorResponse('The request does not match its schema; `issues` names each field'),
        ...(r.auth ? { 401: errorResponse('Missing or wrong bearer token') } : {}),
        ...(r.params ? { 404: errorResponse('Not found') } : {}),
        ...(r.body ? { 413: errorResponse('Request body too large') } : {}),
      },
      ...(r.auth ? { security: [{ bearer: [] }] } : {}),
    };
    paths[path] = { ...(paths[path] ?? {}), [r.method.toLowerCase()]: op };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dyad API',
      version: info.version,
      description:
        'Political event data coded from English news: deduplicated CAMEO/PLOVER events with their evidence, dyad series, actors and their network, and a coder for pasted text.',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'events', description: 'Deduplicated events and their evidence' },
      { name: 'series', description: 'Events over time' },
      { name: 'actors', description: 'Actors, dyads and the network' },
      { name: 'articles', description: 'Stored articles; ingest' },
      { name: 'coding', description: 'Code text without storing it' },
      { name: 'meta', description: 'Health and code tables' },
    ],
    paths,
    components: {
      schemas: { Error: jsonSchema(ErrorBody, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The server’s DYAD_TOKEN' } },
    },
  };
}

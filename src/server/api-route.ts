/**
 * One description per API route: its zod schemas validate the request (fastify calls them through the validator
 * compiler below) and, read by openapi.ts, document it. A route cannot be served without being documented.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

export interface ApiRoute<Q extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST';
  /** fastify syntax: `/api/events/:id`. */
  url: string;
  tag: string;
  summary: string;
  description?: string;
  query?: Q;
  params?: P;
  body?: B;
  /** The 200 body. */
  response: z.ZodType;
  /** Needs `Authorization: Bearer $DYAD_TOKEN` when a token is configured. */
  auth?: boolean;
  /** Largest request body in bytes (default: the server's). */
  bodyLimit?: number;
  handler(input: { query: z.output<Q>; params: z.output<P>; body: z.output<B>; request: FastifyRequest }, reply: FastifyReply): Promise<unknown>;
}

/** Keeps the generic types of one route while the list holds them all. */
export function defineRoute<Q extends z.ZodType = z.ZodNever, P extends z.ZodType = z.ZodNever, B extends z.ZodType = z.ZodNever>(
  r: ApiRoute<Q, P, B>,
): ApiRoute {
  return r as unknown as ApiRoute;
}

/** A request part that failed its schema; the error handler turns it into a 400 naming each field. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly part: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(`invalid ${part}: ${issues.map((i) => `${[part, ...i.path.map(String)].join('.')}: ${i.message}`).join('; ')}`);
  }
}

/** An error with an HTTP status, thrown by handlers. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

const PART: Record<string, string> = { querystring: 'query', params: 'path', body: 'body', headers: 'headers' };

export function useZodValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const zod = schema as unknown as z.ZodType;
    return (data: unknown) => {
      // fastify hands a missing body over as null; let the schema say what is missing
      const r = zod.safeParse(data ?? (httpPart === 'body' ? undefined : {}));
      return r.success ? { value: r.data } : { error: new RequestValidationError(PART[httpPart ?? ''] ?? 'request', r.error.issues) };
    };
  });
}

export function registerRoutes(app: FastifyInstance, routes: ApiRoute[], guard: (req: FastifyRequest) => void): void {
  for (const r of routes) {
    app.route({
      method: r.method,
      url: r.url,
      bodyLimit: r.bodyLimit,
      schema: {
        ...(r.query ? { querystring: r.query } : {}),
        ...(r.params ? { params: r.params } : {}),
        ...(r.body ? { body: r.body } : {}),
      },
      // before the body is read: an unauthorised caller gets nothing parsed
      onRequest: r.auth ? async (req) => guard(req) : undefined,
      handler: (request, reply) =>
        r.handler({ query: request.query as never, params: request.params as never, body: request.body as never, request }, reply),
    });
  }
}

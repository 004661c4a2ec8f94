/** The playground's endpoint: code pasted text with the full analysis, storing nothing. */
import { defineRoute } from '../api-route.js';
import { codeText } from '../code-text.js';
import type { ServerContext } from '../context.js';
import { CODE_MAX_CHARS, CodeRequest } from '../schemas/body.js';
import { CodeBody } from '../schemas/response.js';

export function codingRoutes(ctx: ServerContext) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/code',
      tag: 'coding',
      summary: 'Code pasted text without storing it: the events and the whole analysis (as `dyad explain`)',
      description: `At most ${CODE_MAX_CHARS} characters.`,
      bodyLimit: 256 * 1024,
      body: CodeRequest,
      response: CodeBody,
      handler: async ({ body }) => codeText(ctx.coder, body.text, body.date, ctx.codeLabel),
    }),
  ];
}

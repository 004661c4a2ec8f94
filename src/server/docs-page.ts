/**
 * `/api/docs`: the OpenAPI document as a readable page, rendered here (no CDN, no script). Every piece of text is
 * escaped; the style sheet is a separate file so the page passes the Content-Security-Policy.
 */
type Json = Record<string, unknown>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** `code` spans for `backticks` in already-escaped text. */
const inlineCode = (s: string) => escapeHtml(s).replace(/`([^`]+)`/g, '<code>$1</code>');

function typeOf(schema: Json | undefined): string {
  if (!schema) return '';
  if (schema.enum) return (schema.enum as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  const t = schema.type;
  const bits = [Array.isArray(t) ? t.join(' | ') : String(t ?? 'any')];
  if (schema.pattern) bits.push(`/${schema.pattern}/`);
  if (schema.minimum !== undefined || schema.maximum !== undefined) bits.push(`${schema.minimum ?? ''}…${schema.maximum ?? ''}`);
  if (schema.default !== undefined) bits.push(`default ${JSON.stringify(schema.default)}`);
  return bits.join(', ');
}

function operation(method: string, path: string, op: Json): string {
  const params = (op.parameters ?? []) as Json[];
  const body = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
  const responses = (op.responses ?? {}) as Record<string, Json>;
  const ok = (responses['200']?.content as Record<string, Json> | undefined)?.['application/json']?.schema;
  const rows = params
    .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${p.required ? 'yes' : ''}</td><td><code>${escapeHtml(typeOf(p.schema as Json))}</code></td><td>${inlineCode(String(p.description ?? ''))}</td></tr>`)
    .join('');
  return `<section class="op" id="${escapeHtml(op.operationId)}">
  <h3><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code>${op.security ? ' <span class="lock">token</span>' : ''}</h3>
  <p>${inlineCode(String(op.summary ?? ''))}</p>${op.description ? `<p class="more">${inlineCode(String(op.description))}</p>` : ''}
  ${rows ? `<table><thead><tr><th>parameter</th><th>in</th><th>required</th><th>type</th><th>meaning</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
  ${body ? `<details><summary>Request body (JSON)</summary><pre>${escapeHtml(JSON.stringify(body['application/json']?.schema, null, 2))}</pre></details>` : ''}
  ${ok ? `<details><summary>Response 200 (JSON)</summary><pre>${escapeHtml(JSON.stringify(ok, null, 2))}</pre></details>` : ''}
  <p class="codes">Other answers: ${Object.keys(responses).filter((c) => c !== '200').map(escapeHtml).join(', ')}</p>
</section>`;
}

export function renderDocsPage(doc: Json): string {
  const info = doc.info as Json;
  const tags = (doc.tags ?? []) as Json[];
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const sections = tags.map((t) => {
    const ops = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => (op.tags as string[]).includes(String(t.name)))
        .map(([m, op]) => operation(m, path, op)),
    );
    return ops.length ? `<h2>${escapeHtml(t.name)} <small>${escapeHtml(t.description)}</small></h2>${ops.join('\n')}` : '';
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)} ${escapeHtml(info.version)}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/api/docs.css"></head>
<body><main>
<h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1>
<p>${escapeHtml(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(doc.openapi)}). The dashboard: <a href="/">/</a>.
Errors are JSON: <code>{"error": {"status", "message", "issues"?}}</code>.</p>
${sections.join('\n')}
</main></body></html>`;
}

export const DOCS_CSS = `body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#f6f7f9;margin:0}
main{max-width:1000px;margin:0 auto;padding:24px 32px 64px}h1 small,h2 small{color:#667;font-weight:400;font-size:60%}
h2{margin-top:40px;border-bottom:1px solid #d8dce3;padding-bottom:4px;text-transform:capitalize}h2 small{text-transform:none}
.op{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:4px 18px 10px;margin:14px 0}
.op h3{font-size:16px;margin:12px 0 4px}.method{display:inline-block;min-width:52px;text-align:center;border-radius:4px;color:#fff;font-size:12px;padding:2px 6px}
.method.get{background:#2f6fb3}.method.post{background:#2f8a4f}.lock{font-size:11px;background:#fbe7c6;border-radius:4px;padding:1px 6px;color:#7a4b00}
table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}th,td{text-align:left;border-bottom:1px solid #eceef2;padding:4px 8px;vertical-align:top}
code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f0f2f5;border-radius:3px;padding:0 3px}
pre{background:#0f1724;color:#dbe4f0;padding:12px;border-radius:6px;overflow:auto;font-size:12px;max-height:420px}
details summary{cursor:pointer;color:#2f6fb3;margin:6px 0}.codes,.more{color:#556;font-size:13px}a{color:#2f6fb3}`;

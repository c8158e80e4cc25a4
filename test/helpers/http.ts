import { nodeHttpExchange, type HttpExchange, type HttpRequest, type HttpResponse } from "../../src/twingate/http-exchange";

/**
 * Test doubles of the client's one seam to the wire (src/twingate/http-exchange.ts).
 * - `recordingExchange`: no network at all; records every request (URL, headers, body) and
 *   answers from a function. For property tests: what was sent where, thousands of times, fast.
 * - `interceptingExchange`: the real exchange with hooks to rewrite a request's GraphQL
 *   variables or URL before it leaves, and the JSON of the answer after it comes back.
 */

export interface RecordedRequest {
  url: string;
  host: string;
  headers: Readonly<Record<string, string>>;
  body: string;
}

export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

function response(answer: FakeAnswer): HttpResponse {
  const headers = Object.fromEntries(Object.entries(answer.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const body = answer.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(answer.body) ? answer.body : Buffer.from(answer.body, "utf8");
  return {
    status: answer.status,
    headers: { get: (name) => headers[name.toLowerCase()] ?? null },
    body: (async function* () {
      if (body.length > 0) yield body;
    })(),
    discard: () => undefined,
  };
}

export function recordingExchange(answer: (request: RecordedRequest, index: number) => FakeAnswer): { http: HttpExchange; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const http: HttpExchange = async (req) => {
    const recorded = { url: req.url.href, host: req.url.host, headers: req.headers, body: req.body };
    requests.push(recorded);
    return response(answer(recorded, requests.length - 1));
  };
  return { http, requests };
}

export const jsonAnswer = (status: number, body: unknown, headers: Record<string, string> = {}): FakeAnswer => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

export interface Intercept {
  /** Rewrite the GraphQL variables in place; `index` counts requests from 1. */
  variables?: (variables: Record<string, unknown>, index: number) => void;
  /** Send somewhere else than the client decided (below the destination rule: a stand-in for a real host). */
  url?: (url: URL) => URL;
  /** Rewrite the decoded JSON answer in place, or act on it (mutate a tenant). */
  answer?: (json: unknown, index: number) => void;
}

export function interceptingExchange(intercept: Intercept, base: HttpExchange = nodeHttpExchange): HttpExchange {
  let index = 0;
  return async (req: HttpRequest) => {
    index++;
    let body = req.body;
    if (intercept.variables) {
      const parsed = JSON.parse(body) as { variables?: Record<string, unknown> };
      parsed.variables ??= {};
      intercept.variables(parsed.variables, index);
      body = JSON.stringify(parsed);
    }
    // Identity encoding so the answer can be read and rewritten here.
    const { "accept-encoding": _drop, ...headers } = req.headers;
    const url = intercept.url ? intercept.url(req.url) : req.url;
    const res = await base({ ...req, url, body, headers });
    if (!intercept.answer) return res;
    const chunks: Uint8Array[] = [];
    for await (const chunk of res.body) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString("utf8");
    let out = text;
    try {
      const json: unknown = JSON.parse(text);
      intercept.answer(json, index);
      out = JSON.stringify(json);
    } catch {
      // Not JSON: hand it back as it came.
    }
    const contentType = res.headers.get("content-type");
    return response({ status: res.status, headers: contentType === null ? {} : { "content-type": contentType }, body: out });
  };
}

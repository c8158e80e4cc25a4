/** Test helper: one GraphQL POST with plain fetch, returning status, headers and parsed body. */
export interface HttpReply {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined when the body is not JSON. */
  json: unknown;
}

export async function postGraphql(
  url: string,
  key: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<HttpReply> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key !== undefined) headers["X-API-KEY"] = key;
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return reply(res);
}

/** A GraphQL POST that must answer HTTP 200; returns the parsed body. */
export async function postOk(url: string, key: string, query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const r = await postGraphql(url, key, query, variables);
  if (r.status !== 200) throw new Error(`expected HTTP 200, got ${r.status}: ${r.text.slice(0, 300)}`);
  return obj(r.json);
}

export async function reply(res: Response): Promise<HttpReply> {
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Narrow a parsed body for assertions; throws if it is not an object. */
export function obj(value: unknown): Record<string, any> {
  if (typeof value !== "object" || value === null) throw new Error(`expected an object, got ${JSON.stringify(value)}`);
  return value as Record<string, any>;
}

import { request } from "node:https";

/** A raw HTTPS exchange with the simulator (no client code in the way), trusting its CA. */
export function httpsRequest(
  url: string,
  ca: string,
  /** `servername`: the TLS name to verify (default the URL's host), so a test can send another Host header. */
  options: { method?: string; headers?: Record<string, string>; body?: string; servername?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string; json: () => any }> {
  return new Promise((resolve, reject) => {
    const tls = options.servername === undefined ? {} : { servername: options.servername };
    const req = request(url, { method: options.method ?? "GET", ca, headers: options.headers ?? {}, ...tls }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) });
      });
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AddressInfo } from "node:net";

/** A tiny HTTP server on 127.0.0.1 for precise fault cases the simulator cannot produce. */

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type StubHandler = (req: RecordedRequest, res: ServerResponse, raw: IncomingMessage) => void;

export interface StubServer {
  port: number;
  /** `http://127.0.0.1:<port>/{network}` */
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function listen(server: Server, handler: StubHandler, scheme: "http" | "https"): Promise<StubServer> {
  const requests: RecordedRequest[] = [];
  server.on("request", (raw: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    raw.on("data", (c: Buffer) => chunks.push(c));
    raw.on("end", () => {
      const req = { method: raw.method ?? "", url: raw.url ?? "", headers: raw.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(req);
      handler(req, res, raw);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        port,
        baseUrl: `${scheme}://127.0.0.1:${port}/{network}`,
        requests,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

export function startStub(handler: StubHandler): Promise<StubServer> {
  return listen(createServer(), handler, "http");
}

/** HTTPS with a self-signed certificate for 127.0.0.1 (fixtures/), which clients must refuse. */
export function startTlsStub(handler: StubHandler): Promise<StubServer> {
  const dir = join(__dirname, "fixtures");
  const server = createTlsServer({ key: readFileSync(join(dir, "self-signed.key")), cert: readFileSync(join(dir, "self-signed.crt")) });
  return listen(server, handler, "https");
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** A port nothing listens on: bind, note the port, close. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createNetServer, type AddressInfo, type Server as NetServer, type Socket } from "node:net";
import { gzipSync } from "node:zlib";
import { SecretEchoes } from "../../src/secret-echoes";
import { base32 } from "../helpers/base32";

/**
 * A hostile Twingate API, written apart from the simulator (which models the real API): it
 * does what an attacker or a broken middlebox would. Every behaviour is chosen by the first
 * path segment, so a base URL selects it: `http://127.0.0.1:PORT/<mode>/{network}`.
 *
 * Modes (an `~<where>` suffix picks where the evil goes, see {@link Where}):
 * - `ok`                          well-formed answers (counts, probe "does not exist", a one-page preview)
 * - `echo-<encoding>~<where>`     echo the received X-API-KEY, encoded (see {@link ENCODINGS})
 * - `inject~<where>`              workflow commands, ANSI/OSC escapes, bidi controls, in the text
 * - `long~<where>`                a 10 MB message (a valid JSON body under the default size cap)
 * - `redirect-<n>`                a 308 to look-alike destination n of {@link lookalikes}
 * - `status-<code>`               that status, with a JSON body
 * - `probe-status-<code>`         reads answer fine, the write probe gets that status
 * - `probe-html` `probe-drop` `probe-redirect` `probe-hang`   write-probe faults
 * - `huge-body`                   200 MB streamed, no Content-Length
 * - `huge-length`                 Content-Length: 200 000 000, then streams
 * - `gzip-bomb`                   ~1 GiB of JSON-ish zeros in ~1 MB of gzip
 * - `huge-headers`                a 60 KB Location on a 308
 * - `bad-http`                    not HTTP at all
 * - `half-body`                   head and half a body, then the connection drops
 * - `drop`                        close the socket after reading the request
 * - `hang`                        read the request, never answer
 * - `html`                        a 200 login page
 * Plus two listeners of their own: `acceptCloseUrl` (accepts TCP and closes at once) and a
 * `trap` on 127.0.0.2 that records anything that reaches it (no key may ever arrive there).
 */

export type Where = "gql" | "400" | "403" | "probe" | "location" | "content-type" | "group" | "role";

export const ENCODINGS = [
  "plain",
  "upper",
  "lower",
  "json-escapes",
  "base64",
  "base64-offset1",
  "base64-offset2",
  "base64url",
  "hex",
  "percent",
  "percent-all",
  "html-entities",
  "partial",
  "split-escape",
  // Issue 8 finding 8: what the first redactor missed.
  "hex-spaced",
  "hex-0x",
  "char-spaced",
  "zero-width",
  "fullwidth",
  "double-percent",
  "es6-escapes",
  "html-no-semicolon",
  "quoted-printable",
  "base32",
  "base64-utf16le",
  "base64-wrapped",
  "octal",
  "css-escapes",
  "reversed",
] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** The key as the hostile server writes it back; `json-escapes` is applied to the JSON text itself. */
export function encodeKey(key: string, encoding: Encoding): string {
  const bytes = Buffer.from(key, "utf8");
  switch (encoding) {
    case "plain":
    case "json-escapes":
      return key;
    case "upper":
      return key.toUpperCase();
    case "lower":
      return key.toLowerCase();
    case "base64":
      return bytes.toString("base64");
    case "base64-offset1":
      return Buffer.concat([Buffer.from("k"), bytes]).toString("base64");
    case "base64-offset2":
      return Buffer.concat([Buffer.from("ke"), bytes]).toString("base64");
    case "base64url":
      return bytes.toString("base64url");
    case "hex":
      return bytes.toString("hex");
    case "percent":
      return encodeURIComponent(key);
    case "percent-all":
      return [...bytes].map((b) => `%${b.toString(16).padStart(2, "0").toUpperCase()}`).join("");
    case "html-entities":
      return [...key].map((c) => `&#${c.charCodeAt(0)};`).join("");
    case "partial":
      return key.slice(3, 3 + Math.max(12, Math.floor(key.length / 2)));
    case "split-escape":
      // Half plain, half \u-escaped (as literal text, after JSON decoding).
      return key.slice(0, Math.floor(key.length / 2)) + [...key.slice(Math.floor(key.length / 2))].map((c) => `\\u00${c.charCodeAt(0).toString(16)}`).join("");
    case "hex-spaced":
      return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join(" ");
    case "hex-0x":
      return [...bytes].map((b) => `0x${b.toString(16).padStart(2, "0")}`).join(",");
    case "char-spaced":
      return [...key].join(" ");
    case "zero-width":
      return [...key].join("\u200b");
    case "fullwidth":
      return [...key].map((c) => (/[A-Za-z0-9]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join("");
    case "double-percent":
      return [...bytes].map((b) => `%25${b.toString(16).padStart(2, "0")}`).join("");
    case "es6-escapes":
      return [...key].map((c) => `\\u{${c.charCodeAt(0).toString(16)}}`).join("");
    case "html-no-semicolon":
      return [...key].map((c) => `&#${c.charCodeAt(0)} `).join("");
    case "quoted-printable":
      return [...bytes].map((b) => `=${b.toString(16).padStart(2, "0").toUpperCase()}`).join("");
    case "base32":
      return base32(bytes);
    case "base64-utf16le":
      return Buffer.from(key, "utf16le").toString("base64");
    case "base64-wrapped":
      return (bytes.toString("base64").match(/.{1,10}/g) ?? []).join("\n");
    case "octal":
      return [...bytes].map((b) => `\\${b.toString(8)}`).join("");
    case "css-escapes":
      return [...bytes].map((b) => `\\${b.toString(16)} `).join("");
    case "reversed":
      return [...key].reverse().join("");
  }
}


/**
 * The leak check of every test against this server: does `output` give the key back? Two
 * searches: any 12-character run of the key or of exactly what the server sent (any case), and
 * the same normalised views the redactor's detector uses (NFKC, look-alikes, separators and
 * invisible characters dropped, escapes undone repeatedly, hex/base64/base32/UTF-16, reversed:
 * see src/secret-echoes.ts). Searching only runs would let a test pass while an encoded leak
 * (hex with spaces, one character at a time) is in the output.
 */
export function leakOf(output: string, key: string, sent?: string): string | null {
  const out = output.toLowerCase();
  for (const needle of sent === undefined ? [key] : [key, sent]) {
    const n = needle.toLowerCase();
    for (let i = 0; i + 12 <= n.length; i++) {
      const piece = n.slice(i, i + 12);
      if (out.includes(piece)) return piece;
    }
  }
  return new SecretEchoes(key).found(output) ? "(an encoded echo of the key, found in the normalised views)" : null;
}

/** JSON text with every character of every string written as a \u escape (`"\u0074gk_..."`). */
function jsonAllEscaped(value: unknown): string {
  return JSON.stringify(value).replace(/"((?:[^"\\]|\\.)*)"/g, (_m, inner: string) => {
    const decoded = JSON.parse(`"${inner}"`) as string;
    return `"${[...decoded].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}"`;
  });
}

/** Text that tries to run workflow commands and terminal escapes wherever it is printed. */
export const INJECTION =
  "\n::error title=Injected::the key is fine\n::set-output name=permission::write\n::add-mask::acme\n" +
  "\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\u001b[2J\u001b[31mRED\u001b[0m\u202egnp.exe\u2066\u200b\r::warning::x";

export interface RecordedRequest {
  mode: string;
  method: string;
  url: string;
  host: string;
  key: string | undefined;
  operation: string | undefined;
  at: "main" | "trap";
}

export interface HostileServer {
  port: number;
  /** `http://127.0.0.1:PORT/<mode>/{network}` */
  baseUrl(mode: string): string;
  /** A listener that accepts TCP connections and closes them at once; as a base URL template. */
  acceptCloseUrl: string;
  /** Where look-alike redirects point on loopback: 127.0.0.2 (a different host). */
  trapHost: string;
  trapPort: number;
  requests: RecordedRequest[];
  /** Requests that reached the trap (must stay empty of keys). */
  trapped(): RecordedRequest[];
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, raw?: string): void {
  const text = raw ?? JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

const COUNTS = { data: { users: { totalCount: 3, pageInfo: { hasNextPage: true } }, groups: { totalCount: 2, pageInfo: { hasNextPage: false } } } };
const PROBE_WRITE = { data: { groupUpdate: { ok: false, error: "Group does not exist." } } };

function previewBatch(groupName: string, role: string): unknown {
  const page = (edges: unknown[]) => ({ totalCount: edges.length, pageInfo: { hasNextPage: false, endCursor: null }, edges });
  return {
    data: {
      users: page([{ node: { id: "VXNlcjox", role, state: "ACTIVE", type: "MANUAL" } }]),
      groups: page([{ node: { id: "R3JvdXA6MQ==", name: groupName, type: "MANUAL", isActive: true, users: page([{ node: { id: "VXNlcjox", state: "ACTIVE" } }]) } }]),
    },
  };
}

/** Look-alike destinations a redirect may point to (issue 8 §1 and relatives). */
export function lookalikes(trapHost: string, trapPort: number, port: number, key: string): string[] {
  return [
    "https://acme.twingate.com.evil.example/api/graphql/",
    "https://acme.evil.example/api/graphql/",
    `http://${trapHost}:${trapPort}/acme/api/graphql/`,
    `http://127.0.0.1.${trapHost}.nip.io:${port}/acme/api/graphql/`,
    `http://acme@${trapHost}:${trapPort}/acme/api/graphql/`,
    `http://127.0.0.1:${port}@${trapHost}:${trapPort}/acme/api/graphql/`,
    `//${trapHost}:${trapPort}/acme/api/graphql/`,
    `/\\${trapHost}:${trapPort}/acme/api/graphql/`,
    `http://127.0.0.1:${port}/acme/../../evil/api/graphql/`,
    `http://127.0.0.1:${port}/evil/api/graphql/`,
    `http://127.0.0.1:${trapPort === port ? port + 1 : trapPort}/acme/api/graphql/`,
    `https://127.0.0.1:${port}/acme/api/graphql/`,
    `http://127.0.0.1:${port}/acme.us1.evil/api/graphql/`,
    `http://0x7f.2:${trapPort}/acme/api/graphql/`,
    `http://[::1]:${port}/acme/api/graphql/`,
    `http://xn--cme-5cd.127.0.0.1.nip.io:${port}/acme/api/graphql/`,
    `http://127.0.0.1:${port}/acme/api/graphql/?key=${encodeURIComponent(key)}`,
    `http://${trapHost}:${trapPort}/${Buffer.from(key).toString("base64url")}`,
  ];
}

export async function startHostileServer(): Promise<HostileServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  // ~1 GiB of zeros as 64 gzip members of 16 MiB each: ~1 MB on the wire.
  let bomb: Buffer | undefined;
  const gzipBomb = (): Buffer => {
    if (!bomb) {
      const member = gzipSync(Buffer.alloc(16 * 1024 * 1024, 0x30), { level: 9 });
      bomb = Buffer.concat(Array.from({ length: 64 }, () => member));
    }
    return bomb;
  };

  let port = 0;
  let trapPort = 0;
  const trapHost = "127.0.0.2";

  const handle = (at: "main" | "trap") => (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let operation: string | undefined;
      try {
        operation = (JSON.parse(body) as { operationName?: string }).operationName;
      } catch {
        operation = undefined;
      }
      const mode = (req.url ?? "/").split("/")[1] ?? "";
      const key = typeof req.headers["x-api-key"] === "string" ? req.headers["x-api-key"] : undefined;
      requests.push({ mode, method: req.method ?? "", url: req.url ?? "", host: req.headers.host ?? "", key, operation, at });
      if (at === "trap") return json(res, 200, COUNTS);
      respond(mode, key ?? "", operation, req, res);
    });
  };

  const respond = (mode: string, key: string, operation: string | undefined, req: IncomingMessage, res: ServerResponse): void => {
    const [kind, where] = mode.split("~") as [string, Where | undefined];
    const isProbe = operation === "WritePermissionProbe";
    const isPreview = operation === "PreviewBatch";
    const normal = (): void => json(res, 200, isProbe ? PROBE_WRITE : isPreview ? previewBatch("Engineering", "MEMBER") : COUNTS);

    // Text carrying the evil for this mode (echo, injection or a very long message).
    let evil: string | undefined;
    let allEscaped = false;
    if (kind.startsWith("echo-")) {
      const encoding = kind.slice("echo-".length) as Encoding;
      evil = `token ${encodeKey(key, encoding)} was rejected`;
      allEscaped = encoding === "json-escapes";
    } else if (kind === "inject") {
      evil = `denied${INJECTION}`;
    } else if (kind === "long") {
      evil = `${"A".repeat(5 * 1024 * 1024)}${INJECTION}${"B".repeat(5 * 1024 * 1024)}`;
    }
    if (evil !== undefined) {
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) =>
        json(res, status, body, headers, allEscaped ? jsonAllEscaped(body) : undefined);
      switch (where ?? "gql") {
        case "gql":
          return send(200, { data: null, errors: [{ message: evil, path: ["users"] }] });
        case "400":
          return send(400, { errors: [{ message: evil }] });
        case "403":
          return send(403, { errors: [{ message: evil }] });
        case "probe":
          return isProbe ? send(200, { data: { groupUpdate: { ok: false, error: evil } } }) : normal();
        case "location":
          res.writeHead(308, { location: `http://evil.example/${encodeURI(evil.replace(/[\r\n]/g, " "))}` });
          return void res.end();
        case "content-type":
          res.writeHead(200, { "content-type": `text/${evil.replace(/[^\x20-\x7e]/g, "?")}` });
          return void res.end("{}");
        case "group":
          return isPreview ? send(200, previewBatch(evil, "MEMBER")) : normal();
        case "role":
          return isPreview ? send(200, previewBatch("Engineering", evil)) : normal();
      }
    }

    if (kind === "ok") return normal();
    if (kind.startsWith("redirect-")) {
      const n = Number(kind.slice("redirect-".length));
      const target = lookalikes(trapHost, trapPort, port, key)[n];
      res.writeHead(308, { location: target ?? "/" });
      return void res.end();
    }
    if (kind.startsWith("status-")) {
      const status = Number(kind.slice("status-".length));
      return json(res, status, { errors: [{ message: `status ${status}` }] });
    }
    if (kind.startsWith("probe-")) {
      if (!isProbe) return normal();
      const fault = kind.slice("probe-".length);
      if (fault.startsWith("status-")) return json(res, Number(fault.slice("status-".length)), { errors: [{ message: "upstream trouble" }] });
      if (fault === "html") {
        res.writeHead(200, { "content-type": "text/html" });
        return void res.end("<!doctype html><html><body>Sign in</body></html>");
      }
      if (fault === "drop") return void req.socket.destroy();
      if (fault === "hang") return;
      if (fault === "redirect") {
        res.writeHead(308, { location: "https://evil.example/api/graphql/" });
        return void res.end();
      }
    }
    switch (kind) {
      case "huge-body":
      case "huge-length": {
        res.writeHead(200, { "content-type": "application/json", ...(kind === "huge-length" ? { "content-length": "200000000" } : {}) });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const pump = (): void => {
          while (sent < 200 && !res.destroyed) {
            sent++;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.write('{"data": {"users": "');
        return pump();
      }
      case "gzip-bomb":
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        return void res.end(gzipBomb());
      case "huge-headers":
        res.writeHead(308, { location: `/${"a".repeat(60 * 1024)}` });
        return void res.end();
      case "bad-http":
        req.socket.end("HELLO, THIS IS NOT HTTP\r\n\r\n");
        return;
      case "half-body":
        res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
        res.write('{"data": {"users": {');
        setTimeout(() => req.socket.destroy(), 20);
        return;
      case "drop":
        return void req.socket.destroy();
      case "hang":
        return;
      case "html":
        res.writeHead(200, { "content-type": "text/html" });
        return void res.end("<!DOCTYPE html><html><body>Sign in</body></html>");
      default:
        return json(res, 404, { errors: [{ message: "no such mode" }] });
    }
  };

  const track = (server: Server | NetServer): void => {
    server.on("connection", (s: Socket) => {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
    });
  };
  const listen = (server: Server | NetServer, host: string, wanted: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(wanted, host, () => resolve((server.address() as AddressInfo).port));
    });

  const main = createHttpServer(handle("main"));
  track(main);
  port = await listen(main, "127.0.0.1", 0);
  const trap = createHttpServer(handle("trap"));
  track(trap);
  // Same port on another loopback address when free, so only the host differs.
  try {
    trapPort = await listen(trap, trapHost, port);
  } catch {
    trapPort = await listen(trap, trapHost, 0);
  }
  const acceptClose = createNetServer((s) => s.destroy());
  track(acceptClose);
  const acceptClosePort = await listen(acceptClose, "127.0.0.1", 0);

  return {
    port,
    baseUrl: (mode) => `http://127.0.0.1:${port}/${mode}/{network}`,
    acceptCloseUrl: `http://127.0.0.1:${acceptClosePort}/{network}`,
    trapHost,
    trapPort,
    requests,
    trapped: () => requests.filter((r) => r.at === "trap"),
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all([main, trap, acceptClose].map((s) => new Promise<void>((r) => s.close(() => r()))));
    },
  };
}

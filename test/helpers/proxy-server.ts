import { connect, createServer, type AddressInfo, type Socket } from "node:net";
import { createServer as createTlsServer } from "node:tls";

/**
 * An HTTP proxy on 127.0.0.1 written for the tests from RFC 9110 §9.3.6 (CONNECT) and RFC 9112
 * §3.2.2 (absolute-form), independent of the client's code: it reads request heads with its own
 * parser, opens tunnels and forwards absolute-form requests to the host `upstream` maps each
 * target to, and misbehaves on demand (statuses, garbage, silence, an endless head). It records
 * every byte the client sent it, so a test can prove what a proxy saw.
 */

export type ProxyBehaviour =
  | { kind: "forward" }
  /** Answer every request with this status (407 carries Proxy-Authenticate: `authenticate`, default Basic). */
  | { kind: "status"; status: number; authenticate?: string }
  /** Forward only with these credentials (`user:password`), else 407. */
  | { kind: "auth"; credentials: string }
  | { kind: "garbage" }
  /** An answer head that never ends (64 KiB of one header, then more). */
  | { kind: "endless-head" }
  /** Accept, read the request, never answer. */
  | { kind: "silent" }
  /** Answer CONNECT 200, then write plain text into the tunnel instead of connecting it. */
  | { kind: "plain-after-connect" }
  /** Accept, read the request, close. */
  | { kind: "close" };

export interface ProxySeen {
  method: string;
  target: string;
  proxyAuthorization: string | undefined;
  userAgent: string | undefined;
}

export interface TestProxy {
  port: number;
  /** `http://127.0.0.1:<port>` */
  url: string;
  seen: ProxySeen[];
  /** Everything any client sent to the proxy, concatenated per connection. */
  received(): Buffer;
  behave(behaviour: ProxyBehaviour): void;
  close(): Promise<void>;
}

const MAX_HEAD = 64 * 1024;

function parseHead(head: string): { method: string; target: string; headers: Map<string, string> } | undefined {
  const lines = head.split("\r\n");
  const [method, target, version] = (lines[0] ?? "").split(" ");
  if (method === undefined || target === undefined || version === undefined || !version.startsWith("HTTP/1.")) return undefined;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { method, target, headers };
}

export async function startTestProxy(upstream: (host: string, port: number) => { host: string; port: number } | undefined): Promise<TestProxy> {
  let behaviour: ProxyBehaviour = { kind: "forward" };
  const seen: ProxySeen[] = [];
  const received: Buffer[] = [];
  const sockets = new Set<Socket>();

  const answer = (socket: Socket, status: number, extra = ""): void => {
    socket.end(`HTTP/1.1 ${status} Test Proxy\r\n${extra}Content-Length: 0\r\nConnection: close\r\n\r\n`);
  };

  const forward = (socket: Socket, method: string, target: string, head: string, rest: Buffer): void => {
    if (method === "CONNECT") {
      const colon = target.lastIndexOf(":");
      const to = upstream(target.slice(0, colon).replace(/^\[|\]$/g, ""), Number(target.slice(colon + 1)));
      if (to === undefined) return answer(socket, 502);
      const up = connect(to.port, to.host, () => {
        socket.write("HTTP/1.1 200 Connection established\r\n\r\n");
        if (rest.length > 0) up.write(rest);
        socket.pipe(up).pipe(socket);
      });
      sockets.add(up);
      up.on("error", () => socket.destroy());
      socket.on("error", () => up.destroy());
      return;
    }
    // absolute-form: one request per connection, sent on in origin-form.
    const url = new URL(target);
    const to = upstream(url.hostname, Number(url.port || 80));
    if (to === undefined) return answer(socket, 502);
    const lines = head.split("\r\n").filter((l) => !/^(proxy-authorization|proxy-connection|connection):/i.test(l));
    lines[0] = `${method} ${url.pathname}${url.search} HTTP/1.1`;
    const up = connect(to.port, to.host, () => {
      up.write(`${lines.join("\r\n")}\r\nConnection: close\r\n\r\n`);
      if (rest.length > 0) up.write(rest);
      socket.pipe(up);
      up.pipe(socket);
    });
    sockets.add(up);
    up.on("error", () => socket.destroy());
    socket.on("error", () => up.destroy());
  };

  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      received.push(chunk);
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf("\r\n\r\n");
      if (end < 0) {
        if (buffered.length > MAX_HEAD) socket.destroy();
        return;
      }
      socket.off("data", onData);
      // Later bytes of this connection are still recorded (the tunnel's TLS, a body).
      socket.on("data", (more: Buffer) => received.push(more));
      const head = buffered.subarray(0, end).toString("latin1");
      const rest = buffered.subarray(end + 4);
      const parsed = parseHead(head);
      if (parsed === undefined) return void socket.destroy();
      const { method, target, headers } = parsed;
      seen.push({ method, target, proxyAuthorization: headers.get("proxy-authorization"), userAgent: headers.get("user-agent") });
      switch (behaviour.kind) {
        case "forward":
          return forward(socket, method, target, head, rest);
        case "auth": {
          const expected = `Basic ${Buffer.from(behaviour.credentials).toString("base64")}`;
          if (headers.get("proxy-authorization") !== expected) return answer(socket, 407, 'Proxy-Authenticate: Basic realm="test"\r\n');
          return forward(socket, method, target, head, rest);
        }
        case "status":
          return answer(socket, behaviour.status, behaviour.status === 407 ? `Proxy-Authenticate: ${behaviour.authenticate ?? 'Basic realm="test"'}\r\n` : "");
        case "garbage":
          return void socket.end("SSH-2.0-OpenSSH_9.6\r\n\r\n");
        case "endless-head": {
          socket.write(`HTTP/1.1 200 OK\r\nX-Pad: ${"a".repeat(MAX_HEAD)}`);
          const timer = setInterval(() => socket.write("a".repeat(1024)), 5);
          socket.on("close", () => clearInterval(timer));
          return;
        }
        case "silent":
          return;
        case "plain-after-connect":
          return void socket.end("HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 403 Forbidden\r\nContent-Length: 7\r\n\r\nblocked");
        case "close":
          return void socket.destroy();
      }
    };
    socket.on("data", onData);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    seen,
    received: () => Buffer.concat(received),
    behave: (next) => {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * TLS in front of a plain-HTTP server on 127.0.0.1 (the simulator): what a proxy's tunnel reaches
 * for an https Twingate host. `cert`/`key` are for the host name the client asks for.
 */
export async function startTlsFront(targetPort: number, identity: { cert: string; key: string }): Promise<{ port: number; close(): Promise<void> }> {
  const server = createTlsServer(identity, (tls) => {
    const up = connect(targetPort, "127.0.0.1");
    tls.pipe(up).pipe(tls);
    up.on("error", () => tls.destroy());
    tls.on("error", () => up.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { createServer, type Socket } from "node:net";

/**
 * The plugin's listening socket, bound before its gRPC server exists. go-plugin's Serve prints the
 * handshake as soon as it listens; so does this, before the process loads Node's `tls` and `http2`
 * and the provider itself. Terraform may connect as soon as it reads the handshake line: the kernel
 * accepts the connection, and its first bytes (the TLS ClientHello) wait unread until `handOver`
 * gives it to the HTTP/2 server, which then handles it as one it had accepted itself.
 */
export interface PluginListener {
  /** The port bound; 0 for a unix socket. */
  port: number;
  /** What was bound: `unix:///abs/path.sock` or `host:port`. */
  target: string;
  /**
   * Hands every connection to `accept`, the waiting ones now, later ones as they come; each arrives
   * paused (nothing read). Called once.
   */
  handOver(accept: (socket: Socket) => void): void;
  /** Stops accepting, and destroys the connections not handed over. Resolves when closed. */
  close(): Promise<void>;
}

/** Binds `target` (`unix:///abs/path.sock`, or `host:port` where port 0 picks one). Rejects with the bind error (e.g. EADDRINUSE). */
export function bindListener(target: string): Promise<PluginListener> {
  let accept: ((socket: Socket) => void) | undefined;
  const waiting = new Set<Socket>();
  // Paused: nothing is read from a connection before the server it is handed to reads it.
  const listener = createServer({ pauseOnConnect: true }, (socket) => {
    if (accept) return accept(socket);
    waiting.add(socket);
    socket.once("close", () => waiting.delete(socket));
  });
  return new Promise((resolve, reject) => {
    listener.once("error", reject);
    const bound = (): void => {
      listener.off("error", reject);
      // A failed accept (e.g. EMFILE) must not end the process; the client sees its connect fail.
      listener.on("error", () => undefined);
      const address = listener.address();
      resolve({
        port: typeof address === "object" && address ? address.port : 0,
        target,
        handOver(to) {
          if (accept) throw new Error("a plugin listener is handed over once");
          accept = to;
          for (const socket of waiting) to(socket);
          waiting.clear();
        },
        close() {
          for (const socket of waiting) socket.destroy();
          waiting.clear();
          return new Promise((done) => (listener.listening ? listener.close(() => done()) : done()));
        },
      });
    };
    const unix = /^unix:(?:\/\/)?(\/.*)$/.exec(target);
    if (unix?.[1]) listener.listen(unix[1], bound);
    else {
      const colon = target.lastIndexOf(":");
      listener.listen(Number(target.slice(colon + 1)), target.slice(0, colon).replace(/^\[|\]$/g, ""), bound);
    }
  });
}

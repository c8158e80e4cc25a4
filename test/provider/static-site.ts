import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { join, normalize, sep } from "node:path";

/** A static file server over HTTPS on 127.0.0.1 (Content-Type as the mirror protocol needs: JSON for .json). */
export interface StaticSite {
  server: Server;
  url: string;
  requests: string[];
  /** Maps a request path to a file path under the root (default: itself). */
  rewrite: (path: string) => string;
}

export async function serveStatic(root: string, certPem: string, keyPem: string): Promise<StaticSite> {
  const requests: string[] = [];
  const site = { requests, rewrite: (p: string) => p } as StaticSite;
  const server = createServer({ key: keyPem, cert: certPem }, (req, res) => {
    const url = site.rewrite(decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/"));
    requests.push(url);
    const file = normalize(join(root, url));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": file.endsWith(".json") ? "application/json" : "application/zip", "content-length": statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return Object.assign(site, { server, url: `https://localhost:${(server.address() as AddressInfo).port}/` });
}

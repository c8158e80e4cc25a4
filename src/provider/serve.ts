// What a provider process runs once bootstrap.ts has made its refusals: go-plugin's side of the
// process. It prints the handshake Terraform waits for (announce.ts: cookie, certificate, socket)
// before it loads anything else, then serves the socket (plugin.ts): go-plugin's own methods and
// the replies fixed at build time (the schema) are answered here, and the provider itself
// (main.ts, lazy module "main") is compiled only at the first call that needs it. Terraform's first
// process of each command asks only for the schema, and so never compiles it.
//
// scripts/build.mjs carries this module in the bundle as lazy module "serve", which the bootstrap
// compiles with the V8 code cache (lazy-module.ts) at every start: compiled from source, its
// functions cost each of a plan's three processes a few ms of lazy compilation.
import { announce } from "../tfplugin/server/announce";
import { servePlugin } from "../tfplugin/server/plugin";
import { CODE_CACHE_OFF, codeCacheProblem } from "./code-cache-notice";
import type { CodeCachePlace } from "./load-engine";
import type { ProviderMain } from "./main";

/** Base64 protobuf replies by method path, computed by scripts/build.mjs from main.ts (`fixedRepliesBase64`). */
declare const __C1TG_FIXED_REPLIES__: Record<string, string> | undefined;

export interface ServeOptions {
  /** e.g. "c1twingate.invalid/local/c1twingate": named in debug mode's TF_REATTACH_PROVIDERS. */
  providerAddress: string;
  /** The provider's type name (`c1twingate`). */
  typeName: string;
  /** The provider (lazy module "main"), compiled at the first call that needs it. */
  provider: () => ProviderMain;
  /**
   * The code-cache place (load-engine.ts `codeCachePlace`): its directory keeps the TLS key and
   * certificate too; a place that cannot be used (refused, or one this user cannot write) is logged
   * as a warning (code-cache-notice.ts).
   */
  cachePlace: CodeCachePlace;
}

/** What bootstrap.ts calls. */
export interface ProviderServe {
  serve(options: ServeOptions): void;
}

export function serve(options: ServeOptions): void {
  const place = options.cachePlace;
  const cacheDir = "dir" in place ? place.dir : undefined;
  void announce({ providerAddress: options.providerAddress, typeName: options.typeName, ...(cacheDir === undefined ? {} : { identityCacheDir: cacheDir }) }).then((announced) => {
    if (!announced) return;
    // Judged after the handshake line (a stat or two), and logged once the server is up.
    const cacheProblem = codeCacheProblem(place);
    const fixed = typeof __C1TG_FIXED_REPLIES__ === "undefined" ? {} : __C1TG_FIXED_REPLIES__;
    try {
      servePlugin(announced, {
        typeName: options.typeName,
        fixedReplies: new Map(Object.entries(fixed).map(([path, base64]) => [path, Buffer.from(base64, "base64")])),
        provider: (log) => options.provider().providerService(log),
        ...(cacheProblem === undefined ? {} : { startupWarnings: [{ message: CODE_CACHE_OFF, fields: { ...cacheProblem } }] }),
      });
    } catch (error) {
      // Terraform already has the handshake and waits for the socket: say why on stderr (its log)
      // and exit, instead of leaving a process that holds the socket and never answers.
      const reason = error instanceof Error ? error.message : String(error);
      let message = `the c1twingate provider could not serve its socket after the handshake: ${reason}`;
      // Whatever the cause, the TLS key and certificate it used are not kept for the next process.
      announced.dropIdentity();
      if (announced.certReused && cacheDir !== undefined) message += `. It used the TLS key and certificate kept in ${cacheDir}; they were removed, and the next run makes new ones`;
      process.stderr.write(`${message}\n`);
      announced.cleanup();
      process.exit(1);
    }
  });
}

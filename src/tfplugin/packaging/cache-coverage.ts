/**
 * What a process did, for its V8 code caches (lazy-module.ts `compileCommonJs`): a cache holds the
 * functions compiled by the process that wrote it, and Terraform's provider processes do different
 * things. The one that answers only the schema writes go-plugin's side's cache (lazy module
 * `serve`) first, the validating one writes the provider's (`main`), and the planning process,
 * which runs far more of both, then compiled its part of them from source at every plan (~8–15 ms
 * of CPU). So each process notes what it served (the gRPC method paths, grpc-server.ts), each cache
 * records what its writer had served, and a process that served something its cache's writer had
 * not writes the cache again at exit: then it holds the functions of both (V8 serialises every
 * compiled function, those it read from the cache included), and after a plan or two no process
 * writes any more.
 *
 * Kept on `globalThis` under a registered symbol: the provider's bootstrap, `serve` and `main` are
 * bundled apart, so each has its own copy of this module, and all must share one record.
 */

const KEY = Symbol.for("tfplugin.cache-coverage");

function record(): Set<string> {
  const global = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  let set = global[KEY];
  if (set === undefined) {
    set = new Set();
    global[KEY] = set;
  }
  return set;
}

/** Notes that this process did `what` (e.g. a gRPC method path). */
export function noteCoverage(what: string): void {
  record().add(what);
}

/** What this process has done so far, sorted. */
export function coverage(): string[] {
  return [...record()].sort();
}

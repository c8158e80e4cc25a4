import { statSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
import { absolutePath } from "../tfplugin/packaging/absolute-path";
import { compileCommonJs, readLazyModuleBytes } from "../tfplugin/packaging/lazy-module";
import { privatePlace } from "../tfplugin/packaging/private-file";

type Engine = typeof import("./engine");

/**
 * True in the bundle scripts/build.mjs writes (esbuild `define`): the engine then rides in the
 * bundle as a lazy module. Undefined when running from TypeScript sources (jest, tsx), where a
 * plain require does the job.
 */
declare const __C1TG_ENGINE_EMBEDDED__: boolean | undefined;

let engine: Engine | undefined;

/**
 * Terraform starts a provider process per phase (schema, validate, plan, apply) and only some
 * of them check credentials. Compiling the engine (client, reconciler, zod, graphql: most of the
 * code) only when a check runs cuts every process's start-up; the bundle stays one file.
 */
export function loadEngine(): Engine {
  if (engine !== undefined) return engine;
  if (typeof __C1TG_ENGINE_EMBEDDED__ === "boolean") {
    const { factory } = compileCommonJs(readLazyModuleBytes("engine", __filename), `${__filename}/engine.js`, trustedCodeCacheDir());
    const mod = { exports: {} };
    factory(mod.exports, require, mod, __filename, __dirname);
    engine = mod.exports as Engine;
  } else {
    engine = require("./engine") as Engine;
  }
  return engine;
}

/**
 * Where the V8 code caches (the provider's, its engine's, the CLI's) live: `$C1TG_CODE_CACHE_DIR`
 * (a relative one from the current directory), else `$XDG_CACHE_HOME/c1-twingate/v8` (when
 * absolute), else `~/.cache/c1-twingate/v8`; none (compile as usual)
 * with `C1TG_CODE_CACHE_DIR=off` or when there is no home directory (`home` throws, as
 * os.homedir does for a user without one).
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, home: () => string = homedir): string | undefined {
  if (env.C1TG_CODE_CACHE_DIR === "off") return undefined;
  if (env.C1TG_CODE_CACHE_DIR) return absolutePath(env.C1TG_CODE_CACHE_DIR);
  // The XDG Base Directory spec: a relative XDG_CACHE_HOME is invalid and ignored.
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(absolutePath(env.XDG_CACHE_HOME), "c1-twingate", "v8");
  let dir = env.HOME;
  if (!dir) {
    try {
      dir = home();
    } catch {
      // No HOME and no home directory for this user (os.homedir throws): no cache, not a crash.
      return undefined;
    }
  }
  if (!dir) return undefined;
  // A home that does not exist (Debian's /nonexistent for service users) means no cache: making
  // the cache dir would create the home itself.
  const base = absolutePath(dir);
  if (!isDirectory(base)) return undefined;
  // The base made absolute before anything is joined to it: join would read a `..` in it textually.
  return join(base, ".cache", "c1-twingate", "v8");
}

let trusted: { dir: string | undefined } | undefined;

/**
 * The code-cache directory of this process (codeCacheDir), by its real path, when it can be
 * trusted (private-file.ts privatePlace): it, or the directories that will hold it, and every one
 * above them belong to this user or root and no one else may write them (unless sticky, as /tmp),
 * and no symbolic link on the way is someone else's; else none, and the code is compiled as usual.
 * A cache there is code, and the provider's TLS key is kept there (plugin-identity.ts): a place
 * someone else controls on the way would choose where they go. Decided once per process.
 */
export function trustedCodeCacheDir(): string | undefined {
  if (trusted === undefined) {
    let dir: string | undefined;
    try {
      dir = codeCacheDir();
    } catch {
      dir = undefined; // a `..` after someone else's link (absolute-path.ts): no cache rather than theirs
    }
    const place = dir === undefined ? undefined : privatePlace(dir, { ownPlaceFix: "", unreadableFix: "" });
    trusted = { dir: place !== undefined && "root" in place ? place.root : undefined };
  }
  return trusted.dir;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

import { statSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
import { absolutePath } from "../tfplugin/packaging/absolute-path";
import { compileCommonJs, readLazyModuleBytes } from "../tfplugin/packaging/lazy-module";
import { privatePlace, type PrivacyProblem } from "../tfplugin/packaging/private-file";

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
  const given = env.C1TG_CODE_CACHE_DIR;
  // `off`, and the other ways people write it (never a directory named OFF beside the configuration).
  if (/^\s*(off|false|no|none|0|disabled?)\s*$/i.test(given ?? "")) return undefined;
  // `~` or `$NAME` no shell expanded (set in a YAML file, a .env): never a directory of that name.
  if (given && /^~|\$/.test(given)) throw new RangeError(`C1TG_CODE_CACHE_DIR holds ${given.startsWith("~") ? "~" : "$"}, which no shell expanded: give the directory's full path`);
  if (given) return absolutePath(given);
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

/**
 * Where a process keeps its code caches (codeCacheDir, judged by private-file.ts privatePlace):
 * the directory by its real path; `off` when there is none to use (C1TG_CODE_CACHE_DIR=off, no home
 * directory); `refused` with the place and why, when it is not private: it, or the directories that
 * will hold it, or one above them belongs to someone else or others may write it (unless sticky,
 * as /tmp), or a symbolic link on the way is someone else's. A cache there is code, and the
 * provider's TLS key is kept there (plugin-identity.ts): a place someone else controls on the way
 * would choose where they go, so the code is then compiled as usual.
 */
export type CodeCachePlace = { dir: string } | { off: true } | { refused: string; problem: PrivacyProblem };

/** Judges this environment's code-cache place (see {@link CodeCachePlace}); a few stats, no directory made. */
export function judgeCodeCachePlace(env: NodeJS.ProcessEnv = process.env, home: () => string = homedir): CodeCachePlace {
  let dir: string | undefined;
  try {
    dir = codeCacheDir(env, home);
  } catch (error) {
    // A `..` after someone else's link (absolute-path.ts, whose message names the path and its fix):
    // no cache rather than theirs. The place named as codeCacheDir chose it.
    const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? `${env.XDG_CACHE_HOME}/c1-twingate/v8` : undefined;
    return { refused: env.C1TG_CODE_CACHE_DIR || xdg || `${env.HOME ?? "~"}/.cache/c1-twingate/v8`, problem: { reason: (error as Error).message, fix: "" } };
  }
  if (dir === undefined) return { off: true };
  // Fixes where the place has its own (chmod); code-cache-notice.ts adds the general one.
  const place = privatePlace(dir, { ownPlaceFix: "", unreadableFix: "" });
  return "root" in place ? { dir: place.root } : { refused: dir, problem: place.problem };
}

let judged: CodeCachePlace | undefined;

/** This process's code-cache place ({@link judgeCodeCachePlace}), decided once per process. */
export function codeCachePlace(): CodeCachePlace {
  judged ??= judgeCodeCachePlace();
  return judged;
}

/** The code-cache directory of this process when it can be trusted ({@link codeCachePlace}), else none. */
export function trustedCodeCacheDir(): string | undefined {
  const place = codeCachePlace();
  return "dir" in place ? place.dir : undefined;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

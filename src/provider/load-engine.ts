import { runInThisContext } from "node:vm";

type Engine = typeof import("./engine");

/**
 * The engine's bundled source, put here by scripts/build.mjs (esbuild `define`); undefined
 * when running from TypeScript sources (jest, tsx), where a plain require does the job.
 */
declare const __C1TG_ENGINE_SOURCE__: string | undefined;

let engine: Engine | undefined;

/**
 * Terraform starts a provider process per phase (schema, validate, plan, apply) and only some
 * of them check credentials. Compiling the engine (two thirds of the bundle) only when a check
 * runs cuts every process's start-up; the bundle stays one self-contained file.
 */
export function loadEngine(): Engine {
  if (engine !== undefined) return engine;
  if (typeof __C1TG_ENGINE_SOURCE__ === "string") {
    // The same wrapper Node puts around a CommonJS module.
    const factory = runInThisContext(`(function (exports, require, module, __filename, __dirname) {${__C1TG_ENGINE_SOURCE__}\n})`, {
      filename: `${__filename}/engine.js`,
    }) as (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;
    const mod = { exports: {} };
    factory(mod.exports, require, mod, __filename, __dirname);
    engine = mod.exports as Engine;
  } else {
    engine = require("./engine") as Engine;
  }
  return engine;
}

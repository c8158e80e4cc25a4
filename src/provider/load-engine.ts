import { runInThisContext } from "node:vm";
import { readLazyModule } from "../tfplugin/packaging/lazy-module";

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
    const source = readLazyModule("engine", __filename);
    // The same wrapper Node puts around a CommonJS module.
    const factory = runInThisContext(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
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

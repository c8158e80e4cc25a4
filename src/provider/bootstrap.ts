// What the provider bundle runs first (scripts/build.mjs): the provider itself (main.ts) rides in the
// bundle as lazy module "main" and is compiled here with the V8 code cache the engine already uses
// (load-engine.ts), so a process skips most parsing and compiling of it after the first run on a
// machine (bench/provider.bench.ts: CPU time to the handshake). In a single executable "main" is a
// SEA asset, read the same way.
import { setFlagsFromString } from "node:v8";
import { runLazyModule } from "../tfplugin/packaging/lazy-module";
import { codeCacheDir } from "./load-engine";

// main.ts sets this flag too (see why there); it must be in force before the compile, since V8 only
// accepts a code cache made under the same flags.
setFlagsFromString("--liftoff-only");
runLazyModule("main", __filename, require, codeCacheDir());

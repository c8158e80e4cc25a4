import { en } from "zod/locales";
import { config } from "zod/mini";

/**
 * zod's `zod/mini` API with zod's English messages, for the modules a checking process loads
 * (the engine: the Twingate client, the reconciler's preview, the ConductorOne client). Import
 * it as `import * as z from "../zod-mini"`, never `zod/mini` itself.
 *
 * Why mini: the engine builds ~120 schemas at module load in every checking process. zod's
 * classic API builds them ~3.5 times slower (~20 ms vs ~5.5 ms for 250 on Node 22) and is a
 * larger module to compile (86 KiB minified vs 19 KiB); the checks are the same code (zod's core).
 *
 * Why the locale here: classic zod installs the English locale on its first schema; mini installs
 * none, and every issue message would read "Invalid input". Messages reach users (a bad answer
 * names the field and what was wrong), so English is installed once, by the module every mini
 * schema comes from: no schema can be built, or parse, before it. A classic schema elsewhere in
 * the same process (the CLI's flags, the simulators) finds a locale set and keeps it: the same one.
 * `zod/locales` resolves to zod's ESM index for esbuild (which keeps only `en`: zod's modules are
 * free of side effects) and to its CommonJS one under jest.
 */
config(en());

export * from "zod/mini";

// Bundles the CLI, the Terraform providers and the library into single CommonJS files
// with esbuild. One file per program keeps start-up fast and makes a provider's h1: lock
// hash the same on every machine (no node_modules tree next to it, no paths or
// timestamps inside: the same sources give the same bytes).
//
// What users read when something fails decides the rest: the library (constructs.js,
// index.js) runs inside the user's own program, where Node prints the source line of an
// uncaught error before its message (cdktf then prints that output twice), so it is not
// minified, keeps class and function names (`InvalidIntegrationPropsError`, not `re`) and
// ships a source map with the TypeScript sources (`node --enable-source-maps`). The CLI
// keeps names and ships its map too; the providers stay minified without a map (terraform
// shows their diagnostics, never a stack, and their bytes are the lock hash).
//
//   node scripts/build.mjs                      # everything into dist/
//   node scripts/build.mjs --outdir DIR --only terraform-provider-c1twingate
import { build } from "esbuild";
import { zlibSync } from "fflate";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: args } = parseArgs({ options: { outdir: { type: "string" }, only: { type: "string" } } });
const outdir = args.outdir ?? join(root, "dist");

/** Options of every bundle: one minified CommonJS file for Node 20, without source maps or comments. */
const COMMON = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minify: true,
  legalComments: "none",
  sourcemap: false,
  logLevel: "warning",
};

/**
 * What a user may read in a stack trace: names kept, a linked source map (`<file>.map`, with the
 * TypeScript sources inside, paths relative to the repository: the same bytes on every machine).
 * The library is also left unminified, so the source line Node prints above an uncaught error
 * from it (a construct prop error during synth) is one readable line, not 12 KB of code.
 */
const READABLE = {
  library: { minify: false, keepNames: true, sourcemap: "linked", sourcesContent: true },
  cli: { keepNames: true, sourcemap: "linked", sourcesContent: true },
};

const entries = [
  // The CLI: a small bootstrap that compiles the CLI (cli-main.js, with its source map) with a V8 code cache.
  { entry: "src/cli/bootstrap.ts", out: "cli.js", executable: true },
  { entry: "src/cli/bin.ts", out: "cli-main.js", readable: READABLE.cli },
  // The provider: a small bootstrap that compiles serve.ts (lazy module "serve") and, when a call needs it,
  // main.ts (lazy module "main") with a V8 code cache.
  { entry: "src/provider/bootstrap.ts", serve: "src/provider/serve.ts", main: "src/provider/main.ts", out: "terraform-provider-c1twingate", executable: true, embedEngine: true },
  { entry: "src/standins/conductorone/main.ts", out: "terraform-provider-conductorone", executable: true },
  // The library: engine and constructs. The CDK core stays external so the user's
  // own cdktf (or cdktn aliased as cdktf) is the only one loaded.
  { entry: "src/index.ts", out: "index.js", library: true, readable: READABLE.library },
  { entry: "constructs/index.ts", out: "constructs.js", library: true, readable: READABLE.library },
  // postject's API (LIEF in WebAssembly, ~5 MB): the CLI requires it from beside itself only when it
  // builds a self-contained provider executable, so no other command pays for loading it.
  { entry: "node_modules/postject/dist/api.js", out: "postject.js", library: true },
];
const CDK_EXTERNALS = ["cdktf", "cdktn", "constructs", "@cdktf/provider-null", "@cdktf/provider-kubernetes"];

/**
 * The provider carries its engine (client, reconciler, zod, graphql) as a lazy module and compiles
 * it on first use (src/provider/load-engine.ts): most provider processes never run a check. The
 * source rides in a trailing comment, which V8 skips almost for free at start-up (a string
 * literal of the same size costs ~7 ms per process); the format is the one
 * src/tfplugin/packaging/lazy-module.ts reads: `/*@lazy-module <name> zlib <base64>*\/` (as
 * lazy-module-comment.ts writes it: zlib format by fflate, level 9, so the bytes do not depend on the Node building,
 * and its Adler-32 makes a damaged module fail to decode instead of decoding to other code).
 * With `main`, the provider itself rides the same way (lazy module "main") behind a small
 * bootstrap (src/provider/bootstrap.ts) that compiles it with a V8 code cache; with `serve`, so does
 * go-plugin's side of the process (lazy module "serve", uncompressed: it is read before the
 * handshake), which carries the replies fixed at build time.
 */
async function providerEngineOptions(main, serve) {
  const lazyModule = (name, source) => `/*@lazy-module ${name} zlib ${Buffer.from(zlibSync(Buffer.from(source, "utf8"), { level: 9 })).toString("base64")}*/`;
  // Read before the handshake: uncompressed, so no node:zlib then (lazy-module.ts SHA256_ENCODING).
  const uncompressed = (name, source) => {
    const bytes = Buffer.from(source, "utf8");
    return `/*@lazy-module ${name} sha256=${createHash("sha256").update(bytes).digest("hex")} ${bytes.toString("base64")}*/`;
  };
  const engine = (await build({ ...COMMON, entryPoints: ["src/provider/engine.ts"], write: false, ...lightHeaders, ...esmFirst })).outputFiles[0].text;
  const mainSource = main ? (await build({ ...COMMON, entryPoints: [main], write: false, ...lightHeaders, define: { __C1TG_ENGINE_EMBEDDED__: "true" }, plugins: engineIsEmbedded })).outputFiles[0].text : undefined;
  const serveSource = serve
    ? (await build({ ...COMMON, entryPoints: [serve], write: false, define: { __C1TG_FIXED_REPLIES__: JSON.stringify(fixedReplies(mainSource)) } })).outputFiles[0].text
    : undefined;
  const modules = [serveSource === undefined ? "" : uncompressed("serve", serveSource), mainSource === undefined ? "" : lazyModule("main", mainSource), lazyModule("engine", engine)];
  return {
    define: { __C1TG_ENGINE_EMBEDDED__: "true" },
    footer: { js: modules.filter((m) => m !== "").join("\n") },
    plugins: engineIsEmbedded,
  };
}

/**
 * The replies main.ts fixes at build time (`fixedRepliesBase64`: GetProviderSchema, GetMetadata),
 * which the bootstrap answers without compiling main. Computed by the built main itself, in a
 * child Node (as a provider process runs it, apart from this build's own modules): the very code
 * that would answer them at run time.
 */
function fixedReplies(mainSource) {
  const run = `
    const source = require("node:fs").readFileSync(0, "utf8");
    const module = { exports: {} };
    new (require("node:vm").Script)(require("node:module").wrap(source)).runInThisContext()(module.exports, require, module, __filename, __dirname);
    module.exports.fixedRepliesBase64().then((r) => process.stdout.write(JSON.stringify(r)), (e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ["-e", run], { input: mainSource, encoding: "utf8", maxBuffer: 64 << 20 }));
}

/**
 * Packages' ES module entry before their CommonJS one, so esbuild can drop what is not used:
 * graphql 16 has no `exports` map and its `main` is CommonJS, which esbuild keeps whole (262 KiB),
 * while graphql-request needs only its parser and printer (43 KiB from `module`). Only for the
 * engine, which is its own bundle: there every import of graphql is the bare specifier, so one
 * copy is loaded (graphql refuses objects from a second copy).
 */
const esmFirst = { mainFields: ["module", "main"] };

/** The provider and its engine take `Headers` from fetch-headers instead of Node's global, whose first use loads undici (src/tfplugin/server/fetch-headers.ts says why). */
const lightHeaders = { inject: ["src/tfplugin/server/fetch-headers.ts"] };

const engineIsEmbedded = [
  {
    // The development fallback `require("./engine")` must not pull the engine in again.
    name: "engine-is-embedded",
    setup(b) {
      b.onResolve({ filter: /^\.\/engine$/ }, (args) => (args.importer.endsWith("load-engine.ts") ? { path: args.path, external: true } : undefined));
    },
  },
];

/** The CLI loads postject from dist/postject.js at run time instead of carrying it. */
function postjectBeside() {
  return {
    plugins: [
      {
        name: "postject-beside-cli",
        setup(b) {
          b.onResolve({ filter: /^postject$/ }, () => ({ path: "./postject.js", external: true }));
        },
      },
    ],
  };
}

const selected = entries.filter(({ out }) => args.only === undefined || out === args.only);
if (selected.length === 0) throw new Error(`--only ${args.only}: no such output; one of ${entries.map((e) => e.out).join(", ")}`);

await Promise.all(
  selected.map(async ({ entry, serve, main, out, executable, library, embedEngine, readable }) => {
    const outfile = join(outdir, out);
    // The CLI's checks run the engine too: the same Headers, so `c1-twingate check` never loads undici either.
    const engine = embedEngine ? await providerEngineOptions(main, serve) : out === "cli-main.js" ? { ...postjectBeside(), ...lightHeaders } : {};
    await build({
      ...COMMON,
      entryPoints: [entry],
      outfile,
      // A shebang on what is run as a program (the CLI's bootstrap, the providers), not on what is required.
      banner: executable ? { js: "#!/usr/bin/env node" } : {},
      external: library ? CDK_EXTERNALS : [],
      ...engine,
      ...readable,
    });
    if (executable) chmodSync(outfile, 0o755);
  }),
);

/**
 * What every provider process compiles: the bootstrap, go-plugin's side (lazy module "serve") before
 * its handshake and the provider (lazy module "main") at its first call that needs it, both with a
 * V8 code cache, while the engine (Twingate client,
 * reconciler, zod, graphql) stays a lazy module loaded only by a process that runs a check.
 * An eager import of an engine module from the provider's own code (even for a constant) would
 * load and initialise all of it in every process; the module graph is checked here, the cost is
 * in bench/provider.bench.ts.
 */
import { build, type BuildOptions } from "esbuild";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitLazyModules } from "../../src/tfplugin/packaging/lazy-module";
import { lazyModuleComment } from "../../src/tfplugin/packaging/lazy-module-comment";
import { fixedReplies } from "../../src/tfplugin/server/provider-service";
import { c1twingateProvider } from "../../src/provider/provider";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "..", "..");

/** The modules esbuild puts in the output of one bundle (those that contribute to it), built with `options` beside the common ones. */
async function bundledModules(entry: string, options: Omit<BuildOptions, "entryPoints">): Promise<string[]> {
  const result = await build({ absWorkingDir: ROOT, entryPoints: [entry], bundle: true, platform: "node", format: "cjs", write: false, metafile: true, logLevel: "error", ...options });
  return Object.keys(Object.values(result.metafile?.outputs ?? {})[0]?.inputs ?? {});
}

/** The modules of the provider's start-up code, the engine left out as scripts/build.mjs does. */
function startupInputs(): Promise<string[]> {
  return bundledModules("src/provider/main.ts", {
    define: { __C1TG_ENGINE_EMBEDDED__: "true" },
    plugins: [
      {
        name: "engine-is-embedded",
        setup(b) {
          b.onResolve({ filter: /^\.\/engine$/ }, (args) => (args.importer.endsWith("load-engine.ts") ? { path: args.path, external: true } : undefined));
        },
      },
    ],
  });
}

/** The modules of the engine bundle, built as scripts/build.mjs builds it (ES module entries first). */
function engineInputs(): Promise<string[]> {
  return bundledModules("src/provider/engine.ts", { mainFields: ["module", "main"] });
}

describe("the provider's start-up code", () => {
  it("leaves the engine and its libraries to the lazy engine module", async () => {
    const inputs = await startupInputs();
    expect(inputs).toContain("src/provider/provider.ts");
    const engineOnly = inputs.filter((f) => /^node_modules\/(zod|graphql|graphql-request)\//.test(f) || /^src\/(twingate\/(client|transport|response-body)|reconciler\/(credentials|preview\/sync))\.ts$/.test(f));
    expect(engineOnly).toEqual([]);
  });

  it("builds the engine's schemas with zod/mini and zod's English messages only, never zod's classic API", async () => {
    // Classic builds each schema ~3.5 times slower and is 4 times the code (src/zod-mini.ts):
    // every checking process would pay for it. One classic import in the engine brings it back.
    const inputs = await engineInputs();
    const zod = inputs.filter((f) => f.startsWith("node_modules/zod/"));
    expect(zod.some((f) => f.includes("/v4/mini/"))).toBe(true);
    expect(zod.filter((f) => f.includes("/v4/classic/"))).toEqual([]);
    expect(zod.filter((f) => f.includes("/locales/") && !/\/locales\/(en|index)\.js$/.test(f))).toEqual([]);
  });

  it("is carried by the built bundle as lazy modules behind a small bootstrap: serve uncompressed, main and engine compressed", () => {
    const bundle = readFileSync(join(ROOT, "dist", "terraform-provider-c1twingate"), "utf8");
    const { code, modules } = splitLazyModules(bundle);
    expect(modules.map((m) => m.name)).toEqual(["serve", "main", "engine"]);
    expect(code.startsWith("#!/usr/bin/env node\n")).toBe(true);
    // The bootstrap is the only code compiled from source at every start (the lazy modules come
    // from the V8 code cache): its refusals, the lazy-module reader and the cache's place, judged
    // by every directory and link on the way, with the reason a refused place is given (~13 KiB;
    // V8 only pre-parses what does not run).
    expect(Buffer.byteLength(code)).toBeLessThan(14 * 1024);
    // "serve" is read before the handshake: uncompressed (no node:zlib then), with its SHA-256.
    expect(bundle).toMatch(/\/\*@lazy-module serve sha256=[0-9a-f]{64} /);
    // scripts/build.mjs writes the format lazy-module-comment.ts writes.
    const serveSource = modules.find((m) => m.name === "serve")?.source ?? "";
    expect(bundle).toContain(lazyModuleComment("serve", serveSource, { compress: false }));
    expect(bundle).toMatch(/\/\*@lazy-module main zlib /);
    // go-plugin's side carries the replies the build fixes (the schema: plugin.ts answers it
    // without compiling main); apart from them it stays small.
    const serve = modules.find((m) => m.name === "serve")?.source ?? "";
    const replies = /\{"\/tfplugin6\.Provider\/[^}]*\}/.exec(serve)?.[0] ?? "";
    expect(replies).toContain('"/tfplugin6.Provider/GetProviderSchema"');
    expect(Buffer.byteLength(serve) - replies.length).toBeLessThan(40 * 1024);
  });

  it("carries the schema and metadata the provider answers now, as the replies fixed at build time", async () => {
    const { modules } = splitLazyModules(readFileSync(join(ROOT, "dist", "terraform-provider-c1twingate"), "utf8"));
    const serve = modules.find((m) => m.name === "serve")?.source ?? "";
    const carried = JSON.parse(/\{"\/tfplugin6\.Provider\/[^}]*\}/.exec(serve)?.[0] ?? "{}") as Record<string, string>;
    const now = await fixedReplies(c1twingateProvider);
    expect(carried).toEqual(Object.fromEntries([...(now ?? [])].map(([path, bytes]) => [path, Buffer.from(bytes).toString("base64")])));
  });
});

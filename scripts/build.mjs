// Bundles the CLI and the Terraform provider into single CommonJS files with esbuild.
// One file per program keeps start-up fast and makes the provider's h1: lock hash
// the same on every machine (no node_modules tree next to it).
import { build } from "esbuild";
import { chmodSync, existsSync, readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

const entries = [
  { entry: "src/cli/bin.ts", out: "dist/cli.js" },
  { entry: "src/provider/main.ts", out: `dist/terraform-provider-c1twingate`, executable: true },
  { entry: "src/standins/conductorone/main.ts", out: "dist/terraform-provider-conductorone", executable: true },
  // The library: engine and constructs. The CDK core stays external so the user's
  // own cdktf (or cdktn aliased as cdktf) is the only one loaded.
  { entry: "src/index.ts", out: "dist/index.js", library: true },
  { entry: "constructs/index.ts", out: "dist/constructs.js", library: true },
];
const CDK_EXTERNALS = ["cdktf", "cdktn", "constructs", "@cdktf/provider-null"];

for (const { entry, out, executable, library } of entries) {
  if (!existsSync(entry)) continue;
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    legalComments: "none",
    // No source paths or timestamps in the output: the same sources give the same bytes.
    sourcemap: false,
    define: { "process.env.C1TG_VERSION": JSON.stringify(pkg.version) },
    banner: library ? {} : { js: "#!/usr/bin/env node" },
    external: library ? CDK_EXTERNALS : [],
    logLevel: "warning",
  });
  if (executable) chmodSync(out, 0o755);
}

// Bundles the CLI and the Terraform provider into single CommonJS files with esbuild.
// One file per program keeps start-up fast and makes the provider's h1: lock hash
// the same on every machine (no node_modules tree next to it).
import { build } from "esbuild";
import { chmodSync, existsSync, readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

const entries = [
  { entry: "src/cli/bin.ts", out: "dist/cli.js" },
  { entry: "src/provider/main.ts", out: `dist/terraform-provider-c1twingate`, executable: true },
];

for (const { entry, out, executable } of entries) {
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
    banner: { js: "#!/usr/bin/env node" },
    logLevel: "warning",
  });
  if (executable) chmodSync(out, 0o755);
}

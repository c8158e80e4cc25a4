/**
 * The arrows of the intended architecture (../shared/design/architecture.md), checked on every run:
 * each room imports only the rooms below it, src/ never imports the CDK, the constructs take
 * only pure helpers from src/, and the plugin bridge never mentions Twingate.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const ROOT = resolve(__dirname, "..");

/** Room → the rooms it may import ("shared" = src/errors.ts, src/version.ts, package.json). */
const ALLOWED: Record<string, string[]> = {
  tfplugin: ["shared"],
  // What both API clients need of the network and nothing of either API: proxy settings read as
  // Go reads them, CONNECT tunnels, CA files, X.509 verification codes, the one resend of a request
  // that met a reused keep-alive connection the server had closed; and the listener a
  // process must not start with (an inspector NODE_OPTIONS opened), which the provider and CLI refuse.
  net: ["shared"],
  twingate: ["net", "shared"],
  reconciler: ["twingate", "shared"],
  simulator: ["shared"],
  conductorone: ["net", "shared"],
  // The ConductorOne simulator syncs Twingate connectors with our Twingate client, and builds
  // its test certificates with the plugin bridge's DER writer (generic, Twingate-free).
  c1simulator: ["twingate", "tfplugin", "shared"],
  // The sync resource and status data source read ConductorOne connectors (issue 14).
  provider: ["tfplugin", "reconciler", "twingate", "conductorone", "net", "shared"],
  // The stand-in keeps its objects in a ConductorOne API, through the same client the project ships.
  standins: ["tfplugin", "conductorone", "net", "shared"],
  cli: ["provider", "reconciler", "twingate", "simulator", "tfplugin", "conductorone", "c1simulator", "net", "shared"],
  index: ["twingate", "reconciler", "simulator", "conductorone", "c1simulator", "shared"],
  shared: [],
};
/** What the constructs may take from src/: pure helpers only. */
const CONSTRUCTS_MAY_IMPORT = ["src/twingate/network.ts", "src/errors.ts", "src/credential-shape.ts", "src/reconciler/preview/connector-versions.ts", "src/c1twingate-provider-address.ts"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Relative specifiers of import/export-from, require() and import(). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
  return found.map((spec) => relative(ROOT, resolve(dirname(file), spec)).split(sep).join("/"));
}

function roomOf(path: string): string {
  const parts = path.split("/");
  if (parts[0] === "package.json") return "shared";
  if (parts[0] !== "src") return parts[0]!;
  if (parts.length === 2) return parts[1]!.replace(/\.ts$/, "") === "index" ? "index" : "shared";
  return parts[1]!;
}

const srcFiles = filesUnder(join(ROOT, "src"));

describe("architecture", () => {
  test.each(Object.keys(ALLOWED).filter((r) => r !== "index" && r !== "shared"))("src/%s imports only the rooms below it", (room) => {
    const violations: string[] = [];
    for (const file of srcFiles.filter((f) => roomOf(relative(ROOT, f).split(sep).join("/")) === room)) {
      for (const target of importsOf(file)) {
        const targetRoom = roomOf(target);
        if (targetRoom !== room && !ALLOWED[room]!.includes(targetRoom)) violations.push(`${relative(ROOT, file)} → ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });

  test("src/ never imports the CDK (cdktf, cdktn, constructs)", () => {
    const offenders = srcFiles.filter((f) => /from\s+["'](cdktf|cdktn|constructs|@cdktf\/[^"']+)["']/.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  test("constructs/ take only pure helpers from src/", () => {
    const taken = filesUnder(join(ROOT, "constructs"))
      .flatMap(importsOf)
      .filter((target) => target.startsWith("src/"))
      .map((target) => (target.endsWith(".ts") ? target : `${target}.ts`));
    expect([...new Set(taken)].filter((t) => !CONSTRUCTS_MAY_IMPORT.includes(t))).toEqual([]);
  });

  test("the plugin bridge knows nothing of Twingate or ConductorOne", () => {
    const offenders = filesUnder(join(ROOT, "src", "tfplugin")).filter((f) => /twingate|conductorone/i.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});

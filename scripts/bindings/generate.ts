/**
 * Runs CDKTF's own binding generator (`@cdktf/provider-generator`, what `cdktf get` runs, in a
 * process of its own: generator-process.ts) offline on a provider schema in `terraform providers schema -json` form, and returns the
 * files it writes for that provider, with `override` modifiers added (./override-modifiers.ts).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import type { GeneratorJob } from "./generator-process";
import { addOverrideModifiers, readCoreClassMembers, type CoreClassMembers } from "./override-modifiers";

/** The parts of a `terraform providers schema -json` document the generator reads (extra keys are ignored). */
export interface ProviderSchemaDocument {
  format_version?: string;
  provider_schemas: Record<string, unknown>;
}

export interface BindingTarget {
  /** Local name in `required_providers` and the folder the generator writes (`conductorone`). */
  readonly name: string;
  /** Source address as written in `required_providers` (`conductorone/conductorone`). */
  readonly source: string;
  /** Version constraint the bindings put in `required_providers` (`~> 1.5.0`). */
  readonly versionConstraint: string;
  readonly schema: ProviderSchemaDocument;
}

/** Generated files of one provider: path relative to its folder (`app/index.ts`) → content. */
export type GeneratedFiles = Map<string, string>;

/** The environment of the generator's process: a CLI config that exists and no telemetry, so the `terraform version -json` that @cdktf/commons runs when loaded prints no warning (the guide: TF_CLI_CONFIG_FILE may point at a missing file). */
function quietTerraformEnvironment(scratch: string): NodeJS.ProcessEnv {
  const config = join(scratch, "terraformrc");
  writeFileSync(config, "");
  return { ...process.env, TF_CLI_CONFIG_FILE: config, CHECKPOINT_DISABLE: "1", NO_COLOR: "1" };
}

const GENERATOR_PROCESS = join(__dirname, "generator-process.ts");
const ROOT = join(__dirname, "..", "..");

/** Runs generator-process.ts for one target into `outdir`; its output is shown only when it fails. */
function runGenerator(target: BindingTarget, scratch: string, outdir: string): Promise<void> {
  const jobFile = join(scratch, "job.json");
  const job: GeneratorJob = { provider_schemas: target.schema.provider_schemas, name: target.name, source: target.source, versionConstraint: target.versionConstraint, outdir };
  writeFileSync(jobFile, JSON.stringify(job));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", GENERATOR_PROCESS, jobFile], { cwd: ROOT, env: quietTerraformEnvironment(scratch), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(`the binding generator failed for ${target.name} (exit ${code}):\n${output}`))));
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function versionParts(version: string): [string, string, string] {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$/.exec(version.trim());
  if (!m) throw new Error(`"${version}" is not a provider version such as 1.5.0`);
  return [m[1] ?? "0", m[2] ?? "0", m[3] ?? "0"];
}

/** The major.minor pessimistic constraint of a version: `1.5.0` or `v1.5.0` → `~> 1.5` (any 1.x from 1.5). */
export function compatibleConstraint(version: string): string {
  const [major, minor] = versionParts(version);
  return `~> ${major}.${minor}`;
}

/**
 * The constraint that admits the version's patch releases only: `1.5.0` or `v1.5.0` → `~> 1.5.0`
 * (>= 1.5.0, < 1.6.0). For bindings generated from another party's schema whose minor releases
 * rename attributes (the ConductorOne provider: v1.4.3 → v1.5.0 renamed nested fields of
 * `app_entitlement`, and the attribute names are the bindings' API).
 */
export function patchConstraint(version: string): string {
  const [major, minor, patch] = versionParts(version);
  return `~> ${major}.${minor}.${patch}`;
}

let coreMembers: CoreClassMembers | undefined;

/**
 * The generator's files for one provider. `raw: true` returns them exactly as the generator
 * wrote them, without the `override` modifiers (for the test that proves the edit is type-only).
 */
export async function generateBindings(target: BindingTarget, options: { raw?: boolean } = {}): Promise<GeneratedFiles> {
  const { raw, edited } = await generateBindingsBothForms(target);
  return options.raw ? raw : edited;
}

/** One generator run, in both forms: as the generator wrote the files (`raw`) and with the `override` modifiers (`edited`, what is committed). */
export async function generateBindingsBothForms(target: BindingTarget): Promise<{ raw: GeneratedFiles; edited: GeneratedFiles }> {
  const scratch = mkdtempSync(join(tmpdir(), "c1tg-bindings-"));
  try {
    const outdir = join(scratch, "out");
    await runGenerator(target, scratch, outdir);

    const root = join(outdir, "providers", target.name);
    coreMembers ??= readCoreClassMembers();
    const raw: GeneratedFiles = new Map();
    const edited: GeneratedFiles = new Map();
    for (const path of filesUnder(root).sort()) {
      const rel = relative(root, path).split(sep).join("/");
      const text = readFileSync(path, "utf8");
      raw.set(rel, text);
      edited.set(rel, rel.endsWith(".ts") ? addOverrideModifiers(rel, text, coreMembers) : text);
    }
    return { raw, edited };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Files of a bindings folder as committed, in the same form as `generateBindings` returns. */
export function readBindings(dir: string): GeneratedFiles {
  const files: GeneratedFiles = new Map();
  if (!existsSync(dir)) return files;
  for (const path of filesUnder(dir).sort()) files.set(relative(dir, path).split(sep).join("/"), readFileSync(path, "utf8"));
  return files;
}

/** Paths that differ between two sets of files (missing, extra or changed), sorted. */
export function differences(expected: GeneratedFiles, actual: GeneratedFiles): string[] {
  const paths = new Set([...expected.keys(), ...actual.keys()]);
  return [...paths].filter((p) => expected.get(p) !== actual.get(p)).sort();
}

/**
 * What `npm run bindings -- --check` reports: one line per target whose committed folder under
 * `bindingsDir` differs from the generator's output (none when all are up to date).
 */
export async function staleBindings(targets: readonly BindingTarget[], bindingsDir: string): Promise<string[]> {
  const stale: string[] = [];
  for (const target of targets) {
    const changed = differences(await generateBindings(target), readBindings(join(bindingsDir, target.name)));
    if (changed.length > 0) {
      stale.push(`constructs/bindings/${target.name}: ${changed.length} file(s) differ from the generator's output (${changed.slice(0, 5).join(", ")}${changed.length > 5 ? ", ..." : ""}). Run npm run bindings.`);
    }
  }
  return stale;
}

/** Replaces `<bindingsDir>/<target.name>` with the generator's output; returns the files written and how many changed. */
export async function writeBindings(target: BindingTarget, bindingsDir: string): Promise<{ files: number; changed: number }> {
  const dir = join(bindingsDir, target.name);
  const generated = await generateBindings(target);
  const changed = differences(generated, readBindings(dir)).length;
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of generated) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { files: generated.size, changed };
}

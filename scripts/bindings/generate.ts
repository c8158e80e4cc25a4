/**
 * Runs CDKTF's own binding generator (`@cdktf/provider-generator`, what `cdktf get` runs)
 * offline on a provider schema in `terraform providers schema -json` form, and returns the
 * files it writes for that provider, with `override` modifiers added (./override-modifiers.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
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
  /** Version constraint the bindings put in `required_providers` (`~> 1.5`). */
  readonly versionConstraint: string;
  readonly schema: ProviderSchemaDocument;
}

/** Generated files of one provider: path relative to its folder (`app/index.ts`) → content. */
export type GeneratedFiles = Map<string, string>;

/**
 * Loading @cdktf/commons runs `terraform version -json` once; give it a CLI config that exists,
 * so an unset or dangling TF_CLI_CONFIG_FILE (see the guide) prints no warning, and no telemetry.
 */
function quietTerraformEnvironment(scratch: string): void {
  const config = join(scratch, "terraformrc");
  writeFileSync(config, "");
  process.env.TF_CLI_CONFIG_FILE = config;
  process.env.CHECKPOINT_DISABLE = "1";
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The major.minor pessimistic constraint of a version: `1.5.0` or `v1.5.0` → `~> 1.5`. */
export function compatibleConstraint(version: string): string {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+].*)?$/.exec(version.trim());
  if (!m) throw new Error(`"${version}" is not a provider version such as 1.5.0`);
  return `~> ${m[1]}.${m[2]}`;
}

let coreMembers: CoreClassMembers | undefined;

/**
 * The generator's files for one provider. `raw: true` returns them exactly as the generator
 * wrote them, without the `override` modifiers (for the test that proves the edit is type-only).
 */
export async function generateBindings(target: BindingTarget, options: { raw?: boolean } = {}): Promise<GeneratedFiles> {
  const scratch = mkdtempSync(join(tmpdir(), "c1tg-bindings-"));
  try {
    quietTerraformEnvironment(scratch);
    // Loaded here, after the environment is set: @cdktf/commons spawns terraform when loaded.
    const { TerraformProviderGenerator, CodeMaker } = require("@cdktf/provider-generator") as typeof import("@cdktf/provider-generator");
    const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = require("@cdktf/commons") as typeof import("@cdktf/commons");
    const code = new CodeMaker();
    const generator = new TerraformProviderGenerator(code, { provider_schemas: target.schema.provider_schemas } as ConstructorParameters<typeof TerraformProviderGenerator>[1]);
    const constraint = new TerraformProviderConstraint({ name: target.name, source: target.source, version: target.versionConstraint });
    generator.generate(new ConstructsMakerProviderTarget(constraint, LANGUAGES[0] as (typeof LANGUAGES)[number]));
    await code.save(scratch);

    const root = join(scratch, "providers", target.name);
    coreMembers ??= readCoreClassMembers();
    const files: GeneratedFiles = new Map();
    for (const path of filesUnder(root).sort()) {
      const rel = relative(root, path).split(sep).join("/");
      const text = readFileSync(path, "utf8");
      files.set(rel, rel.endsWith(".ts") && !options.raw ? addOverrideModifiers(rel, text, coreMembers) : text);
    }
    return files;
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

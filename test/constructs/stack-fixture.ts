import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { AnnotationMetadataEntryType, TerraformOutput, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { IntegrationApp, type TwingateIntegrationProps } from "../../constructs";
import { conductoroneTarget } from "../../scripts/bindings/targets";

/** A fresh stack plus a sensitive key variable, as every user stack has. */
export function newStack(id = "stack"): { stack: TerraformStack; apiKey: string } {
  const stack = new TerraformStack(Testing.app(), id);
  const apiKey = new TerraformVariable(stack, "twingate_api_key", { type: "string", sensitive: true }).stringValue;
  return { stack, apiKey };
}

/** Valid props; tests override one thing at a time. */
export function validProps(apiKey: string, overrides: Partial<TwingateIntegrationProps> = {}): TwingateIntegrationProps {
  return {
    network: "acme",
    apiKey,
    owners: ["2ZuB5nvPFtqQQ8CvJz1ZkVlL2Ah"],
    app: IntegrationApp.fromId("2YAppId00000000000000000000"),
    ...overrides,
  };
}

/** Parsed synth output for structural assertions. */
export interface SynthJson {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  output?: Record<string, { value: unknown; description?: string }>;
  provider?: Record<string, unknown[]>;
  terraform?: { required_providers?: Record<string, { source: string; version: string }> };
}

export function synthJson(stack: TerraformStack): SynthJson {
  return JSON.parse(Testing.synth(stack)) as SynthJson;
}

/** The only block of a type, failing loudly when there are zero or several. */
export function only(blocks: Record<string, Record<string, unknown>> | undefined, type: string): Record<string, unknown> {
  const values = Object.values(blocks ?? {});
  if (values.length !== 1) throw new Error(`expected exactly one ${type}, found ${values.length}`);
  return values[0] as Record<string, unknown>;
}

let resolveCounter = 0;
/** How a token renders in cdk.tf.json: through an output, the public way (no private resolver). */
export function rendered(stack: TerraformStack, token: unknown): unknown {
  const id = `probe_${++resolveCounter}`;
  new TerraformOutput(stack, id, { value: token });
  return (synthJson(stack).output ?? {})[id]?.value;
}

/**
 * Synth output re-serialised, for file snapshots shared by the cdktf and cdktn jest
 * projects: the two cores print empty objects differently ("{\n}" vs "{}").
 */
/**
 * The `conductorone` version constraint the bindings carry: it follows the schema they were
 * generated from (`x_source.tag`, patch releases only), so no test hard-codes a version and the
 * documented regeneration for a newer provider keeps the suite green.
 */
export const CONDUCTORONE_CONSTRAINT = conductoroneTarget().versionConstraint;
/** What snapshots hold in place of CONDUCTORONE_CONSTRAINT. */
export const CONDUCTORONE_CONSTRAINT_PLACEHOLDER = "<conductorone constraint from the schema's x_source.tag>";

/**
 * Synth output for snapshots, with the conductorone version constraint checked against the
 * schema's and replaced by a placeholder (see CONDUCTORONE_CONSTRAINT).
 */
export function snapshotSynth(stack: TerraformStack): string {
  const json = JSON.parse(Testing.synth(stack)) as SynthJson;
  const conductorone = json.terraform?.required_providers?.conductorone;
  if (conductorone) {
    if (conductorone.version !== CONDUCTORONE_CONSTRAINT) throw new Error(`conductorone version constraint ${conductorone.version}, expected ${CONDUCTORONE_CONSTRAINT} (from the schema)`);
    conductorone.version = CONDUCTORONE_CONSTRAINT_PLACEHOLDER;
  }
  return JSON.stringify(json, null, 2);
}

/** The warning annotations of a construct, as text. */
export function warningsOf(construct: { node: { metadata: ReadonlyArray<{ type: string; data: unknown }> } }): string[] {
  return construct.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
}

/** Every file below `dir` (e.g. a synth's outdir), for searching outputs for a canary. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Adopts the schema of a newer ConductorOne provider: replaces `provider_schemas` of the
 * committed schema file with what `terraform providers schema -json` printed, records the
 * version in `x_source.tag`, and keeps the `x_*` facts (plan modifiers, validators, import
 * formats) that Terraform's JSON cannot carry, naming those whose attribute is gone.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { CONDUCTORONE_PROVIDER_ADDRESS, hasSchemaPath } from "../../src/standins/conductorone/schema/document";
import { compatibleConstraint } from "./generate";

const terraformOutput = z.object({
  format_version: z.string(),
  provider_schemas: z.record(z.string(), z.unknown()),
});

/** Returns notes for the user: x_* keys that no longer match an attribute and must be reviewed. */
export function adoptConductoroneSchema(schemaFile: string, version: string, target: string): string[] {
  compatibleConstraint(version); // refuses anything that is not a version
  const next = terraformOutput.parse(JSON.parse(readFileSync(schemaFile, "utf8")));
  const provider = next.provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS];
  if (provider === undefined) {
    throw new Error(`${schemaFile} has no schema of ${CONDUCTORONE_PROVIDER_ADDRESS}; it has ${Object.keys(next.provider_schemas).join(", ") || "none"}`);
  }
  const current = JSON.parse(readFileSync(target, "utf8")) as Record<string, unknown>;
  const updated: Record<string, unknown> = {
    ...current,
    format_version: next.format_version,
    provider_schemas: { [CONDUCTORONE_PROVIDER_ADDRESS]: provider },
    x_source: {
      tag: `v${version.replace(/^v/, "")}`,
      notes: [`provider_schemas from terraform providers schema -json of conductorone/conductorone ${version}; x_* keys carried over from the previous schema file, review them against the provider's source.`],
    },
  };
  const notes: string[] = [];
  for (const key of ["x_plan_modifiers", "x_validators", "x_custom_types", "x_import"]) {
    const facts = current[key];
    if (typeof facts !== "object" || facts === null) continue;
    for (const path of Object.keys(facts)) {
      if (!hasSchemaPath(updated, path)) notes.push(`${key}["${path}"]: no such attribute or type in ${version}; remove or fix it`);
    }
  }
  writeFileSync(target, `${JSON.stringify(updated, null, 2)}\n`);
  return notes;
}

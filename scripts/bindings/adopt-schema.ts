/**
 * Adopts the schema of a newer ConductorOne provider: replaces `provider_schemas` of the
 * committed schema file with what `terraform providers schema -json` printed, records the
 * version in `x_source.tag`, and keeps the `x_*` facts (plan modifiers, validators, custom types,
 * import formats) that Terraform's JSON cannot carry. What a person must then review, from the
 * provider's source at that tag, is returned: facts whose attribute is gone (stale: the stand-in
 * refuses to start until each is fixed or removed) and attributes that are new (their plan
 * modifiers, validators and import format are not in any `x_*` key yet).
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as z from "zod";
import { attributePaths, CONDUCTORONE_PROVIDER_ADDRESS, FACT_MAPS, parseProviderSchemas, parseSchemaDocument, staleFacts, type SchemaDocument } from "../../src/standins/conductorone/schema/document";
import { patchConstraint } from "./generate";

const terraformOutput = z.object({
  format_version: z.string(),
  provider_schemas: z.record(z.string(), z.unknown()),
});

export interface AdoptionReport {
  /** `x_plan_modifiers["type.attr"]`: facts about attributes the new schema no longer has. Fix or remove each; until then the stand-in refuses to start. */
  stale: string[];
  /** Attribute paths (and types) that are new: look their plan modifiers, validators and import format up in the provider's source and record them. */
  added: string[];
  /** Attribute paths (and types) that are gone: the bindings lose them, and any code using them must change. */
  removed: string[];
  /** The version constraint the bindings will carry. */
  constraint: string;
}

function typeNames(doc: Pick<SchemaDocument, "provider_schemas">): string[] {
  const provider = doc.provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS];
  return [...Object.keys(provider?.resource_schemas ?? {}), ...Object.keys(provider?.data_source_schemas ?? {}).map((t) => `data.${t}`)];
}

/** Writes the adopted schema file to `target` and returns what must be reviewed (see AdoptionReport). */
export function adoptConductoroneSchema(schemaFile: string, version: string, target: string): AdoptionReport {
  const constraint = patchConstraint(version); // refuses anything that is not a version
  const next = terraformOutput.parse(JSON.parse(readFileSync(schemaFile, "utf8")));
  const provider = next.provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS];
  if (provider === undefined) {
    throw new Error(`${schemaFile} has no schema of ${CONDUCTORONE_PROVIDER_ADDRESS}; it has ${Object.keys(next.provider_schemas).join(", ") || "none"}`);
  }
  const currentText = readFileSync(target, "utf8");
  const current = JSON.parse(currentText) as Record<string, unknown>;
  const before = parseSchemaDocument(current);
  const updated: Record<string, unknown> = {
    ...current,
    format_version: next.format_version,
    provider_schemas: { [CONDUCTORONE_PROVIDER_ADDRESS]: provider },
    x_source: {
      tag: `v${version.replace(/^v/, "")}`,
      notes: [
        `provider_schemas from terraform providers schema -json of conductorone/conductorone ${version}; x_* keys carried over from the schema file of ${before.x_source?.tag ?? "an unknown version"}, review them against the provider's source at this tag.`,
      ],
    },
  };
  // The new document without its (possibly stale) facts, to list its attributes.
  const bare = parseProviderSchemas({ provider_schemas: updated.provider_schemas });
  const facts = Object.fromEntries(FACT_MAPS.map((m) => [m, (current[m] ?? {}) as Record<string, unknown>])) as Pick<SchemaDocument, (typeof FACT_MAPS)[number]>;
  const stale = staleFacts({ ...bare, ...facts });
  const old = new Set([...typeNames(before), ...attributePaths(before)]);
  const now = new Set([...typeNames(bare), ...attributePaths(bare)]);
  writeFileSync(target, `${JSON.stringify(updated, null, 2)}\n`);
  return {
    stale,
    added: [...now].filter((p) => !old.has(p)).sort(),
    removed: [...old].filter((p) => !now.has(p)).sort(),
    constraint,
  };
}

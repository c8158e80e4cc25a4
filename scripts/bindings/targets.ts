/**
 * The two sets of bindings in constructs/bindings/ and the schema each comes from:
 *  - conductorone: the real provider's schema (v1.5.0), kept verbatim in
 *    src/standins/conductorone/schema/ — the stand-in provider reads the same file;
 *  - c1twingate: our own provider's schema, exactly what its GetProviderSchema answers,
 *    in `terraform providers schema -json` form.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createProviderRuntime, type DefinedProvider } from "../../src/tfplugin";
import { PROVIDER_SOURCE, PROVIDER_TYPE, PROVIDER_VERSION } from "../../src/provider/address";
import { c1twingateProvider } from "../../src/provider/provider";
import { compatibleConstraint, patchConstraint, type BindingTarget, type ProviderSchemaDocument } from "./generate";
import { providerSchemasJson, type JsonProviderSchemas } from "./terraform-schema-json";

export const ROOT = join(__dirname, "..", "..");
export const BINDINGS_DIR = join(ROOT, "constructs", "bindings");
export const CONDUCTORONE_SCHEMA_FILE = join(ROOT, "src", "standins", "conductorone", "schema", "conductorone-provider-schema.json");

/** The ConductorOne schema document, with the provider version it was taken from (`x_source.tag`). */
export interface ConductoroneSchemaDocument extends ProviderSchemaDocument {
  x_source?: { tag?: string };
}

export function readConductoroneSchema(file: string = CONDUCTORONE_SCHEMA_FILE): ConductoroneSchemaDocument {
  return JSON.parse(readFileSync(file, "utf8")) as ConductoroneSchemaDocument;
}

export function conductoroneTarget(schema: ConductoroneSchemaDocument = readConductoroneSchema()): BindingTarget {
  const tag = schema.x_source?.tag;
  if (!tag) throw new Error(`${CONDUCTORONE_SCHEMA_FILE} has no x_source.tag: the provider version the schema comes from is needed for the version constraint`);
  // Patch releases only: the provider's minor releases rename attributes the bindings expose.
  return { name: "conductorone", source: "conductorone/conductorone", versionConstraint: patchConstraint(tag), schema };
}

/** Our provider's schema as Terraform sees it: the GetProviderSchema answer, as `terraform providers schema -json` prints it. */
export async function c1twingateSchemaJson(provider: DefinedProvider<unknown> = c1twingateProvider as DefinedProvider<unknown>): Promise<JsonProviderSchemas> {
  const answer = await createProviderRuntime(provider).GetProviderSchema({});
  if (answer.diagnostics.length > 0) throw new Error(`GetProviderSchema of ${PROVIDER_TYPE} answered with diagnostics: ${JSON.stringify(answer.diagnostics)}`);
  return providerSchemasJson(PROVIDER_SOURCE, answer);
}

/** The c1twingate bindings' target: our provider (or, for a test, a changed copy of it) as its GetProviderSchema answers. */
export async function c1twingateTarget(provider?: DefinedProvider<unknown>): Promise<BindingTarget> {
  return { name: PROVIDER_TYPE, source: PROVIDER_SOURCE, versionConstraint: compatibleConstraint(PROVIDER_VERSION), schema: await c1twingateSchemaJson(provider) };
}

export async function allTargets(): Promise<BindingTarget[]> {
  return [conductoroneTarget(), await c1twingateTarget()];
}

/**
 * The schemas the bindings are generated from, checked against terraform itself:
 *  - c1twingate: what scripts/bindings turns our GetProviderSchema answer into must equal
 *    `terraform providers schema -json` of the built provider;
 *  - conductorone: the stand-in provider serves exactly the real schema (the committed file's x_source.tag) for every type
 *    it implements (so bindings, stand-in and the real provider cannot disagree about shape).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { c1twingateSchemaJson, readConductoroneSchema } from "../../scripts/bindings/targets";
import { PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_SOURCE, PROVIDER_TYPE, PROVIDER_VERSION } from "../../src/provider/address";
import { CONDUCTORONE_PROVIDER_ADDRESS } from "../../src/standins/conductorone/schema/document";
import { STANDIN_HOSTNAME, STANDIN_NAMESPACE, STANDIN_TYPE, STANDIN_VERSION, conductoroneStandin } from "../../src/standins/conductorone";
import { createTerraformWorkspace, requireTerraform, type TerraformWorkspace } from "../helpers/terraform";

jest.setTimeout(180_000);

const DIST = join(__dirname, "..", "..", "dist");

interface PrintedSchemas {
  provider_schemas: Record<string, { provider: unknown; resource_schemas?: Record<string, unknown>; data_source_schemas?: Record<string, unknown> }>;
}

/**
 * The schema without `description_kind`: src/tfplugin has no way to mark a description as
 * markdown, so the stand-in serves every description as plain text (the text itself is equal).
 */
function withoutDescriptionKind(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDescriptionKind);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "description_kind").map(([k, v]) => [k, withoutDescriptionKind(v)]));
}

describe("provider schemas as terraform prints them", () => {
  let ws: TerraformWorkspace;
  let printed: PrintedSchemas;

  beforeAll(async () => {
    requireTerraform();
    for (const bundle of ["terraform-provider-c1twingate", "terraform-provider-conductorone"]) {
      if (!existsSync(join(DIST, bundle))) throw new Error(`dist/${bundle} is missing: run npm run build (jest's global setup does it)`);
    }
    ws = createTerraformWorkspace({
      providers: [
        { file: join(DIST, "terraform-provider-c1twingate"), hostname: PROVIDER_HOSTNAME, namespace: PROVIDER_NAMESPACE, type: PROVIDER_TYPE, version: PROVIDER_VERSION },
        { file: join(DIST, "terraform-provider-conductorone"), hostname: STANDIN_HOSTNAME, namespace: STANDIN_NAMESPACE, type: STANDIN_TYPE, version: STANDIN_VERSION },
      ],
      mainTf: [
        "terraform {",
        "  required_providers {",
        `    c1twingate = { source = "${PROVIDER_SOURCE}", version = "${PROVIDER_VERSION}" }`,
        `    conductorone = { source = "conductorone/conductorone", version = "${STANDIN_VERSION}" }`,
        "  }",
        "}",
      ].join("\n"),
    });
    await ws.run(["init", "-input=false"]);
    const run = await ws.run(["providers", "schema", "-json"]);
    printed = JSON.parse(run.stdout) as PrintedSchemas;
  });

  afterAll(() => ws?.cleanup());

  test("c1twingate: the generator's input equals terraform's own output for our provider", async () => {
    const ours = await c1twingateSchemaJson();
    expect(ours.provider_schemas[PROVIDER_SOURCE]).toEqual(printed.provider_schemas[PROVIDER_SOURCE]);
  });

  test("conductorone stand-in: every type it serves has the real provider's schema (all but description_kind)", () => {
    const real = withoutDescriptionKind(readConductoroneSchema().provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS]) as Required<PrintedSchemas["provider_schemas"][string]>;
    const served = withoutDescriptionKind(printed.provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS]) as PrintedSchemas["provider_schemas"][string] | undefined;
    if (!served) throw new Error("terraform printed no schema for the ConductorOne stand-in");
    expect(served.provider).toEqual(real.provider);
    const { resources, dataSources } = conductoroneStandin.definition;
    expect(Object.keys(served.resource_schemas ?? {}).sort()).toEqual(Object.keys(resources ?? {}).sort());
    expect(Object.keys(served.data_source_schemas ?? {}).sort()).toEqual(Object.keys(dataSources ?? {}).sort());
    for (const [name, schema] of Object.entries(served.resource_schemas ?? {})) expect({ name, schema }).toEqual({ name, schema: real.resource_schemas[name] });
    for (const [name, schema] of Object.entries(served.data_source_schemas ?? {})) expect({ name, schema }).toEqual({ name, schema: real.data_source_schemas[name] });
  });
});

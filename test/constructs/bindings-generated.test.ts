/**
 * constructs/bindings/ is the output of CDKTF's own generator (scripts/generate-bindings.ts),
 * never hand-written: regenerating from the schemas must give exactly the committed files,
 * and the one edit we make (`override` modifiers) must not change the JavaScript.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { differences, generateBindings, readBindings, type BindingTarget } from "../../scripts/bindings/generate";
import { BINDINGS_DIR, c1twingateTarget, conductoroneTarget, CONDUCTORONE_SCHEMA_FILE, ROOT } from "../../scripts/bindings/targets";
import { PROVIDER_VERSION } from "../../src/provider/address";

jest.setTimeout(120_000);

const FIX = "the committed bindings are stale: run `npm run bindings` and commit constructs/bindings/";

async function expectUpToDate(target: BindingTarget): Promise<void> {
  const generated = await generateBindings(target);
  const committed = readBindings(join(BINDINGS_DIR, target.name));
  const changed = differences(generated, committed);
  if (changed.length > 0) throw new Error(`${FIX} (${target.name}: ${changed.join(", ")})`);
  expect(generated.size).toBeGreaterThan(0);
}

function transpiled(text: string): string {
  return ts.transpileModule(text, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS } }).outputText;
}

describe("generated bindings", () => {
  test("conductorone: regenerating from the real v1.5.0 schema gives the committed files, for all 25 types", async () => {
    const target = conductoroneTarget();
    await expectUpToDate(target);
    const index = readFileSync(join(BINDINGS_DIR, "conductorone", "index.ts"), "utf8");
    // 10 resources + 15 data sources + the provider.
    expect(index.match(/^export \* as /gm)).toHaveLength(26);
    expect(target.versionConstraint).toBe("~> 1.5");
  });

  test("c1twingate: regenerating from our provider's GetProviderSchema gives the committed files", async () => {
    const target = await c1twingateTarget();
    await expectUpToDate(target);
    expect(target.versionConstraint).toBe(`~> ${PROVIDER_VERSION.split(".").slice(0, 2).join(".")}`);
  });

  test("a new attribute in a provider's schema reaches the bindings with no hand edit, and the check notices", async () => {
    const target = await c1twingateTarget();
    const schema = structuredClone(target.schema) as { provider_schemas: Record<string, { data_source_schemas: Record<string, { block: { attributes: Record<string, unknown> } }> }> };
    const provider = Object.values(schema.provider_schemas)[0];
    const preview = provider?.data_source_schemas.c1twingate_sync_preview;
    if (!preview) throw new Error("c1twingate_sync_preview is missing from our provider's schema");
    preview.block.attributes.ambiguous_groups = { type: ["list", "string"], description: "Group names that match several groups.", description_kind: "plain", computed: true };
    const generated = await generateBindings({ ...target, schema });
    const changed = differences(generated, readBindings(join(BINDINGS_DIR, target.name)));
    expect(changed).toEqual(["data-c1twingate-sync-preview/index.ts"]);
    const file = generated.get("data-c1twingate-sync-preview/index.ts") ?? "";
    expect(file).toContain("public get ambiguousGroups()");
    expect(file).toContain("this.getListAttribute('ambiguous_groups')");
  });

  test("the only edit to the generator's output, `override`, leaves the JavaScript identical", async () => {
    for (const target of [conductoroneTarget(), await c1twingateTarget()]) {
      const raw = await generateBindings(target, { raw: true });
      const edited = readBindings(join(BINDINGS_DIR, target.name));
      expect([...edited.keys()].sort()).toEqual([...raw.keys()].sort());
      let overrides = 0;
      for (const [path, text] of raw) {
        const ours = edited.get(path) ?? "";
        overrides += (ours.match(/\boverride /g) ?? []).length - (text.match(/\boverride /g) ?? []).length;
        if (path.endsWith(".ts")) expect({ path, js: transpiled(ours) }).toEqual({ path, js: transpiled(text) });
        else expect(ours).toBe(text);
      }
      expect(overrides).toBeGreaterThan(0);
    }
  });

  test("the schema the bindings and the stand-in read is the real one from the shared references, byte for byte", () => {
    const reference = join(ROOT, "..", "shared", "reference", "conductorone-provider-schema.json");
    const committed = readFileSync(CONDUCTORONE_SCHEMA_FILE, "utf8");
    // The shared references sit next to a checkout; a lone clone carries the copy alone.
    if (existsSync(reference)) expect(committed).toBe(readFileSync(reference, "utf8"));
    expect(JSON.parse(committed).x_source.tag).toBe("v1.5.0");
  });
});

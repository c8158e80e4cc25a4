/**
 * constructs/bindings/ is the output of CDKTF's own generator (scripts/generate-bindings.ts),
 * never hand-written: regenerating from the schemas must give exactly the committed files,
 * and the one edit we make (`override` modifiers) must not change the JavaScript.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { adoptConductoroneSchema } from "../../scripts/bindings/adopt-schema";
import { differences, generateBindings, generateBindingsBothForms, patchConstraint, readBindings, staleBindings, writeBindings, type BindingTarget } from "../../scripts/bindings/generate";
import { BINDINGS_DIR, c1twingateTarget, conductoroneTarget, CONDUCTORONE_SCHEMA_FILE, readConductoroneSchema, ROOT } from "../../scripts/bindings/targets";
import { PROVIDER_VERSION } from "../../src/provider/address";
import { c1twingateProvider } from "../../src/provider/provider";
import { CONDUCTORONE_PROVIDER_ADDRESS, parseSchemaDocument } from "../../src/standins/conductorone/schema/document";
import { attr, defineProvider, type DefinedProvider } from "../../src/tfplugin";

jest.setTimeout(120_000);

const FIX = "the committed bindings are stale: run `npm run bindings` and commit constructs/bindings/";

/**
 * The generator's output for a target, from one run shared by the tests that compare it (a run is
 * a child process loading CDKTF's generator, ~5 s of CPU, and its output depends only on the
 * target): the committed-files checks read its edited form, the `override` test its raw form. The
 * quiet-environment test and the changed-schema test run the generator themselves.
 */
const runs = new Map<string, ReturnType<typeof generateBindingsBothForms>>();
function generatedOnce(target: BindingTarget): ReturnType<typeof generateBindingsBothForms> {
  const key = JSON.stringify([target.name, target.source, target.versionConstraint, target.schema]);
  let run = runs.get(key);
  if (!run) runs.set(key, (run = generateBindingsBothForms(target)));
  return run;
}

async function expectUpToDate(target: BindingTarget): Promise<void> {
  const generated = (await generatedOnce(target)).edited;
  const committed = readBindings(join(BINDINGS_DIR, target.name));
  const changed = differences(generated, committed);
  if (changed.length > 0) throw new Error(`${FIX} (${target.name}: ${changed.join(", ")})`);
  expect(generated.size).toBeGreaterThan(0);
}

function transpiled(text: string): string {
  return ts.transpileModule(text, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS } }).outputText;
}

/** The provider version the committed ConductorOne schema was taken from: every expectation below follows it. */
const TAG = readConductoroneSchema().x_source?.tag ?? "";

describe("generated bindings", () => {
  test(`conductorone: regenerating from the committed schema (${TAG}) gives the committed files, for every type, with a patch-level constraint`, async () => {
    const target = conductoroneTarget();
    await expectUpToDate(target);
    const schema = readConductoroneSchema().provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS] as { resource_schemas: object; data_source_schemas: object };
    const types = Object.keys(schema.resource_schemas).length + Object.keys(schema.data_source_schemas).length;
    const index = readFileSync(join(BINDINGS_DIR, "conductorone", "index.ts"), "utf8");
    // One namespace per type, plus the provider.
    expect(index.match(/^export \* as /gm)).toHaveLength(types + 1);
    // Minor releases of this provider rename attributes (v1.4.3 → v1.5.0 renamed app_entitlement's nested fields): patch releases only.
    expect(target.versionConstraint).toBe(`~> ${TAG.replace(/^v/, "")}`);
    expect(readFileSync(join(BINDINGS_DIR, "conductorone", "app", "index.ts"), "utf8")).toContain(`providerVersionConstraint: '${target.versionConstraint}'`);
  });

  test("c1twingate: regenerating from our provider's GetProviderSchema gives the committed files", async () => {
    const target = await c1twingateTarget();
    await expectUpToDate(target);
    expect(target.versionConstraint).toBe(`~> ${PROVIDER_VERSION.split(".").slice(0, 2).join(".")}`);
  });

  test("a brand-new attribute of our provider: the check fails naming the binding, and regeneration adds it with no hand edit", async () => {
    const NAME = "rotation_hint";
    const def = c1twingateProvider.definition;
    const check = def.resources?.c1twingate_credential_check;
    if (!check) throw new Error("c1twingate_credential_check is missing from our provider");
    // Really new: neither in the provider nor in the committed binding.
    expect(Object.keys(check.schema.attributes)).not.toContain(NAME);
    const committed = readFileSync(join(BINDINGS_DIR, "c1twingate", "credential-check", "index.ts"), "utf8");
    expect(committed).not.toContain(NAME);

    const changed = defineProvider({
      ...def,
      resources: {
        ...def.resources,
        c1twingate_credential_check: { ...check, schema: { ...check.schema, attributes: { ...check.schema.attributes, [NAME]: attr.string({ computed: true, description: "When to rotate the key." }) } } },
      },
    }) as DefinedProvider<unknown>;
    const target = await c1twingateTarget(changed);
    expect(await staleBindings([target], BINDINGS_DIR)).toEqual([
      "constructs/bindings/c1twingate: 1 file(s) differ from the generator's output (credential-check/index.ts). Run npm run bindings.",
    ]);

    const scratch = mkdtempSync(join(tmpdir(), "c1tg-bindings-test-"));
    try {
      const written = await writeBindings(target, scratch);
      expect(written.files).toBe(readBindings(join(BINDINGS_DIR, "c1twingate")).size);
      const file = readFileSync(join(scratch, "c1twingate", "credential-check", "index.ts"), "utf8");
      expect(file).toContain("public get rotationHint()");
      expect(file).toContain("this.getStringAttribute('rotation_hint')");
      // Everything else is as committed.
      expect(differences(readBindings(join(scratch, "c1twingate")), readBindings(join(BINDINGS_DIR, "c1twingate")))).toEqual(["credential-check/index.ts"]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  test("the generator runs with a quiet terraform environment: nothing reaches this process's output, even with a dangling TF_CLI_CONFIG_FILE", async () => {
    const saved = process.env.TF_CLI_CONFIG_FILE;
    process.env.TF_CLI_CONFIG_FILE = join(tmpdir(), "no-such-dir", "terraformrc");
    const written: string[] = [];
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    const logged = jest.spyOn(console, "log").mockImplementation((...args: unknown[]) => void written.push(args.join(" ")));
    const errored = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void written.push(args.join(" ")));
    try {
      expect((await generateBindings(await c1twingateTarget())).size).toBeGreaterThan(0);
    } finally {
      for (const spy of [stderr, stdout, logged, errored]) spy.mockRestore();
      if (saved === undefined) delete process.env.TF_CLI_CONFIG_FILE;
      else process.env.TF_CLI_CONFIG_FILE = saved;
    }
    expect(written).toEqual([]);
  });

  test("the only edit to the generator's output, `override`, leaves the JavaScript identical", async () => {
    for (const target of [conductoroneTarget(), await c1twingateTarget()]) {
      const { raw } = await generatedOnce(target);
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

  test("the schema the bindings and the stand-in read is the shared reference, or one adopted from it by the documented procedure", () => {
    const reference = join(ROOT, "..", "shared", "reference", "conductorone-provider-schema.json");
    const committed = readFileSync(CONDUCTORONE_SCHEMA_FILE, "utf8");
    const doc = JSON.parse(committed) as { x_source: { tag: string; notes: string[] } };
    // The shared references sit next to a checkout; a lone clone carries the copy alone.
    if (existsSync(reference)) {
      const ref = JSON.parse(readFileSync(reference, "utf8")) as { x_source: { tag: string } };
      if (doc.x_source.tag === ref.x_source.tag) expect(committed).toBe(readFileSync(reference, "utf8"));
      else expect(doc.x_source.notes.join(" ")).toMatch(new RegExp(`conductorone/conductorone ${doc.x_source.tag.replace(/^v/, "")}; x_\\* keys carried over from the schema file of ${ref.x_source.tag}`));
    }
    expect(doc.x_source.tag).toMatch(/^v\d+\.\d+\.\d+$/);
  });
});

describe("adopting a newer ConductorOne provider's schema (docs/constructs.md, \"A newer ConductorOne provider\")", () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), "c1tg-adopt-"));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  /** A `terraform providers schema -json` print of a "next" version: one attribute added, one (with x_* facts) gone. */
  function nextSchemaFile(): string {
    const doc = readConductoroneSchema() as unknown as { format_version: string; provider_schemas: Record<string, { resource_schemas: Record<string, { block: { attributes: Record<string, unknown> } }> }> };
    const app = doc.provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS]?.resource_schemas.conductorone_app;
    if (!app) throw new Error("conductorone_app is missing from the committed schema");
    app.block.attributes.owner_group_id = { type: "string", description: "New in the next version.", description_kind: "plain", optional: true };
    delete app.block.attributes.match_baton_ref;
    const file = join(scratch, "schema.json");
    writeFileSync(file, JSON.stringify({ format_version: doc.format_version, provider_schemas: doc.provider_schemas }));
    return file;
  }

  test("reports stale x_* facts, new and gone attributes; the stand-in refuses the file until the stale facts are fixed; the constraint follows the version", () => {
    const target = join(scratch, "conductorone-provider-schema.json");
    copyFileSync(CONDUCTORONE_SCHEMA_FILE, target);
    const report = adoptConductoroneSchema(nextSchemaFile(), "1.6.0", target);
    expect(report.constraint).toBe("~> 1.6.0");
    expect(report.added).toEqual(["conductorone_app.owner_group_id"]);
    expect(report.removed).toEqual(["conductorone_app.match_baton_ref", "conductorone_app.match_baton_ref.app_id", "conductorone_app.match_baton_ref.connector_id", "conductorone_app.match_baton_ref.external_id"]);
    expect(report.stale).toEqual(expect.arrayContaining(['x_plan_modifiers["conductorone_app.match_baton_ref"]', 'x_validators["conductorone_app.match_baton_ref.app_id"]']));
    expect(report.stale.every((s) => s.includes("conductorone_app.match_baton_ref"))).toBe(true);

    const adopted = JSON.parse(readFileSync(target, "utf8")) as Record<string, Record<string, unknown>>;
    expect(adopted.x_source?.tag).toBe("v1.6.0");
    expect(conductoroneTarget(readConductoroneSchema(target)).versionConstraint).toBe(patchConstraint("1.6.0"));
    // Loud: the stand-in (and every test that starts it) refuses a document with stale facts.
    expect(() => parseSchemaDocument(adopted)).toThrow(/x_plan_modifiers\["conductorone_app\.match_baton_ref"\].*carried over from an older schema/s);
    // Once a person removes them (the attribute is gone), the document is accepted.
    for (const map of ["x_plan_modifiers", "x_validators", "x_custom_types"]) {
      for (const key of Object.keys(adopted[map] ?? {})) if (key.startsWith("conductorone_app.match_baton_ref")) delete adopted[map]?.[key];
    }
    expect(parseSchemaDocument(adopted).x_source?.tag).toBe("v1.6.0");
  });

  test("the same version again reports nothing to review", () => {
    const target = join(scratch, "conductorone-provider-schema.json");
    copyFileSync(CONDUCTORONE_SCHEMA_FILE, target);
    const current = readConductoroneSchema() as unknown as { format_version: string; provider_schemas: unknown };
    const file = join(scratch, "same.json");
    writeFileSync(file, JSON.stringify({ format_version: current.format_version, provider_schemas: current.provider_schemas }));
    expect(adoptConductoroneSchema(file, TAG, target)).toEqual({ stale: [], added: [], removed: [], constraint: `~> ${TAG.replace(/^v/, "")}` });
  });
});

/**
 * ProviderDefinition.computedPlanning: the default ("explicit") keeps a computed attribute's prior
 * value on update; "plugin-framework" plans as terraform-plugin-framework v1.19.0 does
 * (MarkComputedNilsAsUnknown): any change makes every computed attribute the configuration leaves
 * null unknown, at any depth, except those with a default; useStateForUnknown restores the prior
 * value. Driven through the RPC runtime, as Terraform calls it.
 */
import { attr, block, decodeMsgpack, defineProvider, defineResource, encodeMsgpack, isUnknown, UNKNOWN, type CtyValue, type DefinedProvider } from "../../../src/tfplugin";
import { impliedType } from "../../../src/tfplugin/framework/schema";
import { errorsOf, runtimeHarness, type Obj } from "../../helpers/tfplugin-runtime";

const thing = defineResource()({
  schema: {
    attributes: {
      id: attr.string({ computed: true }),
      name: attr.string({ required: true }),
      updated_at: attr.string({ computed: true }),
      region: attr.string({ optional: true, computed: true }),
      kept: attr.string({ computed: true, useStateForUnknown: true }),
      tier: attr.string({ default: "basic" }),
      meta: attr.nested("single", { label: attr.string({ optional: true }), stamp: attr.string({ computed: true }) }, { optional: true }),
    },
    blocks: { rule: block.list({ attributes: { from: attr.string({ required: true }), status: attr.string({ computed: true }) } }) },
  },
  async create({ config }) {
    return { id: "t-1", updated_at: "1", region: "eu", kept: "k-1", meta: config.meta && { ...config.meta, stamp: "s-1" }, rule: config.rule.map((r) => ({ ...r, status: "ok" })) };
  },
  async read({ state }) {
    return state;
  },
  async update({ config, prior }) {
    return { id: prior.id, updated_at: "2", region: prior.region, kept: prior.kept, meta: config.meta && { ...config.meta, stamp: "s-2" }, rule: config.rule.map((r) => ({ ...r, status: "ok" })) };
  },
  async delete() {},
});

const providerWith = (computedPlanning?: "explicit" | "plugin-framework") =>
  defineProvider({ typeName: "pf", version: "1.0.0", ...(computedPlanning ? { computedPlanning } : {}), resources: { pf_thing: thing } });

const prior: Obj = {
  id: "t-1",
  name: "a",
  updated_at: "1",
  region: "eu",
  kept: "k-1",
  tier: "basic",
  meta: { label: "x", stamp: "s-1" },
  rule: [{ from: "f", status: "ok" }],
};
const configOf = (name: string): Obj => ({ id: null, name, updated_at: null, region: null, kept: null, tier: null, meta: { label: "x", stamp: null }, rule: [{ from: "f", status: null }] });

/** Terraform's proposed new state: the configuration with the prior values of computed attributes, however deep. */
const proposedFrom = (config: Obj): Obj => ({
  ...config,
  id: prior.id!,
  updated_at: prior.updated_at!,
  region: prior.region!,
  kept: prior.kept!,
  tier: prior.tier!,
  meta: { label: "x", stamp: "s-1" },
  rule: [{ from: "f", status: "ok" }],
});

const TYPE = impliedType(thing.schema);
const dv = (v: CtyValue) => ({ msgpack: Buffer.from(encodeMsgpack(TYPE, v)) });

/** PlanResourceChange with a proposed new state given whole (the shared harness proposes top-level values only). */
async function planWith(provider: DefinedProvider<unknown>, proposed: Obj, config: Obj): Promise<{ planned: Obj; diagnostics: unknown[]; h: ReturnType<typeof runtimeHarness> }> {
  const h = runtimeHarness(provider);
  expect(await h.configure()).toEqual([]);
  const res = await h.rt.PlanResourceChange({ type_name: "pf_thing", prior_state: dv(prior), proposed_new_state: dv(proposed), config: dv(config), client_capabilities: { write_only_attributes_allowed: true } });
  expect(errorsOf(res.diagnostics)).toEqual([]);
  return { planned: decodeMsgpack(TYPE, res.planned_state?.msgpack ?? new Uint8Array([0xc0])) as Obj, diagnostics: res.diagnostics, h };
}

describe("computedPlanning", () => {
  test('"plugin-framework": an update makes every computed attribute left null unknown, nested ones too; defaults and useStateForUnknown keep theirs', async () => {
    const config = configOf("b");
    const { planned } = await planWith(providerWith("plugin-framework"), proposedFrom(config), config);
    for (const name of ["id", "updated_at", "region"]) expect([name, isUnknown(planned[name] as CtyValue)]).toEqual([name, true]);
    expect(planned.kept).toBe("k-1");
    expect(planned.tier).toBe("basic");
    expect(planned.name).toBe("b");
    expect(isUnknown((planned.meta as Obj).stamp as CtyValue)).toBe(true);
    expect((planned.meta as Obj).label).toBe("x");
    expect(isUnknown((planned.rule as Obj[])[0]?.status as CtyValue)).toBe(true);
  });

  test('"plugin-framework": a plan equal to the prior state stays as it is (nothing to apply)', async () => {
    const config = configOf("a");
    const { planned } = await planWith(providerWith("plugin-framework"), proposedFrom(config), config);
    expect(planned).toEqual(prior);
  });

  test('"plugin-framework": apply fills what the plan left unknown', async () => {
    const config = configOf("b");
    const { planned, h } = await planWith(providerWith("plugin-framework"), proposedFrom(config), config);
    const applied = await h.apply("pf_thing", { config, prior, planned });
    expect(applied.diagnostics).toEqual([]);
    expect(applied.state).toMatchObject({ id: "t-1", name: "b", updated_at: "2", region: "eu", kept: "k-1", meta: { label: "x", stamp: "s-2" } });
  });

  test('the default ("explicit") keeps prior computed values on update, as before', async () => {
    for (const provider of [providerWith(), providerWith("explicit")]) {
      const config = configOf("b");
      const { planned } = await planWith(provider, proposedFrom(config), config);
      expect(planned).toEqual({ ...prior, name: "b" });
    }
  });

  test("on create both plan every computed attribute left null as unknown (defaults excepted)", async () => {
    for (const provider of [providerWith(), providerWith("plugin-framework")]) {
      const h = runtimeHarness(provider);
      await h.configure();
      const { planned } = await h.plan("pf_thing", { config: configOf("a") });
      expect(planned).toMatchObject({ id: UNKNOWN, updated_at: UNKNOWN, region: UNKNOWN, kept: UNKNOWN, tier: "basic" });
    }
  });

  test("inside a configured nested attribute only computed attributes left null may be planned; a configured one may not change", async () => {
    const rewriting = defineProvider({
      typeName: "pf",
      version: "1.0.0",
      computedPlanning: "plugin-framework",
      resources: { pf_thing: { ...thing, plan: () => ({ planned: { meta: { label: "rewritten", stamp: UNKNOWN } } }) } },
    });
    const h = runtimeHarness(rewriting);
    await h.configure();
    const config = configOf("b");
    const res = await h.rt.PlanResourceChange({ type_name: "pf_thing", prior_state: dv(prior), proposed_new_state: dv(proposedFrom(config)), config: dv(config) });
    expect(errorsOf(res.diagnostics).map((d) => d.summary)).toEqual(["Provider planned a value different from the configuration"]);
  });

  test("an unknown way of planning is refused when the provider is defined", () => {
    expect(() => defineProvider({ typeName: "pf", version: "1.0.0", computedPlanning: "sdkv2" as "explicit", resources: { pf_thing: thing } })).toThrow(/computedPlanning.*"explicit" or "plugin-framework"/s);
  });
});

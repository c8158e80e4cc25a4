import { isUnknown, UNKNOWN, valuesEqual, type CtyValue } from "../cty/values";
import { flagsOf, type AnyAttribute, type BlockSchema } from "./schema";

/**
 * How a provider plans the computed attributes a configuration leaves null (see
 * ProviderDefinition.computedPlanning). On create both kinds plan them unknown.
 *
 * - `"explicit"` (the default): on update they keep the value Terraform proposes from the prior
 *   state; what apply may change is said explicitly (`volatile`, or the resource's plan hook).
 * - `"plugin-framework"`: as terraform-plugin-framework v1.19.0 plans them
 *   (`internal/fwserver/server_planresourcechange.go`, `MarkComputedNilsAsUnknown`): when the
 *   plan differs from the prior state in anything at all, every computed attribute that is null in
 *   the configuration, at any depth (nested attributes, attributes of blocks), becomes unknown,
 *   unless it has a default. Plan modifiers run afterwards and may restore a prior value
 *   (UseStateForUnknown; the framework's `useStateForUnknown` option does the same). The
 *   consequence a real provider's users see: an in-place update makes its computed `id` unknown,
 *   so every argument elsewhere that references it is unknown too, and a RequiresReplace there
 *   replaces that other object.
 */
export type ComputedPlanning = "explicit" | "plugin-framework";

type Obj = Record<string, CtyValue>;

function asObject(v: CtyValue | undefined): Obj | null {
  return v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v) && !isUnknown(v) ? (v as Obj) : null;
}

/**
 * terraform-plugin-framework's step after defaults and before plan modifiers: `planned` is the
 * proposed new state with defaults applied and write-only attributes nulled (defaultPlan).
 * Returns it unchanged when it equals the prior state (nothing to apply); otherwise with every
 * computed attribute the configuration leaves null marked unknown.
 */
export function markComputedNullsUnknown(schema: BlockSchema, config: CtyValue, prior: CtyValue, planned: CtyValue): CtyValue {
  if (planned === null || isUnknown(planned)) return planned;
  if (prior !== null && valuesEqual(prior, planned)) return planned;
  return markBlock(schema, asObject(config), planned);
}

function markBlock(schema: BlockSchema, config: Obj | null, planned: CtyValue): CtyValue {
  const pl = asObject(planned);
  if (!pl) return planned;
  const out: Obj = { ...pl };
  for (const [name, a] of Object.entries(schema.attributes)) out[name] = markAttribute(a, config?.[name] ?? null, out[name] ?? null);
  for (const [name, b] of Object.entries(schema.blocks ?? {})) {
    // A block itself is never computed; the attributes inside it may be.
    const c = config?.[name] ?? null;
    const v = out[name] ?? null;
    if (b.nesting === "single" || b.nesting === "group") out[name] = markBlock(b.schema, asObject(c), v);
    else out[name] = eachElement(b.nesting, c, v, (ce, ve) => markBlock(b.schema, asObject(ce), ve));
  }
  return out;
}

function markAttribute(a: AnyAttribute, config: CtyValue, planned: CtyValue): CtyValue {
  if (config !== null) {
    // Set (or unknown) in the configuration: only computed attributes nested inside may change.
    return a.nested ? markNested(a.nested, config, planned) : planned;
  }
  if (flagsOf(a).computed && a.options.default === undefined && !a.options.writeOnly) return UNKNOWN;
  // Not computed and null in config: Terraform proposes null, nothing inside to mark.
  return planned;
}

function markNested(nested: NonNullable<AnyAttribute["nested"]>, config: CtyValue, planned: CtyValue): CtyValue {
  const inner = { attributes: nested.attributes };
  if (nested.nesting === "single") return markBlock(inner, asObject(config), planned);
  return eachElement(nested.nesting, config, planned, (ce, ve) => markBlock(inner, asObject(ce), ve));
}

/**
 * Walks the elements of a list, set or map of objects with the configuration's element at the same
 * place. Set elements are identified by value, and a planned element carrying prior computed values
 * matches no configured one, so the framework finds no null configuration inside it and leaves it
 * alone; so does this.
 */
function eachElement(nesting: "list" | "set" | "map", config: CtyValue, planned: CtyValue, mark: (config: CtyValue, planned: CtyValue) => CtyValue): CtyValue {
  if (nesting === "set") return planned;
  if (nesting === "map") {
    const pm = asObject(planned);
    if (!pm) return planned;
    const cm = asObject(config);
    return Object.fromEntries(Object.entries(pm).map(([k, v]) => [k, mark(cm?.[k] ?? null, v)]));
  }
  if (!Array.isArray(planned)) return planned;
  const ca = Array.isArray(config) ? config : [];
  return planned.map((v: CtyValue, i: number) => mark(ca[i] ?? null, v));
}

import { isUnknown, isWhollyKnown, UNKNOWN, valuesEqual, type CtyValue } from "../cty/values";
import { formatPath } from "../errors";
import type { Diagnostics, PathStep } from "./diagnostics";
import { flagsOf, type AnyAttribute, type BlockSchema } from "./schema";

/**
 * Terraform's resource lifecycle rules (docs/resource-instance-change-lifecycle.md),
 * applied by the framework so a provider cannot break them by accident.
 */

type Obj = Record<string, CtyValue>;
type Path = PathStep[];

function asObject(v: CtyValue | undefined): Obj | null {
  return v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v) && !isUnknown(v) ? (v as Obj) : null;
}

/**
 * The default plan: start from Terraform's proposed new state, null every
 * write-only attribute, plan defaults for unset attributes, and mark computed
 * attributes that nobody set as unknown when the object is new.
 */
export function defaultPlan(schema: BlockSchema, config: CtyValue, prior: CtyValue, proposed: CtyValue): CtyValue {
  const cfg = asObject(config);
  const prop = asObject(proposed);
  if (!prop) return proposed;
  const pri = asObject(prior);
  const out: Obj = { ...prop };
  for (const [name, a] of Object.entries(schema.attributes)) {
    const c = cfg ? cfg[name] ?? null : null;
    if (a.options.writeOnly) {
      out[name] = null;
      continue;
    }
    if (c !== null) continue; // set in config (or unknown): proposed already equals config
    const { computed } = flagsOf(a);
    if (!computed) continue;
    if (a.options.default !== undefined) {
      out[name] = a.options.default as CtyValue;
      continue;
    }
    if ((prop[name] ?? null) === null && pri === null) out[name] = UNKNOWN;
  }
  for (const [name, b] of Object.entries(schema.blocks ?? {})) {
    const c = cfg ? cfg[name] ?? null : null;
    const p = out[name] ?? null;
    const before = pri ? pri[name] ?? null : null;
    if (b.nesting === "single" || b.nesting === "group") out[name] = defaultPlan(b.schema, c, before, p);
    else if (b.nesting === "map") {
      const pm = asObject(p);
      if (pm) {
        const cm = asObject(c);
        const bm = asObject(before);
        out[name] = Object.fromEntries(Object.entries(pm).map(([k, v]) => [k, defaultPlan(b.schema, cm?.[k] ?? null, bm?.[k] ?? null, v)]));
      }
    } else if (Array.isArray(p)) {
      const ca = Array.isArray(c) ? c : [];
      // Set elements cannot be matched to prior ones by position; Terraform's proposed value already carries their prior computed values.
      const ba = b.nesting === "list" && Array.isArray(before) ? before : [];
      out[name] = p.map((v: CtyValue, i: number) => defaultPlan(b.schema, ca[i] ?? null, ba[i] ?? null, v));
    }
  }
  return out;
}

/**
 * Corrects and checks a plan returned by a hook: write-only attributes null,
 * useStateForUnknown honoured, and config values unchanged (a violation is an
 * error diagnostic naming the attribute, rather than Terraform's generic one).
 */
export function enforcePlanRules(schema: BlockSchema, config: CtyValue, prior: CtyValue, planned: CtyValue, diag: Diagnostics): CtyValue {
  const cfg = asObject(config);
  const pl = asObject(planned);
  if (!pl) return planned;
  const pri = asObject(prior);
  const out: Obj = { ...pl };
  for (const [name, a] of Object.entries(schema.attributes)) {
    if (!(name in out)) out[name] = null;
    if (a.options.writeOnly) {
      out[name] = null;
      continue;
    }
    const c = cfg ? cfg[name] ?? null : null;
    const { computed } = flagsOf(a);
    if (a.options.useStateForUnknown && isUnknown(out[name] ?? null) && pri && (pri[name] ?? null) !== null) out[name] = pri[name] ?? null;
    const v = out[name] ?? null;
    if (c !== null && !honoursConfig(a, c, v)) {
      diag.error(
        "Provider planned a value different from the configuration",
        `The plan for ${formatPath([name])} differs from its configured value; a provider may only plan values for computed attributes the configuration leaves unset. The provider's plan hook changed it: report this to the provider's authors.`,
        [name],
      );
      out[name] = c;
    } else if (c === null && !computed && v !== null) {
      diag.error(
        "Provider planned a value for an unset attribute",
        `${formatPath([name])} is not computed, so its planned value must stay null when the configuration leaves it unset. The provider's plan hook set it: report this to the provider's authors.`,
        [name],
      );
      out[name] = null;
    }
  }
  return out;
}

/**
 * Whether a planned value keeps a configured one, as Terraform checks it (objchange.AssertPlanValid):
 * equal, except that inside a nested attribute a computed attribute the configuration leaves null
 * may be planned (e.g. unknown). Set elements cannot be paired, so only their number is compared.
 */
function honoursConfig(a: AnyAttribute, config: CtyValue, planned: CtyValue): boolean {
  if (!a.nested || config === null || isUnknown(config)) return valuesEqual(config, planned);
  const children = Object.entries(a.nested.attributes);
  const object = (c: CtyValue, p: CtyValue): boolean => {
    const co = asObject(c);
    const po = asObject(p);
    if (!co || !po) return valuesEqual(c, p);
    return children.every(([name, child]) => {
      const cc = co[name] ?? null;
      return (cc === null && flagsOf(child).computed) || honoursConfig(child, cc, po[name] ?? null);
    });
  };
  switch (a.nested.nesting) {
    case "single":
      return object(config, planned);
    case "map": {
      const cm = asObject(config);
      const pm = asObject(planned);
      if (!cm || !pm || Object.keys(cm).length !== Object.keys(pm).length) return false;
      return Object.entries(cm).every(([k, c]) => k in pm && object(c, pm[k] ?? null));
    }
    case "list":
      return Array.isArray(config) && Array.isArray(planned) && config.length === planned.length && config.every((c: CtyValue, i: number) => object(c, planned[i] ?? null));
    case "set":
      return Array.isArray(config) && Array.isArray(planned) && config.length === planned.length;
  }
}

/**
 * Plans volatile attributes (see AttributeOptions.volatile) so that Terraform's re-plan at apply
 * time cannot contradict them: when the hook's plan equals the prior state in every attribute,
 * nothing is applied and the observed values (equal to the prior ones) stand; otherwise every
 * volatile attribute the configuration leaves unset becomes unknown, decided by apply.
 */
export function planVolatile(schema: BlockSchema, config: CtyValue, prior: CtyValue, planned: CtyValue): CtyValue {
  const pl = asObject(planned);
  if (!pl) return planned;
  const names = Object.entries(schema.attributes).filter(([, a]) => a.options.volatile).map(([name]) => name);
  if (names.length === 0) return planned;
  const pri = asObject(prior);
  if (pri && valuesEqual(pri, pl)) return planned;
  const cfg = asObject(config);
  const out: Obj = { ...pl };
  for (const name of names) if ((cfg?.[name] ?? null) === null) out[name] = UNKNOWN;
  return out;
}

/** Paths of attributes marked requiresReplace whose planned value differs from the prior one. */
export function replacePaths(schema: BlockSchema, prior: CtyValue, planned: CtyValue): Path[] {
  const pri = asObject(prior);
  const pl = asObject(planned);
  if (!pri || !pl) return [];
  const out: Path[] = [];
  for (const [name, a] of Object.entries(schema.attributes)) {
    if (a.options.requiresReplace && !valuesEqual(pri[name] ?? null, pl[name] ?? null)) out.push([name]);
  }
  return out;
}

/**
 * Nulls every attribute that must never be stored, however deep: write-only attributes of
 * resources (new state after apply, read, import) and notStored arguments of data sources.
 */
export function stripNeverStored(schema: BlockSchema, value: CtyValue): CtyValue {
  const obj = asObject(value);
  if (!obj) return value;
  const out: Obj = { ...obj };
  for (const [name, a] of Object.entries(schema.attributes)) if (a.options.writeOnly || a.options.notStored) out[name] = null;
  for (const [name, b] of Object.entries(schema.blocks ?? {})) {
    const v = out[name] ?? null;
    if (b.nesting === "single" || b.nesting === "group") out[name] = stripNeverStored(b.schema, v);
    else if (Array.isArray(v)) out[name] = v.map((e: CtyValue) => stripNeverStored(b.schema, e));
    else if (b.nesting === "map" && asObject(v)) out[name] = Object.fromEntries(Object.entries(asObject(v) as Obj).map(([k, e]) => [k, stripNeverStored(b.schema, e)]));
  }
  return out;
}

/**
 * Merges what an apply/read hook returned onto a base object: attributes the
 * hook did not return keep the base value. Unknown keys are reported by the codec.
 */
export function mergeResult(schema: BlockSchema, base: CtyValue, result: Readonly<Record<string, unknown>> | undefined | void): Obj {
  const out: Obj = { ...(asObject(base) ?? {}) };
  for (const name of [...Object.keys(schema.attributes), ...Object.keys(schema.blocks ?? {})]) if (!(name in out)) out[name] = null;
  if (result) for (const [k, v] of Object.entries(result)) if (v !== undefined) out[k] = v as CtyValue;
  return out;
}

/**
 * After apply: the new state must be wholly known and equal every known planned
 * value. Reports each violation with the attribute's name, before Terraform's
 * "Provider produced inconsistent result after apply".
 */
export function checkApplied(schema: BlockSchema, planned: CtyValue, applied: CtyValue, diag: Diagnostics): void {
  const pl = asObject(planned);
  const ap = asObject(applied);
  if (!pl || !ap) return;
  const all: [string, AnyAttribute | null][] = [
    ...Object.entries(schema.attributes).map(([n, a]): [string, AnyAttribute | null] => [n, a]),
    ...Object.keys(schema.blocks ?? {}).map((n): [string, AnyAttribute | null] => [n, null]),
  ];
  for (const [name, a] of all) {
    const p = pl[name] ?? null;
    const v = ap[name] ?? null;
    const hidden = !!a && (!!a.options.sensitive || !!a.options.writeOnly);
    if (!isWhollyKnown(v)) {
      diag.error(
        "Provider left a value unknown after apply",
        `${formatPath([name])} is still unknown after apply; the create/update hook must return a value for every attribute planned as "known after apply".`,
        [name],
      );
    } else if (isWhollyKnown(p) && !valuesEqual(p, v)) {
      diag.error(
        "Provider returned a value different from the plan",
        `${formatPath([name])} was planned as ${show(p, hidden)} but apply returned ${show(v, hidden)}; a planned known value may not change during apply. Plan it as unknown (or fix the hook).`,
        [name],
      );
    }
  }
}

function show(v: CtyValue, hidden: boolean): string {
  if (hidden) return "(sensitive value)";
  const text = JSON.stringify(v);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

import { isUnknown, UNKNOWN, valuesEqual, type CtyValue } from "../cty/values";
import { flagsOf, type BlockSchema } from "./schema";

/**
 * Write-only arguments under `lifecycle { ignore_changes }`.
 *
 * Before PlanResourceChange Terraform replaces every ignored argument by its prior value, and
 * the prior value of a write-only argument is always null (it is never stored): the plan hook
 * would get `api_key = null` and could not do its job (e.g. prove that the key still works),
 * every plan. But Terraform re-validates each instance's unmodified configuration with
 * ValidateResourceConfig immediately before planning it (terraform v1.11
 * internal/terraform/node_resource_abstract_instance.go, `plan`: "Re-validating config", then
 * processIgnoreChanges). So the framework remembers the write-only values each validation saw
 * and gives them back to the plan of the same instance, found by its other arguments: each is
 * equal to the validated one, or to the prior one when it is ignored too.
 */

type Obj = Record<string, CtyValue>;

/** How many validated configurations per resource type are kept (plans of other instances interleave). */
const KEPT_PER_TYPE = 64;

export type Restored =
  /**
   * `ignored`: the write-only arguments Terraform sent as null because of ignore_changes, with the
   * configured value back in `config`; a required one that no validation told becomes unknown
   * (the hook's type promises a value, and "not known at plan" is what it is).
   */
  | { readonly kind: "restored"; readonly config: CtyValue; readonly ignored: readonly string[] }
  /** Several validated configurations fit, with different write-only values: which one is this instance's? */
  | { readonly kind: "ambiguous"; readonly attributes: readonly string[] };

function asObject(v: CtyValue): Obj | null {
  return v !== null && typeof v === "object" && !Array.isArray(v) && !isUnknown(v) ? (v as Obj) : null;
}

export class ValidatedWriteOnly {
  readonly #byType = new Map<string, Obj[]>();

  /** Called by ValidateResourceConfig: remembers a configuration that carries write-only values. */
  remember(typeName: string, schema: BlockSchema, config: CtyValue): void {
    const cfg = asObject(config);
    if (!cfg || !writeOnlyNames(schema).some((n) => (cfg[n] ?? null) !== null)) return;
    const list = this.#byType.get(typeName) ?? [];
    list.push(cfg);
    if (list.length > KEPT_PER_TYPE) list.shift();
    this.#byType.set(typeName, list);
  }

  /**
   * Called by PlanResourceChange with the configuration Terraform sent. Gives back the write-only
   * values the instance's validation saw when ignore_changes nulled them (only an existing object
   * has prior values to substitute), and forgets the validated configuration it used.
   */
  restore(typeName: string, schema: BlockSchema, config: CtyValue, prior: CtyValue): Restored {
    const cfg = asObject(config);
    const list = this.#byType.get(typeName) ?? [];
    const writeOnly = writeOnlyNames(schema);
    if (!cfg || writeOnly.length === 0) return { kind: "restored", config, ignored: [] };
    const others = argumentNames(schema).filter((n) => !writeOnly.includes(n));
    const pri = asObject(prior);
    const missing = pri ? writeOnly.filter((n) => (cfg[n] ?? null) === null) : [];
    const equalTo = (a: Obj, names: readonly string[]): boolean => names.every((n) => valuesEqual(a[n] ?? null, cfg[n] ?? null));
    if (missing.length === 0) {
      // Nothing to restore; forget this instance's validation so it cannot be taken for another's.
      const own = list.findIndex((v) => equalTo(v, [...others, ...writeOnly]));
      if (own >= 0) list.splice(own, 1);
      return { kind: "restored", config, ignored: [] };
    }
    const fits = list.filter((v) => others.every((n) => valuesEqual(v[n] ?? null, cfg[n] ?? null) || valuesEqual(cfg[n] ?? null, pri?.[n] ?? null)));
    const exact = fits.filter((v) => equalTo(v, others));
    const candidates = exact.length > 0 ? exact : fits;
    // The latest validation that fits; every other fitting one must agree on the values to restore.
    const match = candidates[candidates.length - 1];
    if (match && candidates.some((v) => missing.some((n) => !valuesEqual(v[n] ?? null, match[n] ?? null)))) return { kind: "ambiguous", attributes: missing };
    if (match) list.splice(list.lastIndexOf(match), 1);
    const restored: Obj = { ...cfg };
    const ignored: string[] = [];
    for (const n of missing) {
      const value = match?.[n] ?? null;
      const required = !!schema.attributes[n]?.options.required;
      if (value === null && !required) continue; // an optional argument left unset
      restored[n] = value ?? UNKNOWN;
      ignored.push(n);
    }
    return { kind: "restored", config: restored, ignored };
  }
}

function writeOnlyNames(schema: BlockSchema): string[] {
  return Object.entries(schema.attributes)
    .filter(([, a]) => a.options.writeOnly)
    .map(([n]) => n);
}

/** Attributes and blocks the configuration can set (computed-only ones are always null there). */
function argumentNames(schema: BlockSchema): string[] {
  const attributes = Object.entries(schema.attributes)
    .filter(([, a]) => {
      const f = flagsOf(a);
      return f.required || f.optional;
    })
    .map(([n]) => n);
  return [...attributes, ...Object.keys(schema.blocks ?? {})];
}

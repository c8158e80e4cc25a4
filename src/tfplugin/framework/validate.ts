import type { CtyTypeNode } from "../cty/types";
import { isUnknown, isWhollyKnown, type CtyValue } from "../cty/values";
import { formatPath } from "../errors";
import type { Diagnostics, PathStep } from "./diagnostics";
import { flagsOf, type AnyAttribute, type BlockSchema } from "./schema";

type Obj = Record<string, CtyValue>;

function asObject(v: CtyValue): Obj | null {
  return v !== null && typeof v === "object" && !Array.isArray(v) && !isUnknown(v) ? (v as Obj) : null;
}

/**
 * Where a configuration is checked. `validate`: the Validate* RPCs, where values may still be
 * unknown. `plan`: every later RPC that acts on a configuration (PlanResourceChange,
 * ReadDataSource, ConfigureProvider), where values unknown at validate may have become known.
 * The same rules run in both, so a value is checked as soon as it is known, whatever the host
 * re-validates; warnings (deprecations) are given once, at validate.
 */
export type ValidationPhase = "validate" | "plan";

export interface ValidateOptions {
  phase: ValidationPhase;
  /**
   * Plan of an object that exists. Terraform replaces an argument listed in `ignore_changes` by
   * its prior value before PlanResourceChange, and the prior value of a write-only argument is
   * always null: a null write-only argument then says nothing about the configuration (which
   * Terraform validated, unmodified, just before).
   */
  priorExists?: boolean;
}

/**
 * Enforces Terraform's rules on a configuration, for every provider built on the framework:
 * computed-only attributes cannot be set; required attributes cannot be null (an expression
 * such as a variable whose default is null passes Terraform's own "argument is required"
 * check); attribute validators run on every known value.
 *
 * Returns false when a required attribute is null: the configuration then does not have the
 * type hooks are promised (`string`, not `string | null`), so no hook may see it.
 */
export function validateConfig(schema: BlockSchema, config: CtyValue, diag: Diagnostics, options: ValidateOptions, path: PathStep[] = []): boolean {
  const cfg = asObject(config);
  if (!cfg) return true;
  let typed = true;
  for (const [name, a] of Object.entries(schema.attributes)) typed = validateAttribute(a, cfg[name] ?? null, diag, options, [...path, name]) && typed;
  for (const [name, b] of Object.entries(schema.blocks ?? {})) {
    const v = cfg[name] ?? null;
    if (b.nesting === "single" || b.nesting === "group") typed = validateConfig(b.schema, v, diag, options, [...path, name]) && typed;
    else if (Array.isArray(v)) v.forEach((e: CtyValue, i: number) => (typed = validateConfig(b.schema, e, diag, options, [...path, name, i]) && typed));
    else if (b.nesting === "map" && asObject(v)) {
      for (const [k, e] of Object.entries(asObject(v) as Obj)) typed = validateConfig(b.schema, e, diag, options, [...path, name, { key: k }]) && typed;
    }
  }
  return typed;
}

function validateAttribute(a: AnyAttribute, value: CtyValue, diag: Diagnostics, options: ValidateOptions, path: PathStep[]): boolean {
  const { required, optional, computed } = flagsOf(a);
  const shown = formatPath(path);
  if (value === null) {
    const hiddenByIgnoreChanges = options.phase === "plan" && !!options.priorExists && !!a.options.writeOnly;
    if (required && !hiddenByIgnoreChanges) {
      diag.error(
        "Missing required argument",
        `The argument "${shown}" is required, but its value is null (for example a variable whose default is null, or an expression that evaluates to null). Give ${shown} a value.`,
        path,
      );
      return false;
    }
    return true;
  }
  if (computed && !optional && !required) {
    diag.error(
      "Invalid configuration for read-only attribute",
      `"${shown}" is set by the provider and cannot be configured. Remove ${shown} from the configuration; read the value the provider sets from the resource or data source instead.`,
      path,
    );
    return true;
  }
  if (options.phase === "validate" && a.options.deprecation !== undefined) diag.warn("Deprecated attribute", a.options.deprecation, path);
  let typed = true;
  for (const at of a.nested ? [] : nullElementsOf(a.type, value, path)) {
    const where = formatPath(at);
    diag.error(
      "Null element in a collection",
      `"${where}" is null: the elements of ${shown} must have values (a null comes from an expression such as a variable whose default is null). Remove the element or give it a value.`,
      at,
    );
    typed = false;
  }
  if (a.nested) {
    const inner = { attributes: a.nested.attributes };
    if (a.nested.nesting === "single") typed = validateConfig(inner, value, diag, options, path);
    else if (Array.isArray(value)) value.forEach((e: CtyValue, i: number) => (typed = validateConfig(inner, e, diag, options, [...path, i]) && typed));
    else if (asObject(value)) for (const [k, e] of Object.entries(asObject(value) as Obj)) typed = validateConfig(inner, e, diag, options, [...path, { key: k }]) && typed;
  }
  // Validators are promised a value of the attribute's type: none runs on one already refused (a null element).
  if (!typed || !isWhollyKnown(value)) return typed;
  for (const validator of a.options.validators ?? []) {
    let problems: string | readonly string[] | undefined | void;
    try {
      problems = validator(value);
    } catch (err) {
      problems = err instanceof Error ? err.message : String(err);
    }
    for (const problem of typeof problems === "string" ? [problems] : problems ?? []) {
      diag.error("Invalid attribute value", problem, path);
    }
  }
  return typed;
}

/**
 * Paths of null elements inside list, set and map values. Terraform allows them, but the
 * framework promises hooks `T[]` and `Record<string, T>` (not `(T | null)[]`), so a
 * configuration holding one is refused at validate (and again at plan, for values unknown before).
 * Object attributes may be null (their type says so); dynamic values are left to the hook.
 */
function nullElementsOf(type: CtyTypeNode, value: CtyValue, path: PathStep[]): PathStep[][] {
  if (value === null || isUnknown(value)) return [];
  if (type.kind === "list" || type.kind === "set") {
    if (!Array.isArray(value)) return [];
    return value.flatMap((e: CtyValue, i: number) => (e === null && type.element.kind !== "dynamic" ? [[...path, i]] : nullElementsOf(type.element, e, [...path, i])));
  }
  if (type.kind === "map") {
    const obj = asObject(value);
    if (!obj) return [];
    return Object.entries(obj).flatMap(([k, e]) => (e === null && type.element.kind !== "dynamic" ? [[...path, { key: k }]] : nullElementsOf(type.element, e, [...path, { key: k }])));
  }
  if (type.kind === "object") {
    const obj = asObject(value);
    if (!obj) return [];
    return Object.entries(type.attributes).flatMap(([k, t]) => nullElementsOf(t, obj[k] ?? null, [...path, k]));
  }
  return [];
}

/** Checks that write-only values are only sent to a Terraform that supports them. */
export function checkWriteOnlyAllowed(schema: BlockSchema, config: CtyValue, allowed: boolean, diag: Diagnostics): void {
  if (allowed) return;
  const cfg = asObject(config);
  if (!cfg) return;
  for (const [name, a] of Object.entries(schema.attributes)) {
    if (a.options.writeOnly && (cfg[name] ?? null) !== null) {
      diag.error(
        "Write-only attribute not supported by this Terraform",
        `${name} is write-only, which needs Terraform 1.11 or later (the client did not announce write_only_attributes_allowed). Upgrade Terraform or leave ${name} unset.`,
        [name],
      );
    }
  }
}

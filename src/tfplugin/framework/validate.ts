import { isUnknown, isWhollyKnown, type CtyValue } from "../cty/values";
import type { Diagnostics, PathStep } from "./diagnostics";
import type { AnyAttribute, BlockSchema } from "./schema";

type Obj = Record<string, CtyValue>;

function asObject(v: CtyValue): Obj | null {
  return v !== null && typeof v === "object" && !Array.isArray(v) && !isUnknown(v) ? (v as Obj) : null;
}

/**
 * Runs attribute validators on a configuration (Validate* RPCs). Validators only
 * see known, non-null values: during validate a value may still be unknown, and
 * the check then happens in a later phase when it is known.
 */
export function validateConfig(schema: BlockSchema, config: CtyValue, diag: Diagnostics, path: PathStep[] = []): void {
  const cfg = asObject(config);
  if (!cfg) return;
  for (const [name, a] of Object.entries(schema.attributes)) validateAttribute(a, cfg[name] ?? null, diag, [...path, name]);
  for (const [name, b] of Object.entries(schema.blocks ?? {})) {
    const v = cfg[name] ?? null;
    if (b.nesting === "single" || b.nesting === "group") validateConfig(b.schema, v, diag, [...path, name]);
    else if (Array.isArray(v)) v.forEach((e: CtyValue, i: number) => validateConfig(b.schema, e, diag, [...path, name, i]));
    else if (b.nesting === "map" && asObject(v)) {
      for (const [k, e] of Object.entries(asObject(v) as Obj)) validateConfig(b.schema, e, diag, [...path, name, { key: k }]);
    }
  }
}

function validateAttribute(a: AnyAttribute, value: CtyValue, diag: Diagnostics, path: PathStep[]): void {
  if (value === null) return;
  if (a.options.deprecation !== undefined) diag.warn("Deprecated attribute", a.options.deprecation, path);
  if (a.nested) {
    const inner = { attributes: a.nested.attributes };
    if (a.nested.nesting === "single") validateConfig(inner, value, diag, path);
    else if (Array.isArray(value)) value.forEach((e: CtyValue, i: number) => validateConfig(inner, e, diag, [...path, i]));
    else if (asObject(value)) for (const [k, e] of Object.entries(asObject(value) as Obj)) validateConfig(inner, e, diag, [...path, { key: k }]);
  }
  if (!isWhollyKnown(value)) return;
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

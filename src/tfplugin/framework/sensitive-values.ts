import { DynamicValue, isUnknown, type CtyValue } from "../cty/values";
import { formatPath } from "../errors";
import type { Diagnostics, PathStep } from "./diagnostics";
import type { AnyAttribute, BlockSchema } from "./schema";
import { MIN_SECRET_LENGTH } from "./secret-redactor";

/**
 * Secrets in places that are not secret. Terraform hides a sensitive argument in plans and never
 * stores a write-only one, but an argument that is neither is shown, logged and stored as is:
 * `network = var.api_key` (two variables swapped) would print the key in an error, send it as a
 * host name, and keep it in state. The framework finds such values before any hook runs, so no
 * provider built on it can act on them.
 */

type Obj = Record<string, CtyValue>;

export interface SecretValue {
  readonly path: readonly PathStep[];
  readonly value: string;
  /**
   * Where the secret was given when it is not the object being checked: "the provider
   * configuration", "a <type> resource" (Terraform sends providers no addresses).
   */
  readonly owner?: string;
}

function asObject(v: CtyValue): Obj | null {
  return v !== null && typeof v === "object" && !Array.isArray(v) && !isUnknown(v) && !(v instanceof DynamicValue) ? (v as Obj) : null;
}

/** An attribute whose value must not be shown: sensitive, write-only, or kept out of state. */
export function isSecretAttribute(a: AnyAttribute): boolean {
  return !!(a.options.sensitive || a.options.writeOnly || a.options.notStored);
}

/** Calls `visit` for every known string inside a value, map keys included, with its path. */
function eachString(value: CtyValue, path: PathStep[], visit: (text: string, path: PathStep[]) => void): void {
  if (value === null || isUnknown(value)) return;
  if (typeof value === "string") visit(value, path);
  else if (value instanceof DynamicValue) eachString(value.value, path, visit);
  else if (Array.isArray(value)) value.forEach((e: CtyValue, i: number) => eachString(e, [...path, i], visit));
  else if (typeof value === "object") {
    for (const [k, e] of Object.entries(value as Obj)) {
      visit(k, [...path, { key: k }]);
      eachString(e, [...path, { key: k }], visit);
    }
  }
}

/** Walks attributes (with their flags) and blocks of a schema, at any depth. */
function eachAttributeValue(schema: BlockSchema, value: CtyValue, path: PathStep[], visit: (a: AnyAttribute, value: CtyValue, path: PathStep[]) => void): void {
  const obj = asObject(value);
  if (!obj) return;
  for (const [name, a] of Object.entries(schema.attributes)) {
    const v = obj[name] ?? null;
    if (a.nested && !isSecretAttribute(a)) {
      const inner = { attributes: a.nested.attributes };
      if (a.nested.nesting === "single") eachAttributeValue(inner, v, [...path, name], visit);
      else if (Array.isArray(v)) v.forEach((e: CtyValue, i: number) => eachAttributeValue(inner, e, [...path, name, i], visit));
      else if (asObject(v)) for (const [k, e] of Object.entries(asObject(v) as Obj)) eachAttributeValue(inner, e, [...path, name, { key: k }], visit);
      continue;
    }
    visit(a, v, [...path, name]);
  }
  for (const [name, b] of Object.entries(schema.blocks ?? {})) {
    const v = obj[name] ?? null;
    if (b.nesting === "single" || b.nesting === "group") eachAttributeValue(b.schema, v, [...path, name], visit);
    else if (Array.isArray(v)) v.forEach((e: CtyValue, i: number) => eachAttributeValue(b.schema, e, [...path, name, i], visit));
    else if (asObject(v)) for (const [k, e] of Object.entries(asObject(v) as Obj)) eachAttributeValue(b.schema, e, [...path, name, { key: k }], visit);
  }
}

/** Known strings held by secret attributes (long enough to be told apart from ordinary text). */
export function secretValuesOf(schema: BlockSchema, value: CtyValue): SecretValue[] {
  const out: SecretValue[] = [];
  eachAttributeValue(schema, value, [], (a, v, path) => {
    if (!isSecretAttribute(a)) return;
    eachString(v, path, (text, at) => {
      const trimmed = text.trim();
      if (trimmed.length >= MIN_SECRET_LENGTH) out.push({ path: at, value: trimmed });
    });
  });
  return out;
}

/**
 * Reports, on the attribute that holds it, every non-secret string that contains a secret value
 * (case-insensitively: a host name or a normalised input is often lower-cased). `secrets` are this
 * object's own secret values plus any the caller knows (e.g. the provider configuration's). The
 * diagnostic names both attributes and never shows the value. Returns true when any was found.
 */
export function refuseSecretEchoes(schema: BlockSchema, value: CtyValue, secrets: readonly SecretValue[], diag: Diagnostics): boolean {
  if (secrets.length === 0) return false;
  const lowered = secrets.map((s) => ({ ...s, lower: s.value.toLowerCase() }));
  let found = false;
  eachAttributeValue(schema, value, [], (a, v, path) => {
    if (isSecretAttribute(a)) return;
    const reported = new Set<string>();
    eachString(v, path, (text, stringPath) => {
      const lower = text.toLowerCase();
      const secret = lowered.find((s) => lower.includes(s.lower));
      if (!secret) return;
      // A map key is part of the path: point at the map, so the path never carries the secret.
      const keyStep = stringPath.findIndex((step) => typeof step === "object" && step.key.toLowerCase().includes(secret.lower));
      const at = keyStep >= 0 ? stringPath.slice(0, keyStep) : stringPath;
      const where = formatPath(at);
      if (reported.has(where)) return;
      reported.add(where);
      found = true;
      const source = secret.owner === undefined ? `the value of ${formatPath(secret.path)}` : `a sensitive value this provider was given as ${formatPath(secret.path)} of ${secret.owner}`;
      diag.error(
        "Sensitive value in a non-sensitive argument",
        `The value of ${where} contains ${source}, which is sensitive. ${where} is not: Terraform shows it in plans and logs and keeps it in state, ` +
          `so the provider refused it before using it anywhere. Check that the two are not swapped (e.g. ${where} = var.<the secret's variable>), and set ${where} to its own value.`,
        at,
      );
    });
  });
  return found;
}

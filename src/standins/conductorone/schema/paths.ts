/**
 * Walking values along the attribute paths of the schema document's `x_*` keys
 * (`refs[*].app_id`): every concrete path a pattern matches in a value, and reading
 * or replacing the value at a concrete path.
 */
import { isUnknown, type AttributePath, type CtyValue, type PathStep } from "../../../tfplugin";
import type { SchemaPathStep } from "./document";

type Obj = { readonly [key: string]: CtyValue };

function asObject(v: CtyValue | undefined): Obj | null {
  return v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v) && !isUnknown(v) ? (v as Obj) : null;
}

/** The value at a concrete path; null when the path leaves the value (a null or unknown parent). */
export function valueAt(root: CtyValue, path: AttributePath): CtyValue {
  let current: CtyValue = root;
  for (const step of path) {
    if (current === null || isUnknown(current)) return current;
    if (typeof step === "number") current = Array.isArray(current) ? (current as readonly CtyValue[])[step] ?? null : null;
    else current = asObject(current)?.[typeof step === "string" ? step : step.key] ?? null;
  }
  return current;
}

/** Every concrete path the pattern matches in `root` (`[*]` expands over the elements present). */
export function expandPath(root: CtyValue, steps: readonly SchemaPathStep[]): AttributePath[] {
  let paths: PathStep[][] = [[]];
  for (const step of steps) {
    if ("attribute" in step) {
      paths = paths.map((p) => [...p, step.attribute]);
      continue;
    }
    paths = paths.flatMap((p) => {
      const v = valueAt(root, p);
      if (Array.isArray(v)) return (v as readonly CtyValue[]).map((_, i) => [...p, i]);
      const obj = asObject(v);
      return obj ? Object.keys(obj).map((key) => [...p, { key }]) : [];
    });
  }
  return paths;
}

/** A copy of `root` with the value at `path` replaced (the path must exist). */
export function withValueAt(root: CtyValue, path: AttributePath, value: CtyValue): CtyValue {
  if (path.length === 0) return value;
  const [step, ...rest] = path;
  if (typeof step === "number" && Array.isArray(root)) {
    const copy = [...(root as readonly CtyValue[])];
    copy[step] = withValueAt(copy[step] ?? null, rest, value);
    return copy;
  }
  const obj = asObject(root);
  if (!obj || step === undefined || typeof step === "number") return root;
  const key = typeof step === "string" ? step : step.key;
  return { ...obj, [key]: withValueAt(obj[key] ?? null, rest, value) };
}

export const pathKey = (path: AttributePath): string => JSON.stringify(path);

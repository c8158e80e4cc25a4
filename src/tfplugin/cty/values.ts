import type { CtyTypeNode } from "./types";

/**
 * Refinements of an unknown value (go-cty msgpack ext 12): what is already known
 * about a value that will only be decided later.
 */
export interface Refinements {
  /** true: the value will definitely not be null. */
  readonly notNull?: boolean;
  readonly stringPrefix?: string;
  readonly numberMin?: { readonly value: number | string; readonly inclusive: boolean };
  readonly numberMax?: { readonly value: number | string; readonly inclusive: boolean };
  readonly lengthMin?: number;
  readonly lengthMax?: number;
}

/** A value that is not known yet ("known after apply"). Compare with `isUnknown`, never by identity. */
export class Unknown {
  constructor(readonly refinements?: Refinements) {}
  toString(): string {
    return "(known after apply)";
  }
  toJSON(): string {
    return this.toString();
  }
}

/** The plain unknown value, without refinements. */
export const UNKNOWN: Unknown = Object.freeze(new Unknown());

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

/** A value of cty's dynamic pseudo-type: its concrete type travels with it. */
export class DynamicValue {
  constructor(
    readonly type: CtyTypeNode,
    readonly value: CtyValue,
  ) {}
}

/**
 * The TS representation of any Terraform value: null, Unknown, string, number
 * (a decimal string when a double cannot hold it exactly), boolean, arrays (list,
 * set, tuple), plain objects (object, map) and DynamicValue.
 */
export type CtyValue = null | Unknown | string | number | boolean | DynamicValue | readonly CtyValue[] | { readonly [key: string]: CtyValue };

/** True when the value and everything inside it is known. */
export function isWhollyKnown(v: CtyValue): boolean {
  if (v instanceof Unknown) return false;
  if (v instanceof DynamicValue) return isWhollyKnown(v.value);
  if (Array.isArray(v)) return v.every(isWhollyKnown);
  if (v !== null && typeof v === "object") return Object.values(v as Record<string, CtyValue>).every(isWhollyKnown);
  return true;
}

/** Structural equality of two values (sets compared order-insensitively is not needed: Terraform keeps set order stable in one RPC). */
export function valuesEqual(a: CtyValue, b: CtyValue): boolean {
  if (a === b) return true;
  if (a instanceof Unknown || b instanceof Unknown) return a instanceof Unknown && b instanceof Unknown;
  if (a === null || b === null) return false;
  if (a instanceof DynamicValue || b instanceof DynamicValue) {
    return a instanceof DynamicValue && b instanceof DynamicValue && valuesEqual(a.value, b.value);
  }
  if ((typeof a === "number" || typeof a === "string") && (typeof b === "number" || typeof b === "string")) {
    return numberText(a) === numberText(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x: CtyValue, i: number) => valuesEqual(x, b[i] as CtyValue));
  }
  if (typeof a === "object" && typeof b === "object") {
    const ra = a as Record<string, CtyValue>;
    const rb = b as Record<string, CtyValue>;
    const ka = Object.keys(ra);
    if (ka.length !== Object.keys(rb).length) return false;
    return ka.every((k) => k in rb && valuesEqual(ra[k] as CtyValue, rb[k] as CtyValue));
  }
  return false;
}

// Numbers may arrive as a double or as decimal text; compare their canonical text.
function numberText(v: number | string): string {
  if (typeof v === "number") return String(v);
  const n = Number(v);
  return Number.isFinite(n) && String(n) === v ? v : v.replace(/^(-?)0+(?=\d)/, "$1");
}

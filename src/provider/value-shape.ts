/**
 * What a provider validator says about a value it refuses, without the value. Any attribute can
 * be set from a key's variable by mistake (`require = var.globex_api_key`), and a validator runs
 * before any key is known, so it cannot search the text for one: its message never repeats the
 * value, not even in part, and describes it by its structure (its length; for an enum, whether it
 * differs from an allowed value only in letter case; for a number, which bound it misses).
 */

/** "must be one of "a" or "b"" in a sentence. */
function allowedList(allowed: readonly string[]): string {
  const shown = allowed.map((a) => JSON.stringify(a));
  return shown.length <= 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}`;
}

/** The refusal of an enum attribute: the allowed values, and the given one described, never shown. */
export function enumProblem(name: string, allowed: readonly string[], value: string): string {
  const length = Array.from(value).length;
  const described =
    length === 0
      ? "the value given is empty"
      : allowed.some((a) => a.toLowerCase() === value.trim().toLowerCase())
        ? `the value given (${length} characters, not shown) differs from one of them only in letter case or blanks`
        : `the value given (${length} characters) is not one of them and is not shown`;
  return `${name} must be ${allowed.length === 1 ? "" : "one of "}${allowedList(allowed)}: ${described}`;
}

/** A number rule: the bounds and whether a whole number is required. */
export interface NumberRule {
  min: number;
  max: number;
  /** The minimum itself is refused ("greater than min"). */
  exclusiveMin?: boolean;
  whole?: boolean;
  /** Unit in the message, e.g. "seconds". */
  unit?: string;
}

/** The problem of a number value against `rule`, described (below/above a bound, not whole), or undefined when it fits. */
export function numberProblem(name: string, rule: NumberRule, value: number | string): string | undefined {
  const n = Number(value);
  const unit = rule.unit ? ` of ${rule.unit}` : "";
  const range = rule.exclusiveMin ? `greater than ${rule.min} and at most ${rule.max}` : `from ${rule.min} to ${rule.max}`;
  const wanted = `${name} must be a ${rule.whole ? "whole number" : "number"}${unit} ${range}`;
  let reason: string | undefined;
  if (!Number.isFinite(n)) reason = "is not a finite number";
  else if (rule.exclusiveMin ? n <= rule.min : n < rule.min) reason = rule.exclusiveMin ? `is not greater than ${rule.min}` : `is less than ${rule.min}`;
  else if (n > rule.max) reason = `is greater than ${rule.max}`;
  else if (rule.whole && !Number.isInteger(n)) reason = "is not a whole number";
  return reason === undefined ? undefined : `${wanted}: the value given (not shown) ${reason}`;
}

/** A validator for `numberProblem`. */
export const numberValidator =
  (name: string, rule: NumberRule) =>
  (value: number | string): string | undefined =>
    numberProblem(name, rule, value);

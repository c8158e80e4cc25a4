/**
 * Naming a character in an error message without printing it raw: "a newline", "a
 * zero-width space (U+200B)", "the Cyrillic letter "а" (U+0430)". Used where an input is
 * refused for one character (API key shape, network label, base URL).
 */
import { once } from "../lazy";

const NAMES: Record<number, string> = {
  0x00: "a NUL character (U+0000)",
  0x09: "a tab",
  0x0a: "a newline",
  0x0d: "a carriage return",
  0x20: "a space",
  0x7f: "a DEL character (U+007F)",
  0xa0: "a non-breaking space (U+00A0)",
  0xad: "a soft hyphen (U+00AD)",
  0x200b: "a zero-width space (U+200B)",
  0x200c: "a zero-width non-joiner (U+200C)",
  0x200d: "a zero-width joiner (U+200D)",
  0x2060: "a word joiner (U+2060)",
  0xfeff: "a byte-order mark (U+FEFF)",
  0x2018: "a curly opening quote ‘ (U+2018)",
  0x2019: "a curly closing quote ’ (U+2019)",
  0x201c: "a curly opening double quote “ (U+201C)",
  0x201d: "a curly closing double quote ” (U+201D)",
  0x2013: "an en dash – (U+2013)",
  0x2014: "an em dash — (U+2014)",
};

// Built on first use: esbuild writes these as `new RegExp`, which costs at every process start.
const SCRIPTS = once((): Array<[RegExp, string]> => [
  [/\p{Script=Cyrillic}/u, "Cyrillic"],
  [/\p{Script=Greek}/u, "Greek"],
  [/\p{Script=Armenian}/u, "Armenian"],
  [/\p{Script=Cherokee}/u, "Cherokee"],
  [/\p{Script=Latin}/u, "non-ASCII Latin"],
]);

export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** A character named for a message; control and invisible characters are never shown raw. */
export function describeCharacter(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const named = NAMES[cp];
  if (named !== undefined) return named;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return `a control character (${codePoint(ch)})`;
  if (/\p{L}/u.test(ch)) {
    const script = SCRIPTS().find(([re]) => re.test(ch))?.[1];
    if (script !== undefined) return `the ${script} letter "${ch}" (${codePoint(ch)})`;
    return `the letter "${ch}" (${codePoint(ch)}, not ASCII)`;
  }
  if (/[\p{Cf}\p{Z}\p{M}\p{Cs}\p{Co}\p{Cn}]/u.test(ch)) return `an invisible or combining character (${codePoint(ch)})`;
  if (cp > 0x7e) return `the non-ASCII character "${ch}" (${codePoint(ch)})`;
  return `"${ch}"`;
}

/** 100000 → "100 000" (digits grouped by thin-free spaces, as in the issue texts). */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

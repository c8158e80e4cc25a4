import { Token } from "./core";

/** A prop value as shown in an error line: strings quoted, so `""` and `" "` stay visible. */
export const quote = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v) : String(v));

/** Not a string, or a literal that is only whitespace. Tokens count as filled: they are checked at plan. */
export const isBlank = (v: unknown): boolean => typeof v !== "string" || (!Token.isUnresolved(v) && v.trim() === "");

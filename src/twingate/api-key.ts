import { inspect } from "node:util";
import { CodedError } from "../errors";
import { SecretEchoes } from "../secret-echoes";
import { describeCharacter, groupDigits } from "./characters";

/**
 * A Twingate API key that cannot leak by accident: `toString`, `JSON.stringify` and
 * `util.inspect` print a placeholder; only `reveal()` returns the secret, and only the
 * transport calls it, to set the `X-API-KEY` header.
 *
 * The shape is checked before anything is sent: one line of printable ASCII (U+0021–U+007E)
 * of {@link API_KEY_MIN_CHARS} to {@link API_KEY_MAX_CHARS} characters after trimming blanks
 * at both ends. A key with a newline, NUL, DEL, a smart quote or a zero-width space was
 * mangled on its way (a copy-paste, a file with two lines): it can never authenticate, and an
 * HTTP stack would refuse it as a header value, so it is refused here with what is wrong and
 * where, never with the key.
 */

/** Twingate documents no key format; this only rules out what cannot be a key (a stray word). */
export const API_KEY_MIN_CHARS = 8;
/** Far above any real key, far below what makes servers answer 431 (request headers too large). */
export const API_KEY_MAX_CHARS = 4096;

/** What is wrong with a key's shape, in words that never show it; null when the shape is fine. */
export function apiKeyProblem(value: string): string | null {
  const key = value.trim();
  const chars = Array.from(key);
  if (chars.length === 0) return "is empty";
  if (chars.length > API_KEY_MAX_CHARS) return `is ${groupDigits(chars.length)} characters long, more than ${groupDigits(API_KEY_MAX_CHARS)}`;
  for (const [index, ch] of chars.entries()) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x21 || cp > 0x7e) {
      return `contains ${describeCharacter(ch)} at position ${index + 1} of ${chars.length}: a key is one line of printable ASCII characters`;
    }
  }
  if (chars.length < API_KEY_MIN_CHARS) return `is ${chars.length} characters long, fewer than ${API_KEY_MIN_CHARS}`;
  return pastedAroundProblem(key);
}

const QUOTES = new Set(['"', "'", "`"]);
/** An environment-file assignment: an upper-case variable name (letters, digits, `_`) and `=`. */
const ASSIGNMENT = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+=/;

/**
 * A key pasted with what surrounded it: quotes from a shell or JSON file, or a whole
 * `TWINGATE_API_KEY=…` line from an environment file. Such a value is printable ASCII, so the
 * checks above let it through, and Twingate would answer 401 "invalid or revoked"; naming what
 * is around the key says what to fix. Neither the key nor the name is shown (positions only).
 */
function pastedAroundProblem(key: string): string | null {
  const first = key[0] ?? "";
  const last = key[key.length - 1] ?? "";
  if (QUOTES.has(first) && first === last) return `is wrapped in quotes (its first and last characters are ${quoteName(first)}): remove them, a key has no quotes`;
  if (QUOTES.has(first)) return `starts with ${quoteName(first)}: remove it, a key has no quotes`;
  if (QUOTES.has(last)) return `ends with ${quoteName(last)}: remove it, a key has no quotes`;
  const assignment = ASSIGNMENT.exec(key);
  if (assignment !== null) {
    return `starts with a variable name and = (its first ${assignment[0].length} characters, as in NAME=value from an environment file): keep only the value after =`;
  }
  return null;
}

function quoteName(ch: string): string {
  return ch === '"' ? "a double quote (\")" : ch === "'" ? "a single quote (')" : "a backtick (`)";
}

export class InvalidApiKeyError extends CodedError {
  readonly code = "TG_API_KEY_INVALID";
  constructor(readonly problem: string) {
    super(
      `the Twingate API key ${problem}; it was not sent. Copy the key again from Settings → API in the Twingate ` +
        `admin console, and check the variable or file that holds it (one line, nothing around it)`,
    );
  }
}

export class ApiKey {
  readonly #value: string;
  #echoes: SecretEchoes | undefined;

  /** Throws {@link InvalidApiKeyError} when the shape is wrong. Blanks at both ends are dropped. */
  constructor(value: string) {
    const problem = apiKeyProblem(value);
    if (problem !== null) throw new InvalidApiKeyError(problem);
    this.#value = value.trim();
  }

  static from(value: string | ApiKey): ApiKey {
    return value instanceof ApiKey ? value : new ApiKey(value);
  }

  reveal(): string {
    return this.#value;
  }

  /** Finds and redacts echoes of this key (whole, partial, encoded) in text: see SecretEchoes. */
  get echoes(): SecretEchoes {
    this.#echoes ??= new SecretEchoes(this.#value);
    return this.#echoes;
  }

  toString(): string {
    return "[redacted Twingate API key]";
  }

  toJSON(): string {
    return this.toString();
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

/**
 * An input that should name a network, an endpoint or a group holds the API key (or a run of
 * it): variables swapped (`network = var.api_key`), a paste into the wrong field. Refused before
 * anything is sent, DNS lookups included (`<key>.twingate.com` would carry it to a resolver),
 * with a message that names the field and never the value.
 */
export class InputContainsKeyError extends CodedError {
  readonly code = "TG_INPUT_CONTAINS_KEY";
  constructor(readonly field: string) {
    super(
      `the ${field} value contains the Twingate API key (or part of it), so nothing was sent and the value is not shown. ` +
        `Check that the key and the ${field} are not swapped (for example network = var.api_key) and set the ${field} to what it names`,
    );
  }
}

/** Throw {@link InputContainsKeyError} for the first input (by field name) that holds the key. */
export function assertNoKeyIn(key: ApiKey, inputs: Record<string, string | readonly string[] | undefined>): void {
  for (const [field, value] of Object.entries(inputs)) {
    if (value === undefined) continue;
    const values = typeof value === "string" ? [value] : value;
    if (values.some((v) => key.echoes.found(v))) throw new InputContainsKeyError(field);
  }
}

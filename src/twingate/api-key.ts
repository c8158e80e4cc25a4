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
  // What surrounds a pasted key (`export NAME=`, `Bearer `) has blanks: named before the blank is.
  const surrounded = surroundingProblem(key);
  if (surrounded !== null) return surrounded;
  if (chars.length > API_KEY_MAX_CHARS) return `is ${groupDigits(chars.length)} characters long, more than ${groupDigits(API_KEY_MAX_CHARS)}`;
  for (const [index, ch] of chars.entries()) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x21 || cp > 0x7e) {
      return `contains ${describeCharacter(ch)} at position ${index + 1} of ${chars.length}: a key is one line of printable ASCII characters`;
    }
  }
  if (chars.length < API_KEY_MIN_CHARS) return `is ${chars.length} characters long, fewer than ${API_KEY_MIN_CHARS}`;
  return quotesProblem(key);
}

const QUOTES = new Set(['"', "'", "`"]);
/** `export NAME=` (a shell line), any case. */
const EXPORT = /^export[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*=/i;
/** An HTTP Authorization scheme before the key (`Bearer KEY`, `Token: KEY`), any case. */
const SCHEME = /^(?:bearer|token|basic|apikey|api-key)(?:[ \t]+|[ \t]*:[ \t]*)(?=[^ \t])/i;
/**
 * A name and `=` or `:` before the rest, any case: `TWINGATE_API_KEY=…` or `twingate_api_key=…`
 * from an environment file, `api_key: …` from YAML, `X-API-KEY:…` from a header. A name is a
 * letter or `_` then letters, digits, `_`, `.`, `-`. Base64 keys end with `=` padding only, so a
 * name followed by `=` and then more `=` or nothing is not this shape.
 */
const NAME_PREFIX = /^[A-Za-z_][A-Za-z0-9_.-]*[ \t]*[=:][ \t]*(?=[^=\s])/;

/**
 * A key pasted with what surrounded it: a whole `NAME=…` line from an environment file (any case),
 * `export NAME=…` from a shell script, `name: …` from YAML, `Bearer …` from a header. Twingate would
 * answer 401 "invalid or revoked" (or the blank would be refused as a character); naming what is
 * around the key says what to fix. Neither the key nor the name is shown (lengths only).
 */
function surroundingProblem(key: string): string | null {
  const exported = EXPORT.exec(key);
  if (exported !== null) return `starts with export, a variable name and = (its first ${Array.from(exported[0]).length} characters, a shell line): keep only the value after =`;
  const scheme = SCHEME.exec(key);
  if (scheme !== null) {
    return `starts with an authorization scheme such as Bearer (its first ${Array.from(scheme[0]).length} characters): Twingate takes the key alone, not an Authorization header; keep only the key`;
  }
  const named = NAME_PREFIX.exec(key);
  if (named !== null) {
    const separator = named[0].includes("=") ? "=" : ":";
    return (
      `starts with a variable name and ${separator} (its first ${Array.from(named[0]).length} characters, as in NAME=value from an environment file or name: value from a YAML file): ` +
      `keep only the value after ${separator}`
    );
  }
  return null;
}

/** Quotes from a shell or JSON file around the key: printable ASCII, so the checks above let them through. */
function quotesProblem(key: string): string | null {
  const first = key[0] ?? "";
  const last = key[key.length - 1] ?? "";
  if (QUOTES.has(first) && first === last) return `is wrapped in quotes (its first and last characters are ${quoteName(first)}): remove them, a key has no quotes`;
  if (QUOTES.has(first)) return `starts with ${quoteName(first)}: remove it, a key has no quotes`;
  if (QUOTES.has(last)) return `ends with ${quoteName(last)}: remove it, a key has no quotes`;
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

import { inspect } from "node:util";
import type { HasSecretParts } from "./server-text";

/**
 * A ConductorOne credential (client secret, access token, OIDC token) that cannot leak by
 * accident: `toString`, `JSON.stringify` and `util.inspect` print a placeholder naming only what
 * it is. `reveal()` is called by the token source and the transport, to sign or to set a header.
 */
export class Secret implements HasSecretParts {
  readonly #value: string;

  constructor(
    value: string,
    /** What it is, e.g. "ConductorOne client secret"; shown instead of the value. */
    readonly what: string,
    /**
     * The truly secret parts, whose echoed runs are redacted too (default: the whole value).
     * A client secret's `secret-token:conductorone.com:v1:` prefix is not one of them.
     */
    private readonly parts: readonly string[] = [value],
  ) {
    this.#value = value;
  }

  /** What redaction hunts for in server text: each part, whole or as an echoed run. */
  secretParts(): readonly string[] {
    return this.parts;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return `[redacted ${this.what}]`;
  }

  toJSON(): string {
    return this.toString();
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

/**
 * A token as it may be sent in a header or form: printable ASCII without spaces, 1..16 KiB.
 * Returns the problem (never the value) or undefined when it is fine.
 */
export function tokenShapeProblem(value: string): string | undefined {
  if (value.length === 0) return "it is empty";
  if (value.length > 16_384) return `it is ${value.length} characters long (at most 16384)`;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) {
      const kind = c === 0x20 ? "a space" : c === 0x0a || c === 0x0d ? "a line break" : c < 0x20 || c === 0x7f ? "a control character" : "a non-ASCII character";
      return `it contains ${kind} at position ${i + 1}`;
    }
  }
  return undefined;
}

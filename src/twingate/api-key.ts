import { inspect } from "node:util";

/**
 * A Twingate API key that cannot leak by accident: `toString`, `JSON.stringify`
 * and `util.inspect` all print a redacted placeholder. Only `reveal()` returns the
 * secret, and only the transport calls it, to set the `X-API-KEY` header.
 */
export class ApiKey {
  readonly #value: string;

  constructor(value: string) {
    const trimmed = value.trim();
    if (trimmed.length === 0) {
      throw new TypeError("the Twingate API key is empty: set it in the environment variable or pipe it on stdin");
    }
    this.#value = trimmed;
  }

  static from(value: string | ApiKey): ApiKey {
    return value instanceof ApiKey ? value : new ApiKey(value);
  }

  reveal(): string {
    return this.#value;
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

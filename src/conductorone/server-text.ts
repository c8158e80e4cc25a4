import * as z from "../zod-mini";
import { SecretEchoes } from "../secret-echoes";
import { neutralise, UntrustedText } from "../untrusted-text";

/**
 * The one place where text from ConductorOne is made safe, on top of the engine's shared
 * modules (`src/secret-echoes.ts` finds a secret's echoes in any encoding; `src/untrusted-text.ts`
 * neutralises text for terminals, CI logs and annotations):
 *
 * - {@link ServerTextRedactor.redactJson}: every string of a decoded response body (values and
 *   keys, at any depth) loses each echo of every secret the client knows, BEFORE the body is
 *   decoded by its zod schema — so no field, including one added to a schema later, can bypass
 *   it, and what reaches state is already scrubbed;
 * - the schemas (schemas.ts) then type text that is only ever shown (status, lastError,
 *   syncDisabledReason…) as {@link UntrustedText}, whose every string form is neutralised, and
 *   parse timestamps, so raw server text has no typed way to a sink;
 * - error bodies (status errors, token refusals) go through {@link ServerTextRedactor.messageOf}.
 */

/** Default cap of one server message, in characters. */
export const MAX_SERVER_TEXT = 300;
/**
 * Secret parts shorter than this are not hunted: every credential this client handles is far
 * longer, and hunting a few characters (and their hex/base64 forms) would shred every answer.
 */
export const MIN_SECRET_CHARS = 8;

/** Something whose echoes must be scrubbed: each part is hunted for whole and as partial runs. */
export interface HasSecretParts {
  /** The truly secret parts (a client secret's fixed prefix is not one). */
  secretParts(): readonly string[];
}

export class ServerTextRedactor {
  readonly #echoes: SecretEchoes[] = [];
  readonly #known = new Set<string>();

  /** Scrub `secret` from every later answer and message. */
  add(secret: HasSecretParts): void {
    for (const part of secret.secretParts()) {
      if (part.length < MIN_SECRET_CHARS || this.#known.has(part)) continue;
      this.#known.add(part);
      this.#echoes.push(new SecretEchoes(part));
    }
  }

  /** `text` with every echo of every known secret replaced by `[redacted]`. */
  redact(text: string): string {
    let out = text;
    for (const echoes of this.#echoes) out = echoes.redact(out);
    return out;
  }

  /** Redacted, then neutralised (one safe line, capped): for a message. */
  sanitize(text: string, maxChars: number = MAX_SERVER_TEXT): string {
    return neutralise(this.redact(text), maxChars);
  }

  /** A decoded JSON value with every string in it (keys included, any depth) redacted. */
  redactJson(value: unknown): unknown {
    if (this.#echoes.length === 0) return value;
    if (typeof value === "string") return this.redact(value);
    if (Array.isArray(value)) return value.map((item) => this.redactJson(item));
    if (value !== null && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[this.redact(key)] = this.redactJson(item);
      return out;
    }
    return value;
  }

  /** Redacted server text, typed so that it is shown only neutralised. */
  untrusted(text: string): UntrustedText {
    return UntrustedText.of(this.redact(text));
  }

  /**
   * The human part of an error body, redacted and neutralised: `message` (gRPC-gateway
   * `{code, message}`, the likely C1 shape — UNVERIFIED), OAuth `error` / `error_description`,
   * or the text itself; an HTML page is named, not quoted. Undefined when the body says nothing.
   */
  messageOf(body: string): string | undefined {
    const text = body.trim();
    if (text.length === 0) return undefined;
    if (/^<(!doctype|html|head|body)/i.test(text)) return "(an HTML page)";
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return this.sanitize(text) || undefined;
    }
    const message = messageBody.safeParse(parsed);
    if (message.success) return this.sanitize(message.data.message) || undefined;
    const oauth = oauthError.safeParse(parsed);
    if (oauth.success) {
      const joined = oauth.data.error_description ? `${oauth.data.error}: ${oauth.data.error_description}` : oauth.data.error;
      return this.sanitize(joined) || undefined;
    }
    return undefined;
  }
}

const messageBody = z.object({ message: z.string() });
const oauthError = z.object({ error: z.string(), error_description: z.optional(z.string()) });

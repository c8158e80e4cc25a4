import { SecretEchoes } from "../../secret-echoes";

/**
 * Belt and braces for providers that handle secrets: remember every secret string the provider
 * is handed, and pass each diagnostic and log line through `redact` before it leaves the process.
 * This catches the accident, e.g. a server that echoes a key back in an error body, or an input
 * a library lower-cased. The framework remembers the values of sensitive, write-only and
 * notStored attributes by itself; a provider's own `redact` option adds to that.
 *
 * Whole secrets (as is, JSON-escaped, URL-encoded, any case) are replaced first; then each
 * secret's {@link SecretEchoes} catches what is left: a cut-off or partial echo (12 characters
 * or more), hex and base64 forms, and encoded forms, which withhold the whole text.
 */
export interface SecretRedactor {
  remember(value: string | null | undefined): void;
  redact(text: string): string;
  /** Tests only: forget every remembered secret. */
  forget(): void;
}

/** Shorter strings could match ordinary text; real secrets are far longer. */
export const MIN_SECRET_LENGTH = 8;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The forms a secret takes in text this process writes: as is, inside a JSON string (log lines), in a URL. */
function encodings(secret: string): string[] {
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
  return [...forms];
}

export function createSecretRedactor(replacement: string): SecretRedactor {
  const secrets = new Set<string>();
  const echoes: SecretEchoes[] = [];
  /**
   * Secrets remembered but not yet given their SecretEchoes: building one costs ~25 ms of CPU
   * (its lookup tables), and a plan that succeeds quietly redacts nothing (no diagnostics, and
   * the log is off unless TF_LOG is set), so it is built by the first `redact`.
   */
  const pending: string[] = [];
  const withheld = `${replacement} (text withheld: it held an encoded secret)`;
  let pattern: RegExp | undefined;
  return {
    remember(value) {
      const trimmed = value?.trim();
      if (!trimmed || trimmed.length < MIN_SECRET_LENGTH || secrets.has(trimmed)) return;
      secrets.add(trimmed);
      pending.push(trimmed);
      // Longest first, so a secret that contains another is replaced whole.
      const forms = [...secrets].flatMap(encodings).sort((a, b) => b.length - a.length);
      pattern = new RegExp(forms.map(escapeRegExp).join("|"), "gi");
    },
    redact(text) {
      for (const secret of pending.splice(0)) echoes.push(new SecretEchoes(secret));
      let out = pattern ? text.replace(pattern, () => replacement) : text;
      for (const e of echoes) out = e.redact(out, { replacement, withheld });
      return out;
    },
    forget() {
      secrets.clear();
      echoes.length = 0;
      pending.length = 0;
      pattern = undefined;
    },
  };
}

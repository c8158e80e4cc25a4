/**
 * Belt and braces for providers that handle secrets: remember every secret string the provider
 * is handed, and pass each diagnostic and log line through `redact` before it leaves the process.
 * This catches the accident, e.g. a server that echoes a key back in an error body, or an input
 * a library lower-cased. The framework remembers the values of sensitive, write-only and
 * notStored attributes by itself; a provider's own `redact` option adds to that.
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
  let pattern: RegExp | undefined;
  return {
    remember(value) {
      const trimmed = value?.trim();
      if (!trimmed || trimmed.length < MIN_SECRET_LENGTH || secrets.has(trimmed)) return;
      secrets.add(trimmed);
      // Longest first, so a secret that contains another is replaced whole.
      const forms = [...secrets].flatMap(encodings).sort((a, b) => b.length - a.length);
      pattern = new RegExp(forms.map(escapeRegExp).join("|"), "gi");
    },
    redact(text) {
      return pattern ? text.replace(pattern, () => replacement) : text;
    },
    forget() {
      secrets.clear();
      pattern = undefined;
    },
  };
}

/**
 * Belt and braces for providers that handle secrets: remember every secret string the provider
 * is handed, and pass each diagnostic and log line through `redact` (a provider's `redact`
 * option) before it leaves the process. This catches the accident, e.g. a server that echoes a
 * key back in an error body.
 */
export interface SecretRedactor {
  remember(value: string | null | undefined): void;
  redact(text: string): string;
  /** Tests only: forget every remembered secret. */
  forget(): void;
}

/** Shorter strings could match ordinary text; real secrets are far longer. */
const MIN_SECRET_LENGTH = 8;

export function createSecretRedactor(replacement: string): SecretRedactor {
  const secrets = new Set<string>();
  return {
    remember(value) {
      const trimmed = value?.trim();
      if (!trimmed || trimmed.length < MIN_SECRET_LENGTH) return;
      secrets.add(trimmed);
      // The same secret as it appears inside a JSON string (log lines are JSON).
      const escaped = JSON.stringify(trimmed).slice(1, -1);
      if (escaped !== trimmed) secrets.add(escaped);
    },
    redact(text) {
      let out = text;
      for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(replacement);
      return out;
    },
    forget() {
      secrets.clear();
    },
  };
}

/**
 * Belt and braces: every API key string the provider is handed is remembered here, and the
 * bridge runs each diagnostic and log line through {@link redactSecrets} before it leaves the
 * process. The code never prints a key on purpose (ApiKey redacts itself); this catches the
 * accident, e.g. a server that echoes the key back in an error body.
 */
const REDACTED = "[redacted API key]";
/** Shorter strings could match ordinary text; real keys are far longer. */
const MIN_SECRET_LENGTH = 8;

const secrets = new Set<string>();

export function rememberSecret(value: string | null | undefined): void {
  const trimmed = value?.trim();
  if (!trimmed || trimmed.length < MIN_SECRET_LENGTH) return;
  secrets.add(trimmed);
  // The same key as it appears inside a JSON string (log lines are JSON).
  const escaped = JSON.stringify(trimmed).slice(1, -1);
  if (escaped !== trimmed) secrets.add(escaped);
}

export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}

/** Tests only: forget every remembered secret. */
export function forgetSecrets(): void {
  secrets.clear();
}

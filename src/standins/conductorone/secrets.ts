/**
 * Secrets this provider process has seen (the Twingate API key of an
 * integration). Every diagnostic and log line passes through `redactSecrets`
 * before it leaves the process, so a key can never be echoed by accident.
 */
const seen = new Set<string>();

export function rememberSecret(value: string | null | undefined): void {
  // Very short values would redact ordinary words; the real keys are long.
  if (typeof value === "string" && value.length >= 8) seen.add(value);
}

export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of seen) out = out.split(secret).join("[redacted]");
  return out;
}

/** What the stand-in writes to its JSON file instead of a secret. */
export const SECRET_MARKER = "<set>";

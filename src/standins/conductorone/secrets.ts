import { createSecretRedactor } from "../../tfplugin";

/**
 * Secrets this provider process has seen (the Twingate API key of an integration); the bridge
 * runs every diagnostic and log line through `redactSecrets`, so a key is never echoed by accident.
 */
const seen = createSecretRedactor("[redacted]");

export const rememberSecret = seen.remember;
export const redactSecrets = seen.redact;

/** What the stand-in writes to its JSON file instead of a secret. */
export const SECRET_MARKER = "<set>";

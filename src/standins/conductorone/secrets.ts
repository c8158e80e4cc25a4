import { createSecretRedactor } from "../../tfplugin";

/**
 * Secrets this provider process has seen (its ConductorOne credentials, the Twingate API key of
 * an integration, a connector credential's client secret); the bridge runs every diagnostic and
 * log line through `redactSecrets`, so a secret is never echoed by accident.
 */
const seen = createSecretRedactor("[redacted]");

export const rememberSecret = seen.remember;
export const redactSecrets = seen.redact;

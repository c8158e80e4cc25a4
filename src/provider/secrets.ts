import { createSecretRedactor } from "../tfplugin";

/**
 * Every API key string the provider is handed is remembered here; the bridge runs each
 * diagnostic and log line through {@link redactSecrets}. The code never prints a key on
 * purpose (ApiKey redacts itself); this catches the accident.
 */
const apiKeys = createSecretRedactor("[redacted API key]");

export const rememberSecret = apiKeys.remember;
export const redactSecrets = apiKeys.redact;
/** Tests only: forget every remembered secret. */
export const forgetSecrets = apiKeys.forget;

import { attr, isUnknown, type Diagnostics, type ObjectOf } from "../tfplugin";
import { DEFAULT_CHECK_TIME_BUDGET_MS, type CheckCredentialsOptions } from "../reconciler/credentials";
import type { SettingNames } from "../reconciler/settings";
import { validateBaseUrl } from "../twingate/endpoint";
import { DEFAULT_MAX_RESPONSE_BYTES, MAX_MAX_RESPONSE_BYTES, MIN_MAX_RESPONSE_BYTES } from "../twingate/response-body";
import { DEFAULT_BASE_DOMAIN, isValidBaseDomain } from "../twingate/network";
import { UnknownProviderSettingError } from "./errors";

/**
 * The `provider "c1twingate"` block: where the Twingate API is and how patiently to call it.
 * Credentials are not here on purpose: they are per resource, so one provider configuration
 * checks many networks.
 */

type NumberValue = number | string;

const positive = (what: string, max: number) => (v: NumberValue) => {
  const n = Number(v);
  return Number.isFinite(n) && n > 0 && n <= max ? undefined : `${what} must be a number greater than 0 and at most ${max}, got ${v}`;
};
const wholeInRange = (what: string, min: number, max: number) => (v: NumberValue) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? undefined : `${what} must be a whole number from ${min} to ${max}, got ${v}`;
};
const baseUrlValidator = (v: string): string | undefined => {
  try {
    validateBaseUrl(v);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
};
const baseDomainValidator = (v: string): string | undefined =>
  isValidBaseDomain(v.trim().toLowerCase()) ? undefined : `base_domain must be a domain name such as ${DEFAULT_BASE_DOMAIN}, got ${JSON.stringify(v)}`;

export const providerSchema = {
  description: "Checks Twingate API credentials for the ConductorOne integration during plan and apply.",
  attributes: {
    base_url: attr.string({
      optional: true,
      description: 'URL template of the Twingate API containing {network}, e.g. "http://127.0.0.1:4567/{network}" for the simulator. Default "https://{network}.<base_domain>".',
      validators: [baseUrlValidator],
    }),
    base_domain: attr.string({ optional: true, description: `Base domain of Twingate networks. Default "${DEFAULT_BASE_DOMAIN}".`, validators: [baseDomainValidator] }),
    timeout_seconds: attr.number({ optional: true, description: "Timeout of one API request in seconds. Default 35.", validators: [positive("timeout_seconds", 600)] }),
    max_retries: attr.number({ optional: true, description: "Retries of a request after a rate limit (429), a 5xx or a dropped connection. Default 3.", validators: [wholeInRange("max_retries", 0, 10)] }),
    reads_per_minute: attr.number({ optional: true, description: "Client-side pacing of queries per network. Default 60 (Twingate's limit).", validators: [wholeInRange("reads_per_minute", 1, 6000)] }),
    writes_per_minute: attr.number({ optional: true, description: "Client-side pacing of mutations per network. Default 20 (Twingate's limit).", validators: [wholeInRange("writes_per_minute", 1, 6000)] }),
    time_budget_seconds: attr.number({
      optional: true,
      description: `Longest one credential check may take, retries and waits included, in seconds. Default ${DEFAULT_CHECK_TIME_BUDGET_MS / 1000}.`,
      validators: [positive("time_budget_seconds", 86_400)],
    }),
    max_response_bytes: attr.number({
      optional: true,
      description: `Cap on one Twingate API response, compressed or decompressed, in bytes. Default ${DEFAULT_MAX_RESPONSE_BYTES} (16 MiB).`,
      validators: [wholeInRange("max_response_bytes", MIN_MAX_RESPONSE_BYTES, MAX_MAX_RESPONSE_BYTES)],
    }),
  },
} as const;

export type ProviderConfig = ObjectOf<typeof providerSchema>;

/** Client options shared by every check of one provider configuration. */
export type ClientSettings = Pick<CheckCredentialsOptions, "baseUrl" | "baseDomain" | "timeoutMs" | "retry" | "pacing" | "maxResponseBytes" | "timeBudgetMs">;

/** A provider block attribute as a fix names it, e.g. `the provider block attribute timeout_seconds = 70 (provider "c1twingate")`. */
export function providerBlockSetting(name: string, value: number | boolean): string {
  return `the provider block attribute ${name} = ${value} (provider "c1twingate")`;
}

/**
 * How a fix names the provider block's settings (src/reconciler/settings.ts). `timeBudget` here
 * is the credential check's; the sync preview data source names its own attributes for
 * `timeBudget` and `allowPartial` (a credential check never suggests partial results).
 */
export const PROVIDER_SETTING_NAMES: SettingNames = {
  timeBudget: (v) => providerBlockSetting("time_budget_seconds", v),
  allowPartial: () => "partial results allowed",
  maxResponseBytes: (v) => providerBlockSetting("max_response_bytes", v),
  requestTimeout: (v) => providerBlockSetting("timeout_seconds", v),
};

/** What `configure` hands to every resource and data source. */
export interface ProviderContext {
  settings: ClientSettings;
}

/**
 * Turns the provider block into client options. Values were checked by the validators in
 * ValidateProviderConfig; unknown values are refused here (the checks run during plan).
 */
export function settingsFromConfig(config: ProviderConfig, diag: Diagnostics): ClientSettings {
  const settings: ClientSettings = {};
  for (const [name, value] of Object.entries(config)) {
    if (isUnknown(value)) {
      const err = new UnknownProviderSettingError(name);
      diag.error("Provider setting not known at plan time", err.message, [name]);
    }
  }
  if (diag.hasErrors()) return settings;
  if (config.base_url !== null) settings.baseUrl = config.base_url.trim();
  if (config.base_domain !== null) settings.baseDomain = config.base_domain.trim().toLowerCase();
  if (config.timeout_seconds !== null) settings.timeoutMs = Math.round(Number(config.timeout_seconds) * 1000);
  if (config.max_retries !== null) settings.retry = { maxAttempts: Number(config.max_retries) + 1 };
  if (config.time_budget_seconds !== null) settings.timeBudgetMs = Math.round(Number(config.time_budget_seconds) * 1000);
  if (config.max_response_bytes !== null) settings.maxResponseBytes = Number(config.max_response_bytes);
  const reads = config.reads_per_minute;
  const writes = config.writes_per_minute;
  if (reads !== null || writes !== null) {
    settings.pacing = { ...(reads !== null ? { reads: Number(reads) } : {}), ...(writes !== null ? { writes: Number(writes) } : {}) };
  }
  return settings;
}

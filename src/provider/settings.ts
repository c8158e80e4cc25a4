import { attr, block, isUnknown, type Diagnostics, type ObjectOf } from "../tfplugin";
import type { ConductorOneSettings } from "../conductorone/credentials";
import { DEFAULT_CHECK_TIME_BUDGET_MS } from "../reconciler/check-budget";
import type { CheckCredentialsOptions } from "../reconciler/credentials";
import type { SettingNames } from "../reconciler/settings";
import { credentialShape } from "../credential-shape";
import { describeCharacter } from "../twingate/characters";
import { NETWORK_PLACEHOLDER, validateBaseUrl } from "../twingate/endpoint";
import { InvalidBaseUrlError } from "../twingate/errors";
import { DEFAULT_MAX_RESPONSE_BYTES, MAX_MAX_RESPONSE_BYTES, MIN_MAX_RESPONSE_BYTES } from "../twingate/response-limits";
import { DEFAULT_BASE_DOMAIN, isValidBaseDomain } from "../twingate/network";
import { UnknownProviderSettingError } from "./errors";
import { numberProblem } from "./value-shape";

/**
 * The `provider "c1twingate"` block: where the Twingate API is and how patiently to call it.
 * Twingate credentials are not here on purpose: they are per resource, so one provider
 * configuration checks many networks. The optional `conductorone` block takes ConductorOne
 * credentials with the official conductorone provider's attribute names; each unset one falls
 * back to that provider's environment variable (CONDUCTORONE_*), so most configurations leave
 * the block out and share the conductorone provider's environment.
 */

type NumberValue = number | string;

const positive = (what: string, max: number) => (v: NumberValue) => numberProblem(what, { min: 0, exclusiveMin: true, max }, v);
const wholeInRange = (what: string, min: number, max: number) => (v: NumberValue) => numberProblem(what, { min, max, whole: true }, v);
/**
 * The provider block is configured before any API key is known, so its validators cannot search
 * for one: they never repeat the value (a key set here by mistake would be printed), and
 * describe it by its structure instead. A value with a credential's shape is named as such.
 */
const lengthOf = (v: string): string => `${Array.from(v).length} characters`;

/** The reason an InvalidBaseUrlError gives, without the value it quotes (its message is "the base URL "<v>" is not usable: <reason>. Use …"). */
function baseUrlReason(err: unknown, value: string): string {
  if (!(err instanceof InvalidBaseUrlError)) return "it is not a URL template";
  const message = err.message;
  const start = message.indexOf(" is not usable: ");
  const end = message.indexOf(". Use an http(s) URL template");
  let reason = start >= 0 && end > start ? message.slice(start + " is not usable: ".length, end) : "it is not a URL template";
  // "the URL parser reads it as <its reading>": a reading of the value, so not shown either.
  if (reason.startsWith("the URL parser reads it as ")) reason = "the URL parser reads it differently from how it is written; write it in canonical form (lower-case scheme and host, no default port)";
  return value.trim().length > 0 && reason.toLowerCase().includes(value.trim().toLowerCase()) ? "it is not a URL template" : reason;
}

const baseUrlValidator = (v: string): string | undefined => {
  const shape = credentialShape(v.replace(NETWORK_PLACEHOLDER, "network"));
  if (shape !== null) return `base_url looks like an API key or other credential (${shape}); the value is not shown. Set base_url to a URL template such as "https://{network}.twingate.com"`;
  try {
    validateBaseUrl(v);
    return undefined;
  } catch (err) {
    return (
      `base_url (${lengthOf(v)}, not shown) is not usable: ${baseUrlReason(err, v)}. Use an http(s) URL template containing {network} once, ` +
      'as the first label of the host or as a whole path segment, e.g. "https://{network}.twingate.com" or "http://127.0.0.1:4567/{network}"'
    );
  }
};

/** What is wrong with a base domain, structurally: a character and its position, a label, the dots. */
function baseDomainProblem(value: string): string {
  for (const [index, ch] of Array.from(value).entries()) {
    if (!/^[a-z0-9.-]$/.test(ch)) return `it contains ${/^[A-Z]$/.test(ch) ? "an upper-case letter" : describeCharacter(ch)} at position ${index + 1}`;
  }
  if (!value.includes(".")) return "it has no dot";
  const labels = value.split(".");
  const at = labels.findIndex((l) => l.length === 0 || l.length > 63 || l.startsWith("-") || l.endsWith("-"));
  if (at >= 0) {
    const label = labels[at] as string;
    const what = label.length === 0 ? "is empty" : label.length > 63 ? `has ${label.length} characters, more than 63` : "starts or ends with a hyphen";
    return `its label ${at + 1} of ${labels.length} ${what}`;
  }
  return "it is not a domain name";
}

const baseDomainValidator = (v: string): string | undefined => {
  const domain = v.trim().toLowerCase();
  const shape = credentialShape(v);
  if (shape === null && isValidBaseDomain(domain)) return undefined;
  const problem = shape !== null ? `it looks like an API key or other credential: ${shape}` : baseDomainProblem(domain);
  return `base_domain must be a domain name such as ${DEFAULT_BASE_DOMAIN}; the value given (${lengthOf(v)}, not shown) is not one: ${problem}`;
};

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
  blocks: {
    conductorone: block.single({
      description:
        "ConductorOne credentials for c1twingate_connector_sync and c1twingate_connector_status, as the official conductorone provider takes them: " +
        "each attribute wins over its environment variable; CONDUCTORONE_ACCESS_TOKEN overrides every method; else an OIDC token with client_id; else client_id + client_secret.",
      attributes: {
        server_url: attr.string({ optional: true, description: "ConductorOne API URL, e.g. https://acme.conductor.one (env CONDUCTORONE_SERVER_URL). Default: the host inside client_id." }),
        tenant_domain: attr.string({ optional: true, description: 'Tenant name, "acme" for acme.conductor.one (env CONDUCTORONE_TENANT_DOMAIN); used instead of server_url when set.' }),
        client_id: attr.string({ optional: true, description: "Client id, <name>@<tenant host>/<kind> (env CONDUCTORONE_CLIENT_ID)." }),
        client_secret: attr.string({
          optional: true,
          sensitive: true,
          description: "Client secret, secret-token:conductorone.com:v1:… (env CONDUCTORONE_CLIENT_SECRET). Sensitive: prefer the environment variable or an ephemeral variable.",
        }),
        oidc_token: attr.string({
          optional: true,
          sensitive: true,
          description:
            "OIDC token for workload identity federation (env CONDUCTORONE_OIDC_TOKEN, then TFC_WORKLOAD_IDENTITY_TOKEN_CONDUCTORONE, TFC_WORKLOAD_IDENTITY_TOKEN_C1, TFC_WORKLOAD_IDENTITY_TOKEN); needs client_id.",
        }),
      },
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
  readsPerMinute: (v) => providerBlockSetting("reads_per_minute", v),
  connectorVersion: (v) => `connector_version = "${v}" in the data "c1twingate_sync_preview" block`, // only the sync preview has it
};

/** What `configure` hands to every resource and data source. */
export interface ProviderContext {
  settings: ClientSettings;
  /** The `conductorone` block as given (unset attributes absent); the environment fills the rest when a client is made. */
  conductorone: ConductorOneSettings;
}

/**
 * The `conductorone` block as settings for resolveConductorOne. Nothing is resolved here: a
 * provider that only checks Twingate keys must not fail for want of ConductorOne credentials.
 */
export function conductorOneSettingsFrom(block: ProviderConfig["conductorone"], diag: Diagnostics): ConductorOneSettings {
  const out: ConductorOneSettings = {};
  if (block === null) return out;
  if (isUnknown(block)) {
    diag.error("Provider setting not known at plan time", new UnknownProviderSettingError("conductorone").message, ["conductorone"]);
    return out;
  }
  for (const [name, value] of Object.entries(block)) {
    if (isUnknown(value)) {
      diag.error("Provider setting not known at plan time", new UnknownProviderSettingError(`conductorone.${name}`).message, ["conductorone", name]);
    } else if (typeof value === "string" && value !== "") {
      out[name as keyof ConductorOneSettings] = value;
    }
  }
  return out;
}

/**
 * Turns the provider block into client options. Values were checked by the validators in
 * ValidateProviderConfig; unknown values are refused here (the checks run during plan).
 */
export function settingsFromConfig(config: ProviderConfig, diag: Diagnostics): ClientSettings {
  const settings: ClientSettings = {};
  for (const [name, value] of Object.entries(config)) {
    if (name === "conductorone") continue;
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

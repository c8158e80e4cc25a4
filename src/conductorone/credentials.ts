import { parseClientSecret, type ClientSecret } from "./client-secret";
import { C1ClientIdMissingError, C1CredentialsMissingError, C1ServerUnknownError, C1TokenInvalidError } from "./errors";
import { Secret, tokenShapeProblem } from "./secret";
import { refuseSecretsInShownSettings } from "./setting-guard";
import { normalizeTenant, serverFromClientId, type C1Server } from "./server-url";

/**
 * ConductorOne credentials taken exactly as the official provider takes them (v1.5.0
 * `internal/provider/provider.go` Configure; reference §1.1):
 *
 * - each attribute wins over its environment variable: `server_url` / CONDUCTORONE_SERVER_URL,
 *   `tenant_domain` / CONDUCTORONE_TENANT_DOMAIN, `client_id` / CONDUCTORONE_CLIENT_ID,
 *   `client_secret` / CONDUCTORONE_CLIENT_SECRET, `oidc_token` / CONDUCTORONE_OIDC_TOKEN, then
 *   TFC_WORKLOAD_IDENTITY_TOKEN_CONDUCTORONE, TFC_WORKLOAD_IDENTITY_TOKEN_C1,
 *   TFC_WORKLOAD_IDENTITY_TOKEN (in that order);
 * - the method: CONDUCTORONE_ACCESS_TOKEN overrides everything; else an OIDC token (needs
 *   client_id); else client_id + client_secret;
 * - the host: tenant_domain if set, else server_url, else the host inside client_id.
 *
 * Differences, all refusals before any request: a missing host is an error (the provider
 * would fall back to the OpenAPI default `example.conductor.one`), and tokens with spaces,
 * line breaks or control characters are refused by name instead of being sent.
 */

export const C1_ENV = {
  accessToken: "CONDUCTORONE_ACCESS_TOKEN",
  oidcToken: "CONDUCTORONE_OIDC_TOKEN",
  clientId: "CONDUCTORONE_CLIENT_ID",
  clientSecret: "CONDUCTORONE_CLIENT_SECRET",
  tenantDomain: "CONDUCTORONE_TENANT_DOMAIN",
  serverUrl: "CONDUCTORONE_SERVER_URL",
  tfcConductorOne: "TFC_WORKLOAD_IDENTITY_TOKEN_CONDUCTORONE",
  tfcC1: "TFC_WORKLOAD_IDENTITY_TOKEN_C1",
  tfc: "TFC_WORKLOAD_IDENTITY_TOKEN",
} as const;

/** The provider block's attributes (all optional; empty strings count as unset, as in Go). */
export interface ConductorOneSettings {
  server_url?: string | null;
  tenant_domain?: string | null;
  client_id?: string | null;
  client_secret?: string | null;
  oidc_token?: string | null;
}

export type ConductorOneAuth =
  | { method: "access-token"; accessToken: Secret; source: string; clientId: string | undefined }
  | { method: "oidc"; oidcToken: Secret; source: string; clientId: string }
  | { method: "client-credentials"; clientId: string; clientSecret: ClientSecret; source: string };

export interface ResolvedConductorOne {
  server: C1Server;
  /** Which setting named the host: "tenant_domain", "env CONDUCTORONE_SERVER_URL", "client_id", … */
  serverSource: string;
  auth: ConductorOneAuth;
  /** Every secret value in play, for redaction of server text. */
  secrets: Secret[];
}

interface Picked {
  value: string;
  source: string;
}

function pick(attribute: string | null | undefined, attributeName: string, env: NodeJS.ProcessEnv, ...vars: string[]): Picked | undefined {
  if (attribute !== undefined && attribute !== null && attribute !== "") return { value: attribute, source: attributeName };
  for (const name of vars) {
    const value = env[name];
    if (value !== undefined && value !== "") return { value, source: `env ${name}` };
  }
  return undefined;
}

function token(picked: Picked, what: string): Secret {
  const problem = tokenShapeProblem(picked.value);
  if (problem !== undefined) throw new C1TokenInvalidError(picked.source, problem);
  return new Secret(picked.value, what);
}

/** A client secret that is not used (another method won) but may still be echoed. */
function secretForRedaction(value: string): Secret {
  try {
    return parseClientSecret(value, "client_secret").secret;
  } catch {
    return new Secret(value, "ConductorOne client secret");
  }
}

/** Other secrets of the same run that must never appear in a shown setting (e.g. the Twingate API key). */
export interface ResolveOptions {
  otherSecrets?: ReadonlyArray<{ value: string | null | undefined; what: string }>;
}

/** The environment variable the Twingate API key conventionally comes from; checked like any other secret. */
const TWINGATE_API_KEY_ENV = "TWINGATE_API_KEY";

/**
 * Resolve settings + environment into one auth method and one server; throws C1_* config errors.
 * First of all, before any value is parsed, shown or resolved: a secret in a shown setting is
 * refused by name (setting-guard.ts).
 */
export function resolveConductorOne(settings: ConductorOneSettings = {}, env: NodeJS.ProcessEnv = process.env, options: ResolveOptions = {}): ResolvedConductorOne {
  const serverUrl = pick(settings.server_url, "server_url", env, C1_ENV.serverUrl);
  const tenantDomain = pick(settings.tenant_domain, "tenant_domain", env, C1_ENV.tenantDomain);
  const clientId = pick(settings.client_id, "client_id", env, C1_ENV.clientId);
  const clientSecret = pick(settings.client_secret, "client_secret", env, C1_ENV.clientSecret);
  const oidcToken = pick(settings.oidc_token, "oidc_token", env, C1_ENV.oidcToken, C1_ENV.tfcConductorOne, C1_ENV.tfcC1, C1_ENV.tfc);
  const accessToken = pick(undefined, "", env, C1_ENV.accessToken);

  // A secret pasted into a field that is shown (variables swapped): refuse by name, never quote it.
  const asSecret = (picked: Picked | undefined, what: string) => (picked ? { value: picked.value, what: `${what} (${picked.source})` } : undefined);
  const twingateKey = env[TWINGATE_API_KEY_ENV];
  refuseSecretsInShownSettings(
    [serverUrl, tenantDomain, clientId],
    [
      asSecret(accessToken, "the access token"),
      asSecret(oidcToken, "the OIDC token"),
      asSecret(clientSecret, "the client secret"),
      ...(twingateKey ? [{ value: twingateKey, what: `the Twingate API key (env ${TWINGATE_API_KEY_ENV})` }] : []),
      ...(options.otherSecrets ?? []).flatMap((s) => (s.value ? [{ value: s.value, what: s.what }] : [])),
    ],
  );

  let auth: ConductorOneAuth;
  if (accessToken) {
    auth = { method: "access-token", accessToken: token(accessToken, "ConductorOne access token"), source: accessToken.source, clientId: clientId?.value };
  } else if (oidcToken) {
    if (!clientId) throw new C1ClientIdMissingError(oidcToken.source);
    auth = { method: "oidc", oidcToken: token(oidcToken, "OIDC token"), source: oidcToken.source, clientId: clientId.value };
  } else if (clientId && clientSecret) {
    auth = { method: "client-credentials", clientId: clientId.value, clientSecret: parseClientSecret(clientSecret.value, clientSecret.source), source: clientSecret.source };
  } else {
    const missing = clientId ? ["client_secret (CONDUCTORONE_CLIENT_SECRET)"] : clientSecret ? ["client_id (CONDUCTORONE_CLIENT_ID)"] : ["an access token, OIDC token or client credentials"];
    throw new C1CredentialsMissingError(missing);
  }

  const named = tenantDomain ?? serverUrl;
  let server: C1Server;
  let serverSource: string;
  if (named) {
    server = normalizeTenant(named.value, named.source);
    serverSource = named.source;
  } else if (clientId) {
    server = serverFromClientId(clientId.value, clientId.source);
    serverSource = clientId.source;
  } else {
    throw new C1ServerUnknownError();
  }

  // Every secret given, used or not: any of them may come back in server text.
  const secrets = [accessToken, oidcToken].flatMap((p) => (p ? [new Secret(p.value, "ConductorOne credential")] : []));
  if (auth.method === "client-credentials") secrets.push(auth.clientSecret.secret);
  else if (clientSecret) secrets.push(secretForRedaction(clientSecret.value));
  return { server, serverSource, auth, secrets };
}

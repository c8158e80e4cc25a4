import { randomBytes } from "node:crypto";
import { newEd25519PrivateKey } from "../../src/c1simulator/jws";
import { C1_ENV, resolveConductorOne, type ConductorOneSettings } from "../../src/conductorone";
import { secretShapeOf } from "../../src/conductorone/setting-guard";
import { SecretEchoes } from "../../src/secret-echoes";

// M2 (issue 14 breaker): a credential in a non-secret ConductorOne setting (server_url,
// tenant_domain, client_id; attribute or environment) is refused BY NAME, never quoted, before
// the value is parsed or resolved — whether it EQUALS a secret given elsewhere, CONTAINS one,
// or is a SWAP (the secret setting holds something harmless: only the shape gives it away).
// No DNS lookup can happen: resolveConductorOne is synchronous and throws first; the CLI test
// (test/cli/connector-settings.e2e.test.ts) proves it with a preload that records lookups.

const jwt = (): string => {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${b64({ alg: "RS256", typ: "JWT" })}.${b64({ sub: "repo:acme/infra", aud: "acme.conductor.one", n: randomBytes(6).toString("hex") })}.${randomBytes(32).toString("base64url")}`;
};
const clientSecret = (): string => {
  const jwk = newEd25519PrivateKey().export({ format: "jwk" });
  return `secret-token:conductorone.com:v1:${Buffer.from(JSON.stringify(jwk)).toString("base64url")}`;
};

type SecretKind = "access token" | "access token (JWT)" | "client secret" | "OIDC token" | "Twingate key" | "Twingate key (hex)";
const SECRETS: Record<SecretKind, () => string> = {
  "access token": () => `c1sim_at_${randomBytes(24).toString("base64url")}Z9z`,
  "access token (JWT)": jwt,
  "client secret": clientSecret,
  "OIDC token": jwt,
  "Twingate key": () => `tgk${randomBytes(30).toString("base64url")}Z9z`,
  "Twingate key (hex)": () => randomBytes(20).toString("hex"),
};
const SHOWN = ["server_url", "tenant_domain", "client_id"] as const;
type Shown = (typeof SHOWN)[number];
const SHOWN_ENV: Record<Shown, string> = { server_url: C1_ENV.serverUrl, tenant_domain: C1_ENV.tenantDomain, client_id: C1_ENV.clientId };
const GOOD_CLIENT_ID = "strange-hydra-68836@acme.conductor.one/spc";

/** Where the secret itself is given (so the "equals" case has both), and the rest of a working config. */
function secretSettings(kind: SecretKind, value: string, channel: "attribute" | "env"): { settings: ConductorOneSettings; env: NodeJS.ProcessEnv; otherSecrets?: Array<{ value: string; what: string }> } {
  switch (kind) {
    case "access token":
    case "access token (JWT)":
      return { settings: {}, env: { [C1_ENV.accessToken]: value } }; // environment only, as in the official provider
    case "client secret":
      return channel === "attribute" ? { settings: { client_secret: value }, env: {} } : { settings: {}, env: { [C1_ENV.clientSecret]: value } };
    case "OIDC token":
      return channel === "attribute" ? { settings: { oidc_token: value }, env: {} } : { settings: {}, env: { [C1_ENV.oidcToken]: value } };
    case "Twingate key":
    case "Twingate key (hex)":
      return channel === "env"
        ? { settings: {}, env: { TWINGATE_API_KEY: value, [C1_ENV.accessToken]: "c1-at-harmless-0" } }
        : { settings: {}, env: { [C1_ENV.accessToken]: "c1-at-harmless-0" }, otherSecrets: [{ value, what: "twingate_api_key" }] };
  }
}

function attempt(shown: Shown, shownValue: string, shownChannel: "attribute" | "env", base: ReturnType<typeof secretSettings>): string {
  const settings: ConductorOneSettings = { ...base.settings, ...(shownChannel === "attribute" ? { [shown]: shownValue } : {}) };
  const env: NodeJS.ProcessEnv = { ...base.env, ...(shownChannel === "env" ? { [SHOWN_ENV[shown]]: shownValue } : {}) };
  if (shown !== "client_id" && !settings.client_id && !env[C1_ENV.clientId]) env[C1_ENV.clientId] = GOOD_CLIENT_ID;
  try {
    resolveConductorOne(settings, env, base.otherSecrets ? { otherSecrets: base.otherSecrets } : {});
  } catch (error) {
    const e = error as Error & { code?: string };
    expect(e.code).toBe("C1_SECRET_IN_SETTING");
    expect(e.message).toContain(shownChannel === "env" ? `env ${SHOWN_ENV[shown]}` : shown);
    return e.message;
  }
  throw new Error(`${shown} holding a secret was accepted`);
}

const cases: Array<[Shown, SecretKind, "attribute" | "env", "attribute" | "env"]> = [];
for (const shown of SHOWN) for (const kind of Object.keys(SECRETS) as SecretKind[]) for (const sc of ["attribute", "env"] as const) for (const kc of ["attribute", "env"] as const) cases.push([shown, kind, sc, kc]);

describe("every shown setting × every secret × attribute/env", () => {
  it.each(cases)("%s (%s) holding a %s given as %s: equals, contains, swap — refused by name, never echoed", (shown, kind, shownChannel, secretChannel) => {
    const secret = SECRETS[kind]();
    // A client secret's fixed prefix (secret-token:conductorone.com:v1:) is public; the rest is not.
    const echoes = new SecretEchoes(kind === "client secret" ? secret.split(":").pop()! : secret);
    const forms = {
      equals: secret,
      contains: shown === "client_id" ? `name@${secret}.conductor.one/pcc` : shown === "server_url" ? `https://${secret}.conductor.one` : `${secret}.conductor.one`,
    };
    for (const value of Object.values(forms)) {
      const message = attempt(shown, value, shownChannel, secretSettings(kind, secret, secretChannel));
      expect(echoes.found(message)).toBe(false);
      expect(message.toLowerCase()).not.toContain(secret.slice(-12).toLowerCase());
    }
    // The swap: the secret's own setting holds something harmless; only the shape is left to see.
    const swapped = attempt(shown, secret, shownChannel, { settings: {}, env: { [C1_ENV.accessToken]: "acme-corp-tenant" } });
    expect(swapped).toMatch(/looks like/);
    expect(echoes.found(swapped)).toBe(false);
  });
});

describe("secretShapeOf: real settings pass", () => {
  it.each(["acme", "acme-corp", "acme.conductor.one", "https://acme.c1eu.ai", "https://127.0.0.1:8443", GOOD_CLIENT_ID, "sharp-otter-10234@acme.conductor.one/pcc", "acme-corporation-europe-prod-2024"])("%s", (value) => {
    expect(secretShapeOf(value)).toBeUndefined();
    expect(() => resolveConductorOne({ tenant_domain: value.includes("@") ? "acme" : value, client_id: value.includes("@") ? value : GOOD_CLIENT_ID }, { [C1_ENV.accessToken]: "c1-at-harmless-0" })).not.toThrow();
  });
});

import { newEd25519PrivateKey } from "../../src/c1simulator/jws";
import { inspect } from "node:util";
import { C1_ENV, resolveConductorOne } from "../../src/conductorone";

// Credentials and host taken exactly as the official provider takes them (reference §1.1).
function secretFor(): string {
  const jwk = newEd25519PrivateKey().export({ format: "jwk" });
  return `secret-token:conductorone.com:v1:${Buffer.from(JSON.stringify(jwk)).toString("base64url")}`;
}

const CLIENT_ID = "strange-hydra-68836@acme.conductor.one/spc";
const SECRET = secretFor();

describe("resolveConductorOne: method precedence", () => {
  it("CONDUCTORONE_ACCESS_TOKEN overrides OIDC and client credentials", () => {
    const resolved = resolveConductorOne(
      { client_id: CLIENT_ID, client_secret: SECRET, oidc_token: "eyJhbGciOiJSUzI1NiJ9.e30.sig" },
      { [C1_ENV.accessToken]: "at-123" },
    );
    expect(resolved.auth.method).toBe("access-token");
    expect(resolved.server.url).toBe("https://acme.conductor.one");
  });

  it("an OIDC token wins over client credentials", () => {
    const resolved = resolveConductorOne({ client_id: CLIENT_ID, client_secret: SECRET }, { [C1_ENV.tfc]: "tfc-token" });
    expect(resolved.auth).toMatchObject({ method: "oidc", source: "env TFC_WORKLOAD_IDENTITY_TOKEN" });
  });

  it.each([
    [{ oidc_token: "attr" }, { CONDUCTORONE_OIDC_TOKEN: "a", TFC_WORKLOAD_IDENTITY_TOKEN_CONDUCTORONE: "b", TFC_WORKLOAD_IDENTITY_TOKEN_C1: "c", TFC_WORKLOAD_IDENTITY_TOKEN: "d" }, "oidc_token", "attr"],
    [{}, { CONDUCTORONE_OIDC_TOKEN: "a", TFC_WORKLOAD_IDENTITY_TOKEN_CONDUCTORONE: "b", TFC_WORKLOAD_IDENTITY_TOKEN_C1: "c", TFC_WORKLOAD_IDENTITY_TOKEN: "d" }, "env CONDUCTORONE_OIDC_TOKEN", "a"],
    [{}, { TFC_WORKLOAD_IDENTITY_TOKEN_CONDUCTORONE: "b", TFC_WORKLOAD_IDENTITY_TOKEN_C1: "c", TFC_WORKLOAD_IDENTITY_TOKEN: "d" }, "env TFC_WORKLOAD_IDENTITY_TOKEN_CONDUCTORONE", "b"],
    [{}, { TFC_WORKLOAD_IDENTITY_TOKEN_C1: "c", TFC_WORKLOAD_IDENTITY_TOKEN: "d" }, "env TFC_WORKLOAD_IDENTITY_TOKEN_C1", "c"],
    [{}, { TFC_WORKLOAD_IDENTITY_TOKEN: "d", CONDUCTORONE_OIDC_TOKEN: "" }, "env TFC_WORKLOAD_IDENTITY_TOKEN", "d"],
  ])("OIDC token source order: %j %j → %s", (settings, env, source, value) => {
    const resolved = resolveConductorOne({ client_id: CLIENT_ID, ...settings }, env);
    expect(resolved.auth.method).toBe("oidc");
    if (resolved.auth.method !== "oidc") return;
    expect(resolved.auth.source).toBe(source);
    expect(resolved.auth.oidcToken.reveal()).toBe(value);
  });

  it("OIDC without a client id is the provider's 'Missing client_id'", () => {
    expect(() => resolveConductorOne({}, { TFC_WORKLOAD_IDENTITY_TOKEN: "tok" })).toThrow(
      expect.objectContaining({ code: "C1_CLIENT_ID_MISSING", message: expect.stringContaining("client_id is required when using OIDC") }),
    );
  });

  it("client credentials from the environment", () => {
    const resolved = resolveConductorOne({}, { CONDUCTORONE_CLIENT_ID: CLIENT_ID, CONDUCTORONE_CLIENT_SECRET: SECRET });
    expect(resolved.auth).toMatchObject({ method: "client-credentials", clientId: CLIENT_ID, source: "env CONDUCTORONE_CLIENT_SECRET" });
  });

  it.each([
    [{}, {}, /missing: an access token/],
    [{}, { CONDUCTORONE_CLIENT_ID: CLIENT_ID }, /client_secret/],
    [{}, { CONDUCTORONE_CLIENT_SECRET: SECRET }, /client_id/],
  ])("missing credentials are C1_CREDENTIALS_MISSING (%#)", (settings, env, missing) => {
    expect(() => resolveConductorOne(settings, env)).toThrow(expect.objectContaining({ code: "C1_CREDENTIALS_MISSING", message: expect.stringMatching(missing) }));
  });
});

describe("resolveConductorOne: attribute over environment, host choice", () => {
  it("each attribute wins over its variable", () => {
    const resolved = resolveConductorOne(
      { server_url: "https://127.0.0.1:9000", client_id: CLIENT_ID, client_secret: SECRET },
      { CONDUCTORONE_SERVER_URL: "https://127.0.0.1:1", CONDUCTORONE_CLIENT_ID: "other@x.conductor.one/spc", CONDUCTORONE_CLIENT_SECRET: "garbage" },
    );
    expect(resolved.server.url).toBe("https://127.0.0.1:9000");
    expect(resolved.serverSource).toBe("server_url");
    expect(resolved.auth).toMatchObject({ clientId: CLIENT_ID, source: "client_secret" });
  });

  it("tenant_domain is used instead of server_url", () => {
    const resolved = resolveConductorOne({ server_url: "https://127.0.0.1:9000" }, { CONDUCTORONE_TENANT_DOMAIN: "globex", CONDUCTORONE_ACCESS_TOKEN: "t" });
    expect(resolved.server.url).toBe("https://globex.conductor.one");
    expect(resolved.serverSource).toBe("env CONDUCTORONE_TENANT_DOMAIN");
  });

  it("without server or tenant the host comes from the client id", () => {
    const resolved = resolveConductorOne({}, { CONDUCTORONE_CLIENT_ID: "n@127.0.0.1:8443/spc", CONDUCTORONE_CLIENT_SECRET: SECRET });
    expect(resolved.server.url).toBe("https://127.0.0.1:8443");
    expect(resolved.serverSource).toBe("env CONDUCTORONE_CLIENT_ID");
  });

  it("an access token with no host anywhere is refused (the provider would call example.conductor.one)", () => {
    expect(() => resolveConductorOne({}, { CONDUCTORONE_ACCESS_TOKEN: "t" })).toThrow(expect.objectContaining({ code: "C1_SERVER_UNKNOWN" }));
  });
});

const RFC7517_EC_PRIVATE_JWK = {
  kty: "EC",
  crv: "P-256",
  x: "MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4",
  y: "4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM",
  d: "870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE",
};

describe("resolveConductorOne: secrets are never shown", () => {
  it.each([
    ["not enough parts", "secret-token:v1:abc"],
    ["not v1", "secret-token:conductorone.com:v2:eyJ9"],
    ["not base64url", "secret-token:conductorone.com:v1:***"],
    ["not a JWK", `secret-token:conductorone.com:v1:${Buffer.from("hello").toString("base64url")}`],
    ["a public key only", `secret-token:conductorone.com:v1:${Buffer.from(JSON.stringify({ kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" })).toString("base64url")}`],
    // RFC 7517 appendix A.2's P-256 private key (a fixed one: see newEd25519PrivateKey for why no generated key is exported here).
    ["an EC key", `secret-token:conductorone.com:v1:${Buffer.from(JSON.stringify(RFC7517_EC_PRIVATE_JWK)).toString("base64url")}`],
  ])("a client secret that is %s is C1_CLIENT_SECRET_INVALID without quoting it", (_, secret) => {
    let error: unknown;
    try {
      resolveConductorOne({ client_id: CLIENT_ID }, { CONDUCTORONE_CLIENT_SECRET: secret });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "C1_CLIENT_SECRET_INVALID" });
    const message = (error as Error).message;
    expect(message).toContain("env CONDUCTORONE_CLIENT_SECRET");
    expect(message).not.toContain(secret.split(":").pop()!);
  });

  it.each([
    ["a line break", "tok\nen"],
    ["a space", "tok en"],
    ["a zero-width space", "tok\u200ben"],
    ["a smart quote", "\u201ctoken\u201d"],
  ])("an access token with %s is refused by name before any request", (what, token) => {
    expect(() => resolveConductorOne({}, { CONDUCTORONE_ACCESS_TOKEN: token, CONDUCTORONE_TENANT_DOMAIN: "acme" })).toThrow(
      expect.objectContaining({ code: "C1_TOKEN_INVALID", message: expect.stringContaining("CONDUCTORONE_ACCESS_TOKEN") }),
    );
  });

  it("a secret pasted into client_id (variables swapped) is refused without quoting it", () => {
    let message = "";
    try {
      resolveConductorOne({}, { CONDUCTORONE_CLIENT_ID: SECRET, CONDUCTORONE_CLIENT_SECRET: SECRET });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/same value as the client secret/);
    expect(message).not.toContain(SECRET.split(":").pop()!);
  });

  it("the resolved object prints no secret (JSON, inspect, String)", () => {
    const resolved = resolveConductorOne({}, { CONDUCTORONE_CLIENT_ID: CLIENT_ID, CONDUCTORONE_CLIENT_SECRET: SECRET, CONDUCTORONE_OIDC_TOKEN: "oidc-canary-123" });
    const printed = [JSON.stringify(resolved), inspect(resolved, { depth: 10 }), String(resolved.secrets[0])].join("\n");
    expect(printed).not.toContain(SECRET.split(":").pop()!);
    expect(printed).not.toContain("oidc-canary-123");
    expect(printed).toContain("[redacted");
  });
});

import { newEd25519PrivateKey } from "../../src/c1simulator/jws";
import { clientAssertion, parseClientSecret, signCompactJws } from "../../src/conductorone";
import { startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
import { VirtualClock } from "../helpers/virtual-clock";
import { httpsRequest } from "./https-request";

// The simulator's token endpoint checks what ConductorOne checks (reference §1.4–1.5):
// each bad assertion or OIDC token is refused, and says why.
describe("ConductorOne simulator token endpoint", () => {
  const clock = new VirtualClock();
  let sim: RunningConductorOneSimulator;

  beforeAll(async () => {
    sim = await startConductorOneSimulator({ now: clock.now, tickMs: 0 });
  });
  afterAll(() => sim.close());

  const tokenRequest = (form: Record<string, string>, contentType = "application/x-www-form-urlencoded") =>
    httpsRequest(`${sim.url}/auth/v1/token`, sim.caPem, { method: "POST", headers: { "content-type": contentType }, body: new URLSearchParams(form).toString() });

  const assertionForm = (overrides: { clientId?: string; secret?: string; audience?: string; now?: number; assertion?: string } = {}) => {
    const clientId = overrides.clientId ?? sim.credentials.clientId;
    const key = parseClientSecret(overrides.secret ?? sim.credentials.clientSecret, "test").key;
    return {
      client_id: clientId,
      grant_type: "client_credentials",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: overrides.assertion ?? clientAssertion({ clientId, audience: overrides.audience ?? "127.0.0.1", key, now: overrides.now ?? clock.now() }),
    };
  };

  const refusedFor = async (form: Record<string, string>, status: number, reason: RegExp) => {
    const answer = await tokenRequest(form);
    expect(answer.status).toBe(status);
    expect(answer.json().error_description).toMatch(reason);
    expect(answer.body).not.toContain("access_token");
  };

  it("issues a bearer token for a well-signed assertion", async () => {
    const answer = await tokenRequest(assertionForm());
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("application/json");
    const body = answer.json();
    expect(body).toEqual({ access_token: expect.stringMatching(/^c1sim_at_/), token_type: "Bearer", expires_in: 600 });
    const api = await httpsRequest(`${sim.url}/api/v1/apps`, sim.caPem, { headers: { authorization: `Bearer ${body.access_token}` } });
    expect(api.status).toBe(200);
  });

  it("refuses an assertion signed with another key", async () => {
    const other = newEd25519PrivateKey().export({ format: "jwk" });
    const otherSecret = `secret-token:conductorone.com:v1:${Buffer.from(JSON.stringify(other)).toString("base64url")}`;
    await refusedFor(assertionForm({ secret: otherSecret }), 401, /signature does not verify/);
  });

  it("refuses a wrong audience (the host with its port, or another host)", async () => {
    await refusedFor(assertionForm({ audience: `127.0.0.1:${sim.port}` }), 401, /audience/);
    await refusedFor(assertionForm({ audience: "acme.conductor.one" }), 401, /audience/);
  });

  it("m6: the audience is checked against the simulator's own tenant host, not the request's Host header", async () => {
    const answer = await httpsRequest(`${sim.url}/auth/v1/token`, sim.caPem, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", host: "evil.example" },
      servername: "localhost",
      body: new URLSearchParams(assertionForm({ audience: "evil.example" })).toString(),
    });
    expect(answer.status).toBe(401);
    expect(answer.json().error_description).toMatch(/audience/);
    expect(answer.body).not.toContain("access_token");
  });

  it("m6: refuses an assertion whose JWS header lists critical extensions (crit)", async () => {
    const clientId = sim.credentials.clientId;
    const key = parseClientSecret(sim.credentials.clientSecret, "test").key;
    const now = Math.floor(clock.now() / 1000);
    const assertion = signCompactJws({ alg: "EdDSA", typ: "JWT", crit: ["exp-ext"], "exp-ext": true }, JSON.stringify({ iss: clientId, sub: clientId, aud: "127.0.0.1", exp: now + 60, iat: now }), key);
    await refusedFor(assertionForm({ assertion }), 401, /crit/);
  });

  it("refuses an expired assertion", async () => {
    await refusedFor(assertionForm({ now: clock.now() - 10 * 60_000 }), 401, /expired/);
  });

  it("refuses an assertion whose exp is more than 5 minutes ahead, or not valid yet", async () => {
    await refusedFor(assertionForm({ now: clock.now() + 10 * 60_000 }), 401, /more than 5 minutes ahead|not valid yet/);
  });

  it("refuses an unknown client, and a revoked one", async () => {
    await refusedFor(assertionForm({ clientId: `ghost-1@127.0.0.1:${sim.port}/spc` }), 401, /unknown client/);
    const revoked = sim.createClient();
    sim.revokeClient(revoked.clientId);
    await refusedFor(assertionForm({ clientId: revoked.clientId, secret: revoked.clientSecret }), 401, /revoked/);
  });

  it("refuses an assertion whose iss/sub is another client", async () => {
    const key = parseClientSecret(sim.credentials.clientSecret, "t").key;
    const assertion = clientAssertion({ clientId: "someone-else", audience: "127.0.0.1", key, now: clock.now() });
    await refusedFor(assertionForm({ assertion }), 401, /iss is not the client id/);
  });

  it("refuses alg none and HS256", async () => {
    const claims = Buffer.from(JSON.stringify({ iss: sim.credentials.clientId, sub: sim.credentials.clientId, aud: "127.0.0.1", exp: clock.now() / 1000 + 60 })).toString("base64url");
    const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${claims}.`;
    await refusedFor(assertionForm({ assertion: none }), 401, /alg/);
    const hs = `${Buffer.from('{"alg":"HS256"}').toString("base64url")}.${claims}.c2ln`;
    await refusedFor(assertionForm({ assertion: hs }), 401, /alg/);
  });

  it("refuses an assertion that is not a JWS, and a request that is not form-encoded", async () => {
    await refusedFor(assertionForm({ assertion: "not-a-jws" }), 401, /compact JWS/);
    const json = await tokenRequest(assertionForm(), "application/json");
    expect(json.status).toBe(400);
  });

  it("accepts the documented raw client_secret grant and refuses a wrong secret", async () => {
    const ok = await tokenRequest({ grant_type: "client_credentials", client_id: sim.credentials.clientId, client_secret: sim.credentials.clientSecret });
    expect(ok.status).toBe(200);
    await refusedFor({ grant_type: "client_credentials", client_id: sim.credentials.clientId, client_secret: "secret-token:x:v1:AAAA" }, 401, /wrong/);
  });

  it("refuses an unknown grant type", async () => {
    await refusedFor({ grant_type: "password", client_id: "x" }, 400, /not supported/);
  });

  describe("OIDC token exchange (RFC 8693)", () => {
    const exchange = (clientId: string, token: string) =>
      tokenRequest({
        grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
        subject_token: token,
        subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
        client_id: clientId,
      });

    it("issues a token for an OIDC token of the trusted issuer and audience", async () => {
      const trust = sim.createOidcTrust({ audience: "acme.conductor.one" });
      expect(trust.clientId).toMatch(/\/wfe$/);
      const answer = await exchange(trust.clientId, trust.issueToken());
      expect(answer.status).toBe(200);
    });

    it("refuses a wrong audience, an expired token, a wrong issuer, another signer and an unknown trust", async () => {
      const trust = sim.createOidcTrust();
      const stranger = sim.createOidcTrust();
      expect((await exchange(trust.clientId, trust.issueToken({ audience: "evil.example" }))).json().error_description).toMatch(/audience/);
      expect((await exchange(trust.clientId, trust.issueToken({ expiresInS: -120 }))).json().error_description).toMatch(/expired/);
      expect((await exchange(trust.clientId, trust.issueToken({ issuer: "https://evil.example" }))).json().error_description).toMatch(/issuer/);
      expect((await exchange(trust.clientId, stranger.issueToken())).json().error_description).toMatch(/signature/);
      expect((await exchange("nobody@x/wfe", trust.issueToken())).status).toBe(401);
    });
  });

  describe("API authentication", () => {
    it("answers 401 without a token, with an unknown one, and with an expired one", async () => {
      const apps = `${sim.url}/api/v1/apps`;
      expect((await httpsRequest(apps, sim.caPem)).status).toBe(401);
      expect((await httpsRequest(apps, sim.caPem, { headers: { authorization: "Bearer nope" } })).status).toBe(401);
      const short = sim.issueAccessToken(60);
      expect((await httpsRequest(apps, sim.caPem, { headers: { authorization: `Bearer ${short}` } })).status).toBe(200);
      clock.advance(61_000);
      const expired = await httpsRequest(apps, sim.caPem, { headers: { authorization: `Bearer ${short}` } });
      expect(expired.status).toBe(401);
      expect(expired.json()).toEqual({ code: 16, message: "unauthenticated: access token expired", details: [] });
      expect(expired.body).not.toContain(short);
    });
  });

  it("records every attempt with its reason and no secret", () => {
    const refused = sim.tokenAttempts.filter((a) => a.outcome === "refused");
    expect(refused.length).toBeGreaterThan(8);
    const text = JSON.stringify(sim.tokenAttempts);
    expect(text).not.toContain(sim.credentials.clientSecret.split(":").pop()!);
  });
});

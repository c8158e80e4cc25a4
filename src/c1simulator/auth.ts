import { createHash, generateKeyPairSync, randomBytes, timingSafeEqual, type KeyObject } from "node:crypto";
import { opaqueToken } from "./ids";
import { audiences, ed25519PublicKey, newEd25519PrivateKey, signRs256Jwt, verifyCompactJws, type JwtClaims } from "./jws";

/**
 * The tenant's token endpoint, `POST /auth/v1/token` (reference §1.4–1.5):
 * - client credentials with an EdDSA-signed client assertion: signature by the client's key,
 *   `iss` = `sub` = client_id, `aud` ∋ the tenant host without port, `exp` in the future and at
 *   most 5 minutes ahead (the docs' rule), `nbf`/`iat` not in the future (30 s leeway);
 * - client credentials with the raw `client_secret` (documented, unused by the provider);
 * - RFC 8693 token exchange of an OIDC JWT (RS256) for a workload-federation trust (…/wfe):
 *   issuer, audience and expiry checked.
 * Answers 200 `{access_token, token_type: "Bearer", expires_in}`; refusals are OAuth-style
 * `{error, error_description}` with 400/401 (C1's exact error body is UNVERIFIED).
 */

export const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
export const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
export const JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt";
const LEEWAY_S = 30;
const MAX_ASSERTION_AHEAD_S = 300;

export interface ClientCredentialPair {
  clientId: string;
  /** `secret-token:conductorone.com:v1:<base64url Ed25519 JWK>`. */
  clientSecret: string;
}

export interface OidcTrust {
  /** The trust's client id (`…/wfe`). */
  clientId: string;
  issuer: string;
  audience: string;
  /** Sign an OIDC token this trust accepts (or, with overrides, one it refuses). */
  issueToken(options?: { subject?: string; audience?: string; issuer?: string; expiresInS?: number; notBeforeS?: number }): string;
}

export interface TokenAttempt {
  grant: string;
  clientId: string | null;
  outcome: "issued" | "refused";
  /** Why it was refused (never a secret). */
  reason?: string;
}

interface RegisteredClient {
  secret: string;
  publicKey: KeyObject;
  revoked: boolean;
}

interface Trust {
  issuer: string;
  audience: string;
  publicKey: KeyObject;
}

export interface TokenAnswer {
  status: number;
  body: Record<string, unknown>;
}

const NAMES = ["strange-hydra", "quiet-otter", "brave-lynx", "lucky-heron", "swift-badger", "calm-falcon"];

export class Authority {
  readonly #clients = new Map<string, RegisteredClient>();
  readonly #trusts = new Map<string, Trust>();
  readonly #tokens = new Map<string, { subject: string; expiresAt: number; viaEndpoint: boolean }>();
  readonly attempts: TokenAttempt[] = [];
  #counter = 0;

  constructor(
    /** host:port of the tenant, as it appears in client ids. */
    private readonly host: string,
    private readonly now: () => number,
    private readonly tokenTtlS: number,
  ) {}

  #clientId(kind: string): string {
    const name = NAMES[this.#counter % NAMES.length];
    this.#counter++;
    return `${name}-${10000 + randomBytes(2).readUInt16BE(0)}@${this.host}/${kind}`;
  }

  /** A new client id/secret pair (kind "spc": service principal; "pcc": personal key; "cc": connector credential). */
  createClient(kind = "spc"): ClientCredentialPair {
    const jwk = newEd25519PrivateKey().export({ format: "jwk" });
    const clientId = this.#clientId(kind);
    const clientSecret = `secret-token:conductorone.com:v1:${Buffer.from(JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, d: jwk.d })).toString("base64url")}`;
    this.#clients.set(clientId, { secret: clientSecret, publicKey: ed25519PublicKey(jwk.x!), revoked: false });
    return { clientId, clientSecret };
  }

  revokeClient(clientId: string): boolean {
    const client = this.#clients.get(clientId);
    if (!client) return false;
    client.revoked = true;
    return true;
  }

  createOidcTrust(options: { issuer?: string; audience?: string } = {}): OidcTrust {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const clientId = this.#clientId("wfe");
    const issuer = options.issuer ?? "https://app.terraform.io";
    const audience = options.audience ?? this.host.replace(/:\d+$/, "");
    this.#trusts.set(clientId, { issuer, audience, publicKey });
    const kid = createHash("sha256").update(clientId).digest("base64url").slice(0, 16);
    return {
      clientId,
      issuer,
      audience,
      issueToken: (o = {}) => {
        const now = Math.floor(this.now() / 1000);
        return signRs256Jwt(
          {
            iss: o.issuer ?? issuer,
            sub: o.subject ?? "organization:acme:project:default:workspace:c1:run_phase:apply",
            aud: o.audience ?? audience,
            iat: now,
            nbf: now + (o.notBeforeS ?? 0),
            exp: now + (o.expiresInS ?? 600),
          },
          privateKey,
          kid,
        );
      },
    };
  }

  /** A ready access token (what CONDUCTORONE_ACCESS_TOKEN would hold). */
  issueAccessToken(subject = "access-token-user", ttlS = this.tokenTtlS, viaEndpoint = false): string {
    const token = opaqueToken("c1sim_at_");
    this.#tokens.set(token, { subject, expiresAt: this.now() + ttlS * 1000, viaEndpoint });
    return token;
  }

  /** Revoke every token the token endpoint issued (ready tokens stay valid). */
  revokeIssuedTokens(): void {
    for (const [token, entry] of this.#tokens) if (entry.viaEndpoint) this.#tokens.delete(token);
  }

  /** Check an Authorization header; the reason never repeats the token. */
  authenticate(header: string | undefined): { ok: true; subject: string } | { ok: false; reason: string } {
    const match = /^Bearer ([!-~]+)$/.exec(header ?? "");
    if (!match) return { ok: false, reason: "missing bearer token" };
    const entry = this.#tokens.get(match[1]!);
    if (!entry) return { ok: false, reason: "unknown access token" };
    if (this.now() >= entry.expiresAt) return { ok: false, reason: "access token expired" };
    return { ok: true, subject: entry.subject };
  }

  /**
   * The token endpoint. An assertion's audience is checked against the simulator's OWN tenant
   * host (as ConductorOne checks its own), never the request's Host header, which the client
   * chooses (issue 14 breaker m6).
   */
  tokenRequest(form: URLSearchParams): TokenAnswer {
    const grant = form.get("grant_type") ?? "";
    const clientId = form.get("client_id");
    const refuse = (status: number, error: string, reason: string): TokenAnswer => {
      this.attempts.push({ grant, clientId, outcome: "refused", reason });
      return { status, body: { error, error_description: reason } };
    };
    const issue = (subject: string): TokenAnswer => {
      this.attempts.push({ grant, clientId, outcome: "issued" });
      return { status: 200, body: { access_token: this.issueAccessToken(subject, this.tokenTtlS, true), token_type: "Bearer", expires_in: this.tokenTtlS } };
    };
    if (grant === "client_credentials") {
      if (!clientId) return refuse(400, "invalid_request", "client_id is missing");
      const client = this.#clients.get(clientId);
      if (!client) return refuse(401, "invalid_client", "unknown client");
      if (client.revoked) return refuse(401, "invalid_client", "the client credential was revoked");
      const assertion = form.get("client_assertion");
      if (assertion !== null) {
        if (form.get("client_assertion_type") !== ASSERTION_TYPE) return refuse(400, "invalid_request", "client_assertion_type must be jwt-bearer");
        const verdict = verifyCompactJws(assertion, client.publicKey, "EdDSA");
        if (!verdict.ok) return refuse(401, "invalid_client", verdict.reason);
        const problem = this.#assertionProblem(verdict.claims, clientId, this.host.replace(/:\d+$/, "").replace(/^\[(.*)\]$/, "$1"));
        if (problem) return refuse(401, "invalid_client", problem);
        return issue(clientId);
      }
      const secret = form.get("client_secret");
      if (secret === null) return refuse(400, "invalid_request", "neither client_assertion nor client_secret was sent");
      const a = Buffer.from(secret);
      const b = Buffer.from(client.secret);
      if (a.length !== b.length || !timingSafeEqual(a, b)) return refuse(401, "invalid_client", "the client secret is wrong");
      return issue(clientId);
    }
    if (grant === TOKEN_EXCHANGE_GRANT) {
      if (form.get("subject_token_type") !== JWT_TOKEN_TYPE) return refuse(400, "invalid_request", "subject_token_type must be urn:ietf:params:oauth:token-type:jwt");
      const trust = clientId ? this.#trusts.get(clientId) : undefined;
      if (!trust) return refuse(401, "invalid_client", "unknown workload federation trust");
      const verdict = verifyCompactJws(form.get("subject_token") ?? "", trust.publicKey, "RS256");
      if (!verdict.ok) return refuse(401, "invalid_grant", verdict.reason.replace("client's public key", "issuer's key"));
      const c = verdict.claims;
      const now = this.now() / 1000;
      if (c.iss !== trust.issuer) return refuse(401, "invalid_grant", `the token's issuer ${JSON.stringify(c.iss ?? null)} is not the trust's`);
      if (!audiences(c).includes(trust.audience)) return refuse(401, "invalid_grant", `the token's audience ${JSON.stringify(c.aud ?? null)} is not ${JSON.stringify(trust.audience)}`);
      if (c.exp === undefined || c.exp + LEEWAY_S <= now) return refuse(401, "invalid_grant", "the OIDC token has expired");
      if (c.nbf !== undefined && c.nbf - LEEWAY_S > now) return refuse(401, "invalid_grant", "the OIDC token is not valid yet");
      return issue(clientId!);
    }
    return refuse(400, "unsupported_grant_type", `grant_type ${JSON.stringify(grant)} is not supported`);
  }

  #assertionProblem(c: JwtClaims, clientId: string, expectedAudience: string): string | undefined {
    const now = this.now() / 1000;
    if (c.iss !== clientId) return "the assertion's iss is not the client id";
    if (c.sub !== clientId) return "the assertion's sub is not the client id";
    const aud = audiences(c);
    if (!aud.includes(expectedAudience)) return `the assertion's audience ${JSON.stringify(c.aud ?? null)} is not the tenant host ${JSON.stringify(expectedAudience)}`;
    if (c.exp === undefined) return "the assertion has no exp";
    if (c.exp + LEEWAY_S <= now) return "the assertion has expired";
    if (c.exp - now > MAX_ASSERTION_AHEAD_S + LEEWAY_S) return "the assertion's exp is more than 5 minutes ahead";
    if (c.nbf !== undefined && c.nbf - LEEWAY_S > now) return "the assertion is not valid yet (nbf)";
    if (c.iat !== undefined && c.iat - LEEWAY_S > now) return "the assertion was issued in the future (iat)";
    return undefined;
  }
}

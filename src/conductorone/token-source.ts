import * as z from "../zod-mini";
import { clientAssertion } from "./assertion";
import type { Clock } from "../clock";
import type { ConductorOneAuth } from "./credentials";
import { C1BadResponseError, C1TokenRefusedError } from "./errors";
import { Secret } from "./secret";
import type { C1Server } from "./server-url";
import type { C1Transport } from "./transport";

/**
 * Where the bearer token of API calls comes from (reference §1.4–1.6):
 * - access token: CONDUCTORONE_ACCESS_TOKEN as given, no token endpoint call;
 * - client credentials: `POST https://<tokenHost>/auth/v1/token`, form `client_id`,
 *   `grant_type=client_credentials`, `client_assertion_type=…jwt-bearer`, `client_assertion=<JWS>`;
 * - OIDC: the same endpoint, `grant_type=urn:ietf:params:oauth:grant-type:token-exchange`,
 *   `subject_token`, `subject_token_type=urn:ietf:params:oauth:token-type:jwt`, `client_id`.
 * The answer must be 200 `{access_token, token_type, expires_in}`; the token is reused until
 * 10 s before it expires (oauth2's ReuseTokenSource margin), or fetched again after a 401.
 */

export const TOKEN_PATH = "/auth/v1/token";
export const CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
export const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
export const JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt";
const EXPIRY_MARGIN_MS = 10_000;

const tokenResponse = z.object({
  access_token: z.string(),
  token_type: z.optional(z.string()),
  expires_in: z.number().check(z.int()),
});

export interface TokenSource {
  readonly method: ConductorOneAuth["method"];
  /** Whether a fresh token can be had after a 401 (not for a static access token). */
  readonly renewable: boolean;
  token(options: { refresh: boolean; signal?: AbortSignal }): Promise<Secret>;
}

export function tokenSourceFor(auth: ConductorOneAuth, server: C1Server, transport: C1Transport, clock: Clock): TokenSource {
  if (auth.method === "access-token") {
    return { method: auth.method, renewable: false, token: async () => auth.accessToken };
  }
  return new IssuedTokenSource(auth, server, transport, clock);
}

class IssuedTokenSource implements TokenSource {
  readonly renewable = true;
  readonly method: "oidc" | "client-credentials";
  #cached: { token: Secret; expiresAt: number } | undefined;
  #inFlight: Promise<Secret> | undefined;

  constructor(
    private readonly auth: Extract<ConductorOneAuth, { method: "oidc" | "client-credentials" }>,
    private readonly server: C1Server,
    private readonly transport: C1Transport,
    private readonly clock: Clock,
  ) {
    this.method = auth.method;
  }

  token(options: { refresh: boolean; signal?: AbortSignal }): Promise<Secret> {
    if (options.refresh) this.#cached = undefined;
    if (this.#cached && this.clock.now() < this.#cached.expiresAt - EXPIRY_MARGIN_MS) return Promise.resolve(this.#cached.token);
    this.#inFlight ??= this.fetch(options.signal).finally(() => (this.#inFlight = undefined));
    return this.#inFlight;
  }

  private form(): URLSearchParams {
    if (this.auth.method === "oidc") {
      return new URLSearchParams({
        grant_type: TOKEN_EXCHANGE_GRANT,
        subject_token: this.auth.oidcToken.reveal(),
        subject_token_type: JWT_TOKEN_TYPE,
        client_id: this.auth.clientId,
      });
    }
    const assertion = clientAssertion({
      clientId: this.auth.clientId,
      audience: this.server.audience,
      key: this.auth.clientSecret.key,
      now: this.clock.now(),
    });
    return new URLSearchParams({
      client_id: this.auth.clientId,
      grant_type: "client_credentials",
      client_assertion_type: CLIENT_ASSERTION_TYPE,
      client_assertion: assertion,
    });
  }

  private async fetch(signal: AbortSignal | undefined): Promise<Secret> {
    const url = new URL(`https://${this.server.tokenHost}${TOKEN_PATH}`);
    const grant = this.auth.method === "oidc" ? "token-exchange" : "client-credentials";
    const refusals = Array.from({ length: 100 }, (_, i) => 400 + i).filter((s) => s !== 429);
    const response = await this.transport.exchange(
      {
        method: "POST",
        url,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: this.form().toString(),
        ...(signal ? { signal } : {}),
      },
      // Asking for a token twice is harmless: retried like an idempotent call.
      { idempotent: true, notFound: "the token endpoint", passThrough: refusals },
    );
    const described = { method: "POST", url: `${url.origin}${url.pathname}` };
    if (response.status !== 200) {
      throw new C1TokenRefusedError(described, grant, response.status, this.transport.redactor.messageOf(response.body));
    }
    let parsed: z.infer<typeof tokenResponse>;
    try {
      const result = tokenResponse.safeParse(JSON.parse(response.body));
      if (!result.success) throw new C1BadResponseError(described, 200, "the token answer lacks access_token or expires_in");
      parsed = result.data;
    } catch (error) {
      if (error instanceof C1BadResponseError) throw error;
      throw new C1BadResponseError(described, 200, "the token answer is not JSON");
    }
    if (parsed.access_token === "") throw new C1BadResponseError(described, 200, "the access token is empty");
    const token = new Secret(parsed.access_token, "ConductorOne access token");
    this.transport.addSecret(token);
    this.#cached = { token, expiresAt: this.clock.now() + parsed.expires_in * 1000 };
    return token;
  }
}

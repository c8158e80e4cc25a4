import { randomBytes, sign, type KeyObject } from "node:crypto";

/**
 * The signed client assertion of the client-credentials grant (reference §1.4, provider
 * `token_source.go`): a compact JWS, alg EdDSA (RFC 8037), with a random 16-byte `nonce` in the
 * protected header, and claims `iss` = `sub` = client id, `aud` = the token host without port
 * (a single string, as go-jose writes a one-element audience), `exp` = now + 2 min,
 * `iat` = now, `nbf` = now − 2 min (NumericDate seconds).
 */

export const ASSERTION_LIFETIME_S = 120;

export interface AssertionInput {
  clientId: string;
  audience: string;
  key: KeyObject;
  /** ms since the epoch. */
  now: number;
  /** Header nonce; random 16 bytes (base64url) unless given. */
  nonce?: string;
}

const b64url = (value: string | Buffer): string => Buffer.from(value).toString("base64url");

/** Sign `header.payload` with Ed25519 (node:crypto does EdDSA with a null digest). */
export function signCompactJws(header: Record<string, unknown>, payload: string | Buffer, key: KeyObject): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(payload)}`;
  return `${input}.${sign(null, Buffer.from(input, "ascii"), key).toString("base64url")}`;
}

export function clientAssertion(input: AssertionInput): string {
  const seconds = Math.floor(input.now / 1000);
  const claims = {
    iss: input.clientId,
    sub: input.clientId,
    aud: input.audience,
    exp: seconds + ASSERTION_LIFETIME_S,
    nbf: seconds - ASSERTION_LIFETIME_S,
    iat: seconds,
  };
  return signCompactJws({ alg: "EdDSA", nonce: input.nonce ?? b64url(randomBytes(16)) }, JSON.stringify(claims), input.key);
}

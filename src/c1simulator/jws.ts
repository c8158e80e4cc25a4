import { createPrivateKey, createPublicKey, randomBytes, sign, verify, type KeyObject } from "node:crypto";
import * as z from "zod";

/**
 * Compact JWS checking for the token endpoint, written apart from the client's signer so one
 * cannot hide the other's mistake (both are also held to RFC 8037 A.4 in the tests). Accepts
 * EdDSA (Ed25519, client assertions) and RS256 (OIDC tokens, as HCP Terraform issues them).
 */

export type JwsAlgorithm = "EdDSA" | "RS256";

const headerSchema = z.looseObject({ alg: z.string(), kid: z.string().optional(), nonce: z.string().optional(), crit: z.unknown().optional() });
const audienceSchema = z.union([z.string(), z.array(z.string())]);
export const claimsSchema = z.looseObject({
  iss: z.string().optional(),
  sub: z.string().optional(),
  aud: audienceSchema.optional(),
  exp: z.number().optional(),
  nbf: z.number().optional(),
  iat: z.number().optional(),
});
export type JwtClaims = z.output<typeof claimsSchema>;

export type JwsResult = { ok: true; header: z.output<typeof headerSchema>; claims: JwtClaims } | { ok: false; reason: string };

function decodeJson(part: string): unknown {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) throw new Error("not base64url");
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
}

/** Check the signature with `key` (alg must be `alg`) and decode the claims; never throws. */
export function verifyCompactJws(token: string, key: KeyObject, alg: JwsAlgorithm): JwsResult {
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, reason: "the assertion is not a compact JWS (3 dot-separated parts)" };
  const [h, p, s] = parts as [string, string, string];
  let header: z.output<typeof headerSchema>;
  try {
    const parsedHeader = headerSchema.safeParse(decodeJson(h));
    if (!parsedHeader.success) return { ok: false, reason: "the JWS header has no alg" };
    header = parsedHeader.data;
  } catch {
    return { ok: false, reason: "the JWS header is not base64url JSON" };
  }
  if (header.alg !== alg) return { ok: false, reason: `the JWS alg is ${JSON.stringify(header.alg)}, expected ${alg}` };
  // RFC 7515 §4.1.11: extensions listed in "crit" must be understood, and none are here.
  if (header.crit !== undefined) return { ok: false, reason: "the JWS header lists critical extensions (crit) this server does not understand" };
  if (!/^[A-Za-z0-9_-]+$/.test(s) || !/^[A-Za-z0-9_-]*$/.test(p)) return { ok: false, reason: "the JWS payload or signature is not base64url" };
  // The signature first: nothing in an unsigned payload is worth reading.
  const input = Buffer.from(`${h}.${p}`, "ascii");
  const signature = Buffer.from(s, "base64url");
  const valid = alg === "EdDSA" ? verify(null, input, key, signature) : verify("sha256", input, key, signature);
  if (!valid) return { ok: false, reason: "the signature does not verify with the client's public key" };
  let claims: JwtClaims;
  try {
    const parsedClaims = claimsSchema.safeParse(decodeJson(p));
    if (!parsedClaims.success) return { ok: false, reason: "the JWS payload is not a JWT claims set" };
    claims = parsedClaims.data;
  } catch {
    return { ok: false, reason: "the JWS payload is not a JWT claims set" };
  }
  return { ok: true, header, claims };
}

export function audiences(claims: JwtClaims): string[] {
  if (claims.aud === undefined) return [];
  return typeof claims.aud === "string" ? [claims.aud] : claims.aud;
}

/** Sign a JWT with RS256 (the simulator's stand-in OIDC issuer). */
export function signRs256Jwt(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const h = Buffer.from(JSON.stringify({ alg: "RS256", typ: "JWT", kid })).toString("base64url");
  const p = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${h}.${p}.${sign("sha256", Buffer.from(`${h}.${p}`, "ascii"), key).toString("base64url")}`;
}

/** The public Ed25519 key of a JWK's `x`. */
export function ed25519PublicKey(x: string): KeyObject {
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x }, format: "jwk" });
}

/** RFC 8410's PKCS#8 prefix of an Ed25519 private key: what follows it is the 32-byte seed. */
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/**
 * A fresh Ed25519 private key, made from 32 random bytes (RFC 8410 PKCS#8) rather than by
 * `generateKeyPairSync`. On Node 20, exporting a generated key (`export({ format: "jwk" })`) can
 * deadlock: the export holds the key's mutex while it allocates, a GC then frees the
 * key-generation job, and the job's destructor waits for the same mutex (seen as a jest worker
 * hung for good: ExportJWKEdKey → CollectGarbage → ~KeyGenJob → uv_mutex_lock). A key made from
 * bytes has no such job.
 */
export function newEd25519PrivateKey(): KeyObject {
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, randomBytes(32)]), format: "der", type: "pkcs8" });
}

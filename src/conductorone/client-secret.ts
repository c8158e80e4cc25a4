import { createPrivateKey, type KeyObject } from "node:crypto";
import * as z from "../zod-mini";
import { C1ClientSecretInvalidError, type SettingSource } from "./errors";
import { Secret } from "./secret";

/**
 * A ConductorOne client secret: `secret-token:conductorone.com:v1:<base64url JWK>` where the JWK
 * is an Ed25519 private key (kty OKP, crv Ed25519, x and d). Parsed as the provider's
 * `parseSecret` does (reference §1.3): split on `:` into exactly 4 parts, part 3 must be `v1`,
 * part 4 is RawURL base64 (no padding) of a private Ed25519 JWK; parts 1–2 are not checked.
 * Reasons given on failure never quote the secret.
 */
export interface ClientSecret {
  /** The whole secret string, for redaction only. */
  readonly secret: Secret;
  /** The Ed25519 private key the assertion is signed with. */
  readonly key: KeyObject;
}

const okpPrivateJwk = z.object({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  d: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  kid: z.optional(z.string()),
});

export function parseClientSecret(value: string, source: SettingSource): ClientSecret {
  const fail = (reason: string): never => {
    throw new C1ClientSecretInvalidError(source, reason);
  };
  const parts = value.split(":");
  // Go's SplitN(…, 4) puts any further colons into the last part, which then is no valid base64.
  if (parts.length < 4) fail(`it has ${parts.length} colon-separated part(s), 4 are needed`);
  if (parts[2] !== "v1") fail("its third part is not v1");
  const encoded = parts.slice(3).join(":");
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) fail("its last part is not base64url without padding");
  let jwk: unknown;
  try {
    jwk = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    fail("its last part does not decode to a JSON Web Key");
  }
  const parsed = okpPrivateJwk.safeParse(jwk);
  if (!parsed.success) fail("its key is not an Ed25519 private JSON Web Key (kty OKP, crv Ed25519, x and d)");
  let key: KeyObject | undefined;
  try {
    key = createPrivateKey({ key: { kty: "OKP", crv: "Ed25519", x: parsed.data!.x, d: parsed.data!.d }, format: "jwk" });
  } catch {
    fail("its key does not load as an Ed25519 private key");
  }
  return { secret: new Secret(value, "ConductorOne client secret", [encoded, parsed.data!.d]), key: key! };
}

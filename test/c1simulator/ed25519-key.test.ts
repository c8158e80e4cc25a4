/**
 * newEd25519PrivateKey (src/c1simulator/jws.ts): the simulator's client secrets are Ed25519 keys
 * made from 32 random bytes, not by generateKeyPairSync, whose keys can deadlock Node 20 when
 * exported during a GC. Checked against Node's own Ed25519: what it makes signs and verifies, and
 * exports as the JWK ConductorOne's client secrets carry.
 */
import { createPublicKey, sign, verify } from "node:crypto";
import { ed25519PublicKey, newEd25519PrivateKey } from "../../src/c1simulator/jws";

describe("newEd25519PrivateKey", () => {
  it("makes a fresh Ed25519 key each time, whose JWK and public key sign and verify as Node's own", () => {
    const keys = Array.from({ length: 20 }, () => newEd25519PrivateKey());
    const jwks = keys.map((k) => k.export({ format: "jwk" }));
    expect(new Set(jwks.map((j) => j.d)).size).toBe(20);
    for (const [i, key] of keys.entries()) {
      const jwk = jwks[i];
      expect(key.asymmetricKeyType).toBe("ed25519");
      expect(jwk).toMatchObject({ kty: "OKP", crv: "Ed25519" });
      expect(Buffer.from(jwk?.d ?? "", "base64url")).toHaveLength(32);
      const message = Buffer.from(`message ${i}`);
      const signature = sign(null, message, key);
      // The public key from the JWK's x, as the simulator keeps it, and the one Node derives agree.
      expect(verify(null, message, ed25519PublicKey(jwk?.x ?? ""), signature)).toBe(true);
      expect(verify(null, message, createPublicKey(key), signature)).toBe(true);
      expect(verify(null, Buffer.from("another message"), createPublicKey(key), signature)).toBe(false);
    }
  });
});

import { createPrivateKey, createPublicKey } from "node:crypto";
import { clientAssertion, parseClientSecret, signCompactJws } from "../../src/conductorone";
import { verifyCompactJws } from "../../src/c1simulator/jws";

// RFC 8037 Appendix A.1/A.4: a published Ed25519 key and the JWS it must give. Ed25519 is
// deterministic, so our signer must reproduce it byte for byte, and the simulator's verifier
// (written separately) must accept it: both are held to a text neither of them wrote.
const RFC_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
const RFC_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
const RFC_JWS =
  "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc." +
  "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
const rfcPrivate = createPrivateKey({ key: { kty: "OKP", crv: "Ed25519", d: RFC_D, x: RFC_X }, format: "jwk" });
const rfcPublic = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: RFC_X }, format: "jwk" });
const rfcSecret = `secret-token:conductorone.com:v1:${Buffer.from(JSON.stringify({ kty: "OKP", crv: "Ed25519", x: RFC_X, d: RFC_D })).toString("base64url")}`;

describe("EdDSA JWS against RFC 8037 A.4", () => {
  it("our signer reproduces the RFC's JWS exactly", () => {
    expect(signCompactJws({ alg: "EdDSA" }, "Example of Ed25519 signing", rfcPrivate)).toBe(RFC_JWS);
  });

  it("the simulator's verifier accepts the RFC's JWS and refuses a one-bit change", () => {
    // The RFC payload is not a claims set: the verifier says so after checking the signature shape.
    const result = verifyCompactJws(RFC_JWS, rfcPublic, "EdDSA");
    expect(result).toEqual({ ok: false, reason: "the JWS payload is not a JWT claims set" });
    const claimsJws = signCompactJws({ alg: "EdDSA" }, JSON.stringify({ sub: "x" }), rfcPrivate);
    expect(verifyCompactJws(claimsJws, rfcPublic, "EdDSA").ok).toBe(true);
    const sig = Buffer.from(claimsJws.split(".")[2]!, "base64url");
    sig[10] = sig[10]! ^ 1;
    const tampered = `${claimsJws.split(".").slice(0, 2).join(".")}.${sig.toString("base64url")}`;
    expect(verifyCompactJws(tampered, rfcPublic, "EdDSA")).toMatchObject({ ok: false, reason: expect.stringContaining("signature") });
  });

  it("a client secret holding the RFC key signs with that key", () => {
    const parsed = parseClientSecret(rfcSecret, "test");
    expect(signCompactJws({ alg: "EdDSA" }, "Example of Ed25519 signing", parsed.key)).toBe(RFC_JWS);
    expect(String(parsed.secret)).toBe("[redacted ConductorOne client secret]");
  });
});

describe("client assertion", () => {
  it("has the provider's header and claims (reference §1.4)", () => {
    const now = Date.parse("2026-06-01T12:00:00Z");
    const jws = clientAssertion({ clientId: "c@127.0.0.1:8443/spc", audience: "127.0.0.1", key: rfcPrivate, now });
    const [h, p] = jws.split(".") as [string, string];
    const header = JSON.parse(Buffer.from(h, "base64url").toString());
    const claims = JSON.parse(Buffer.from(p, "base64url").toString());
    expect(header.alg).toBe("EdDSA");
    expect(Buffer.from(header.nonce, "base64url")).toHaveLength(16);
    const s = now / 1000;
    expect(claims).toEqual({ iss: "c@127.0.0.1:8443/spc", sub: "c@127.0.0.1:8443/spc", aud: "127.0.0.1", exp: s + 120, nbf: s - 120, iat: s });
    const verified = verifyCompactJws(jws, rfcPublic, "EdDSA");
    expect(verified.ok).toBe(true);
  });

  it("uses a fresh nonce each time", () => {
    const input = { clientId: "c@h/spc", audience: "h", key: rfcPrivate, now: 0 };
    expect(clientAssertion(input)).not.toBe(clientAssertion(input));
  });
});

/**
 * Detached signatures of SHA256SUMS with gpg, verified by gpg itself; a passphrase-protected key
 * (passphrase on stdin), a wrong passphrase and an unknown key.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ReleaseSigningError } from "../../../src/tfplugin/packaging/errors";
import { checkSigningKey, checkSigningWorks, signDetached, signingKeyInfoOf } from "../../../src/tfplugin/packaging/signature";

jest.setTimeout(120_000);

let dir: string;
let home: string;
const PASS = "correct horse battery staple";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tfplugin-sign-"));
  home = join(dir, "gnupg");
  mkdirSync(home, { mode: 0o700 });
  execFileSync("gpg", ["--batch", "--homedir", home, "--pinentry-mode", "loopback", "--passphrase", PASS, "--quick-gen-key", "Signer <signer@example.invalid>", "ed25519", "sign", "1d"], { stdio: "pipe" });
});
afterAll(() => {
  // gpg-agent started for this homedir
  execFileSync("gpgconf", ["--homedir", home, "--kill", "gpg-agent"], { stdio: "ignore" });
  rmSync(dir, { recursive: true, force: true });
});

describe("signDetached", () => {
  it("signs with a passphrase-protected key; gpg verifies the signature over those bytes; the public key is exported", () => {
    const sums = join(dir, "x_SHA256SUMS");
    writeFileSync(sums, "abc  x.zip\n");
    const sig = signDetached(sums, { keyId: "signer@example.invalid", homedir: home, passphrase: PASS });
    expect(sig).toBe(`${sums}.sig`);
    expect(readFileSync(sig)[0]).not.toBe(0x2d); // binary, not "-----BEGIN"
    expect(execFileSync("gpg", ["--batch", "--homedir", home, "--status-fd", "1", "--verify", sig, sums], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })).toMatch(/GOODSIG/);
    expect(readFileSync(join(dir, "signing-key.asc"), "utf8")).toMatch(/^-----BEGIN PGP PUBLIC KEY BLOCK-----/);
  });

  it("reports a wrong passphrase and an unknown key without echoing the passphrase", () => {
    const file = join(dir, "y");
    writeFileSync(file, "y");
    // The agent caches the right passphrase from the previous test: start from a fresh one.
    execFileSync("gpgconf", ["--homedir", home, "--kill", "gpg-agent"], { stdio: "ignore" });
    let caught: unknown;
    try {
      signDetached(file, { keyId: "signer@example.invalid", homedir: home, passphrase: "wrong passphrase 123" });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ReleaseSigningError);
    expect((caught as Error).message).toMatch(/gpg could not sign .* with key "signer@example.invalid"/);
    expect((caught as Error).message).not.toContain("wrong passphrase 123");
    expect(() => checkSigningKey({ keyId: "nobody@example.invalid", homedir: home })).toThrow(/gpg has no secret key "nobody@example.invalid" in .*import it first/);
    expect(checkSigningKey({ keyId: "signer@example.invalid", homedir: home })).toEqual({ algorithm: "EdDSA (ed25519)", acceptedByPrivateRegistries: false });
    expect(() => checkSigningKey({ keyId: "x", gpg: "no-such-gpg-binary" })).toThrow(/"no-such-gpg-binary" was not found/);
    // A wrong passphrase is found by a test signature, before a build: checkSigningKey alone cannot see it.
    execFileSync("gpgconf", ["--homedir", home, "--kill", "gpg-agent"], { stdio: "ignore" });
    expect(() => checkSigningWorks({ keyId: "signer@example.invalid", homedir: home, passphrase: "wrong passphrase 123" })).toThrow(/could not sign a test file with key "signer@example.invalid".*checked before building anything/);
    expect(() => checkSigningWorks({ keyId: "signer@example.invalid", homedir: home, passphrase: PASS })).not.toThrow();
  });
});

describe("the signing key's algorithm (HCP Terraform's private registry takes RSA or DSA only)", () => {
  it("reads it from gpg's colon listing of a real RSA key", () => {
    execFileSync("gpg", ["--batch", "--homedir", home, "--pinentry-mode", "loopback", "--passphrase", "", "--quick-gen-key", "RSA Signer <rsa@example.invalid>", "rsa2048", "sign", "1d"], { stdio: "pipe" });
    expect(checkSigningKey({ keyId: "rsa@example.invalid", homedir: home })).toEqual({ algorithm: "RSA", acceptedByPrivateRegistries: true });
  });

  it("names what it does not know, and says nothing without a sec line", () => {
    expect(signingKeyInfoOf("sec:u:256:19:ABCDEF:1:::u:::scESC:::+::nistp256:::0:\n")).toEqual({ algorithm: "ECDSA (nistp256)", acceptedByPrivateRegistries: false });
    expect(signingKeyInfoOf("sec:u:1024:17:ABCDEF:1:::u:::scESC:::+::::::0:\n")).toEqual({ algorithm: "DSA", acceptedByPrivateRegistries: true });
    expect(signingKeyInfoOf("sec:u:1:99:ABCDEF\n")?.algorithm).toBe("algorithm 99");
    expect(signingKeyInfoOf("tru::1:1\n")).toBeUndefined();
  });
});

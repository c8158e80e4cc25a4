/**
 * Detached signatures of SHA256SUMS with gpg, verified by gpg itself; a passphrase-protected key
 * (passphrase on stdin), a wrong passphrase and an unknown key.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ReleaseSigningError } from "../../../src/tfplugin/packaging/errors";
import { checkSigningKey, checkSigningWorks, signDetached, signingKeysOf } from "../../../src/tfplugin/packaging/signature";

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
    expect(checkSigningKey({ keyId: "signer@example.invalid", homedir: home })).toEqual({
      fingerprint: expect.stringMatching(/^[0-9A-F]{40}$/),
      keyId: expect.stringMatching(/^[0-9A-F]{16}$/),
      userId: "Signer <signer@example.invalid>",
      algorithm: "EdDSA (ed25519)",
      acceptedByPrivateRegistries: false,
    });
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
    expect(checkSigningKey({ keyId: "rsa@example.invalid", homedir: home })).toMatchObject({ algorithm: "RSA", acceptedByPrivateRegistries: true });
  });

  it("names what it does not know, takes each key's own fingerprint (not a subkey's), and lists nothing without a sec line", () => {
    const listing = [
      "sec:u:256:19:AAAAAAAAAAAAAAAA:1:::u:::scESC:::+::nistp256:::0:",
      "fpr:::::::::1111111111111111111111111111111111111111:",
      "uid:u::::1::HASH::First <first@example.invalid>::::::::::0:",
      "uid:u::::1::HASH::Second <second@example.invalid>::::::::::0:",
      "ssb:u:256:18:BBBBBBBBBBBBBBBB:1::::::e:::+::nistp256::",
      "fpr:::::::::2222222222222222222222222222222222222222:",
      "sec:u:1024:17:CCCCCCCCCCCCCCCC:1:::u:::scESC:::+::::::0:",
      "fpr:::::::::3333333333333333333333333333333333333333:",
      "sec:u:1:99:DDDDDDDDDDDDDDDD",
      "",
    ].join("\n");
    expect(signingKeysOf(listing)).toEqual([
      { fingerprint: "1111111111111111111111111111111111111111", keyId: "AAAAAAAAAAAAAAAA", userId: "First <first@example.invalid>", algorithm: "ECDSA (nistp256)", acceptedByPrivateRegistries: false },
      { fingerprint: "3333333333333333333333333333333333333333", keyId: "CCCCCCCCCCCCCCCC", userId: "", algorithm: "DSA", acceptedByPrivateRegistries: true },
      // No fpr line: the long key id stands in.
      { fingerprint: "DDDDDDDDDDDDDDDD", keyId: "DDDDDDDDDDDDDDDD", userId: "", algorithm: "algorithm 99", acceptedByPrivateRegistries: false },
    ]);
    expect(signingKeysOf("tru::1:1\n")).toEqual([]);
  });
});

describe("a --gpg-key that matches several secret keys", () => {
  let shared: string;
  const fingerprints = (): string[] =>
    execFileSync("gpg", ["--batch", "--homedir", shared, "--with-colons", "--with-fingerprint", "--list-secret-keys", "releases@example.invalid"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
      .split("\n")
      .filter((l) => l.startsWith("fpr:"))
      .map((l) => l.split(":")[9] ?? "");
  const exportedKeys = (armored: string): string[] =>
    execFileSync("gpg", ["--batch", "--homedir", shared, "--with-colons", "--show-keys"], { input: armored, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] })
      .split("\n")
      .filter((l) => l.startsWith("fpr:"))
      .map((l) => l.split(":")[9] ?? "");

  beforeAll(() => {
    shared = join(dir, "shared-uid");
    mkdirSync(shared, { mode: 0o700 });
    // Two keys with one user id (--yes: gpg asks before making a second), the ed25519 one first.
    for (const algorithm of ["ed25519", "rsa2048"]) {
      execFileSync("gpg", ["--batch", "--yes", "--homedir", shared, "--pinentry-mode", "loopback", "--passphrase", "", "--quick-gen-key", "Releases <releases@example.invalid>", algorithm, "sign", "1d"], { stdio: "pipe" });
    }
  });
  afterAll(() => {
    execFileSync("gpgconf", ["--homedir", shared, "--kill", "gpg-agent"], { stdio: "ignore" });
  });

  it("is refused before anything is signed, naming every matching key's fingerprint", () => {
    const [ed, rsa] = fingerprints();
    expect(ed).toMatch(/^[0-9A-F]{40}$/);
    expect(rsa).toMatch(/^[0-9A-F]{40}$/);
    let caught: unknown;
    try {
      checkSigningKey({ keyId: "releases@example.invalid", homedir: shared });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ReleaseSigningError);
    expect((caught as ReleaseSigningError).code).toBe("TFPLUGIN_SIGN");
    expect((caught as Error).message).toMatch(/gpg has 2 secret keys matching "releases@example.invalid"/);
    expect((caught as Error).message).toContain(`${ed} (EdDSA (ed25519), Releases <releases@example.invalid>)`);
    expect((caught as Error).message).toContain(`${rsa} (RSA, Releases <releases@example.invalid>)`);
    expect((caught as Error).message).toMatch(/pass the fingerprint of the one to sign with as --gpg-key/);

    const sums = join(dir, "shared_SHA256SUMS");
    writeFileSync(sums, "abc  x.zip\n");
    expect(() => signDetached(sums, { keyId: "releases@example.invalid", homedir: shared })).toThrow(/gpg has 2 secret keys matching/);
    expect(existsSync(`${sums}.sig`)).toBe(false);
  });

  it("signs with the key named by fingerprint and exports that key alone", () => {
    const rsa = fingerprints()[1] ?? "";
    expect(checkSigningKey({ keyId: rsa, homedir: shared })).toMatchObject({ fingerprint: rsa, keyId: rsa.slice(-16), algorithm: "RSA" });
    const sub = join(dir, "by-fingerprint");
    mkdirSync(sub);
    const sums = join(sub, "x_SHA256SUMS");
    writeFileSync(sums, "abc  x.zip\n");
    const sig = signDetached(sums, { keyId: rsa, homedir: shared });
    const status = execFileSync("gpg", ["--batch", "--homedir", shared, "--status-fd", "1", "--verify", sig, sums], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(status).toContain(`[GNUPG:] VALIDSIG ${rsa} `);
    expect(exportedKeys(readFileSync(join(sub, "signing-key.asc"), "utf8"))).toEqual([rsa]);
  });

  it("exports only the secret key it signed with, not a public-only key that shares its user id", () => {
    // Ours, then someone else's key with the same user id, imported (public part only) into this keyring.
    execFileSync("gpg", ["--batch", "--homedir", shared, "--pinentry-mode", "loopback", "--passphrase", "", "--quick-gen-key", "Solo <solo@example.invalid>", "rsa2048", "sign", "1d"], { stdio: "pipe" });
    const other = join(dir, "other");
    mkdirSync(other, { mode: 0o700 });
    try {
      execFileSync("gpg", ["--batch", "--homedir", other, "--pinentry-mode", "loopback", "--passphrase", "", "--quick-gen-key", "Solo <solo@example.invalid>", "ed25519", "sign", "1d"], { stdio: "pipe" });
      const theirs = execFileSync("gpg", ["--batch", "--homedir", other, "--armor", "--export", "solo@example.invalid"], { stdio: ["ignore", "pipe", "pipe"] });
      execFileSync("gpg", ["--batch", "--homedir", shared, "--import"], { input: theirs, stdio: ["pipe", "pipe", "pipe"] });
    } finally {
      execFileSync("gpgconf", ["--homedir", other, "--kill", "gpg-agent"], { stdio: "ignore" });
    }
    const ours = checkSigningKey({ keyId: "solo@example.invalid", homedir: shared });
    expect(ours?.algorithm).toBe("RSA");
    const sub = join(dir, "solo");
    mkdirSync(sub);
    const sums = join(sub, "x_SHA256SUMS");
    writeFileSync(sums, "abc  x.zip\n");
    signDetached(sums, { keyId: "solo@example.invalid", homedir: shared });
    expect(exportedKeys(readFileSync(join(sub, "signing-key.asc"), "utf8"))).toEqual([ours?.fingerprint]);
  });
});

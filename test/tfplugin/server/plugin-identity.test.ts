import { createPrivateKey, X509Certificate } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { STAGED_CACHE_FILE, writeCacheFile } from "../../../src/tfplugin/packaging/cache-file";
import { generateSelfSignedCertificate } from "../../../src/tfplugin/server/certificate";
import { forgetPluginIdentity, IDENTITY_BACKDATE_MS, IDENTITY_FILE, IDENTITY_REUSE_MS, pluginIdentity, type PluginIdentity } from "../../../src/tfplugin/server/plugin-identity";

/** The provider's TLS key and certificate, kept between processes (plugin-identity.ts). */
describe("pluginIdentity", () => {
  let root = "";
  let dir = "";
  const T0 = Date.UTC(2026, 10, 1, 12);
  /** The pair at `now`, saved at once (a process saves at exit). */
  const at = (now: number, cacheDir: string | undefined = dir): PluginIdentity => pluginIdentity(cacheDir, { now: () => now, atExit: (save) => save() });
  const fileOf = (): string => join(dir, IDENTITY_FILE);
  const pairOf = (p: { der: Buffer; certPem: string; keyPem: string }) => ({ der: p.der, certPem: p.certPem, keyPem: p.keyPem });
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "identity-"));
    dir = join(root, "v8");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("makes a pair whose key signs its certificate, and keeps it (0600, in a 0700 directory) for the next process", () => {
    const first = at(T0);
    expect(first.reused).toBe(false);
    const x509 = new X509Certificate(first.der);
    expect(x509.checkPrivateKey(createPrivateKey(first.keyPem))).toBe(true);
    expect(x509.ca).toBe(true);
    expect(new Date(x509.validFrom).getTime()).toBe(Math.floor((T0 - IDENTITY_BACKDATE_MS) / 1000) * 1000);
    expect(new Date(x509.validTo).getTime()).toBeGreaterThan(T0 + IDENTITY_REUSE_MS + 14 * 86_400_000);
    expect(statSync(fileOf()).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const second = at(T0 + 60_000);
    expect({ ...pairOf(second), reused: second.reused }).toEqual({ ...pairOf(first), reused: true });
    expect(second.certPem).toBe(first.certPem);
  });

  it("makes a new pair each time without a cache directory", () => {
    const a = pluginIdentity(undefined, { now: () => T0 });
    const b = pluginIdentity(undefined, { now: () => T0 });
    expect(a.reused || b.reused).toBe(false);
    expect(a.der.equals(b.der)).toBe(false);
  });

  it("replaces a pair a week old, and one made in the future (a clock set back by more than the backdating)", () => {
    const first = at(T0);
    const later = at(T0 + IDENTITY_REUSE_MS);
    expect(later.reused).toBe(false);
    expect(later.der.equals(first.der)).toBe(false);
    expect(at(T0 + IDENTITY_REUSE_MS + 1).der.equals(later.der)).toBe(true);
    // Set back within the hour of backdating: still valid, kept.
    expect(at(T0 + IDENTITY_REUSE_MS - 30 * 60_000).reused).toBe(true);
    // Set back further: the kept certificate would not be valid yet.
    const past = at(T0 + IDENTITY_REUSE_MS - IDENTITY_BACKDATE_MS);
    expect(past.reused).toBe(false);
    expect(new Date(new X509Certificate(past.der).validFrom).getTime()).toBeLessThanOrEqual(T0 + IDENTITY_REUSE_MS - IDENTITY_BACKDATE_MS);
  });

  it("makes a new pair when the kept file is damaged, not one it wrote, or of another format", () => {
    const first = at(T0);
    const bytes = readFileSync(fileOf());
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 1, bytes.length - 5);
    writeFileSync(fileOf(), bytes);
    expect(at(T0).reused).toBe(false);
    for (const data of ["not json", "null", "[]", JSON.stringify({ v: 2, created: T0, der: first.der.toString("base64"), keyPem: first.keyPem }), JSON.stringify({ v: 1, created: String(T0), der: "x", keyPem: first.keyPem }), JSON.stringify({ v: 1, created: T0, der: "", keyPem: first.keyPem }), JSON.stringify({ v: 1, created: T0, der: first.der.toString("base64"), keyPem: "secret" })]) {
      expect(writeCacheFile(dir, fileOf(), () => Buffer.from(data))).toBe(true);
      const next = pluginIdentity(dir, { now: () => T0, atExit: () => undefined });
      expect({ data, reused: next.reused }).toEqual({ data, reused: false });
    }
  });

  it("neither reads nor writes the pair where someone else could write (a group-writable directory or file, a symlink)", () => {
    if (process.platform === "win32") return; // no owner and mode bits there (private-file.ts)
    const first = at(T0);
    chmodSync(dir, 0o775);
    expect(at(T0).reused).toBe(false);
    const kept = readFileSync(fileOf());
    const again = at(T0);
    expect(again.reused).toBe(false);
    expect(readFileSync(fileOf()).equals(kept)).toBe(true); // not written either
    chmodSync(dir, 0o700);
    expect(at(T0).der.equals(first.der)).toBe(true);
    chmodSync(fileOf(), 0o660);
    expect(at(T0).reused).toBe(false);
    // A symlink to a pair kept elsewhere is not followed.
    const elsewhere = join(root, "elsewhere");
    mkdirSync(elsewhere, { mode: 0o700 });
    const planted = at(T0, elsewhere);
    rmSync(fileOf());
    symlinkSync(join(elsewhere, IDENTITY_FILE), fileOf());
    const read = pluginIdentity(dir, { now: () => T0, atExit: () => undefined });
    expect(read.reused).toBe(false);
    expect(read.der.equals(planted.der)).toBe(false);
  });

  it("never reuses a pair that could not work: a key of another certificate, a certificate expired or not self-signed, one that does not parse", () => {
    // Only this user could have written such a file (its digest is checked), but reused it would fail every command for a week.
    const made = (days?: number, now = T0) => generateSelfSignedCertificate({ now: new Date(now), ...(days === undefined ? {} : { days }) });
    const good = made();
    const other = made();
    const issuer = made();
    const issued = generateSelfSignedCertificate({ now: new Date(T0), signedBy: { keyPem: issuer.keyPem, curve: "P-256" } });
    const cases: Record<string, { der: Buffer; keyPem: string }> = {
      "the key of another certificate": { der: good.der, keyPem: other.keyPem },
      "a certificate expired yesterday": (() => { const old = made(1, T0 - 2 * 86_400_000); return { der: old.der, keyPem: old.keyPem }; })(),
      "a certificate issued by another one": { der: issued.der, keyPem: issued.keyPem },
      "a certificate that does not parse": { der: Buffer.from("not a certificate"), keyPem: good.keyPem },
      "a key that does not parse": { der: good.der, keyPem: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n" },
    };
    for (const [what, pair] of Object.entries(cases)) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      expect(writeCacheFile(dir, fileOf(), () => Buffer.from(JSON.stringify({ v: 1, created: T0, der: pair.der.toString("base64"), keyPem: pair.keyPem })))).toBe(true);
      const next = pluginIdentity(dir, { now: () => T0, atExit: () => undefined });
      expect({ what, reused: next.reused }).toEqual({ what, reused: false });
    }
    // The good pair itself is reused: the cases fail for what they are.
    expect(writeCacheFile(dir, fileOf(), () => Buffer.from(JSON.stringify({ v: 1, created: T0, der: good.der.toString("base64"), keyPem: good.keyPem })))).toBe(true);
    const kept = pluginIdentity(dir, { now: () => T0 + 60_000, atExit: () => undefined });
    expect({ ...pairOf(kept), reused: kept.reused }).toEqual({ ...pairOf(good), reused: true });
  });

  it("does not reuse a kept key others may read, and replaces it with a private one; forgetPluginIdentity removes it", () => {
    if (process.platform === "win32") return; // no mode bits there (private-file.ts)
    const first = at(T0);
    chmodSync(fileOf(), 0o640);
    const next = at(T0);
    expect(next.reused).toBe(false);
    expect(next.der.equals(first.der)).toBe(false);
    expect(statSync(fileOf()).mode & 0o777).toBe(0o600);
    expect(at(T0).der.equals(next.der)).toBe(true);
    forgetPluginIdentity(dir);
    expect(at(T0).reused).toBe(false);
    forgetPluginIdentity(join(root, "missing")); // nothing there: no throw
  });

  it("is a kind of file the cache directory's prune knows: its staged copies, and no one else's files", () => {
    expect(STAGED_CACHE_FILE.test(`${IDENTITY_FILE}.0123abcd.tmp`)).toBe(true);
    expect(STAGED_CACHE_FILE.test(`${"a".repeat(40)}.v8cache.0123abcd.tmp`)).toBe(true);
    // A directory chosen with C1TG_CODE_CACHE_DIR may hold the user's own files: never taken.
    for (const name of ["notes.0123abcd.tmp", `x${IDENTITY_FILE}.0123abcd.tmp`, `${IDENTITY_FILE}.0123abcd.tmp.bak`]) expect({ name, pruned: STAGED_CACHE_FILE.test(name) }).toEqual({ name, pruned: false });
  });

  it("keeps no pair a server could not be made with: a new one is not saved, a kept one is removed", () => {
    let save: (() => void) | undefined;
    const made = pluginIdentity(dir, { now: () => T0, atExit: (s) => (save = s) });
    made.discard();
    save?.();
    expect(existsSync(fileOf())).toBe(false);
    at(T0);
    const kept = pluginIdentity(dir, { now: () => T0, atExit: () => undefined });
    expect(kept.reused).toBe(true);
    kept.discard();
    expect(existsSync(fileOf())).toBe(false);
  });
});

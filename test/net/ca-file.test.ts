import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, ftruncateSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSimulatorPki } from "../../src/c1simulator/certificates";
import { caFromEnvironmentFiles, MAX_CA_FILE_BYTES, readCaDirectories, readCaFile, thisHost, type TrustHost } from "../../src/net/ca-file";

/** SSL_CERT_FILE's file: every certificate parsed before use, bounded, and NODE_EXTRA_CA_CERTS kept beside it; the system store as Go reads it. */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ca-file-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const newCa = (): string => generateSimulatorPki().caPem.trim();
const BUNDLED = [generateSimulatorPki().caPem.trim()];

/** A Linux-like host with no system store (unless given): nothing of this machine's /etc is read. */
const host = (overrides: Partial<TrustHost> = {}): TrustHost => ({ platformVerifier: false, certFiles: [], certDirectories: [], osStore: () => undefined, bundled: BUNDLED, ...overrides });

describe("readCaFile", () => {
  it("reads a bundle whose every certificate parses", () => {
    const [a, b] = [generateSimulatorPki().caPem, generateSimulatorPki().caPem];
    expect(readCaFile(file("two.pem", `# a comment Go and OpenSSL skip\n${a}${b}`))).toEqual({ ok: true, pem: `${a.trim()}\n${b.trim()}` });
  });

  it("refuses a certificate block that is not a certificate, naming which one", () => {
    const bad = `${generateSimulatorPki().caPem}-----BEGIN CERTIFICATE-----\nnotbase64!!\n-----END CERTIFICATE-----\n`;
    expect(readCaFile(file("bad.pem", bad))).toEqual({ ok: false, reason: "its certificate number 2 (of 2) is not a valid X.509 certificate" });
    expect(readCaFile(file("none.pem", "hello\n"))).toEqual({ ok: false, reason: "it holds no PEM certificate" });
  });

  it("never reads a device, a directory or a file larger than any CA bundle", () => {
    expect(readCaFile("/dev/zero")).toEqual({ ok: false, reason: "it is not a regular file" });
    expect(readCaFile(dir)).toEqual({ ok: false, reason: "it is not a regular file" });
    const big = join(dir, "big.pem");
    const fd = openSync(big, "w");
    ftruncateSync(fd, MAX_CA_FILE_BYTES + 1);
    closeSync(fd);
    expect(readCaFile(big)).toEqual({ ok: false, reason: `it is ${MAX_CA_FILE_BYTES + 1} bytes, more than the ${MAX_CA_FILE_BYTES} a CA bundle can need` });
    expect(readCaFile(join(dir, "missing.pem"))).toEqual({ ok: false, reason: "ENOENT" });
  });
});

describe("caFromEnvironmentFiles", () => {
  it("is nothing when neither the variables nor the system store give a certificate (Node's roots and NODE_EXTRA_CA_CERTS apply as they are)", () => {
    expect(caFromEnvironmentFiles({ NODE_EXTRA_CA_CERTS: file("x.pem", generateSimulatorPki().caPem) }, host())).toEqual({ ok: true, pem: undefined });
  });

  it("adds NODE_EXTRA_CA_CERTS' certificates to SSL_CERT_FILE's, once when both name one file", () => {
    const main = generateSimulatorPki().caPem;
    const extra = generateSimulatorPki().caPem;
    const found = caFromEnvironmentFiles({ SSL_CERT_FILE: file("main.pem", main), NODE_EXTRA_CA_CERTS: file("extra.pem", extra) }, host());
    expect(found).toEqual({ ok: true, pem: `${main.trim()}\n${extra.trim()}` });
    expect(caFromEnvironmentFiles({ SSL_CERT_FILE: join(dir, "main.pem"), NODE_EXTRA_CA_CERTS: join(dir, "main.pem") }, host())).toEqual({ ok: true, pem: main.trim() });
  });

  it("reports SSL_CERT_FILE's problem with its path; leaves an unusable NODE_EXTRA_CA_CERTS to Node's own warning", () => {
    expect(caFromEnvironmentFiles({ SSL_CERT_FILE: "/dev/zero" }, host())).toEqual({ ok: false, path: "/dev/zero", reason: "it is not a regular file" });
    const main = generateSimulatorPki().caPem;
    expect(caFromEnvironmentFiles({ SSL_CERT_FILE: file("m2.pem", main), NODE_EXTRA_CA_CERTS: join(dir, "missing.pem") }, host())).toEqual({ ok: true, pem: main.trim() });
  });
});

describe("SSL_CERT_DIR", () => {
  it("reads every certificate of every file in each directory once, skipping what Go skips (junk, bad blocks, devices, missing dirs)", () => {
    const [a, b, c] = [generateSimulatorPki().caPem, generateSimulatorPki().caPem, generateSimulatorPki().caPem];
    const one = join(dir, "certs-one");
    const two = join(dir, "certs-two");
    mkdirSync(one);
    mkdirSync(two);
    writeFileSync(join(one, "a.pem"), a);
    symlinkSync(join(one, "a.pem"), join(one, "5f2a1b3c.0")); // c_rehash's hash link: the same certificate
    writeFileSync(join(one, "README"), "certificates live here\n");
    writeFileSync(join(one, "broken.pem"), "-----BEGIN CERTIFICATE-----\nnotbase64!!\n-----END CERTIFICATE-----\n");
    mkdirSync(join(one, "subdir"));
    writeFileSync(join(one, "subdir", "c.pem"), c); // not read: not recursive
    writeFileSync(join(two, "bundle.crt"), `${b}${a}`);
    const read = readCaDirectories(`${one}::${two}:${join(dir, "no-such-dir")}`);
    expect(read.certificates).toBe(2);
    expect(read.pem).toContain(a.trim());
    expect(read.pem).toContain(b.trim());
    expect(read.pem).not.toContain(c.trim());
    expect(readCaDirectories(join(dir, "no-such-dir"))).toEqual({ pem: "", certificates: 0, blocks: [] });
  });

  it("trusts only CERTIFICATE blocks, as Go does (OpenSSL would also take TRUSTED CERTIFICATE), and never reads an endless file", () => {
    const [a, b] = [generateSimulatorPki().caPem, generateSimulatorPki().caPem];
    const trusted = b.replaceAll("CERTIFICATE-----", "TRUSTED CERTIFICATE-----");
    expect(readCaFile(file("mixed.pem", `${a}${trusted}`))).toEqual({ ok: true, pem: a.trim() });
    // Reports size 0, and reads without end.
    expect(readCaFile("/proc/self/pagemap")).toEqual({ ok: false, reason: `it holds more than the ${MAX_CA_FILE_BYTES} bytes a CA bundle can need` });
    const endless = join(dir, "endless");
    mkdirSync(endless);
    symlinkSync("/proc/self/pagemap", join(endless, "x.pem"));
    writeFileSync(join(endless, "a.pem"), a);
    expect(readCaDirectories(endless).certificates).toBe(1);
  });

  it("never waits on a FIFO (as SSL_CERT_FILE, or in a directory), which a blocking open would", () => {
    const fifos = join(dir, "fifos");
    mkdirSync(fifos);
    execFileSync("mkfifo", [join(fifos, "pipe.pem")]);
    writeFileSync(join(fifos, "ca.pem"), generateSimulatorPki().caPem);
    expect(readCaFile(join(fifos, "pipe.pem"))).toEqual({ ok: false, reason: "it is not a regular file" });
    expect(readCaDirectories(fifos).certificates).toBe(1);
  });

  it("alone replaces the system's directories (the system file kept); with SSL_CERT_FILE, adds to that file; NODE_EXTRA_CA_CERTS kept", () => {
    const [a, main, extra, system, systemDir] = [newCa(), newCa(), newCa(), newCa(), newCa()];
    const certs = join(dir, "certs-three");
    const defaults = join(dir, "certs-default");
    mkdirSync(certs);
    mkdirSync(defaults);
    writeFileSync(join(certs, "a.pem"), a);
    writeFileSync(join(defaults, "s.pem"), systemDir);
    const linux = host({ certFiles: [file("system3.pem", system)], certDirectories: [defaults] });
    const alone = caFromEnvironmentFiles({ SSL_CERT_DIR: certs, NODE_EXTRA_CA_CERTS: file("extra3.pem", extra) }, linux);
    expect(alone).toEqual({ ok: true, pem: [system, a, extra].join("\n") });
    const withFile = caFromEnvironmentFiles({ SSL_CERT_FILE: file("main3.pem", main), SSL_CERT_DIR: certs }, linux);
    expect(withFile).toEqual({ ok: true, pem: `${main}\n${a}` });
    // An empty value is unset, as for SSL_CERT_FILE.
    expect(caFromEnvironmentFiles({ SSL_CERT_DIR: "" }, linux)).toEqual({ ok: true, pem: [system, systemDir].join("\n") });
  });
});

describe("the system store, as Go's crypto/x509 reads it", () => {
  it("lists Go's Linux files in Go's order, Debian's first, and its directories", () => {
    const linux = thisHost("linux");
    expect(linux.platformVerifier).toBe(false);
    expect(linux.certFiles).toEqual([
      "/etc/ssl/certs/ca-certificates.crt",
      "/etc/pki/tls/certs/ca-bundle.crt",
      "/etc/ssl/ca-bundle.pem",
      "/etc/pki/tls/cacert.pem",
      "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
      "/etc/ssl/cert.pem",
    ]);
    expect(linux.certDirectories.slice(0, 2)).toEqual(["/etc/ssl/certs", "/etc/pki/tls/certs"]);
    expect(thisHost("freebsd").certFiles[0]).toBe("/usr/local/etc/ssl/cert.pem");
    expect(thisHost("darwin").platformVerifier).toBe(true);
    expect(thisHost("win32").platformVerifier).toBe(true);
  });

  it("on Linux, with SSL_CERT_FILE unset: the first readable file of the list (not the later ones), plus the default directories, and not Node's bundled roots", () => {
    const [second, third, inDir, extra] = [newCa(), newCa(), newCa(), newCa()];
    const root = mkdtempSync(join(dir, "etc-"));
    const certs = join(root, "certs");
    mkdirSync(certs);
    writeFileSync(join(certs, "d.pem"), inDir);
    const linux = host({
      // Missing, then a directory (cannot be read as a file), then two bundles: the first of those wins.
      certFiles: [join(root, "missing.crt"), certs, file("second.crt", `junk\n${second}\n-----BEGIN CERTIFICATE-----\nbad\n-----END CERTIFICATE-----\n`), file("third.crt", third)],
      certDirectories: [join(root, "no-such-dir"), certs],
    });
    expect(caFromEnvironmentFiles({}, linux)).toEqual({ ok: true, pem: `${second}\n${inDir}` });
    // NODE_EXTRA_CA_CERTS is added, except when it names the system file already read.
    expect(caFromEnvironmentFiles({ NODE_EXTRA_CA_CERTS: file("extra4.pem", extra) }, linux)).toEqual({ ok: true, pem: `${second}\n${inDir}\n${extra}` });
    expect(caFromEnvironmentFiles({ NODE_EXTRA_CA_CERTS: join(dir, "second.crt") }, linux)).toEqual({ ok: true, pem: `${second}\n${inDir}` });
  });

  it("a readable system file without a certificate still ends the search, as in Go", () => {
    const later = generateSimulatorPki().caPem;
    expect(caFromEnvironmentFiles({}, host({ certFiles: [file("empty.crt", ""), file("later.crt", later)] }))).toEqual({ ok: true, pem: undefined });
  });

  it("with SSL_CERT_FILE set: that file instead of the list, the default directories still read (as Go)", () => {
    const [mine, system, inDir] = [newCa(), newCa(), newCa()];
    const certs = mkdtempSync(join(dir, "certs-"));
    writeFileSync(join(certs, "d.pem"), inDir);
    const linux = host({ certFiles: [file("system5.crt", system)], certDirectories: [certs] });
    expect(caFromEnvironmentFiles({ SSL_CERT_FILE: file("mine5.pem", mine) }, linux)).toEqual({ ok: true, pem: `${mine}\n${inDir}` });
  });

  it("reads the system store once per host: a later change is not seen, as in Go", () => {
    const [first, second] = [newCa(), newCa()];
    const path = file("once.crt", first);
    const linux = host({ certFiles: [path] });
    expect(caFromEnvironmentFiles({}, linux)).toEqual({ ok: true, pem: first });
    writeFileSync(path, second);
    expect(caFromEnvironmentFiles({}, linux)).toEqual({ ok: true, pem: first });
  });

  it("on macOS and Windows: the OS store plus Node's bundled roots; Node's defaults where this Node cannot read the store", () => {
    const [store, extra, mine] = [newCa(), newCa(), newCa()];
    let reads = 0;
    const mac = host({ platformVerifier: true, certFiles: [file("never.crt", mine)], osStore: () => (reads++, [store]) });
    expect(caFromEnvironmentFiles({ NODE_EXTRA_CA_CERTS: file("extra6.pem", extra) }, mac)).toEqual({ ok: true, pem: [store, ...BUNDLED, extra].join("\n") });
    expect(caFromEnvironmentFiles({}, mac)).toEqual({ ok: true, pem: [store, ...BUNDLED].join("\n") });
    expect(reads).toBe(1);
    expect(caFromEnvironmentFiles({ SSL_CERT_FILE: join(dir, "mine6.pem") }, mac)).toEqual({ ok: false, path: join(dir, "mine6.pem"), reason: "ENOENT" });
    expect(caFromEnvironmentFiles({ SSL_CERT_FILE: file("mine6.pem", mine) }, mac)).toEqual({ ok: true, pem: mine });
    const node20 = host({ platformVerifier: true, osStore: () => undefined });
    expect(caFromEnvironmentFiles({ NODE_EXTRA_CA_CERTS: join(dir, "extra6.pem") }, node20)).toEqual({ ok: true, pem: undefined });
  });
});

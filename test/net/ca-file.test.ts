import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, ftruncateSync } from "node:fs";
import { rootCertificates } from "node:tls";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSimulatorPki } from "../../src/c1simulator/certificates";
import { caFromEnvironmentFiles, MAX_CA_FILE_BYTES, readCaDirectories, readCaFile } from "../../src/net/ca-file";

/** SSL_CERT_FILE's file: every certificate parsed before use, bounded, and NODE_EXTRA_CA_CERTS kept beside it. */

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
  it("is nothing without SSL_CERT_FILE (Node's roots and NODE_EXTRA_CA_CERTS apply as they are)", () => {
    expect(caFromEnvironmentFiles({ NODE_EXTRA_CA_CERTS: file("x.pem", generateSimulatorPki().caPem) })).toEqual({ ok: true, pem: undefined });
  });

  it("adds NODE_EXTRA_CA_CERTS' certificates to SSL_CERT_FILE's, once when both name one file", () => {
    const main = generateSimulatorPki().caPem;
    const extra = generateSimulatorPki().caPem;
    const found = caFromEnvironmentFiles({ SSL_CERT_FILE: file("main.pem", main), NODE_EXTRA_CA_CERTS: file("extra.pem", extra) });
    expect(found).toEqual({ ok: true, pem: `${main.trim()}\n${extra.trim()}` });
    expect(caFromEnvironmentFiles({ SSL_CERT_FILE: join(dir, "main.pem"), NODE_EXTRA_CA_CERTS: join(dir, "main.pem") })).toEqual({ ok: true, pem: main.trim() });
  });

  it("reports SSL_CERT_FILE's problem with its path; leaves an unusable NODE_EXTRA_CA_CERTS to Node's own warning", () => {
    expect(caFromEnvironmentFiles({ SSL_CERT_FILE: "/dev/zero" })).toEqual({ ok: false, path: "/dev/zero", reason: "it is not a regular file" });
    const main = generateSimulatorPki().caPem;
    expect(caFromEnvironmentFiles({ SSL_CERT_FILE: file("m2.pem", main), NODE_EXTRA_CA_CERTS: join(dir, "missing.pem") })).toEqual({ ok: true, pem: main.trim() });
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
    expect(readCaDirectories(join(dir, "no-such-dir"))).toEqual({ pem: "", certificates: 0 });
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

  it("alone adds to Node's bundled roots (Go adds it to the system bundle); with SSL_CERT_FILE, to that file; NODE_EXTRA_CA_CERTS kept", () => {
    const [a, main, extra] = [generateSimulatorPki().caPem, generateSimulatorPki().caPem, generateSimulatorPki().caPem];
    const certs = join(dir, "certs-three");
    mkdirSync(certs);
    writeFileSync(join(certs, "a.pem"), a);
    const alone = caFromEnvironmentFiles({ SSL_CERT_DIR: certs, NODE_EXTRA_CA_CERTS: file("extra3.pem", extra) });
    expect(alone.ok && alone.pem).toBe([rootCertificates.join("\n"), a.trim(), extra.trim()].join("\n"));
    const withFile = caFromEnvironmentFiles({ SSL_CERT_FILE: file("main3.pem", main), SSL_CERT_DIR: certs });
    expect(withFile).toEqual({ ok: true, pem: `${main.trim()}\n${a.trim()}` });
    // An empty value is unset, as for SSL_CERT_FILE.
    expect(caFromEnvironmentFiles({ SSL_CERT_DIR: "" })).toEqual({ ok: true, pem: undefined });
  });
});

import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSimulatorPki } from "../../src/c1simulator/certificates";
import { caFromEnvironmentFiles, MAX_CA_FILE_BYTES, readCaFile } from "../../src/net/ca-file";

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
    const pem = generateSimulatorPki().caPem + generateSimulatorPki().caPem;
    expect(readCaFile(file("two.pem", pem))).toEqual({ ok: true, pem });
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
    expect(found).toEqual({ ok: true, pem: `${main}\n${extra}` });
    expect(caFromEnvironmentFiles({ SSL_CERT_FILE: join(dir, "main.pem"), NODE_EXTRA_CA_CERTS: join(dir, "main.pem") })).toEqual({ ok: true, pem: main });
  });

  it("reports SSL_CERT_FILE's problem with its path; leaves an unusable NODE_EXTRA_CA_CERTS to Node's own warning", () => {
    expect(caFromEnvironmentFiles({ SSL_CERT_FILE: "/dev/zero" })).toEqual({ ok: false, path: "/dev/zero", reason: "it is not a regular file" });
    const main = generateSimulatorPki().caPem;
    expect(caFromEnvironmentFiles({ SSL_CERT_FILE: file("m2.pem", main), NODE_EXTRA_CA_CERTS: join(dir, "missing.pem") })).toEqual({ ok: true, pem: main });
  });
});

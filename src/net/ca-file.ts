import { X509Certificate } from "node:crypto";
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";

/**
 * A PEM file of CA certificates to trust, as named by SSL_CERT_FILE (the variable Go's
 * crypto/x509 reads on Linux in place of the system bundle, so a Go provider honours it) or by
 * an option. Read whole, synchronously, once per client, before any request; every certificate
 * in it is parsed, so a damaged bundle is reported here and not as a TLS failure of Twingate's.
 */
export type CaFileReading = { ok: true; pem: string } | { ok: false; reason: string };

/** Largest CA file read, in bytes: Debian's whole bundle is ~220 KB. */
export const MAX_CA_FILE_BYTES = 16 * 1024 * 1024;

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]*-----END CERTIFICATE-----/g;

// A checking process makes a client per check (a for_each of 100 networks: 100), and each reads
// the same bundle: it is read and parsed once, again only when its size or mtime changes.
const readings = new Map<string, { stamp: string; reading: CaFileReading }>();

export function readCaFile(path: string): CaFileReading {
  let text: string;
  let fd: number | undefined;
  let stamp: string;
  try {
    fd = openSync(path, "r");
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: "it is not a regular file" };
    if (stat.size > MAX_CA_FILE_BYTES) return { ok: false, reason: `it is ${stat.size} bytes, more than the ${MAX_CA_FILE_BYTES} a CA bundle can need` };
    stamp = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    const known = readings.get(path);
    if (known?.stamp === stamp) return known.reading;
    text = readFileSync(fd, "utf8");
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? "unreadable" };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const reading = parseCaText(text);
  readings.set(path, { stamp, reading });
  return reading;
}

function parseCaText(text: string): CaFileReading {
  const blocks = text.match(PEM_CERTIFICATE) ?? [];
  if (blocks.length === 0) return { ok: false, reason: "it holds no PEM certificate" };
  for (const [index, block] of blocks.entries()) {
    try {
      new X509Certificate(block);
    } catch {
      return { ok: false, reason: `its certificate number ${index + 1} (of ${blocks.length}) is not a valid X.509 certificate` };
    }
  }
  return { ok: true, pem: text };
}

/**
 * The CAs to trust from the environment, when SSL_CERT_FILE names a file: its certificates plus
 * NODE_EXTRA_CA_CERTS' (Node adds those to its own roots, and a `ca` would otherwise replace both,
 * so a proxy CA given the Node way would be dropped the moment SSL_CERT_FILE is set too). Undefined
 * when SSL_CERT_FILE is unset: Node's roots and NODE_EXTRA_CA_CERTS apply as they are. An unusable
 * NODE_EXTRA_CA_CERTS is left to Node, which warns about it at start.
 */
export function caFromEnvironmentFiles(env: NodeJS.ProcessEnv): { ok: true; pem: string | undefined } | { ok: false; path: string; reason: string } {
  const path = env.SSL_CERT_FILE;
  if (path === undefined || path === "") return { ok: true, pem: undefined };
  const reading = readCaFile(path);
  if (!reading.ok) return { ok: false, path, reason: reading.reason };
  const extraPath = env.NODE_EXTRA_CA_CERTS;
  const extra = extraPath === undefined || extraPath === "" || extraPath === path ? undefined : readCaFile(extraPath);
  return { ok: true, pem: extra?.ok ? `${reading.pem}\n${extra.pem}` : reading.pem };
}

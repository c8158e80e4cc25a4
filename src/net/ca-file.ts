import { X509Certificate } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { rootCertificates } from "node:tls";

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
    fd = openSync(path, OPEN_FLAGS);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: "it is not a regular file" };
    if (stat.size > MAX_CA_FILE_BYTES) return { ok: false, reason: `it is ${stat.size} bytes, more than the ${MAX_CA_FILE_BYTES} a CA bundle can need` };
    stamp = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    const known = readings.get(path);
    if (known?.stamp === stamp) return known.reading;
    const bytes = readAtMost(fd, MAX_CA_FILE_BYTES);
    if (bytes === undefined) return { ok: false, reason: `it holds more than the ${MAX_CA_FILE_BYTES} bytes a CA bundle can need` };
    text = bytes.toString("utf8");
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
  // Only the certificates: OpenSSL would also take "TRUSTED CERTIFICATE" and "X509 CERTIFICATE"
  // blocks from the whole text, which Go's AppendCertsFromPEM (what a Go provider trusts) skips.
  return { ok: true, pem: blocks.join("\n") };
}

/**
 * Up to `limit` bytes of an open file, or undefined when it holds more. Read in steps, not by its
 * reported size: files such as /proc/self/pagemap say 0 and never end.
 */
function readAtMost(fd: number, limit: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    total += read;
    if (total > limit) return undefined;
    chunks.push(chunk.subarray(0, read));
  }
}

/**
 * The certificates of the directories SSL_CERT_DIR names, as Go's crypto/x509 reads them on Linux
 * (root_unix.go): `:`-separated directories, every file in each (not recursively; a link is read
 * as the file it points to), every PEM certificate in them; a directory, file or block that cannot
 * be read or parsed is skipped, as Go skips it (such a directory holds hash links, READMEs and
 * whatever else the system put there). Each certificate once. Read once per process while the
 * directories' modification times stay the same.
 */
export function readCaDirectories(value: string): { pem: string; certificates: number } {
  const dirs = value.split(":").filter((d) => d !== "");
  const stamp = dirs.map((d) => `${d}@${modified(d)}`).join("\0");
  const known = directoryReadings.get(value);
  if (known?.stamp === stamp) return known.reading;
  const blocks = new Set<string>();
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const text = readSmallFile(join(dir, name));
      for (const block of text?.match(PEM_CERTIFICATE) ?? []) if (!blocks.has(block) && parses(block)) blocks.add(block);
    }
  }
  const reading = { pem: [...blocks].join("\n"), certificates: blocks.size };
  directoryReadings.set(value, { stamp, reading });
  return reading;
}

const directoryReadings = new Map<string, { stamp: string; reading: { pem: string; certificates: number } }>();

function modified(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** A regular file's text (following links), if it is one no larger than any CA bundle. */
function readSmallFile(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const stat = fstatSync(fd);
    return stat.isFile() && stat.size <= MAX_CA_FILE_BYTES ? readAtMost(fd, MAX_CA_FILE_BYTES)?.toString("latin1") : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Read-only and non-blocking: opening a FIFO for reading would otherwise wait for a writer, and a
 * file such as /proc/kmsg (a "regular" file of size 0) would block the read forever.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function parses(block: string): boolean {
  try {
    new X509Certificate(block);
    return true;
  } catch {
    return false;
  }
}

/**
 * The CAs to trust from the environment, as Go's crypto/x509 takes them on Linux: the file
 * SSL_CERT_FILE names (in place of the system bundle; every certificate must parse) and the
 * directories SSL_CERT_DIR names (in place of the system's certificate directories). Go adds one
 * to the other's default, so SSL_CERT_DIR alone adds to the bundled roots (Node's, here), and
 * SSL_CERT_FILE alone is used as it is (Go would also read /etc/ssl/certs; a file meant to replace
 * the roots is the common case). NODE_EXTRA_CA_CERTS' are added too (Node adds those to its own
 * roots, and a `ca` would otherwise replace both, so a proxy CA given the Node way would be dropped
 * the moment either variable is set). Undefined when neither is set: Node's roots and
 * NODE_EXTRA_CA_CERTS apply as they are. An unusable NODE_EXTRA_CA_CERTS is left to Node, which
 * warns about it at start.
 */
// Node's bundled roots as one PEM text, joined once: a checking process makes a client per check.
let bundledRoots: string | undefined;

export function caFromEnvironmentFiles(env: NodeJS.ProcessEnv): { ok: true; pem: string | undefined } | { ok: false; path: string; reason: string } {
  const path = env.SSL_CERT_FILE ?? "";
  const dirs = env.SSL_CERT_DIR ?? "";
  if (path === "" && dirs === "") return { ok: true, pem: undefined };
  const parts: string[] = [];
  if (path !== "") {
    const reading = readCaFile(path);
    if (!reading.ok) return { ok: false, path, reason: reading.reason };
    parts.push(reading.pem);
  } else {
    parts.push((bundledRoots ??= rootCertificates.join("\n")));
  }
  if (dirs !== "") parts.push(readCaDirectories(dirs).pem);
  const extraPath = env.NODE_EXTRA_CA_CERTS;
  const extra = extraPath === undefined || extraPath === "" || extraPath === path ? undefined : readCaFile(extraPath);
  if (extra?.ok) parts.push(extra.pem);
  return { ok: true, pem: parts.filter((p) => p !== "").join("\n") };
}

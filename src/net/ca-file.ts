import { X509Certificate } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readdirSync, readlinkSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import * as tls from "node:tls";

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
export function readCaDirectories(value: string): CaDirectoriesReading {
  const dirs = value.split(":").filter((d) => d !== "");
  const stamp = dirs.map((d) => `${d}@${modified(d)}`).join("\0");
  const known = directoryReadings.get(value);
  if (known?.stamp === stamp) return known.reading;
  const blocks = directoryBlocks(dirs, new Set());
  const reading = { pem: [...blocks].join("\n"), certificates: blocks.size, blocks: [...blocks] };
  directoryReadings.set(value, { stamp, reading });
  return reading;
}

/**
 * The certificates in `dirs` not among `known`, each parsed once: a block already known (the
 * system bundle's, which /etc/ssl/certs repeats file by file) is not parsed again.
 */
function directoryBlocks(dirs: readonly string[], known: ReadonlySet<string>): Set<string> {
  const blocks = new Set<string>();
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (isSameDirectoryLink(dir, name)) continue;
      const text = readSmallFile(join(dir, name));
      for (const block of text?.match(PEM_CERTIFICATE) ?? []) if (!known.has(block) && !blocks.has(block) && parses(block)) blocks.add(block);
    }
  }
  return blocks;
}

export interface CaDirectoriesReading {
  pem: string;
  certificates: number;
  blocks: readonly string[];
}

const directoryReadings = new Map<string, { stamp: string; reading: CaDirectoriesReading }>();

/**
 * A link whose target names no directory (c_rehash's `5f2a1b3c.0 -> Foo.pem`) repeats a file of
 * the same directory: Go skips it, and so does this (Debian's /etc/ssl/certs: half its entries).
 */
function isSameDirectoryLink(dir: string, name: string): boolean {
  try {
    return !readlinkSync(join(dir, name)).includes("/");
  } catch {
    return false; // not a link
  }
}

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
 * Where this machine keeps the CAs it trusts, as Go's crypto/x509 (Terraform and its Go
 * providers) looks for them. A seam: tests give their own files and store.
 */
export interface TrustHost {
  /** Whether Go verifies with the platform's verifier here (macOS, Windows), not with files. */
  platformVerifier: boolean;
  /** Go's bundle files for this platform, in its order: the first that can be read is used. */
  certFiles: readonly string[];
  /** Go's certificate directories for this platform, all read (SSL_CERT_DIR replaces them). */
  certDirectories: readonly string[];
  /** The OS store (macOS keychain, Windows certificate store), or undefined when this Node cannot read it. */
  osStore(): readonly string[] | undefined;
  /** Node's bundled (Mozilla) roots. */
  bundled: readonly string[];
}

// Go's lists (src/crypto/x509/root_linux.go, root_bsd.go, root_solaris.go, root_aix.go).
const LINUX_FILES = [
  "/etc/ssl/certs/ca-certificates.crt", // Debian, Ubuntu, Gentoo, Arch
  "/etc/pki/tls/certs/ca-bundle.crt", // Fedora, RHEL 6
  "/etc/ssl/ca-bundle.pem", // openSUSE
  "/etc/pki/tls/cacert.pem", // OpenELEC
  "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", // CentOS, RHEL 7
  "/etc/ssl/cert.pem", // Alpine
];
const LINUX_DIRECTORIES = ["/etc/ssl/certs", "/etc/pki/tls/certs", "/system/etc/security/cacerts", "/data/misc/keychain/certs-added"];
const BSD_FILES = ["/usr/local/etc/ssl/cert.pem", "/etc/ssl/cert.pem", "/usr/local/share/certs/ca-root-nss.crt", "/etc/openssl/certs/ca-certificates.crt"];
const BSD_DIRECTORIES = ["/usr/local/share/certs", "/etc/openssl/certs"];

function filesOf(platform: NodeJS.Platform): { certFiles: readonly string[]; certDirectories: readonly string[] } {
  switch (platform) {
    case "freebsd":
    case "openbsd":
    case "netbsd":
      return { certFiles: BSD_FILES, certDirectories: BSD_DIRECTORIES };
    case "sunos":
      return { certFiles: ["/etc/certs/ca-certificates.crt", "/etc/ssl/certs/ca-certificates.crt", "/etc/ssl/cacert.pem"], certDirectories: ["/etc/certs/CA"] };
    case "aix":
      return { certFiles: ["/var/ssl/certs/ca-bundle.crt"], certDirectories: ["/var/ssl/certs"] };
    default: // linux, android
      return { certFiles: LINUX_FILES, certDirectories: LINUX_DIRECTORIES };
  }
}

/** tls.getCACertificates: Node 22.15 and 23.10 on; absent on Node 20, where the script may run. */
type GetCaCertificates = (type: "system") => string[];

function osStore(): readonly string[] | undefined {
  const get = (tls as unknown as { getCACertificates?: GetCaCertificates }).getCACertificates;
  if (typeof get !== "function") return undefined;
  try {
    return get("system");
  } catch {
    return undefined;
  }
}

export function thisHost(platform: NodeJS.Platform = process.platform): TrustHost {
  return { platformVerifier: platform === "darwin" || platform === "win32", ...filesOf(platform), osStore, bundled: tls.rootCertificates };
}

export type EnvironmentTrust = { ok: true; pem: string | undefined } | { ok: false; path: string; reason: string };

/** A host's stores, each read at its first use and then kept: Go reads its roots once per process too. */
interface HostRoots {
  platformVerifier: boolean;
  /** The OS store's certificates, undefined when this Node cannot read it. */
  osStore(): readonly string[] | undefined;
  /** The first readable file of Go's list and its certificates, undefined when none can be read. */
  systemFile(): { path: string; blocks: readonly string[] } | undefined;
  /** The default directories' certificates that are not in the system file. */
  defaultDirectories(): readonly string[];
  bundled: readonly string[];
}

function rootsOf(host: TrustHost): HostRoots {
  let store: { value: readonly string[] | undefined } | undefined;
  let file: { value: { path: string; blocks: readonly string[] } | undefined } | undefined;
  let directories: readonly string[] | undefined;
  return {
    platformVerifier: host.platformVerifier,
    osStore: () => (store ??= { value: host.osStore() }).value,
    systemFile: () => (file ??= { value: firstReadableFile(host.certFiles) }).value,
    defaultDirectories: () => (directories ??= [...directoryBlocks(host.certDirectories, new Set(file?.value?.blocks))]),
    bundled: host.bundled,
  };
}

/** As Go: the first file that can be read is the bundle, even one without a certificate; unparseable blocks skipped. */
function firstReadableFile(paths: readonly string[]): { path: string; blocks: readonly string[] } | undefined {
  for (const path of paths) {
    const text = readSmallFile(path);
    if (text !== undefined) return { path, blocks: [...new Set(text.match(PEM_CERTIFICATE) ?? [])].filter(parses) };
  }
  return undefined;
}

const rootsByHost = new WeakMap<TrustHost, HostRoots>();
let processHost: TrustHost | undefined;

/**
 * The CAs to trust, as Go's crypto/x509 (Terraform and its Go providers) takes them, or
 * undefined for Node's own defaults (its bundled roots plus NODE_EXTRA_CA_CERTS, which Node reads
 * itself). Called when a client first needs TLS, never at start; each store is read once.
 *
 * Linux and the BSDs: SSL_CERT_FILE, else the first readable file of Go's list for the platform
 * (/etc/ssl/certs/ca-certificates.crt first on Linux), plus every certificate in the directories
 * SSL_CERT_DIR names, else in Go's default directories (/etc/ssl/certs, /etc/pki/tls/certs, …).
 * Node's bundled roots are not added: Go adds none, and a CA the administrator removed from the
 * system store must stay untrusted. Only when all of these give no certificate (a container
 * without ca-certificates, where Go would refuse every connection) do Node's defaults apply.
 *
 * macOS and Windows, where Go asks the platform's verifier: the OS store (keychain, Windows
 * certificate store; tls.getCACertificates("system"), Node 22.15 and 23.10 on) plus Node's bundled
 * roots, since reading the Windows store gives only the roots already fetched while the verifier
 * fetches a missing one on demand. On an older Node (the script on Node 20), Node's defaults.
 * SSL_CERT_FILE replaces the store there too, and SSL_CERT_DIR adds to it, as before.
 *
 * SSL_CERT_FILE's every certificate must parse (a damaged bundle is reported, not a TLS failure);
 * the system's files and directories are read as Go reads them, skipping what does not parse.
 * NODE_EXTRA_CA_CERTS' certificates are added (Node adds those to its own roots; a `ca` replaces
 * both, so a proxy CA given the Node way would otherwise be dropped). An unusable one is left to
 * Node, which warns about it at start.
 */
export function caFromEnvironmentFiles(env: NodeJS.ProcessEnv, host?: TrustHost): EnvironmentTrust {
  const path = env.SSL_CERT_FILE ?? "";
  const dirs = env.SSL_CERT_DIR ?? "";
  const trustHost = host ?? (processHost ??= thisHost());
  let roots = rootsByHost.get(trustHost);
  if (roots === undefined) rootsByHost.set(trustHost, (roots = rootsOf(trustHost)));
  const blocks = new Set<string>();
  const add = (more: Iterable<string>): void => {
    for (const block of more) blocks.add(block.trim());
  };
  let bundleFile: string | undefined;
  if (path !== "") {
    const reading = readCaFile(path);
    if (!reading.ok) return { ok: false, path, reason: reading.reason };
    add(reading.pem.match(PEM_CERTIFICATE) ?? []);
    bundleFile = path;
  } else if (roots.platformVerifier) {
    const store = roots.osStore();
    if (store === undefined && dirs === "") return { ok: true, pem: undefined };
    add(store ?? []);
    add(roots.bundled);
  } else {
    const system = roots.systemFile();
    if (system !== undefined) add(system.blocks);
    bundleFile = system?.path;
  }
  if (dirs !== "") add(readCaDirectories(dirs).blocks);
  else if (!roots.platformVerifier) add(roots.defaultDirectories());
  if (blocks.size === 0) return { ok: true, pem: undefined };
  const extraPath = env.NODE_EXTRA_CA_CERTS ?? "";
  const extra = extraPath === "" || extraPath === bundleFile ? undefined : readCaFile(extraPath);
  if (extra?.ok) add(extra.pem.match(PEM_CERTIFICATE) ?? []);
  return { ok: true, pem: [...blocks].join("\n") };
}

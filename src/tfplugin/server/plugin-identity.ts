import { createPrivateKey, X509Certificate } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { readCacheFile, writeCacheFile } from "../packaging/cache-file";
import { generateSelfSignedCertificate, toPem, type GeneratedCertificate } from "./certificate";

/**
 * The TLS key and certificate a provider process presents to Terraform (go-plugin's AutoMTLS: the
 * certificate rides in the handshake line, and Terraform trusts exactly it for that process).
 * go-plugin makes a new pair in every process; making one costs ~2 ms of each process's start,
 * before its handshake, three times per plan (bench/provider.bench.ts (a)). So a pair is kept in
 * the code-cache directory (load-engine.ts `trustedCodeCacheDir`) and reused for {@link IDENTITY_REUSE_MS}.
 *
 * What the key guards: it proves to Terraform that it reached the process it started, over a
 * socket in a directory only this user can enter (or, where there is none, 127.0.0.1: Windows).
 * Whoever could read the file could already reach that socket as this user; the session keys are
 * ephemeral (TLS 1.3 ECDHE), so the key opens no recorded traffic. The file is read only where no
 * one else could have written it (cache-file.ts, private-file.ts), mode 0600 in a 0700 directory,
 * and never logged. Delete it at will: the next process makes another.
 */

/** The file's name in the cache directory. */
export const IDENTITY_FILE = "plugin-tls-identity";
/** A pair is reused for a week, then replaced. */
export const IDENTITY_REUSE_MS = 7 * 86_400_000;
/**
 * Its certificate is valid from an hour before it was made, so a clock set back by up to that
 * (an NTP step, a VM restored from a snapshot) still finds it valid; a clock set back further
 * makes a new pair.
 */
export const IDENTITY_BACKDATE_MS = 3_600_000;
/** ... and for 30 days, well past the week of reuse. */
const IDENTITY_VALID_DAYS = 30;
const FORMAT_VERSION = 1;

export interface PluginIdentity extends GeneratedCertificate {
  /** True when it came from the cache, false when it was made now. */
  reused: boolean;
  /** A server could not be made with it: never saved, and removed if kept, so the next process makes another. */
  discard(): void;
}

export interface PluginIdentityOptions {
  now?: () => number;
  /** Where a new pair is saved from: defaults to the process's exit, off its start-up (tests run it at once). */
  atExit?: (save: () => void) => void;
}

/** The pair kept in `cacheDir` when it is still fresh, else a new one (saved there at exit); without `cacheDir`, always a new one. */
export function pluginIdentity(cacheDir: string | undefined, options: PluginIdentityOptions = {}): PluginIdentity {
  const now = (options.now ?? Date.now)();
  const file = cacheDir === undefined ? undefined : join(cacheDir, IDENTITY_FILE);
  let discarded = false;
  const discard = (): void => {
    discarded = true;
    if (cacheDir !== undefined) forgetPluginIdentity(cacheDir);
  };
  if (cacheDir !== undefined && file !== undefined) {
    const kept = readCacheFile(cacheDir, file, { secret: true });
    const fresh = kept === undefined || kept === "damaged" ? undefined : freshIdentity(kept, now);
    if (fresh) return { ...fresh, reused: true, discard };
  }
  const made = generateSelfSignedCertificate({ now: new Date(now), backdateMs: IDENTITY_BACKDATE_MS, days: IDENTITY_VALID_DAYS });
  if (cacheDir !== undefined && file !== undefined) {
    const save = (): void => {
      if (!discarded) writeCacheFile(cacheDir, file, () => Buffer.from(JSON.stringify({ v: FORMAT_VERSION, created: now, der: made.der.toString("base64"), keyPem: made.keyPem })));
    };
    (options.atExit ?? ((s: () => void) => void process.once("exit", s)))(save);
  }
  return { ...made, reused: false, discard };
}

/** Removes the kept pair (a server could not be made with it): the next process makes another. */
export function forgetPluginIdentity(cacheDir: string): void {
  try {
    rmSync(join(cacheDir, IDENTITY_FILE), { force: true });
  } catch {
    // already gone, or the directory cannot be written: the next process's checks decide
  }
}

/**
 * The kept pair when its file decodes, it was made within the week and not after now (beyond the
 * backdating), and it still works: the certificate parses, is self-signed, a CA as go-plugin's
 * are, valid now, and the key is its key (~0.5 ms). Only this user can have written the file
 * (readCacheFile), but a pair that cannot work, reused, would fail every command for a week.
 */
function freshIdentity(data: Buffer, now: number): GeneratedCertificate | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString("utf8"));
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const { v, created, der, keyPem } = parsed as Record<string, unknown>;
  if (v !== FORMAT_VERSION || typeof created !== "number" || typeof der !== "string" || typeof keyPem !== "string") return undefined;
  if (!(now - created < IDENTITY_REUSE_MS && created - now < IDENTITY_BACKDATE_MS - 60_000)) return undefined;
  const bytes = Buffer.from(der, "base64");
  try {
    const cert = new X509Certificate(bytes);
    const works =
      cert.ca &&
      Date.parse(cert.validFrom) <= now - 60_000 &&
      now + 60_000 <= Date.parse(cert.validTo) &&
      cert.verify(cert.publicKey) &&
      cert.checkPrivateKey(createPrivateKey({ key: keyPem, format: "pem" }));
    return works ? { der: bytes, certPem: toPem("CERTIFICATE", bytes), keyPem } : undefined;
  } catch {
    return undefined;
  }
}

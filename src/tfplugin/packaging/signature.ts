import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ReleaseSigningError } from "./errors";

/**
 * A detached OpenPGP signature of SHA256SUMS, made by GnuPG, the tool Terraform's registry
 * documentation and release tooling use: `<file>.sig`, binary (not armored), which is what a
 * registry's `shasums_signature_url` serves. The key never passes through this process: gpg
 * finds it in its keyring (GNUPGHOME), and a passphrase, when one is needed, goes to gpg on
 * stdin with `--pinentry-mode loopback`, never on a command line.
 */
export interface GpgSigningOptions {
  /** Key id, fingerprint or user id (gpg --local-user). */
  keyId: string;
  /** The gpg program (default `gpg`). */
  gpg?: string;
  /** GNUPGHOME to use (default: gpg's own, $GNUPGHOME or ~/.gnupg). */
  homedir?: string;
  /** The key's passphrase, if it has one. */
  passphrase?: string;
}

/**
 * OpenPGP public-key algorithm ids (RFC 9580 §9.1) as gpg's `--with-colons` listing gives them
 * in field 4 of a `sec` line. HCP Terraform's and Terraform Enterprise's private registries
 * accept "RSA or DSA formatted GPG keys" (developer.hashicorp.com, Terraform Enterprise API docs,
 * private-registry/gpg-keys); Terraform itself verifies any key its crypto library reads.
 */
const ALGORITHMS: Record<string, string> = { "1": "RSA", "2": "RSA", "3": "RSA", "16": "Elgamal", "17": "DSA", "18": "ECDH", "19": "ECDSA", "22": "EdDSA" };
const REGISTRY_ALGORITHMS = new Set(["RSA", "DSA"]);

export interface SigningKeyInfo {
  /** The primary key's fingerprint (40 hex digits for a v4 key): what gpg signs with and exports. */
  fingerprint: string;
  /** The primary key's long key id (16 hex digits), as registries name a GPG key. */
  keyId: string;
  /** The primary key's first user id, empty when gpg listed none. */
  userId: string;
  /** The primary key's algorithm, e.g. "RSA", "EdDSA (ed25519)". */
  algorithm: string;
  /** Whether HCP Terraform / Terraform Enterprise private registries take the key (RSA or DSA). */
  acceptedByPrivateRegistries: boolean;
}

/** Every secret key in gpg's colon listing (`sec` lines, each with its `fpr` and first `uid`), in gpg's order. */
export function signingKeysOf(colonListing: string): SigningKeyInfo[] {
  const keys: SigningKeyInfo[] = [];
  // A key's fpr line comes right after its sec line; an fpr after an ssb line is the subkey's.
  let primaryFpr = false;
  for (const line of colonListing.split("\n")) {
    const fields = line.split(":");
    const current = keys[keys.length - 1];
    if (fields[0] === "sec") {
      const name = ALGORITHMS[fields[3] ?? ""] ?? `algorithm ${fields[3] ?? "?"}`;
      const curve = fields[16] ?? "";
      const keyId = fields[4] ?? "";
      // The long key id stands in for the fingerprint if gpg gives none.
      keys.push({ fingerprint: keyId, keyId, userId: "", algorithm: curve === "" ? name : `${name} (${curve})`, acceptedByPrivateRegistries: REGISTRY_ALGORITHMS.has(name) });
      primaryFpr = true;
    } else if (fields[0] === "fpr" && primaryFpr && current) {
      current.fingerprint = fields[9] || current.keyId;
      primaryFpr = false;
    } else if (fields[0] === "ssb") {
      primaryFpr = false;
    } else if (fields[0] === "uid" && current && current.userId === "") {
      current.userId = fields[9] ?? "";
    }
  }
  return keys;
}

/**
 * Fails fast (before a long build) when gpg is missing, has no secret key `keyId`, or has several
 * that match it (gpg would sign with the first and export them all as the public key); otherwise
 * says which key it is (undefined if gpg's listing could not be read).
 */
export function checkSigningKey(options: GpgSigningOptions): SigningKeyInfo | undefined {
  const gpg = options.gpg ?? "gpg";
  let listing: string;
  try {
    listing = execFileSync(
      gpg,
      ["--batch", "--no-tty", ...(options.homedir ? ["--homedir", options.homedir] : []), "--with-colons", "--with-fingerprint", "--list-secret-keys", options.keyId],
      { stdio: ["ignore", "pipe", "pipe"], timeout: 60_000, encoding: "utf8" },
    );
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "ENOENT") throw new ReleaseSigningError(`cannot sign: "${gpg}" was not found. Install GnuPG (e.g. apt-get install gnupg) or leave out --gpg-key`, { cause: err });
    throw new ReleaseSigningError(`gpg has no secret key "${options.keyId}"${options.homedir ? ` in ${options.homedir}` : ""}: import it first (gpg --import) or pass the right --gpg-key / --gpg-homedir`, { cause: err });
  }
  const keys = signingKeysOf(listing);
  if (keys.length > 1) {
    throw new ReleaseSigningError(
      `gpg has ${keys.length} secret keys matching "${options.keyId}"${options.homedir ? ` in ${options.homedir}` : ""}: ${keys
        .map((k) => `${k.fingerprint} (${k.algorithm}${k.userId === "" ? "" : `, ${k.userId}`})`)
        .join("; ")}. gpg would sign with the first and publish them all in signing-key.asc: pass the fingerprint of the one to sign with as --gpg-key`,
    );
  }
  return keys[0];
}

/**
 * Signs `file` into `<file>.sig` with the one secret key `keyId` matches (checkSigningKey) and
 * writes that key's public key, alone, next to it as `signing-key.asc`; returns the .sig path.
 */
export function signDetached(file: string, options: GpgSigningOptions): string {
  const gpg = options.gpg ?? "gpg";
  const base = ["--batch", "--yes", "--no-tty", ...(options.homedir ? ["--homedir", options.homedir] : [])];
  const output = `${file}.sig`;
  // One key, named by fingerprint: a user id can match several, and gpg would export them all.
  // A selector ending in "!" (one exact subkey) is gpg's own precise choice and is kept for signing.
  const key = checkSigningKey(options);
  const signer = key === undefined || options.keyId.endsWith("!") ? options.keyId : key.fingerprint;
  const passphrase = options.passphrase !== undefined ? ["--pinentry-mode", "loopback", "--passphrase-fd", "0"] : [];
  try {
    execFileSync(gpg, [...base, ...passphrase, "--local-user", signer, "--detach-sign", "--output", output, file], {
      input: options.passphrase !== undefined ? `${options.passphrase}\n` : "",
      stdio: ["pipe", "pipe", "pipe"],
      timeout: 120_000,
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === "ENOENT") throw new ReleaseSigningError(`cannot sign ${file}: "${gpg}" was not found. Install GnuPG (e.g. apt-get install gnupg) or leave out --gpg-key`, { cause: err });
    const detail = e.stderr?.toString().trim().split("\n").slice(-3).join(" ") ?? e.message;
    throw new ReleaseSigningError(`gpg could not sign ${file} with key "${options.keyId}": ${detail}. Check that the key is in the keyring (gpg --list-secret-keys) and its passphrase`, { cause: err });
  }
  if (!existsSync(output)) throw new ReleaseSigningError(`gpg reported success but wrote no ${output}`);
  // 0644 whatever the umask: a release's files are writable by their packager only (executables.ts requirePrivateOutput).
  chmodSync(output, 0o644);
  const publicKey = execFileSync(gpg, [...base, "--armor", "--export", key?.fingerprint ?? options.keyId], { stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
  writeFileSync(join(dirname(file), "signing-key.asc"), publicKey, { mode: 0o644 });
  return output;
}

/**
 * Signs a throwaway file with the key, so that a wrong passphrase (or an agent that cannot reach
 * it) is found before a build of minutes, not after it, with an unsigned release left behind.
 */
export function checkSigningWorks(options: GpgSigningOptions): void {
  const dir = mkdtempSync(join(tmpdir(), "tfplugin-sign-check-"));
  const probe = join(dir, "probe");
  try {
    writeFileSync(probe, "signing check\n");
    signDetached(probe, options);
  } catch (err) {
    if (err instanceof ReleaseSigningError) {
      throw new ReleaseSigningError(`${err.message.replaceAll(probe, "a test file")} (checked before building anything)`, { cause: err });
    }
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
  /** The primary key's algorithm, e.g. "RSA", "EdDSA (ed25519)". */
  algorithm: string;
  /** Whether HCP Terraform / Terraform Enterprise private registries take the key (RSA or DSA). */
  acceptedByPrivateRegistries: boolean;
}

/** The algorithm of the first `sec` line of gpg's colon listing, or undefined when there is none. */
export function signingKeyInfoOf(colonListing: string): SigningKeyInfo | undefined {
  const sec = colonListing.split("\n").find((line) => line.startsWith("sec:"));
  if (sec === undefined) return undefined;
  const fields = sec.split(":");
  const name = ALGORITHMS[fields[3] ?? ""] ?? `algorithm ${fields[3] ?? "?"}`;
  const curve = fields[16] ?? "";
  return { algorithm: curve === "" ? name : `${name} (${curve})`, acceptedByPrivateRegistries: REGISTRY_ALGORITHMS.has(name) };
}

/**
 * Fails fast (before a long build) when gpg is missing or has no secret key `keyId`; otherwise
 * says what kind of key it is (undefined if gpg's listing could not be read).
 */
export function checkSigningKey(options: GpgSigningOptions): SigningKeyInfo | undefined {
  const gpg = options.gpg ?? "gpg";
  let listing: string;
  try {
    listing = execFileSync(gpg, ["--batch", "--no-tty", ...(options.homedir ? ["--homedir", options.homedir] : []), "--with-colons", "--list-secret-keys", options.keyId], {
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
      encoding: "utf8",
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "ENOENT") throw new ReleaseSigningError(`cannot sign: "${gpg}" was not found. Install GnuPG (e.g. apt-get install gnupg) or leave out --gpg-key`, { cause: err });
    throw new ReleaseSigningError(`gpg has no secret key "${options.keyId}"${options.homedir ? ` in ${options.homedir}` : ""}: import it first (gpg --import) or pass the right --gpg-key / --gpg-homedir`, { cause: err });
  }
  return signingKeyInfoOf(listing);
}

/** Signs `file` into `<file>.sig` and writes the public key next to it as `signing-key.asc`; returns the .sig path. */
export function signDetached(file: string, options: GpgSigningOptions): string {
  const gpg = options.gpg ?? "gpg";
  const base = ["--batch", "--yes", "--no-tty", ...(options.homedir ? ["--homedir", options.homedir] : [])];
  const output = `${file}.sig`;
  const passphrase = options.passphrase !== undefined ? ["--pinentry-mode", "loopback", "--passphrase-fd", "0"] : [];
  try {
    execFileSync(gpg, [...base, ...passphrase, "--local-user", options.keyId, "--detach-sign", "--output", output, file], {
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
  const publicKey = execFileSync(gpg, [...base, "--armor", "--export", options.keyId], { stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
  writeFileSync(join(dirname(file), "signing-key.asc"), publicKey);
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

import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";

/**
 * Terraform's `h1:` package hash (golang.org/x/mod/sumdb/dirhash Hash1, as
 * recorded in .terraform.lock.hcl): sha256 over the sorted lines
 * `hex(sha256(file))  relative/path\n`, base64 with padding.
 */
export function packageHashV1(dir: string): string {
  return packageHashV1OfFiles(listFiles(dir).map((rel) => ({ path: rel, bytes: readFileSync(join(dir, rel)) })));
}

/** The same hash over in-memory files (e.g. the contents of a zip), paths slash-separated and relative. */
export function packageHashV1OfFiles(files: readonly { path: string; bytes: Buffer }[]): string {
  const lines = files.map((f) => `${createHash("sha256").update(f.bytes).digest("hex")}  ${f.path}\n`).sort(byPath);
  return `h1:${createHash("sha256").update(lines.join("")).digest("base64")}`;
}

/**
 * The `h1:` of a provider zip's contents: what Terraform records once it has unpacked the archive
 * (directory entries are not files). Throws on an archive fflate cannot read.
 */
export function packageHashV1OfZip(archive: Uint8Array): string {
  const files = Object.entries(unzipSync(archive))
    .filter(([path]) => !path.endsWith("/"))
    .map(([path, bytes]) => ({ path, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  return packageHashV1OfFiles(files);
}

/** Terraform's `zh:` hash of a provider zip archive: sha256 of the archive bytes, hex (as in SHA256SUMS). */
export function packageHashZip(archive: Buffer): string {
  return `zh:${createHash("sha256").update(archive).digest("hex")}`;
}

// Sorted by path, as dirhash sorts file names (the hex prefix has a fixed width).
const byPath = (a: string, b: string): number => {
  const pa = a.slice(66);
  const pb = b.slice(66);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
};

function listFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}

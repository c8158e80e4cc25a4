import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Terraform's `h1:` package hash (golang.org/x/mod/sumdb/dirhash Hash1, as
 * recorded in .terraform.lock.hcl): sha256 over the sorted lines
 * `hex(sha256(file))  relative/path\n`, base64 with padding.
 */
export function packageHashV1(dir: string): string {
  const files = listFiles(dir).sort();
  const summary = files.map((rel) => `${createHash("sha256").update(readFileSync(join(dir, rel))).digest("hex")}  ${rel}\n`).join("");
  return `h1:${createHash("sha256").update(summary).digest("base64")}`;
}

function listFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}

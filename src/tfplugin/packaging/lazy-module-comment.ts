import { createHash } from "node:crypto";
import { zlibSync } from "fflate";
import { LAZY_MODULE_MARK, SHA256_ENCODING } from "./lazy-module";

/**
 * The comment that carries lazy module `name` at the end of a bundle (format: lazy-module.ts).
 * fflate compresses, not node:zlib, so the bytes depend on the lockfile, not on the Node version
 * that builds: the same inputs give the same bundle (and `h1:` hash) on any machine. Kept out of
 * lazy-module.ts, which the provider's bootstrap loads at every start; scripts/build.mjs writes
 * the same format.
 */
export function lazyModuleComment(name: string, source: string, options: { compress?: boolean } = {}): string {
  const bytes = Buffer.from(source, "utf8");
  // Uncompressed for a module read before the handshake (lazy-module.ts SHA256_ENCODING).
  if (options.compress === false) return `${LAZY_MODULE_MARK}${name} ${SHA256_ENCODING}${createHash("sha256").update(bytes).digest("hex")} ${bytes.toString("base64")}*/`;
  const data = Buffer.from(zlibSync(bytes, { level: 9 })).toString("base64");
  return `${LAZY_MODULE_MARK}${name} zlib ${data}*/`;
}

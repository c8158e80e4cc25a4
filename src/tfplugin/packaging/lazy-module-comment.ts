import { zlibSync } from "fflate";
import { LAZY_MODULE_MARK } from "./lazy-module";

/**
 * The comment that carries lazy module `name` at the end of a bundle (format: lazy-module.ts).
 * fflate compresses, not node:zlib, so the bytes depend on the lockfile, not on the Node version
 * that builds: the same inputs give the same bundle (and `h1:` hash) on any machine. Kept out of
 * lazy-module.ts, which the provider's bootstrap loads at every start; scripts/build.mjs writes
 * the same format.
 */
export function lazyModuleComment(name: string, source: string): string {
  const data = Buffer.from(zlibSync(Buffer.from(source, "utf8"), { level: 9 })).toString("base64");
  return `${LAZY_MODULE_MARK}${name} zlib ${data}*/`;
}

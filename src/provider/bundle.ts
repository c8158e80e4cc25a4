import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Script } from "node:vm";
import { splitLazyModules } from "../tfplugin/packaging/lazy-module";
import { PROVIDER_BUNDLE_NAME, PROVIDER_TYPE } from "./address";
import { ProviderBundleInvalidError, ProviderBundleNotFoundError } from "./errors";

/**
 * Where the bundle may be: next to the running CLI (dist/cli.js and the bundle are built side
 * by side), or in dist/ of the checkout when this module runs from source (tsx, jest).
 */
export function bundleCandidates(): string[] {
  const dirs = [__dirname, resolve(__dirname, "..", "..", "dist")];
  const script = process.argv[1];
  if (script) dirs.push(dirname(resolve(script)));
  return [...new Set(dirs.map((d) => join(d, PROVIDER_BUNDLE_NAME)))];
}

/**
 * The provider bundle (the script form), or ProviderBundleNotFoundError listing where it looked;
 * ProviderBundleInvalidError when the file found is not one (what would be installed under the
 * provider's name and lock hash, or embedded in its executables).
 */
export function locateProviderBundle(candidates: readonly string[] = bundleCandidates()): string {
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!found) throw new ProviderBundleNotFoundError(candidates);
  const problem = bundleProblem(readFileSync(found));
  if (problem !== undefined) throw new ProviderBundleInvalidError(found, problem);
  return found;
}

/**
 * Why `bytes` are not a c1twingate provider bundle as scripts/build.mjs writes it, or undefined:
 * it starts with a `#!` line that runs node (Terraform executes the script form directly; a CR
 * there makes the kernel look for `node\r`), names the provider's type (the bootstrap serves it),
 * and carries its lazy modules `serve`, `main` and `engine` whole: each decodes, and each and the
 * bootstrap parse as JavaScript (a damaged one would fail only at plan, or inside an executable).
 * Not a signature: a check against a wrong or damaged file.
 */
export function bundleProblem(bytes: Buffer): string | undefined {
  const firstLine = bytes.subarray(0, Math.min(bytes.length, 256)).toString("latin1").split("\n")[0] ?? "";
  if (!/^#!.*\bnode\b/.test(firstLine)) return "it does not start with a #! line that runs node";
  if (firstLine.includes("\r")) return "its #! line ends with a carriage return (CRLF line ends), so the system would look for a program named node\\r";
  if (!bytes.includes(`"${PROVIDER_TYPE}"`)) return `it does not name the ${PROVIDER_TYPE} provider`;
  let split: ReturnType<typeof splitLazyModules>;
  try {
    split = splitLazyModules(bytes.toString("utf8"));
  } catch (error) {
    return `a lazy module in it cannot be decoded (${(error as Error).message})`;
  }
  if (split.modules.length === 0) return `it carries none of its lazy modules (${LAZY_MODULES.join(", ")}) at its end: it was cut short or changed after it was built`;
  for (const name of LAZY_MODULES) if (!split.modules.some((m) => m.name === name)) return `it carries no lazy module "${name}" at its end`;
  for (const { name, source } of [{ name: "the bootstrap", source: split.code.replace(/^#!.*/, "") }, ...split.modules.map((m) => ({ name: `lazy module "${m.name}"`, source: m.source }))]) {
    try {
      new Script(`(function(){${source}\n})`, { filename: name });
    } catch (error) {
      return `${name} in it is not valid JavaScript (${(error as Error).message})`;
    }
  }
  return undefined;
}

/** The lazy modules the bootstrap loads (scripts/build.mjs writes them). */
const LAZY_MODULES = ["serve", "main", "engine"] as const;

import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
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
 * it starts with a `#!` line that runs node (Terraform executes the script form directly) and
 * names the provider's type (the bootstrap serves it). Not a signature: a check against a wrong file.
 */
export function bundleProblem(bytes: Buffer): string | undefined {
  const firstLine = bytes.subarray(0, Math.min(bytes.length, 256)).toString("latin1").split("\n")[0] ?? "";
  if (!/^#!.*\bnode\b/.test(firstLine)) return "it does not start with a #! line that runs node";
  if (!bytes.includes(`"${PROVIDER_TYPE}"`)) return `it does not name the ${PROVIDER_TYPE} provider`;
  return undefined;
}

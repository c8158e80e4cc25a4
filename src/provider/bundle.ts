import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PROVIDER_BUNDLE_NAME } from "./address";
import { ProviderBundleNotFoundError } from "./errors";

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

/** The provider bundle (the script form), or ProviderBundleNotFoundError listing where it looked. */
export function locateProviderBundle(candidates: readonly string[] = bundleCandidates()): string {
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!found) throw new ProviderBundleNotFoundError(candidates);
  return found;
}

import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { currentPlatform, installProvider, type InstalledProvider } from "../tfplugin";
import { MIRROR_PLATFORMS, PROVIDER_BUNDLE_NAME, PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_SOURCE, PROVIDER_TYPE, PROVIDER_VERSION } from "./address";
import { ProviderBundleNotFoundError } from "./errors";

/**
 * Installing the bundled provider where `terraform init` finds it: Terraform's implied local
 * mirror (`$HOME/.terraform.d/plugins`) or a filesystem mirror dir, under our `.invalid`
 * source address, one identical file per platform.
 */

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

export function locateProviderBundle(candidates: readonly string[] = bundleCandidates()): string {
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!found) throw new ProviderBundleNotFoundError(candidates);
  return found;
}

export interface InstallOptions {
  /** The bundle to install; found next to the CLI when omitted. */
  bundle?: string;
  /** A filesystem mirror dir; default Terraform's implied mirror `$HOME/.terraform.d/plugins`. */
  mirrorDir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface InstallResult extends InstalledProvider {
  version: string;
  bundle: string;
}

/** The platforms filled: the common ones, plus this machine's if it is another. */
export function mirrorPlatforms(): string[] {
  const here = currentPlatform();
  return MIRROR_PLATFORMS.includes(here) || here.startsWith("windows_") ? [...MIRROR_PLATFORMS] : [...MIRROR_PLATFORMS, here];
}

export function installC1twingateProvider(options: InstallOptions = {}): InstallResult {
  const bundle = options.bundle ?? locateProviderBundle();
  const installed = installProvider({
    file: bundle,
    hostname: PROVIDER_HOSTNAME,
    namespace: PROVIDER_NAMESPACE,
    type: PROVIDER_TYPE,
    version: PROVIDER_VERSION,
    platforms: mirrorPlatforms(),
    ...(options.mirrorDir !== undefined ? { mirrorDir: resolve(options.mirrorDir) } : {}),
    ...(options.env !== undefined ? { env: options.env } : {}),
  });
  return { ...installed, version: PROVIDER_VERSION, bundle };
}

/** The `required_providers` entry to paste into a configuration. */
export function requiredProvidersBlock(version: string = PROVIDER_VERSION): string {
  return [
    "terraform {",
    "  required_providers {",
    "    c1twingate = {",
    `      source  = "${PROVIDER_SOURCE}"`,
    `      version = "${version}"`,
    "    }",
    "  }",
    "}",
    "",
  ].join("\n");
}

/** The CLI config a filesystem mirror other than the implied one needs (TF_CLI_CONFIG_FILE). */
export function mirrorCliConfig(mirrorDir: string): string {
  return [
    "provider_installation {",
    "  filesystem_mirror {",
    `    path    = ${JSON.stringify(resolve(mirrorDir))}`,
    `    include = ["${PROVIDER_HOSTNAME}/*/*"]`,
    "  }",
    "  direct {",
    `    exclude = ["${PROVIDER_HOSTNAME}/*/*"]`,
    "  }",
    "}",
    "",
  ].join("\n");
}

import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE } from "./address";

/**
 * The packages of this provider's `version` for `osArch` in a filesystem mirror, in the order
 * Terraform's walk meets them (internal/getproviders/filesystem_search.go: filepath.Walk, lexical
 * order), the first being the one terraform init takes from that mirror. Terraform reads the
 * hostname, namespace and type directories case-insensitively (it normalises each part), so
 * `C1TWINGATE.INVALID/Local/c1twingate` is this provider too, and sorts before the lower-case
 * layout `provider install` writes. A package is the unpacked `<version>/<os_arch>/` directory or
 * the `terraform-provider-<type>_<version>_<os_arch>.zip` beside the version directories.
 * Unreadable directories are skipped. Paths are `mirrorDir` joined with the names found.
 */
export function packagesIn(mirrorDir: string, version: string, osArch: string): string[] {
  const found: string[] = [];
  for (const host of entries(mirrorDir, (n) => n.toLowerCase() === PROVIDER_HOSTNAME)) {
    for (const namespace of entries(host, (n) => n.toLowerCase() === PROVIDER_NAMESPACE)) {
      for (const type of entries(namespace, (n) => n.toLowerCase() === PROVIDER_TYPE)) {
        const zipName = `terraform-provider-${PROVIDER_TYPE}_${version}_${osArch}.zip`;
        for (const name of names(type)) {
          const path = join(type, name);
          if (name === version && isDirectory(join(path, osArch))) found.push(join(path, osArch));
          else if (name === zipName && isFile(path)) found.push(path);
        }
      }
    }
  }
  return found;
}

/** Entries of `dir` in byte order (Go's sort of names), empty when it cannot be read. */
function names(dir: string): string[] {
  try {
    return readdirSync(dir).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  } catch {
    return [];
  }
}

function entries(dir: string, matches: (name: string) => boolean): string[] {
  return names(dir)
    .filter(matches)
    .map((n) => join(dir, n))
    .filter(isDirectory);
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Optional peer packages: bindings one feature of the construct needs (provider-null for
 * `validation: "local-exec"`, provider-kubernetes for a self-hosted connector's deployment).
 * Each is loaded on first use, never when the library is loaded, and its absence is an error
 * that names the package and the fix.
 */
import { CodedError } from "../src/errors";

/** What one optional peer is for, as the error names it. */
export interface OptionalPeer {
  /** The npm package, e.g. `@cdktf/provider-null`. */
  readonly packageName: string;
  /** The range to install, e.g. `^11`. */
  readonly range: string;
  /** The feature that needs it, e.g. `validation "local-exec"`. */
  readonly feature: string;
  /** How to do without it, e.g. `use validation "provider", which needs no extra package`. */
  readonly alternative: string;
}

/** A peer dependency that one feature of the construct needs is not installed. */
export class MissingPeerDependencyError extends CodedError {
  readonly code = "C1TG_CONSTRUCT_MISSING_PEER";
  readonly packageName: string;
  constructor(peer: OptionalPeer, options?: { cause?: unknown; core?: string }) {
    // On CDK Terrain (cdktf aliased to cdktn) npm refuses the bindings' cdktf@^0.21 peer unless told to use the alias.
    const onCdktn =
      options?.core === "cdktn"
        ? `; on CDK Terrain first add "overrides": { "${peer.packageName}": { "cdktf": "$cdktf" } } to package.json (docs/constructs.md, CDK Terrain)`
        : "";
    super(`${peer.feature} needs the package ${peer.packageName}, which is not installed: run npm install --save-dev ${peer.packageName}@${peer.range}${onCdktn} (or ${peer.alternative})`, options);
    this.packageName = peer.packageName;
  }
}

/** The name of the core package `cdktf` resolves to: "cdktf", or "cdktn" when aliased. */
function coreName(): string | undefined {
  try {
    return (require("cdktf/package.json") as { name?: unknown }).name as string | undefined;
  } catch {
    return undefined;
  }
}

/** Runs `load` (the package's deep `require`s), turning "module not found" for that package into {@link MissingPeerDependencyError}. */
export function loadOptionalPeer<T>(peer: OptionalPeer, load: () => T): T {
  try {
    return load();
  } catch (err) {
    const missing = (err as { code?: unknown }).code === "MODULE_NOT_FOUND" && String((err as Error).message).includes(peer.packageName);
    if (missing) throw new MissingPeerDependencyError(peer, { cause: err, core: coreName() ?? "cdktf" });
    throw err;
  }
}

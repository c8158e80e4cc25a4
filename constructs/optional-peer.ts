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
  constructor(peer: OptionalPeer, options?: { cause?: unknown }) {
    super(`${peer.feature} needs the package ${peer.packageName}, which is not installed: run npm install --save-dev ${peer.packageName}@${peer.range} (or ${peer.alternative})`, options);
    this.packageName = peer.packageName;
  }
}

/** Runs `load` (the package's deep `require`s), turning "module not found" for that package into {@link MissingPeerDependencyError}. */
export function loadOptionalPeer<T>(peer: OptionalPeer, load: () => T): T {
  try {
    return load();
  } catch (err) {
    const missing = (err as { code?: unknown }).code === "MODULE_NOT_FOUND" && String((err as Error).message).includes(peer.packageName);
    if (missing) throw new MissingPeerDependencyError(peer, { cause: err });
    throw err;
  }
}

/**
 * `@cdktf/provider-null` is an optional peer, needed only by `validation: "local-exec"`: it is
 * loaded on first use, never when the library is loaded, and its absence is an error that names
 * the package and the fix.
 */
import type { NullProvider as NullProviderClass } from "@cdktf/provider-null/lib/provider";
import type { Resource as NullResourceClass } from "@cdktf/provider-null/lib/resource";
import { CodedError } from "../src/errors";

export const NULL_PROVIDER_PACKAGE = "@cdktf/provider-null";

/** A peer dependency that one feature of the construct needs is not installed. */
export class MissingPeerDependencyError extends CodedError {
  readonly code = "C1TG_CONSTRUCT_MISSING_PEER";
  constructor(
    readonly packageName: string,
    feature: string,
    options?: { cause?: unknown },
  ) {
    super(
      `${feature} needs the package ${packageName}, which is not installed: ` +
        `run npm install --save-dev ${packageName}@^11 (or use validation "provider", which needs no extra package)`,
      options,
    );
  }
}

export interface NullProviderModules {
  readonly NullProvider: typeof NullProviderClass;
  readonly Resource: typeof NullResourceClass;
}

let loaded: NullProviderModules | undefined;

/** Loads the null provider's bindings (deep imports, as cdktf's docs recommend for synth time). */
export function loadNullProvider(): NullProviderModules {
  if (loaded) return loaded;
  try {
    const { NullProvider } = require("@cdktf/provider-null/lib/provider") as typeof import("@cdktf/provider-null/lib/provider");
    const { Resource } = require("@cdktf/provider-null/lib/resource") as typeof import("@cdktf/provider-null/lib/resource");
    loaded = { NullProvider, Resource };
    return loaded;
  } catch (err) {
    const missing = (err as { code?: unknown }).code === "MODULE_NOT_FOUND" && String((err as Error).message).includes(NULL_PROVIDER_PACKAGE);
    if (missing) throw new MissingPeerDependencyError(NULL_PROVIDER_PACKAGE, 'validation "local-exec"', { cause: err });
    throw err;
  }
}

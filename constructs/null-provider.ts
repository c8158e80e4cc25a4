/**
 * `@cdktf/provider-null` is an optional peer, needed only by `validation: "local-exec"`
 * (see optional-peer.ts).
 */
import type { NullProvider as NullProviderClass } from "@cdktf/provider-null/lib/provider";
import type { Resource as NullResourceClass } from "@cdktf/provider-null/lib/resource";
import { loadOptionalPeer, type OptionalPeer } from "./optional-peer";

export const NULL_PROVIDER_PEER: OptionalPeer = {
  packageName: "@cdktf/provider-null",
  range: "^11",
  feature: 'validation "local-exec"',
  alternative: 'use validation "provider", which needs no extra package',
};

export interface NullProviderModules {
  readonly NullProvider: typeof NullProviderClass;
  readonly Resource: typeof NullResourceClass;
}

let loaded: NullProviderModules | undefined;

/** Loads the null provider's bindings (deep imports, as cdktf's docs recommend for synth time). */
export function loadNullProvider(): NullProviderModules {
  loaded ??= loadOptionalPeer(NULL_PROVIDER_PEER, () => ({
    NullProvider: (require("@cdktf/provider-null/lib/provider") as typeof import("@cdktf/provider-null/lib/provider")).NullProvider,
    Resource: (require("@cdktf/provider-null/lib/resource") as typeof import("@cdktf/provider-null/lib/resource")).Resource,
  }));
  return loaded;
}

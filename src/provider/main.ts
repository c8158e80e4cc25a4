// The provider's serving code; scripts/build.mjs bundles it into dist/terraform-provider-c1twingate
// (the script form) as lazy module "main", run by bootstrap.ts once the handshake is printed, and
// src/tfplugin/packaging/sea.ts embeds that bundle in the executables.
import { setFlagsFromString } from "node:v8";
import { serve, type RunningPlugin } from "../tfplugin";
import type { Announcement } from "../tfplugin/server/announce";
import { PROVIDER_SOURCE } from "./address";
import { c1twingateProvider } from "./provider";

// Terraform waits for the provider to exit after every phase. Node's fetch parses HTTP with
// llhttp compiled to WebAssembly, and V8 re-compiles it with TurboFan on background threads; a
// process that made one request then spends ~130 ms in exit waiting for those jobs
// (bench/provider.bench.ts). The baseline compiler alone is ample for a few small responses.
setFlagsFromString("--liftoff-only");

/** What bootstrap.ts calls: serves the provider on the socket it announced (or announces first, when `announced` is absent). */
export interface ProviderMain {
  serveProvider(announced?: Announcement): Promise<RunningPlugin | undefined>;
}

export const serveProvider: ProviderMain["serveProvider"] = (announced) =>
  serve(c1twingateProvider, { providerAddress: PROVIDER_SOURCE, ...(announced ? { announced } : {}) });

// The provider's tfplugin6 service; scripts/build.mjs bundles it into dist/terraform-provider-c1twingate
// (the script form) as lazy module "main", which bootstrap.ts runs at the first call that needs it,
// and src/tfplugin/packaging/sea.ts embeds that bundle in the executables.
import { setFlagsFromString } from "node:v8";
import { fixedReplies, providerService } from "../tfplugin/server/provider-service";
import type { ProviderService } from "../tfplugin/server/plugin";
import type { Logger } from "../tfplugin/server/logger";
import { c1twingateProvider } from "./provider";

// Terraform waits for the provider to exit after every phase. Node's fetch parses HTTP with
// llhttp compiled to WebAssembly, and V8 re-compiles it with TurboFan on background threads; a
// process that made one request then spends ~130 ms in exit waiting for those jobs
// (bench/provider.bench.ts). The baseline compiler alone is ample for a few small responses.
setFlagsFromString("--liftoff-only");

/** What bootstrap.ts and scripts/build.mjs call. */
export interface ProviderMain {
  /** The tfplugin6 service, for plugin.ts to hand calls to. */
  providerService(log: Logger): ProviderService;
  /** The replies the build fixes (provider-service.ts `fixedReplies`): base64 protobuf by method path. */
  fixedRepliesBase64(): Promise<Record<string, string>>;
}

const service: ProviderMain["providerService"] = (log) => providerService(c1twingateProvider, log);
export { service as providerService };

export const fixedRepliesBase64: ProviderMain["fixedRepliesBase64"] = async () => {
  const replies = await fixedReplies(c1twingateProvider);
  if (!replies) throw new Error("the c1twingate provider's schema or metadata has an error diagnostic; fix its definition");
  return Object.fromEntries([...replies].map(([path, bytes]) => [path, Buffer.from(bytes).toString("base64")]));
};

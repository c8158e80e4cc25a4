// The provider's tfplugin6 service; scripts/build.mjs bundles it into dist/terraform-provider-c1twingate
// (the script form) as lazy module "main", which bootstrap.ts runs at the first call that needs it,
// and src/tfplugin/packaging/sea.ts embeds that bundle in the executables.
import { fixedReplies, providerService } from "../tfplugin/server/provider-service";
import type { ProviderService } from "../tfplugin/server/plugin";
import type { Logger } from "../tfplugin/server/logger";
import { c1twingateProvider } from "./provider";

// No V8 flags are set at run time (`v8.setFlagsFromString`): any flag changes V8's flag hash, and
// V8 then rejects every code cache made without it, Node's own included, so each of Node's modules
// loaded afterwards is compiled from source (`http2` took 24 ms instead of 7.5). The reason there
// once was one (`--liftoff-only`, for the WebAssembly of Node's fetch) is gone: the provider's
// HTTP goes through node:http and it never loads fetch (test/provider/no-fetch-at-startup.test.ts).

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

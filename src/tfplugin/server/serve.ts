import type { DefinedProvider } from "../framework/define";
import { announce, type AnnounceOptions, type Announcement } from "./announce";
import { servePlugin, type RunningPlugin } from "./plugin";
import { providerService } from "./provider-service";
import { createProviderLogger, type LogLevel } from "./logger";

export type { RunningPlugin } from "./plugin";

export interface ServeOptions extends Omit<AnnounceOptions, "typeName" | "log"> {
  logLevel?: LogLevel;
  /**
   * The handshake already printed by announce() (announce.ts), e.g. by a bootstrap that announces
   * before it loads the provider; serve() then only serves its listener.
   */
  announced?: Announcement;
  /** Replies fixed at build time (provider-service.ts `fixedReplies`), answered without the runtime. */
  fixedReplies?: ReadonlyMap<string, Uint8Array>;
}

/**
 * Serves a provider the way go-plugin's plugin.Serve does for Terraform: announce() (the
 * handshake), unless `announced` says it is done, then the gRPC server on its listener
 * (plugin.ts), whose tfplugin6 service is set up at its first call. Resolves once the server
 * takes connections; resolves undefined (after `exit(1)`) when the process was not started by
 * Terraform (missing cookie or protocol 6 not offered).
 */
export async function serve<C>(provider: DefinedProvider<C>, options: ServeOptions = {}): Promise<RunningPlugin | undefined> {
  const typeName = provider.definition.typeName;
  const debug = options.announced?.debug ?? options.debug ?? (options.argv ?? process.argv).includes("--debug");
  const log = createProviderLogger({ typeName, debug, ...(options.env ? { env: options.env } : {}), ...(options.logLevel ? { level: options.logLevel } : {}) });
  const announced = options.announced ?? (await announce({ ...options, debug, typeName, log }));
  if (!announced) return undefined;
  return servePlugin(announced, {
    typeName,
    log,
    provider: (providerLog) => providerService(provider, providerLog),
    ...(options.fixedReplies ? { fixedReplies: options.fixedReplies } : {}),
    ...(options.env ? { env: options.env } : {}),
    ...(options.exit ? { exit: options.exit } : {}),
    ...(options.manageProcess !== undefined ? { manageProcess: options.manageProcess } : {}),
  });
}

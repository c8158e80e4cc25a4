import type { ConnectRouter } from "@connectrpc/connect";
import { toBinary } from "@bufbuild/protobuf";
import type { DefinedProvider } from "../framework/define";
import { createProviderRuntime, providerRedaction, SECRET_REPLACEMENT, type ProviderRuntime } from "../framework/handlers";
import { createSecretRedactor } from "../framework/secret-redactor";
import { neutraliseDetail } from "../framework/diagnostic-text";
import { PROVIDER_RPCS, type ProviderRpcName } from "../proto/messages";
import { Provider } from "../proto/services";
import { fromWireShape, toWireShape } from "../proto/wire-shape";
import { createConnectHandler } from "./connect-handler";
import { MAX_MESSAGE_BYTES, PROVIDER_PREFIX, type ProviderService } from "./plugin";
import type { Logger } from "./logger";

/**
 * The tfplugin6 service of a defined provider: the framework's runtime (framework/handlers.ts)
 * behind connect-node and protobuf-es, through wire-shape.ts (the framework gets and returns the
 * plain objects of messages.ts). plugin.ts sets it up at the first call that needs it.
 */
export function providerService<C>(provider: DefinedProvider<C>, log: Logger): ProviderService {
  // One redactor for diagnostics and log lines: the secrets the framework decodes, then the provider's own filter.
  const secrets = createSecretRedactor(SECRET_REPLACEMENT);
  const redact = providerRedaction(secrets, provider.definition.redact);
  const runtime = createProviderRuntime(provider, { log, secrets });
  const handler = createConnectHandler({ maxMessageBytes: MAX_MESSAGE_BYTES, routes: (router) => registerProvider(router, runtime, log, redact) });
  return { handler, redact };
}

/** The RPCs whose replies depend on nothing but the provider's definition. */
const FIXED_RPCS = ["GetProviderSchema", "GetMetadata"] as const satisfies readonly ProviderRpcName[];

/**
 * The replies a provider can carry from its build (plugin.ts serves them without loading the
 * provider): GetProviderSchema and GetMetadata, as protobuf bytes by method path. Their requests
 * are empty, and the framework answers them from the definition alone. Undefined when one of them
 * has an error diagnostic: such a provider is answered by its runtime, as before.
 */
export async function fixedReplies<C>(provider: DefinedProvider<C>): Promise<Map<string, Uint8Array> | undefined> {
  const runtime = createProviderRuntime(provider);
  const replies = new Map<string, Uint8Array>();
  for (const name of FIXED_RPCS) {
    const method = Provider.methods.find((m) => m.name === name);
    if (!method) throw new Error(`tfplugin6.Provider has no ${name}`);
    const response = (await runtime[name]({})) as { diagnostics?: { severity: string }[] };
    if (response.diagnostics?.some((d) => d.severity === "ERROR")) return undefined;
    replies.set(`${PROVIDER_PREFIX}${name}`, toBinary(method.output, fromWireShape(method.output, response)));
  }
  return replies;
}

/** Every tfplugin6 RPC the framework implements. */
function registerProvider(router: ConnectRouter, runtime: ProviderRuntime, log: Logger, redact: (text: string) => string): void {
  const served = new Set<string>(PROVIDER_RPCS);
  for (const method of Provider.methods) {
    if (!served.has(method.name)) continue;
    const name = method.name as ProviderRpcName;
    const handle = runtime[name] as (request: unknown) => Promise<unknown>;
    router.rpc(method as typeof Provider.method.getMetadata, async (request) => {
      const t = performance.now();
      let response: unknown;
      try {
        response = await handle(toWireShape(method.input, request));
        log.trace("rpc done", { tf_rpc: name, duration_ms: Math.round((performance.now() - t) * 10) / 10 });
      } catch (err) {
        // The runtime turns errors into diagnostics already; this is the last line of defence.
        log.error("rpc failed", { tf_rpc: name, error: err instanceof Error ? err.message : String(err) });
        response = { diagnostics: [{ severity: "ERROR", summary: `${name} failed`, detail: neutraliseDetail(redact(err instanceof Error ? err.message : String(err))) }] };
      }
      return fromWireShape(method.output, response) as never;
    });
  }
}

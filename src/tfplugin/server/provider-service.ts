import { monotonicMs } from "./monotonic-ms";
import type { DefinedProvider } from "../framework/define";
import { createProviderRuntime, providerRedaction, SECRET_REPLACEMENT, type ProviderRuntime } from "../framework/handlers";
import { createSecretRedactor } from "../framework/secret-redactor";
import { neutraliseDetail } from "../framework/diagnostic-text";
import { PROVIDER_RPCS, type ProviderRpcName, type ProviderRpcs } from "../proto/messages";
import { PROVIDER_CODECS } from "../proto/codec";
import { GrpcCallError, GrpcStatus } from "./grpc-frames";
import type { UnaryMethod } from "./grpc-server";
import type { ProviderService } from "./plugin";
import type { Logger } from "./logger";

/**
 * The tfplugin6 service of a defined provider: each RPC of the framework's runtime
 * (framework/handlers.ts) as a unary method of the plugin's gRPC server (grpc-server.ts), its
 * messages decoded and encoded by the static codecs ts-proto generates (proto/codec.ts). plugin.ts
 * sets it up at the first call that needs it.
 */
export function providerService<C>(provider: DefinedProvider<C>, log: Logger): ProviderService {
  // One redactor for diagnostics and log lines: the secrets the framework decodes, then the provider's own filter.
  const secrets = createSecretRedactor(SECRET_REPLACEMENT);
  const redact = providerRedaction(secrets, provider.definition.redact);
  const runtime = createProviderRuntime(provider, { log, secrets });
  const methods = new Map<string, UnaryMethod>(PROVIDER_RPCS.map((name) => [PROVIDER_CODECS[name].path, unaryMethod(name, runtime, log, redact)]));
  return { methods, redact };
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
    const response = await runtime[name]({});
    if (response.diagnostics.some((d) => d.severity === "ERROR")) return undefined;
    const codec = PROVIDER_CODECS[name] as (typeof PROVIDER_CODECS)[ProviderRpcName];
    replies.set(codec.path, codec.encodeResponse(response as never));
  }
  return replies;
}

/**
 * One RPC: the request decoded (bytes that are not one end the call with INTERNAL, as grpc-go's
 * server ends a request it cannot unmarshal), the runtime's answer encoded. The runtime turns
 * errors into diagnostics already; one that escapes it, or an answer that cannot be encoded (a
 * value of the wrong kind: a bug in the provider), is answered as an error diagnostic.
 */
function unaryMethod<K extends ProviderRpcName>(name: K, runtime: ProviderRuntime, log: Logger, redact: (text: string) => string): UnaryMethod {
  const codec = PROVIDER_CODECS[name];
  const handle = runtime[name] as (request: ProviderRpcs[K]["req"]) => Promise<ProviderRpcs[K]["res"]>;
  return async (bytes) => {
    let request: ProviderRpcs[K]["req"];
    try {
      request = codec.decodeRequest(bytes);
    } catch (err) {
      throw new GrpcCallError(GrpcStatus.INTERNAL, `the request is not a tfplugin6 ${name} request: ${err instanceof Error ? err.message : String(err)}`);
    }
    const t = monotonicMs();
    const failed = (err: unknown, what: string): Uint8Array => {
      const message = err instanceof Error ? err.message : String(err);
      log.error(what, { tf_rpc: name, error: message });
      return codec.encodeResponse({ diagnostics: [{ severity: "ERROR", summary: `${name} failed`, detail: neutraliseDetail(redact(message)) }] } as unknown as ProviderRpcs[K]["res"]);
    };
    let response: ProviderRpcs[K]["res"];
    try {
      response = await handle(request);
      log.trace("rpc done", { tf_rpc: name, duration_ms: Math.round((monotonicMs() - t) * 10) / 10 });
    } catch (err) {
      // The last line of defence: the runtime's own handling let an error through.
      return failed(err, "rpc failed");
    }
    try {
      return codec.encodeResponse(response);
    } catch (err) {
      return failed(new Error(`the provider's answer cannot be encoded as a tfplugin6 ${name} response (${err instanceof Error ? err.message : String(err)}); this is a bug in the provider`), "response not encodable");
    }
  };
}

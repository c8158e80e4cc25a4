import type { ServiceDefinition } from "@grpc/grpc-js";
import { fromJSON } from "@grpc/proto-loader";
import { protocolDescriptor } from "./descriptors";

/** The gRPC service definitions the plugin server registers. */
export interface ProtocolServices {
  provider: ServiceDefinition;
  controller: ServiceDefinition;
  stdio: ServiceDefinition;
  broker: ServiceDefinition;
  health: ServiceDefinition;
}

let cached: ProtocolServices | undefined;

/**
 * Builds the service definitions from the embedded descriptors (once per process).
 * Options as terraform-plugin-go's Go types behave: field names as in the proto,
 * int64 as JS numbers, enums as their names, defaults filled, oneof names set.
 */
export function loadProtocol(): ProtocolServices {
  if (cached) return cached;
  const pkg = fromJSON(protocolDescriptor as unknown as Parameters<typeof fromJSON>[0], { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true });
  const service = (name: string): ServiceDefinition => {
    const def = pkg[name];
    if (!def || !("Check" in def || "Shutdown" in def || "StreamStdio" in def || "StartStream" in def || "GetProviderSchema" in def)) {
      throw new Error(`protocol service ${name} is missing from the embedded descriptors (a bug in src/tfplugin/proto)`);
    }
    return def as unknown as ServiceDefinition;
  };
  cached = {
    provider: service("tfplugin6.Provider"),
    controller: service("plugin.GRPCController"),
    stdio: service("plugin.GRPCStdio"),
    broker: service("plugin.GRPCBroker"),
    health: service("grpc.health.v1.Health"),
  };
  return cached;
}

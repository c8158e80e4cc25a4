import type { ServiceDefinition } from "../server/grpc-server";
import { decodeMessage, encodeMessage, ProtoRegistry } from "./codec";
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
 * Builds the service definitions from the embedded descriptors (once per process), in the shape
 * grpc-js uses, with the codec of proto/codec.ts: field names as in the proto, int64 as JS
 * numbers, enums as their names, defaults filled, oneof names set (what @grpc/proto-loader gave
 * with keepCase/longs:Number/enums:String/defaults/oneofs, without its start-up cost).
 */
export function loadProtocol(): ProtocolServices {
  if (cached) return cached;
  const registry = new ProtoRegistry(protocolDescriptor);
  const service = (name: string): ServiceDefinition =>
    Object.fromEntries(
      registry.service(name).methods.map((m) => [
        m.name,
        {
          path: `/${name}/${m.name}`,
          originalName: m.name,
          requestStream: m.requestStream,
          responseStream: m.responseStream,
          requestSerialize: (value: unknown) => encodeMessage(m.request, value as Record<string, unknown>),
          requestDeserialize: (bytes: Buffer) => decodeMessage(m.request, bytes),
          responseSerialize: (value: unknown) => encodeMessage(m.response, value as Record<string, unknown>),
          responseDeserialize: (bytes: Buffer) => decodeMessage(m.response, bytes),
        },
      ]),
    );
  cached = {
    provider: service("tfplugin6.Provider"),
    controller: service("plugin.GRPCController"),
    stdio: service("plugin.GRPCStdio"),
    broker: service("plugin.GRPCBroker"),
    health: service("grpc.health.v1.Health"),
  };
  return cached;
}

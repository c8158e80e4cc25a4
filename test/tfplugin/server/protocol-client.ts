/**
 * gRPC client definitions for the tests, made independently of the server's code: @grpc/proto-loader
 * (protobufjs) reads the same proto/ files, and @grpc/grpc-js's client speaks them. Objects have the
 * plain shape the framework uses (keepCase, enums by name, int64 as numbers, defaults, oneofs).
 */
import type { ServiceDefinition } from "@grpc/grpc-js";
import { loadSync } from "@grpc/proto-loader";
import { join } from "node:path";

export const PROTO_DIR = join(__dirname, "../../../proto");

export interface ProtocolClientDefinitions {
  provider: ServiceDefinition;
  controller: ServiceDefinition;
  stdio: ServiceDefinition;
  broker: ServiceDefinition;
  health: ServiceDefinition;
}

let cached: ProtocolClientDefinitions | undefined;

export function protocolClientDefinitions(): ProtocolClientDefinitions {
  if (cached) return cached;
  const files = ["tfplugin6/tfplugin6.proto", "plugin/grpc_controller.proto", "plugin/grpc_stdio.proto", "plugin/grpc_broker.proto", "grpc/health/v1/health.proto"];
  const pkg = loadSync(files, { includeDirs: [PROTO_DIR], keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true });
  const service = (name: string): ServiceDefinition => {
    const def = pkg[name];
    if (!def || "format" in def) throw new Error(`${name} is not a service in proto/`);
    return def as ServiceDefinition;
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

/**
 * The gRPC services a go-plugin provider serves, as protobuf-es descriptors generated from
 * proto/ (`npm run proto`; never edit gen/ by hand).
 */
export { Provider } from "./gen/tfplugin6/tfplugin6_pb";
export { GRPCController } from "./gen/plugin/grpc_controller_pb";
export { GRPCStdio } from "./gen/plugin/grpc_stdio_pb";
export { GRPCBroker } from "./gen/plugin/grpc_broker_pb";
export { Health, HealthCheckResponse_ServingStatus as ServingStatus } from "./gen/grpc/health/v1/health_pb";

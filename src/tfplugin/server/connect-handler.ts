import type { ConnectRouter } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import { GrpcStatus, respondTrailersOnly } from "./grpc-frames";
import type { Http2Handler } from "./grpc-server";

/**
 * The services a protobuf library serves (the provider's tfplugin6 service): connect-node's gRPC
 * protocol only (no Connect, no gRPC-web), as the handler grpc-server.ts delegates to. Kept apart
 * from grpc-server.ts so a process that never gets such a call loads neither connect nor
 * protobuf-es.
 */
export function createConnectHandler(options: { routes: (router: ConnectRouter) => void; maxMessageBytes: number }): Http2Handler {
  const handler = connectNodeAdapter({
    grpc: true,
    grpcWeb: false,
    connect: false,
    readMaxBytes: options.maxMessageBytes,
    writeMaxBytes: options.maxMessageBytes,
    // Terraform does not compress, and over a local socket compressing would only cost CPU.
    acceptCompression: [],
    routes: options.routes,
    // Only HTTP/2 reaches this handler (grpc-server.ts: allowHTTP1 is off), and only gRPC calls.
    fallback: (req, res) => {
      if ("stream" in res) respondTrailersOnly(res.stream, GrpcStatus.UNIMPLEMENTED, `unknown method ${String(req.headers[":path"] ?? "")}`);
    },
  });
  return handler as Http2Handler;
}

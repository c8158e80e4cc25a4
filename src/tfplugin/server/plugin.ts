import { monotonicMs } from "./monotonic-ms";
import type { Announcement } from "./announce";
import { GrpcCallError, GrpcStatus } from "./grpc-frames";
import { isWireFormat, readStringField } from "../proto/wire-format";
import { createGrpcServer, type UnaryMethod } from "./grpc-server";
import { isBrokenStreamError } from "./lifeline";
import { createProviderLogger, redirectConsole, type Logger, type ProviderLogger } from "./logger";

/**
 * The second half of go-plugin's Serve, after announce(): the gRPC server on the announced socket,
 * with go-plugin's own services answered here (no protobuf library: proto/wire-format.ts) and the
 * provider's tfplugin6 service (provider-service.ts) set up only at its first call. Terraform starts three provider
 * processes per plan; the first is asked only for the schema, which a built provider carries as
 * fixed bytes (`fixedReplies`), so that process never loads the provider at all.
 *
 * go-plugin's services (hashicorp/go-plugin v1.6, the protos in proto/plugin):
 * - GRPCController.Shutdown(Empty) → Empty: end the held streams, reply, exit once both are on
 *   the wire (in debug mode one process serves many commands: answered and ignored);
 * - GRPCStdio.StreamStdio and GRPCBroker.StartStream: held open (we log to stderr ourselves and
 *   broker no connections);
 * - grpc.health.v1.Health.Check: SERVING for "" and "plugin", as go-plugin's server registers.
 */

/** The tfplugin6 service: its methods by gRPC path, and the redaction its secrets need in log lines. */
export interface ProviderService {
  methods: ReadonlyMap<string, UnaryMethod>;
  /** Scrubs the secrets the provider has seen from a log line; applied to every line from then on. */
  redact: (text: string) => string;
}

export interface ServePluginOptions {
  /** The provider's type name (`example` for terraform-provider-example), for the log's module. */
  typeName: string;
  /** Sets up the tfplugin6 service: called once, at its first call that `fixedReplies` does not answer. */
  provider: (log: Logger) => ProviderService;
  /** Replies fixed when the provider was built, by method path (e.g. GetProviderSchema); see provider-service.ts. */
  fixedReplies?: ReadonlyMap<string, Uint8Array>;
  /** The logger (logger.ts createProviderLogger); made here when absent. */
  log?: ProviderLogger;
  env?: NodeJS.ProcessEnv;
  /** Defaults to process.exit. */
  exit?: (code: number) => void;
  /** Install process-wide handlers (console, uncaught errors). Default true. */
  manageProcess?: boolean;
  /** Logged as warnings once the server is up: what the process runs without, and why (e.g. its code cache). */
  startupWarnings?: ReadonlyArray<{ message: string; fields?: Record<string, string> }>;
}

export interface RunningPlugin {
  network: "unix" | "tcp";
  address: string;
  /** The handshake line printed (without newline). */
  handshake: string;
  /** Whether the provider's service has been set up (a call needed it). */
  providerLoaded(): boolean;
  /** Stops the server and removes the socket. */
  close(): Promise<void>;
}

/** 256 MiB, as terraform-plugin-go allows; Terraform asks up to 64 MiB for a schema. */
export const MAX_MESSAGE_BYTES = 256 << 20;

/** The tfplugin6 service's methods: set up by `provider` at the first call that needs them. */
export const PROVIDER_PREFIX = "/tfplugin6.Provider/";
const HEALTH_SERVING = 1;
const HEALTH_SERVICE_UNKNOWN = 3;
/** After Shutdown, exit by this time even if the reply's end was never confirmed (go-plugin kills at 2 s). */
const SHUTDOWN_FALLBACK_MS = 1_500;

/** Serves the announced socket: returns once the server takes its connections (the waiting ones first). */
export function servePlugin(announced: Announcement, options: ServePluginOptions): RunningPlugin {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const manage = options.manageProcess ?? true;
  const debug = announced.debug;
  const log = options.log ?? createProviderLogger({ typeName: options.typeName, debug, ...(options.env ? { env: options.env } : {}) });
  const started = monotonicMs();

  if (manage) {
    // Nothing but the handshake may reach stdout.
    redirectConsole(log);
    process.on("uncaughtException", (err) => {
      // Logging a broken pipe to the broken pipe would fail again, forever: the lifeline ends the process instead.
      if (isBrokenStreamError(err)) return;
      log.error("uncaught exception (ignored)", { error: err.message, stack: err.stack });
    });
    process.on("unhandledRejection", (reason) => log.error("unhandled rejection (ignored)", { error: reason instanceof Error ? reason.message : String(reason) }));
    if (debug) announced.onInterrupt(() => void close().then(() => exit(0)));
  }

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await server.close();
    announced.cleanup();
  };
  /**
   * After Shutdown: Terraform waits 2 s for the process to exit, then kills it. Exit at once, as soon
   * as the reply's status (trailers) and the held streams' ends are on the wire (an earlier exit
   * resets the streams, which grpc-go logs as errors). The fallback stays under Terraform's 2 s but
   * far above the few milliseconds confirmation takes, so a loaded machine still exits on the reply.
   */
  const exitOnceSent = (sent: Promise<void>, streamsEnded: Promise<void>): void => {
    let done = false;
    const stop = (reason: string): void => {
      if (done) return;
      done = true;
      log.debug("exiting after Shutdown", { reason });
      server.destroy();
      announced.cleanup();
      exit(0);
    };
    void Promise.all([sent, streamsEnded]).then(() => stop("reply sent"));
    setTimeout(() => stop(`reply not confirmed within ${SHUTDOWN_FALLBACK_MS} ms`), SHUTDOWN_FALLBACK_MS).unref();
  };

  /** The requests answered here have no fields this server reads: any protobuf message will do. */
  const requireProtobuf = (request: Buffer): void => {
    if (!isWireFormat(request)) throw new GrpcCallError(GrpcStatus.INTERNAL, "the request is not a protobuf message");
  };
  const fixed = (reply: Uint8Array) => (request: Buffer): Uint8Array => {
    requireProtobuf(request);
    return reply;
  };

  const server = createGrpcServer({
    maxMessageBytes: MAX_MESSAGE_BYTES,
    ...(announced.tls ? { tls: announced.tls } : {}),
    unary: {
      ...Object.fromEntries([...(options.fixedReplies ?? [])].map(([path, reply]) => [path, fixed(reply)])),
      "/plugin.GRPCController/Shutdown": (request, call) => {
        requireProtobuf(request);
        // The stdio stream ends cleanly before the reply, not cut off by the exit.
        if (!debug) exitOnceSent(call.sent, server.endStreams());
        return new Uint8Array(0);
      },
      "/grpc.health.v1.Health/Check": (request) => {
        const service = readStringField(request, 1);
        if (service === undefined) throw new GrpcCallError(GrpcStatus.INTERNAL, "the request is not a HealthCheckRequest");
        return Uint8Array.of(0x08, service === "" || service === "plugin" ? HEALTH_SERVING : HEALTH_SERVICE_UNKNOWN);
      },
    },
    held: ["/plugin.GRPCStdio/StreamStdio", "/plugin.GRPCBroker/StartStream"],
    lazy: {
      prefix: PROVIDER_PREFIX,
      load: () => {
        const t = monotonicMs();
        const service = options.provider(log);
        log.setRedaction(service.redact);
        log.debug("provider loaded", { load_ms: Math.round(monotonicMs() - t) });
        return service.methods;
      },
    },
    onError: (path, error) => log.error("call failed", { path, error: error instanceof Error ? error.message : String(error) }),
  });
  server.serveOn(announced.listener);
  log.debug("plugin server started", { network: announced.network, address: announced.address, tls: !!announced.tls, serve_ms: Math.round(monotonicMs() - started), cert_ms: Math.round(announced.certMs), cert_reused: announced.certReused });
  for (const warning of options.startupWarnings ?? []) log.warn(warning.message, warning.fields ?? {});
  return { network: announced.network, address: announced.address, handshake: announced.handshake, providerLoaded: () => server.lazyLoaded(), close };
}

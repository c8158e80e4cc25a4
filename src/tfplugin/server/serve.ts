import type { ConnectRouter } from "@connectrpc/connect";
import type { DefinedProvider } from "../framework/define";
import { createProviderRuntime, providerRedaction, SECRET_REPLACEMENT } from "../framework/handlers";
import { createSecretRedactor } from "../framework/secret-redactor";
import { neutraliseDetail } from "../framework/diagnostic-text";
import { PROVIDER_RPCS, type ProviderRpcName } from "../proto/messages";
import { GRPCBroker, GRPCController, GRPCStdio, Health, Provider, ServingStatus } from "../proto/services";
import { fromWireShape, toWireShape } from "../proto/wire-shape";
import { createGrpcServer, type GrpcServer } from "./grpc-server";
import { announce, type AnnounceOptions, type Announcement } from "./announce";
import { isBrokenStreamError } from "./lifeline";
import { createLogger, parseLogLevel, redirectConsole, terraformLogLevel, type Logger, type LogLevel } from "./logger";

/** 256 MiB, as terraform-plugin-go allows; Terraform asks up to 64 MiB for a schema. */
const MAX_MESSAGE_BYTES = 256 << 20;

export interface ServeOptions extends Omit<AnnounceOptions, "typeName" | "log"> {
  logLevel?: LogLevel;
  /**
   * The handshake already printed by announce() (announce.ts), e.g. by a bootstrap that announces
   * before it loads the provider; serve() then only serves its listener.
   */
  announced?: Announcement;
}

export interface RunningPlugin {
  network: "unix" | "tcp";
  address: string;
  /** The handshake line printed (without newline). */
  handshake: string;
  /** Stops the server and removes the socket. */
  close(): Promise<void>;
}

/**
 * Serves a provider the way go-plugin's plugin.Serve does for Terraform: announce() (the
 * handshake), unless `announced` says it is done, then the gRPC server on its listener.
 * Resolves once the server takes connections; resolves undefined (after `exit(1)`) when the
 * process was not started by Terraform (missing cookie or protocol 6 not offered).
 */
export async function serve<C>(provider: DefinedProvider<C>, options: ServeOptions = {}): Promise<RunningPlugin | undefined> {
  const env = options.env ?? process.env;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const manage = options.manageProcess ?? true;
  const def = provider.definition;
  // One redactor for diagnostics and log lines: the secrets the framework decodes, then the provider's own filter.
  const secrets = createSecretRedactor(SECRET_REPLACEMENT);
  const redact = providerRedaction(secrets, def.redact);
  const debug = options.announced?.debug ?? options.debug ?? (options.argv ?? process.argv).includes("--debug");
  // Under Terraform, the level it shows (errors are written even when its log is off: they are rare,
  // and tell whoever runs the binary by hand what went wrong); debug mode logs at debug by default.
  const shown = terraformLogLevel(env);
  const log = createLogger({
    module: `provider.terraform-provider-${def.typeName}`,
    level: options.logLevel ?? (debug ? (parseLogLevel(env.TF_LOG_PROVIDER) ?? "debug") : shown === "off" ? "error" : shown),
    redact,
  });

  const started = performance.now();
  const announced = options.announced ?? (await announce({ ...options, debug, typeName: def.typeName, log }));
  if (!announced) return undefined;

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

  const runtime = createProviderRuntime(provider, { log, secrets });
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
   * resets the streams, which grpc-go logs as errors); 250 ms at most.
   */
  const exitOnceSent = (context: Parameters<GrpcServer["sent"]>[0], streamsEnded: Promise<void>): void => {
    let done = false;
    const stop = (reason: string): void => {
      if (done) return;
      done = true;
      log.debug("exiting after Shutdown", { reason });
      server.destroy();
      announced.cleanup();
      exit(0);
    };
    void Promise.all([server.sent(context), streamsEnded]).then(() => stop("reply sent"));
    setTimeout(() => stop("reply not confirmed within 250 ms"), 250).unref();
  };

  const server = createGrpcServer({
    maxMessageBytes: MAX_MESSAGE_BYTES,
    ...(announced.tls ? { tls: announced.tls } : {}),
    routes: (router: ConnectRouter) => {
      registerProvider(router, runtime, log, redact);
      router.service(GRPCController, {
        // In debug mode one process serves many commands: Shutdown is answered and ignored.
        shutdown: (_request, context) => {
          // The stdio stream ends cleanly before the reply, not cut off by the exit.
          if (!debug) exitOnceSent(context, server.endStreams());
          return {};
        },
      });
      // Held open: go-plugin copies our stdout/stderr through it, we log straight to stderr instead.
      router.service(GRPCStdio, {
        async *streamStdio(_request, context) {
          await server.holdOpen(context);
        },
      });
      // Held open: terraform opens the broker stream; this provider brokers no connections.
      router.service(GRPCBroker, {
        async *startStream(requests, context) {
          void drain(requests);
          await server.holdOpen(context);
        },
      });
      router.service(Health, {
        check: (request) => ({ status: request.service === "" || request.service === "plugin" ? ServingStatus.SERVING : ServingStatus.SERVICE_UNKNOWN }),
      });
    },
  });
  server.serveOn(announced.listener);
  log.debug("plugin server started", { network: announced.network, address: announced.address, tls: !!announced.tls, serve_ms: Math.round(performance.now() - started), cert_ms: Math.round(announced.certMs) });
  return { network: announced.network, address: announced.address, handshake: announced.handshake, close };
}

/**
 * Every tfplugin6 RPC the framework implements, through wire-shape.ts: the framework gets and
 * returns plain objects (messages.ts), the library decodes and encodes protobuf-es messages.
 */
function registerProvider(router: ConnectRouter, runtime: ReturnType<typeof createProviderRuntime>, log: Logger, redact: (text: string) => string): void {
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

/** Reads a client stream to its end (or error), discarding it. */
async function drain(messages: AsyncIterable<unknown>): Promise<void> {
  try {
    for await (const _ of messages) {
      // discarded
    }
  } catch {
    // the client left
  }
}

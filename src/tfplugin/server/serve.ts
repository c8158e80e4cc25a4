import { Server, ServerCredentials, type sendUnaryData, type ServerUnaryCall, type ServerWritableStream, type UntypedServiceImplementation } from "./grpc-server";
import { basename } from "node:path";
import type { DefinedProvider } from "../framework/define";
import { createProviderRuntime, providerRedaction, SECRET_REPLACEMENT } from "../framework/handlers";
import { createSecretRedactor } from "../framework/secret-redactor";
import { neutraliseDetail } from "../framework/diagnostic-text";
import { loadProtocol } from "../proto/load";
import { PROVIDER_RPCS } from "../proto/messages";
import { generateSelfSignedCertificate } from "./certificate";
import { handshakeLine, hasMagicCookie, negotiateProtocol, notAPluginMessage, reattachConfig } from "./handshake";
import { planListen } from "./listen";
import { holdLifeline, isBrokenStreamError } from "./lifeline";
import { createLogger, parseLogLevel, redirectConsole, type Logger, type LogLevel } from "./logger";

/** 256 MiB, as terraform-plugin-go allows; Terraform asks up to 64 MiB for a schema. */
const MAX_MESSAGE_BYTES = 256 << 20;

export interface ServeOptions {
  /** Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Defaults to process.argv; `--debug` turns on debug mode. */
  argv?: readonly string[];
  /**
   * Debug mode: serve plaintext without the cookie, print TF_REATTACH_PROVIDERS
   * for `providerAddress`, and ignore Shutdown (one process serves many commands).
   */
  debug?: boolean;
  /** e.g. "registry.terraform.io/example/example"; needed in debug mode. */
  providerAddress?: string;
  /** Listen on TCP even where unix sockets work (tests). */
  forceTcp?: boolean;
  logLevel?: LogLevel;
  /** Where the handshake goes (defaults to process.stdout). */
  writeStdout?: (text: string) => void;
  /** Defaults to process.exit. */
  exit?: (code: number) => void;
  /** Install process-wide handlers (signals, console, uncaught errors). Default true; tests serving in-process pass false. */
  manageProcess?: boolean;
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
 * Serves a provider the way go-plugin's plugin.Serve does for Terraform.
 * Resolves once the handshake line is written; rejects/exits when the process
 * was not started by Terraform (missing cookie or protocol 6 not offered).
 */
export async function serve<C>(provider: DefinedProvider<C>, options: ServeOptions = {}): Promise<RunningPlugin | undefined> {
  const env = options.env ?? process.env;
  const argv = options.argv ?? process.argv;
  const debug = options.debug ?? argv.includes("--debug");
  const writeStdout = options.writeStdout ?? ((t: string) => void process.stdout.write(t));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const manage = options.manageProcess ?? true;
  const def = provider.definition;
  // One redactor for diagnostics and log lines: the secrets the framework decodes, then the provider's own filter.
  const secrets = createSecretRedactor(SECRET_REPLACEMENT);
  const redact = providerRedaction(secrets, def.redact);
  const log = createLogger({
    module: `provider.terraform-provider-${def.typeName}`,
    level: options.logLevel ?? parseLogLevel(env.TF_LOG_PROVIDER) ?? "debug",
    redact,
  });

  if (!debug) {
    if (!hasMagicCookie(env)) {
      process.stderr.write(notAPluginMessage(basename(argv[1] ?? `terraform-provider-${def.typeName}`)));
      exit(1);
      return undefined;
    }
    const negotiated = negotiateProtocol(env);
    if (!negotiated.ok) {
      // go-plugin prints this on stdout; Terraform shows it as an unrecognised plugin message.
      writeStdout(`${negotiated.reason}\n`);
      exit(1);
      return undefined;
    }
  }

  if (manage) {
    // Nothing but the handshake may reach stdout.
    redirectConsole(log);
    // Ctrl-C reaches the whole process group; Terraform answers it with StopProvider.
    if (!debug) process.on("SIGINT", () => log.debug("ignoring SIGINT; Terraform will send StopProvider"));
    // Exit when Terraform is gone (killed without Shutdown): re-parented, or its end of our stdio closed.
    holdLifeline({ exit, watchParent: !debug });
    process.on("uncaughtException", (err) => {
      // Logging a broken pipe to the broken pipe would fail again, forever: the lifeline ends the process instead.
      if (isBrokenStreamError(err)) return;
      log.error("uncaught exception (ignored)", { error: err.message, stack: err.stack });
    });
    process.on("unhandledRejection", (reason) => log.error("unhandled rejection (ignored)", { error: reason instanceof Error ? reason.message : String(reason) }));
  }

  const started = performance.now();
  const protocol = loadProtocol();
  const protoMs = performance.now() - started;
  const runtime = createProviderRuntime(provider, { log, secrets });
  const clientCert = debug ? undefined : env.PLUGIN_CLIENT_CERT;
  const certStarted = performance.now();
  const cert = clientCert ? generateSelfSignedCertificate() : undefined;
  const certMs = performance.now() - certStarted;
  const credentials =
    cert && clientCert
      ? ServerCredentials.createSsl(Buffer.from(clientCert), [{ private_key: Buffer.from(cert.keyPem), cert_chain: Buffer.from(cert.certPem) }], true)
      : ServerCredentials.createInsecure();

  const server = new Server({ "grpc.max_receive_message_length": MAX_MESSAGE_BYTES, "grpc.max_send_message_length": MAX_MESSAGE_BYTES });
  const listen = planListen(env, options.forceTcp ?? false);
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
    listen.cleanup();
  };

  server.addService(protocol.provider, providerImplementation(runtime, log, redact));
  server.addService(protocol.controller, {
    Shutdown: (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
      if (!debug) server.endStreams(); // the stdio stream ends cleanly before the reply, not cut off by the exit
      callback(null, {});
      if (debug) return;
      // Terraform waits 2 s for the process to exit after Shutdown, then kills it: exit at once, as soon
      // as the reply's status (trailers) is on the wire (an earlier exit resets the stream); 250 ms at most.
      let done = false;
      const stop = (): void => {
        if (done) return;
        done = true;
        server.forceShutdown();
        listen.cleanup();
        exit(0);
      };
      call.onSent(stop);
      setTimeout(stop, 250).unref();
    },
  });
  // Held open: go-plugin copies our stdout/stderr through it, we log straight to stderr instead.
  server.addService(protocol.stdio, { StreamStdio: (_call: ServerWritableStream<unknown, unknown>) => undefined });
  server.addService(protocol.broker, { StartStream: () => undefined });
  server.addService(protocol.health, {
    Check: (call: ServerUnaryCall<{ service?: string }, unknown>, callback: sendUnaryData<unknown>) => {
      const service = call.request.service ?? "";
      callback(null, { status: service === "" || service === "plugin" ? "SERVING" : "SERVICE_UNKNOWN" });
    },
  });

  let bound: { target: string; port: number } | undefined;
  let lastError: Error | undefined;
  for (const target of listen.bindTargets) {
    try {
      const port = await new Promise<number>((resolve, reject) => server.bindAsync(target, credentials, (err, p) => (err ? reject(err) : resolve(p))));
      bound = { target, port };
      break;
    } catch (err) {
      lastError = err as Error;
    }
  }
  if (!bound) {
    listen.cleanup();
    throw new Error(`could not listen on ${listen.bindTargets[0]}${listen.bindTargets.length > 1 ? ` (and ${listen.bindTargets.length - 1} more)` : ""}: ${lastError?.message}`);
  }
  const address = listen.address(bound.port, bound.target);

  if (manage) {
    process.on("exit", () => listen.cleanup());
    process.on("SIGTERM", () => {
      listen.cleanup();
      exit(0);
    });
    if (debug) process.on("SIGINT", () => void close().then(() => exit(0)));
  }

  const line = handshakeLine(listen.network, address, cert?.der);
  if (debug) {
    const reattach = reattachConfig(options.providerAddress ?? `registry.terraform.io/hashicorp/${def.typeName}`, listen.network, address, process.pid);
    writeStdout(`Provider started in debug mode. To attach Terraform, set:\n\nTF_REATTACH_PROVIDERS='${reattach}'\n`);
  } else {
    writeStdout(line); // one write: Terraform reads the first line only
  }
  log.debug("plugin server started", { network: listen.network, address, tls: !!cert, startup_ms: Math.round(performance.now() - started), proto_ms: Math.round(protoMs), cert_ms: Math.round(certMs) });
  return { network: listen.network, address, handshake: line.trimEnd(), close };
}

function providerImplementation(runtime: ReturnType<typeof createProviderRuntime>, log: Logger, redact: (text: string) => string): UntypedServiceImplementation {
  const impl: UntypedServiceImplementation = {};
  for (const name of PROVIDER_RPCS) {
    const handler = (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>): void => {
      const t = performance.now();
      let pending: Promise<unknown>;
      try {
        pending = (runtime[name] as (req: unknown) => Promise<unknown>)(call.request);
      } catch (err) {
        pending = Promise.reject(err);
      }
      pending.then(
        (res) => {
          log.trace("rpc done", { tf_rpc: name, duration_ms: Math.round((performance.now() - t) * 10) / 10 });
          callback(null, res);
        },
        // The runtime turns errors into diagnostics already; this is the last line of defence.
        (err: unknown) => {
          log.error("rpc failed", { tf_rpc: name, error: err instanceof Error ? err.message : String(err) });
          callback(null, { diagnostics: [{ severity: "ERROR", summary: `${name} failed`, detail: neutraliseDetail(redact(err instanceof Error ? err.message : String(err))) }] });
        },
      );
    };
    impl[name] = handler;
  }
  return impl;
}

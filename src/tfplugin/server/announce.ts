import { X509Certificate } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { basename } from "node:path";
import { monotonicMs } from "./monotonic-ms";
import { handshakeLine, hasMagicCookie, negotiateProtocol, notAPluginMessage, reattachConfig } from "./handshake";
import { holdLifeline } from "./lifeline";
import { bindListener, type PluginListener } from "./listener";
import { planListen, type ListenHost } from "./listen";
import { createProviderLogger, type Logger } from "./logger";
import { pluginIdentity } from "./plugin-identity";

/**
 * The first half of go-plugin's Serve: everything Terraform waits for before it connects. It checks
 * the magic cookie and the protocol, makes (or reads, plugin-identity.ts) the TLS key and certificate, binds the socket and prints
 * the handshake line (in debug mode, TF_REATTACH_PROVIDERS). It needs none of the provider, gRPC,
 * `tls` or `http2`: a process prints its handshake after ~30 ms of CPU instead of ~95 ms, and loads
 * the rest (serve.ts) while Terraform sets up its client. Terraform's connection waits in the
 * listener (listener.ts) until the server takes it.
 *
 * Kept free of heavy imports: the provider's bootstrap (src/provider/bootstrap.ts) runs it before
 * it compiles the provider.
 */

export interface AnnounceOptions {
  /** Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Defaults to process.argv; `--debug` turns on debug mode. */
  argv?: readonly string[];
  /** Debug mode: plaintext without the cookie, and TF_REATTACH_PROVIDERS printed for `providerAddress`. */
  debug?: boolean;
  /** e.g. "registry.terraform.io/example/example"; needed in debug mode. */
  providerAddress?: string;
  /** The provider's type name (`example` for terraform-provider-example): the reattach address's default. */
  typeName: string;
  /** Listen on TCP even where unix sockets work (tests). */
  forceTcp?: boolean;
  /** The platform and temp dirs the socket's place is chosen by (tests); defaults to this machine's. */
  listenHost?: ListenHost;
  /** Where the handshake goes (defaults to process.stdout). */
  writeStdout?: (text: string) => void;
  /** Defaults to process.exit. */
  exit?: (code: number) => void;
  /** Install process-wide handlers (signals, lifeline, socket clean-up). Default true. */
  manageProcess?: boolean;
  /** Where its few lines go; defaults to stderr at Terraform's level for the provider. */
  log?: Logger;
  /** The code-cache directory, where the TLS key and certificate are kept between processes (plugin-identity.ts); none: a new pair each time. */
  identityCacheDir?: string;
}

/** A plugin whose handshake is printed; serve() gives it a server. */
export interface Announcement {
  debug: boolean;
  network: "unix" | "tcp";
  /** The socket path, or `127.0.0.1:port`. */
  address: string;
  /** The handshake line, without its newline (in debug mode TF_REATTACH_PROVIDERS is printed instead). */
  handshake: string;
  /** mTLS: our key and certificate, and the one client certificate Terraform passed. Absent in debug mode. */
  tls?: { keyPem: string; certPem: string; clientCertPem: string };
  /** Milliseconds spent reading or making the key and certificate. */
  certMs: number;
  /** Whether the key and certificate were the ones kept from an earlier process. */
  certReused: boolean;
  /** The server could not be made with this key and certificate: they are not kept for the next process (plugin-identity.ts). */
  dropIdentity(): void;
  listener: PluginListener;
  /** Removes the socket (and its temp dir); idempotent. */
  cleanup(): void;
  /** Debug mode: what Ctrl-C does from now on (until then: remove the socket, exit 0). */
  onInterrupt(handler: () => void): void;
}

/**
 * Resolves once the handshake is written; resolves undefined after `exit(1)` when the process was
 * not started by Terraform (no magic cookie: a message for whoever ran it; protocol 6 not offered:
 * go-plugin's line on stdout). Rejects when no bind target could be bound.
 */
export async function announce(options: AnnounceOptions): Promise<Announcement | undefined> {
  const env = options.env ?? process.env;
  const argv = options.argv ?? process.argv;
  const debug = options.debug ?? argv.includes("--debug");
  const writeStdout = options.writeStdout ?? ((t: string) => void process.stdout.write(t));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const manage = options.manageProcess ?? true;
  const log = options.log ?? createProviderLogger({ typeName: options.typeName, env, debug });

  if (!debug) {
    if (!hasMagicCookie(env)) {
      process.stderr.write(notAPluginMessage(basename(argv[1] ?? `terraform-provider-${options.typeName}`)));
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

  const listen = planListen(env, options.forceTcp ?? false, options.listenHost);
  if (listen.fallback) log.debug("plugin socket: fallback taken", { fallback: listen.fallback });
  // In debug mode Ctrl-C stops the provider: it removes its socket and exits, until serve() installs
  // its graceful stop (onInterrupt). A signal with no listener would kill the process outright.
  let interrupt = (): void => {
    listen.cleanup();
    exit(0);
  };
  if (manage) {
    // Ctrl-C reaches the whole process group; under Terraform, Terraform answers it with StopProvider.
    process.on("SIGINT", () => (debug ? interrupt() : log.debug("ignoring SIGINT; Terraform will send StopProvider")));
    process.on("exit", () => listen.cleanup());
    // SIGTERM (a kill), SIGHUP (the terminal or session gone): remove the socket and go, as at Shutdown.
    for (const signal of ["SIGTERM", "SIGHUP"] as const) {
      process.on(signal, () => {
        listen.cleanup();
        exit(0);
      });
    }
  }

  const clientCert = debug ? undefined : env.PLUGIN_CLIENT_CERT;
  if (clientCert && !isCertificatePem(clientCert)) {
    // Terraform makes one per plugin start: anything else means the provider was not started by Terraform.
    process.stderr.write("PLUGIN_CLIENT_CERT is not a PEM certificate. Terraform passes its client certificate there when it starts a plugin: let terraform run this provider.\n");
    listen.cleanup();
    exit(1);
    return undefined;
  }
  const certStarted = monotonicMs();
  const cert = clientCert ? pluginIdentity(options.identityCacheDir) : undefined;
  const certMs = monotonicMs() - certStarted;

  const tried: string[] = [];
  let lastError: Error | undefined;
  const bindFirst = async (targets: readonly string[]): Promise<PluginListener | undefined> => {
    for (const target of targets) {
      tried.push(target);
      try {
        return await bindListener(target);
      } catch (err) {
        lastError = err as Error;
      }
    }
    return undefined;
  };
  let listener = await bindFirst(listen.bindTargets);
  if (!listener) {
    const fallback = listen.fallbackTargets();
    if (fallback.length) {
      log.debug("could not bind the plugin's socket; listening on TCP 127.0.0.1 instead", { tried: tried.slice(), error: lastError?.message });
      listener = await bindFirst(fallback);
    }
  }
  if (!listener) {
    listen.cleanup();
    throw new Error(`could not listen on ${tried[0]}${tried.length > 1 ? ` (and ${tried.length - 1} more)` : ""}: ${lastError?.message}`);
  }
  const { network, address } = listen.endpoint(listener.target, listener.port);

  const handshake = handshakeLine(network, address, cert?.der).trimEnd();
  let stdoutReleased = false;
  if (debug) {
    const reattach = reattachConfig(options.providerAddress ?? `registry.terraform.io/hashicorp/${options.typeName}`, network, address, process.pid);
    writeStdout(`Provider started in debug mode. To attach Terraform, set:\n\nTF_REATTACH_PROVIDERS='${reattach}'\n`);
  } else if (manage && !options.writeStdout) {
    stdoutReleased = printAndReleaseStdout(`${handshake}\n`);
  } else {
    writeStdout(`${handshake}\n`); // one write: Terraform reads the first line only
  }
  // Exit when Terraform is gone (killed without Shutdown): re-parented, or its end of our stdio
  // closed. Right after the line, not before: it opens stderr (~1 ms) Terraform need not wait for.
  // A released stdout is /dev/null: only stderr can tell that Terraform is gone.
  if (manage) holdLifeline({ exit, watchParent: !debug, ...(stdoutReleased ? { streams: [process.stderr] } : {}) });
  return {
    debug,
    network,
    address,
    handshake,
    ...(cert && clientCert ? { tls: { keyPem: cert.keyPem, certPem: cert.certPem, clientCertPem: clientCert } } : {}),
    certMs,
    certReused: cert?.reused ?? false,
    dropIdentity: () => cert?.discard(),
    listener,
    cleanup: () => listen.cleanup(),
    onInterrupt: (handler) => {
      interrupt = handler;
    },
  };
}

function isCertificatePem(text: string): boolean {
  try {
    new X509Certificate(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the handshake line to stdout (fd 1) in one write, then closes our end of it, putting
 * /dev/null in its place: go-plugin reads a plugin's stdout until EOF, and if the process exits
 * while that reader still runs, its `cmd.Wait()` closes the pipe under it and Terraform logs
 * "[ERROR] provider: error encountered while scanning stdout: read |0: file already closed"
 * (hashicorp/go-plugin#298, fixed by #299 after the go-plugin Terraform 1.11 uses). A Go plugin's
 * stdout reaches EOF early too: go-plugin's Serve replaces os.Stdout after the line, and the old
 * file is closed when collected. Nothing else is written to stdout (console goes to the log).
 * Where fd juggling is not possible (Windows) or the write does not go through at once, the line
 * is written through process.stdout as before and stdout stays open. Returns whether it was released.
 */
function printAndReleaseStdout(line: string): boolean {
  const bytes = Buffer.from(line, "utf8");
  let written = 0;
  if (process.platform !== "win32") {
    try {
      written = writeSync(1, bytes);
    } catch {
      written = 0;
    }
  }
  if (written !== bytes.length) {
    process.stdout.write(bytes.subarray(written));
    return false;
  }
  try {
    closeSync(1);
    // The lowest free descriptor: fd 1 again, so nothing opened later can take its number. (Were
    // it taken meanwhile, this /dev/null stays open elsewhere, and fd 1 is not ours to touch.)
    openSync("/dev/null", "w");
    return true;
  } catch {
    // stdout stays as it was: Terraform then sees EOF only when the process exits.
    return false;
  }
}


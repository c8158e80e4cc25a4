import { caFromEnvironmentFiles } from "../net/ca-file";
import { InvalidCaFileError } from "./errors";
import { createNodeHttpExchange, nodeHttpExchange, type HttpExchange } from "./http-exchange";

/**
 * Which certificate authorities the Twingate client trusts: those Terraform's Go providers trust
 * on this machine (the system bundle and certificate directories on Linux, SSL_CERT_FILE and
 * SSL_CERT_DIR as Go reads them, the OS store on macOS and Windows; ../net/ca-file.ts), with
 * NODE_EXTRA_CA_CERTS'. A runner behind a TLS-intercepting proxy that is set up for Go providers
 * works for this one too. Undefined: Node's own defaults.
 */
export function caFromEnvironment(env: NodeJS.ProcessEnv): string | undefined {
  const found = caFromEnvironmentFiles(env);
  if (!found.ok) throw new InvalidCaFileError(found.path, found.reason);
  return found.pem;
}

// One exchange (and so one set of keep-alive agents and one TLS context) per trust, for the process.
const exchanges = new Map<string, HttpExchange>();

/** The node:http(s) exchange that trusts `ca` (Node's roots when undefined), shared by every client with the same. */
export function exchangeTrusting(ca: string | undefined): HttpExchange {
  if (ca === undefined) return nodeHttpExchange;
  let exchange = exchanges.get(ca);
  if (exchange === undefined) exchanges.set(ca, (exchange = createNodeHttpExchange({ ca })));
  return exchange;
}

import { caFromEnvironmentFiles } from "../net/ca-file";
import { InvalidCaFileError } from "./errors";
import { createNodeHttpExchange, nodeHttpExchange, type HttpExchange } from "./http-exchange";

/**
 * Which certificate authorities the Twingate client trusts: Node's bundled roots (plus
 * NODE_EXTRA_CA_CERTS, which Node reads at start), or the PEM file SSL_CERT_FILE names. Go's
 * crypto/x509 reads SSL_CERT_FILE on Linux in place of the system bundle, so a runner behind a
 * TLS-intercepting proxy that is set up for Terraform's Go providers works for this one too.
 */

/**
 * SSL_CERT_FILE's certificates (with NODE_EXTRA_CA_CERTS', which a `ca` would otherwise drop), or
 * undefined when it is not set; throws InvalidCaFileError.
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

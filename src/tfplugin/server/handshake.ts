/**
 * go-plugin's side of the handshake (go-plugin server.go / client.go, protocol
 * as used by terraform 1.11): the magic cookie, protocol negotiation and the
 * one stdout line that tells Terraform where to connect.
 */

export const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
export const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
export const CORE_PROTOCOL_VERSION = 1;
export const APP_PROTOCOL_VERSION = 6;

/** The friendly text for someone who ran the provider binary by hand. */
export function notAPluginMessage(binaryName: string): string {
  return (
    `This binary is a plugin for Terraform (${binaryName}). It is not meant to be run directly:\n` +
    "install it with its installer (or place it in a Terraform filesystem mirror) and let terraform run it,\n" +
    "e.g. `terraform init` then `terraform plan`.\n"
  );
}

export function hasMagicCookie(env: NodeJS.ProcessEnv): boolean {
  return env[MAGIC_COOKIE_KEY] === MAGIC_COOKIE_VALUE;
}

/**
 * Picks protocol 6 from PLUGIN_PROTOCOL_VERSIONS (a comma list in no fixed
 * order). Returns the reason when 6 is not offered.
 */
export function negotiateProtocol(env: NodeJS.ProcessEnv): { ok: true; version: 6 } | { ok: false; reason: string } {
  const offered = (env.PLUGIN_PROTOCOL_VERSIONS ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "");
  if (offered.includes(String(APP_PROTOCOL_VERSION))) return { ok: true, version: 6 };
  return {
    ok: false,
    reason: `this provider speaks plugin protocol 6 only, but Terraform offered ${offered.length ? offered.join(",") : "none"}; use Terraform 1.0 or later`,
  };
}

/** `1|6|unix|/path.sock|grpc|<cert>`: the cert is DER in base64 without padding (Go's RawStdEncoding). */
export function handshakeLine(network: "unix" | "tcp", address: string, certDer?: Buffer): string {
  const cert = certDer ? certDer.toString("base64").replace(/=+$/, "") : "";
  return `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}|${network}|${address}|grpc|${cert}\n`;
}

/** The TF_REATTACH_PROVIDERS value for a provider served in debug mode. */
export function reattachConfig(providerAddress: string, network: "unix" | "tcp", address: string, pid: number): string {
  return JSON.stringify({
    [providerAddress]: { Protocol: "grpc", ProtocolVersion: APP_PROTOCOL_VERSION, Pid: pid, Test: true, Addr: { Network: network, String: address } },
  });
}

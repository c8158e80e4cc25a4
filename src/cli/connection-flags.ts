import type { Command } from "commander";
import { z } from "zod";
import type { ApiKey } from "../twingate/api-key";
import { readApiKey } from "./api-key-source";

/**
 * The flags every command that talks to Twingate shares: which network, where the key comes
 * from (never argv), and the endpoint overrides. One definition so `check` and `preview`
 * cannot drift apart in names, defaults or messages.
 */
export const connectionFlagsShape = {
  network: z.string({ error: "--network is required, e.g. --network acme for acme.twingate.com" }).min(1),
  apiKeyEnv: z.string().default("TWINGATE_API_KEY"),
  apiKeyStdin: z.boolean().default(false),
  baseUrl: z.string().optional(),
  baseDomain: z.string().optional(),
  timeout: z.coerce.number({ error: "--timeout must be a number of seconds" }).positive("--timeout must be positive").optional(),
};

type ConnectionFlags = z.output<z.ZodObject<typeof connectionFlagsShape>>;

/** The reconciler options that `connectionFlagsShape` describes, with the key already read. */
export interface ConnectionOptions {
  network: string;
  apiKey: ApiKey;
  baseUrl?: string;
  baseDomain?: string;
  timeoutMs?: number;
}

export function addNetworkOption(command: Command): Command {
  return command.option("--network <network>", "Twingate network: acme, acme.twingate.com or https://acme.twingate.com");
}

/** Key source and endpoint overrides; listed after each command's own options in `--help`. */
export function addKeyAndEndpointOptions(command: Command): Command {
  return command
    .option("--api-key-env <name>", "environment variable holding the API key", "TWINGATE_API_KEY")
    .option("--api-key-stdin", "read the API key from the first line of standard input")
    .option("--base-url <template>", "API base URL template containing {network} (simulator, non-production domains)")
    .option("--base-domain <domain>", "base domain of the network (default twingate.com)")
    .option("--timeout <seconds>", "per-request timeout in seconds");
}

/** Read the key and turn the shared flags into reconciler options (optional ones only when given). */
export async function connectionFrom(flags: ConnectionFlags): Promise<ConnectionOptions> {
  return {
    network: flags.network,
    apiKey: await readApiKey(flags),
    ...(flags.baseUrl !== undefined ? { baseUrl: flags.baseUrl } : {}),
    ...(flags.baseDomain !== undefined ? { baseDomain: flags.baseDomain } : {}),
    ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout * 1000 } : {}),
  };
}

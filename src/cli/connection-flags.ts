import type { Command } from "commander";
import * as z from "zod";
import { MAX_MAX_RESPONSE_BYTES, MIN_MAX_RESPONSE_BYTES } from "../twingate/response-body";
import type { InputNames, SettingNames } from "../reconciler/settings";
import { readApiKey } from "./api-key-source";

/**
 * The flags every command that talks to Twingate shares: which network, where the key comes
 * from (never argv), the endpoint overrides and the limits. One definition so `check` and
 * `preview` cannot drift apart in names, defaults or messages. No message here repeats a
 * value: a value might be a key pasted in the wrong place.
 */
export const connectionFlagsShape = {
  network: z.string({ error: "--network is required, e.g. --network acme for acme.twingate.com" }).min(1, "--network must not be empty"),
  apiKeyEnv: z.string().default("TWINGATE_API_KEY"),
  apiKeyStdin: z.boolean().default(false),
  baseUrl: z.string().optional(),
  baseDomain: z.string().optional(),
  timeout: z.coerce.number({ error: "--timeout must be a number of seconds" }).positive("--timeout must be positive").max(600, "--timeout must be at most 600 seconds").optional(),
  maxResponseBytes: z.coerce
    .number({ error: "--max-response-bytes must be a whole number of bytes" })
    .int("--max-response-bytes must be a whole number of bytes")
    .min(MIN_MAX_RESPONSE_BYTES, `--max-response-bytes must be at least ${MIN_MAX_RESPONSE_BYTES}`)
    .max(MAX_MAX_RESPONSE_BYTES, `--max-response-bytes must be at most ${MAX_MAX_RESPONSE_BYTES}`)
    .optional(),
};

/** `--time-budget`, with a per-command default. */
export function timeBudgetFlag(defaultSeconds: number) {
  return z.coerce
    .number({ error: "--time-budget must be a number of seconds" })
    .positive("--time-budget must be a positive number of seconds")
    .max(86_400, "--time-budget must be at most 86400 seconds (one day)")
    .default(defaultSeconds);
}

type ConnectionFlags = z.output<z.ZodObject<typeof connectionFlagsShape>>;

/** The reconciler options that `connectionFlagsShape` describes, with the key already read. */
export interface ConnectionOptions {
  network: string;
  apiKey: string;
  baseUrl?: string;
  baseDomain?: string;
  timeoutMs?: number;
  maxResponseBytes?: number;
}

/** How the CLI names the settings a fix may suggest (see src/reconciler/settings.ts). */
export const CLI_SETTING_NAMES: SettingNames = {
  timeBudget: (v) => `--time-budget ${v}`,
  allowPartial: () => "--allow-partial",
  maxResponseBytes: (v) => `--max-response-bytes ${v}`,
  requestTimeout: (v) => `--timeout ${v}`,
  readsPerMinute: (v) => `--reads-per-minute ${v}`,
  connectorVersion: (v) => `--connector-version ${v}`,
};

/** How the CLI names the inputs a message quotes back. */
export const CLI_INPUT_NAMES: InputNames = {
  requirement: (r) => `--require ${r}`,
};

export function addNetworkOption(command: Command): Command {
  return command.option("--network <network>", "Twingate network: acme, acme.twingate.com or https://acme.twingate.com");
}

/** Key source, endpoint overrides and limits; listed after each command's own options in `--help`. */
export function addKeyAndEndpointOptions(command: Command): Command {
  return command
    .option("--api-key-env <name>", "environment variable holding the API key", "TWINGATE_API_KEY")
    .option("--api-key-stdin", "read the API key from the first line of standard input")
    .option("--base-url <template>", "API base URL template containing {network} (simulator, non-production domains)")
    .option("--base-domain <domain>", "base domain of the network (default twingate.com)")
    .option("--timeout <seconds>", "per-request timeout in seconds (default 35)")
    .option("--max-response-bytes <bytes>", "cap on one API response, compressed or not (default 16777216)");
}

/** Read the key and turn the shared flags into reconciler options (optional ones only when given). */
export async function connectionFrom(flags: ConnectionFlags): Promise<ConnectionOptions> {
  return {
    network: flags.network,
    apiKey: await readApiKey(flags),
    ...(flags.baseUrl !== undefined ? { baseUrl: flags.baseUrl } : {}),
    ...(flags.baseDomain !== undefined ? { baseDomain: flags.baseDomain } : {}),
    ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout * 1000 } : {}),
    ...(flags.maxResponseBytes !== undefined ? { maxResponseBytes: flags.maxResponseBytes } : {}),
  };
}

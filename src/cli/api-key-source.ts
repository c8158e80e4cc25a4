import { ApiKey } from "../twingate/api-key";
import { UsageError } from "./usage-error";

/**
 * Where the CLI reads the Twingate API key from. Never argv: command lines end up
 * in shell history, `ps` output and CI logs.
 */
export interface ApiKeySourceOptions {
  apiKeyEnv: string;
  apiKeyStdin: boolean;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export async function readApiKey(
  options: ApiKeySourceOptions,
  env: NodeJS.ProcessEnv = process.env,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<ApiKey> {
  if (options.apiKeyStdin) {
    const text = await readAll(stdin);
    const firstLine = text.split(/\r?\n/).find((line) => line.trim().length > 0) ?? "";
    if (firstLine.trim().length === 0) {
      throw new UsageError("--api-key-stdin was given but standard input was empty: pipe the key in, e.g. `pass twingate | c1-twingate check ... --api-key-stdin`");
    }
    return new ApiKey(firstLine);
  }
  if (!ENV_NAME.test(options.apiKeyEnv)) {
    throw new UsageError(`--api-key-env ${JSON.stringify(options.apiKeyEnv)} is not an environment variable name: use letters, digits and underscores`);
  }
  const value = env[options.apiKeyEnv];
  if (value === undefined || value.trim().length === 0) {
    throw new UsageError(
      `no Twingate API key: the environment variable ${options.apiKeyEnv} is not set. ` +
        `Export it (export ${options.apiKeyEnv}=...), name another variable with --api-key-env, or pipe the key with --api-key-stdin`,
    );
  }
  return new ApiKey(value);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

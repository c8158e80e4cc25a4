import { credentialShape } from "../credential-shape";
import { UsageError } from "./usage-error";

/**
 * The environment variable that should hold the key is unset or empty. A usage error (exit 2),
 * except in a GitHub Actions run that has no secrets by design (a pull request from a fork):
 * main.ts then reports a skipped check instead (see github/missing-secret.ts).
 */
export class MissingApiKeyError extends UsageError {
  constructor(
    message: string,
    /** The variable's name when it looks like one (never anything that might be a key). */
    readonly variable: string | null,
  ) {
    super(message);
  }
}

/**
 * Where the CLI reads the Twingate API key from. Never argv: command lines end up in shell
 * history, `ps` output and CI logs. The key is returned as read (first line, blanks trimmed);
 * its shape is the check's to judge, so a mangled key gets a verdict (exit 1, a finding on
 * api_key) like any other bad key.
 */
export interface ApiKeySourceOptions {
  apiKeyEnv: string;
  apiKeyStdin: boolean;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Names shown back in messages: conventional variable names. Anything else might be a key pasted in the wrong place. */
const SHOWABLE_ENV_NAME = /^[A-Z_][A-Z0-9_]{0,63}$/;
/** Variables whose values are secrets by their name: a name given to --api-key-env is compared with them. */
const SECRET_VARIABLE = /KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL/i;

/**
 * Whether `name` may be shown back: a conventional variable name, not shaped like a key (an
 * upper-case key matches the variable-name pattern), and not the value, or part of the value, of
 * a variable that holds a secret (`--api-key-env "$TWINGATE_API_KEY"`, the key instead of its name).
 */
export function showableEnvName(name: string, env: NodeJS.ProcessEnv): boolean {
  if (!SHOWABLE_ENV_NAME.test(name) || credentialShape(name) !== null) return false;
  const lower = name.toLowerCase();
  return !Object.entries(env).some(([variable, value]) => {
    if (!SECRET_VARIABLE.test(variable) || value === undefined) return false;
    const secret = value.trim().toLowerCase();
    return (lower.length >= 8 && secret.includes(lower)) || (secret.length >= 8 && lower.includes(secret));
  });
}

export async function readApiKey(
  options: ApiKeySourceOptions,
  env: NodeJS.ProcessEnv = process.env,
  stdin?: NodeJS.ReadableStream,
): Promise<string> {
  if (options.apiKeyStdin) {
    // process.stdin only when it is read: the getter opens a handle on the pipe or TTY.
    const text = await readAll(stdin ?? process.stdin);
    const firstLine = text.split(/\r?\n/).find((line) => line.trim().length > 0) ?? "";
    if (firstLine.trim().length === 0) {
      throw new UsageError("--api-key-stdin was given but standard input was empty: pipe the key in, e.g. `pass twingate | c1-twingate check ... --api-key-stdin`");
    }
    return firstLine.trim();
  }
  const name = options.apiKeyEnv;
  const shown = showableEnvName(name, env) ? name : null;
  if (!ENV_NAME.test(name)) {
    throw new UsageError(
      "--api-key-env must name an environment variable (letters, digits and underscores); the value given is not one " +
        "and is not shown, in case it is the key itself. Put the key in a variable and name the variable, or use --api-key-stdin",
    );
  }
  const value = env[name];
  if (value === undefined || value.trim().length === 0) {
    throw new MissingApiKeyError(
      shown !== null
        ? `no Twingate API key: the environment variable ${shown} is not set. ` +
            `Export it (export ${shown}=...), name another variable with --api-key-env, or pipe the key with --api-key-stdin`
        : "no Twingate API key: the environment variable named by --api-key-env is not set (its name is not shown: it does not " +
            "look like a variable name, is it the key itself?). Name the variable that holds the key, or use --api-key-stdin",
      shown,
    );
  }
  return value.trim();
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

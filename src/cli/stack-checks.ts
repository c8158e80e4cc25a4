import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve as resolvePath } from "node:path";
import * as z from "zod";
import type { RequiredPermission } from "../reconciler/types";
import { isSurface, SURFACE_INPUT_NAMES, type InputNames } from "../reconciler/settings";
import { MissingApiKeyError } from "./api-key-source";
import { UsageError } from "./usage-error";

/**
 * The credential checks of a synthesized stack (`cdktf.out/stacks/<stack>/cdk.tf.json`), with
 * their inputs resolved the way terraform will resolve them: a `${var.NAME}` reference from the
 * environment variable `TF_VAR_NAME`, the endpoint settings from the `c1twingate` provider block
 * the check uses. So `c1-twingate check --stack DIR` checks exactly what `cdktf diff` will,
 * before it, with annotations, and no list of networks to keep in a workflow.
 */

export interface StackCheck {
  /** Terraform address, e.g. `c1twingate_credential_check.Acme_CredentialCheck_B9407257`. */
  address: string;
  /** The construct path cdktf records (`twingate/Acme/CredentialCheck`), when present. */
  constructPath: string | null;
  network: string;
  require: RequiredPermission;
  /** The environment variable holding the key (`TF_VAR_twingate_api_key`). */
  keyVariable: string;
  /** Whose words messages use (the resource's `surface`, set by the TwingateIntegration construct). */
  surface: string | null;
  provider: { baseUrl?: string; baseDomain?: string; timeoutMs?: number; maxResponseBytes?: number; timeBudgetMs?: number };
}

const VARIABLE_REF = /^\$\{var\.([A-Za-z_][A-Za-z0-9_-]*)\}$/;
const ANY_REF = /\$\{/;

const CheckBlock = z
  .object({
    "//": z.object({ metadata: z.object({ path: z.string().optional() }).passthrough() }).passthrough().optional(),
    network: z.string(),
    api_key: z.string(),
    require: z.string().optional(),
    surface: z.string().optional(),
    provider: z.string().optional(),
  })
  .passthrough();
const ProviderBlock = z
  .object({
    alias: z.string().optional(),
    base_url: z.string().optional(),
    base_domain: z.string().optional(),
    timeout_seconds: z.number().optional(),
    max_response_bytes: z.number().optional(),
    time_budget_seconds: z.number().optional(),
  })
  .passthrough();
const StackDocument = z
  .object({
    provider: z.object({ c1twingate: z.array(ProviderBlock).optional() }).passthrough().optional(),
    resource: z.object({ c1twingate_credential_check: z.record(z.string(), CheckBlock).optional() }).passthrough().optional(),
  })
  .passthrough();

/** The stack file inside `dir` (a stack directory), or `dir` itself when it is the file. */
export function stackFile(dir: string): string {
  const file = existsSync(dir) && statSync(dir).isDirectory() ? join(dir, "cdk.tf.json") : dir;
  if (!existsSync(file)) {
    throw new UsageError(`--stack: no cdk.tf.json in that directory: run cdktf synth first and pass cdktf.out/stacks/<stack>`);
  }
  return file;
}

/** A string argument as terraform will see it: a literal, or one `${var.NAME}` read from TF_VAR_NAME. */
function resolve(value: string, what: string, env: NodeJS.ProcessEnv): string {
  const ref = VARIABLE_REF.exec(value);
  if (ref) {
    const variable = `TF_VAR_${ref[1]}`;
    const given = env[variable];
    if (given === undefined || given.trim() === "") throw new MissingApiKeyError(`${what} comes from var.${ref[1]}, but ${variable} is not set`, variable);
    return given;
  }
  if (ANY_REF.test(value)) throw new UsageError(`${what} is an expression terraform computes (not one variable): check --stack cannot know it before the plan`);
  return value;
}

/**
 * Reads every `c1twingate_credential_check` of the stack; keys are read later, one per check,
 * from their variables. An empty list when the stack has none.
 */
export function readStackChecks(dir: string, env: NodeJS.ProcessEnv): StackCheck[] {
  const file = stackFile(dir);
  let parsed: z.infer<typeof StackDocument>;
  try {
    const result = StackDocument.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!result.success) throw new UsageError(`--stack: ${file} is not a stack cdktf synthesized (${result.error.issues[0]?.message ?? "unexpected shape"})`);
    parsed = result.data;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--stack: ${file} is not valid JSON: run cdktf synth again`);
  }
  const providers = parsed.provider?.c1twingate ?? [];
  const checks: StackCheck[] = [];
  for (const [name, block] of Object.entries(parsed.resource?.c1twingate_credential_check ?? {})) {
    const address = `c1twingate_credential_check.${name}`;
    const keyRef = VARIABLE_REF.exec(block.api_key);
    if (!keyRef) throw new UsageError(`${address}: api_key is not a variable reference (\${var.NAME}); check --stack reads keys from TF_VAR_NAME only`);
    const require = block.require ?? "read";
    if (require !== "read" && require !== "write") throw new UsageError(`${address}: require must be "read" or "write"`);
    const alias = block.provider?.replace(/^c1twingate\.?/, "") || undefined;
    const provider = providers.find((p) => (p.alias ?? undefined) === alias) ?? {};
    const baseUrl = provider.base_url !== undefined ? resolve(provider.base_url, `the provider's base_url`, env) : undefined;
    checks.push({
      address,
      constructPath: block["//"]?.metadata.path ?? null,
      network: resolve(block.network, `${address}: network`, env),
      require,
      keyVariable: `TF_VAR_${keyRef[1]}`,
      surface: block.surface ?? null,
      provider: {
        ...(baseUrl !== undefined ? { baseUrl } : {}),
        ...(provider.base_domain !== undefined ? { baseDomain: resolve(provider.base_domain, "the provider's base_domain", env) } : {}),
        ...(provider.timeout_seconds !== undefined ? { timeoutMs: provider.timeout_seconds * 1000 } : {}),
        ...(provider.max_response_bytes !== undefined ? { maxResponseBytes: provider.max_response_bytes } : {}),
        ...(provider.time_budget_seconds !== undefined ? { timeBudgetMs: provider.time_budget_seconds * 1000 } : {}),
      },
    });
  }
  // No check is a valid stack (another stack of the app, or validation "local-exec"/"none"):
  // the caller reports "nothing to check", and the plan goes on.
  return checks;
}

/** The stack's name as cdktf names it: the directory under `cdktf.out/stacks/`. */
export function stackName(dir: string): string {
  const file = stackFile(dir);
  return basename(dirname(resolvePath(file)));
}

/** The words of the surface the stack was written on (a construct's props when it set `surface`). */
export function inputNamesOf(check: StackCheck): InputNames {
  return check.surface !== null && isSurface(check.surface) ? SURFACE_INPUT_NAMES[check.surface] : SURFACE_INPUT_NAMES.terraform;
}

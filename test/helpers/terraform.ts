/**
 * Test helper: a throw-away Terraform workspace with its own HOME, CLI config
 * and filesystem mirror, a provider bundle built with esbuild, and terraform
 * commands run with captured output and timings. Never touches the network or
 * the real HOME. Reuse it for any provider built on src/tfplugin.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installProvider, writeCliConfig, type InstalledProvider } from "../../src/tfplugin/packaging";

export const MIN_TERRAFORM = "1.11";

/**
 * How long one terraform command may take before it is killed: generous, because the suite runs
 * on loaded 2-core machines next to other work. A timeout is a failure, never a measurement.
 */
export const TERRAFORM_COMMAND_TIMEOUT_MS = 300_000;
/** A jest timeout for a test that runs a few terraform commands. */
export const TERRAFORM_TEST_TIMEOUT_MS = 900_000;

/** Fails (does not skip) when terraform is missing, with what to do about it. */
export function requireTerraform(): string {
  const r = spawnSync("terraform", ["version", "-json"], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1", TF_CLI_CONFIG_FILE: "/dev/null" } });
  if (r.error || r.status !== 0) {
    throw new Error(`terraform was not found on PATH (${r.error?.message ?? r.stderr.trim()}). Install terraform ≥ ${MIN_TERRAFORM} (e.g. 1.11.4) and put it on PATH to run this suite.`);
  }
  const version = (JSON.parse(r.stdout) as { terraform_version: string }).terraform_version;
  const [major = 0, minor = 0] = version.split(".").map(Number);
  if (major < 1 || (major === 1 && minor < 11)) throw new Error(`terraform ${version} is too old: install terraform ≥ ${MIN_TERRAFORM}.`);
  return version;
}

export interface BundleResult {
  file: string;
  ms: number;
  bytes: number;
}

/** Bundles a TS entry into one executable CommonJS file (`#!/usr/bin/env node`), like a released provider. */
export function buildProviderBundle(entry: string, outfile: string, options: { minify?: boolean } = {}): BundleResult {
  // Loaded lazily: only suites that bundle pay for esbuild.
  const esbuild = require("esbuild") as typeof import("esbuild");
  const t = performance.now();
  esbuild.buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: options.minify ?? true,
    banner: { js: "#!/usr/bin/env node" },
    logLevel: "error",
  });
  chmodSync(outfile, 0o755);
  return { file: outfile, ms: performance.now() - t, bytes: readFileSync(outfile).length };
}

export interface ProviderToInstall {
  file: string;
  hostname: string;
  namespace: string;
  type: string;
  version: string;
}

export interface RunResult {
  args: string[];
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface TerraformWorkspace {
  root: string;
  /** The configuration dir (terraform's cwd). */
  dir: string;
  home: string;
  mirrorDir: string;
  cliConfigFile: string;
  env: NodeJS.ProcessEnv;
  installed: InstalledProvider[];
  writeMainTf(text: string): void;
  /** Runs terraform; throws with the output when it fails unless `allowFailure`. */
  run(args: string[], options?: { allowFailure?: boolean; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<RunResult>;
  /** Parsed terraform.tfstate (local backend). */
  state(): TerraformState;
  stateText(): string;
  /** Every command run so far, for timing reports. */
  history: RunResult[];
  cleanup(): void;
}

/**
 * Runs one terraform command in `cwd` with exactly `env` (nothing of the test's environment leaks
 * in), adding `-no-color` (except to `version`). Rejects with the output when it fails,
 * unless `allowFailure`; killed after `timeoutMs` (a hang fails, it is not measured).
 */
export function runTerraform(args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; allowFailure?: boolean; timeoutMs?: number }): Promise<RunResult> {
  const finalArgs = args[0] === "version" ? [...args] : [...args, "-no-color"];
  const t = performance.now();
  return new Promise<RunResult>((resolve, reject) => {
    const child = spawn("terraform", finalArgs, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? TERRAFORM_COMMAND_TIMEOUT_MS);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const result: RunResult = { args: finalArgs, code, stdout, stderr, ms: performance.now() - t };
      if (code !== 0 && !options.allowFailure) {
        reject(new Error(`terraform ${finalArgs.join(" ")} exited ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`));
      } else resolve(result);
    });
  });
}

export interface TerraformState {
  resources: { type: string; name: string; mode: string; instances: { attributes: Record<string, unknown>; private?: string; sensitive_attributes?: unknown }[] }[];
}

/**
 * Creates `<tmp>/{home,mirror,work}` and a CLI config that takes the given
 * providers from the mirror (and nothing from registries for those hosts).
 */
export function createTerraformWorkspace(options: { providers: ProviderToInstall[]; mainTf?: string; extraEnv?: NodeJS.ProcessEnv }): TerraformWorkspace {
  const root = mkdtempSync(join(tmpdir(), "tfws-"));
  const home = join(root, "home");
  const mirrorDir = join(root, "mirror");
  const dir = join(root, "work");
  for (const d of [home, mirrorDir, dir]) mkdirSync(d, { recursive: true });
  const installed = options.providers.map((p) => installProvider({ ...p, mirrorDir }));
  const hosts = [...new Set(options.providers.map((p) => p.hostname))];
  const cliConfigFile = join(root, "terraform.tfrc");
  writeCliConfig(cliConfigFile, { mirrorDir, include: hosts.map((h) => `${h}/*/*`) });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    TMPDIR: process.env.TMPDIR,
    TF_IN_AUTOMATION: "1",
    CHECKPOINT_DISABLE: "1",
    TF_CLI_CONFIG_FILE: cliConfigFile,
    TF_INPUT: "0",
    NO_COLOR: "1",
    ...options.extraEnv,
  };
  const history: RunResult[] = [];
  const ws: TerraformWorkspace = {
    root,
    dir,
    home,
    mirrorDir,
    cliConfigFile,
    env,
    installed,
    history,
    writeMainTf(text) {
      writeFileSync(join(dir, "main.tf"), text);
    },
    run(args, runOptions = {}) {
      return runTerraform(args, { cwd: dir, env: { ...env, ...runOptions.env }, ...(runOptions.allowFailure !== undefined ? { allowFailure: runOptions.allowFailure } : {}), ...(runOptions.timeoutMs !== undefined ? { timeoutMs: runOptions.timeoutMs } : {}) }).then(
        (result) => {
          history.push(result);
          return result;
        },
      );
    },
    stateText() {
      const file = join(dir, "terraform.tfstate");
      return existsSync(file) ? readFileSync(file, "utf8") : "";
    },
    state() {
      const text = ws.stateText();
      return text ? (JSON.parse(text) as TerraformState) : { resources: [] };
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  if (options.mainTf) ws.writeMainTf(options.mainTf);
  return ws;
}

/** One resource's planned change as `terraform show -json <planfile>` reports it. */
export interface PlannedChange {
  address: string;
  change: {
    actions: string[];
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    /** true for each attribute only known after apply. */
    after_unknown: Record<string, unknown>;
    /** Attribute paths that force a replacement. */
    replace_paths?: unknown[][];
  };
}

/** The parts of `terraform show -json <planfile>` tests read. */
export interface PlanJson {
  resource_changes?: PlannedChange[];
  planned_values?: { outputs?: Record<string, { sensitive: boolean; value?: unknown }> };
}

let savedPlans = 0;

/**
 * `terraform plan -out` then `terraform show -json` of that plan: what a plan decided (actions,
 * values known or not, replacements, outputs), read as data instead of terraform's rendering.
 */
export async function planAsJson(ws: Pick<TerraformWorkspace, "root" | "run">, args: string[] = [], options: { env?: NodeJS.ProcessEnv } = {}): Promise<{ run: RunResult; plan: PlanJson }> {
  const file = join(ws.root, `saved-${++savedPlans}.tfplan`);
  const run = await ws.run(["plan", `-out=${file}`, ...args], options);
  const shown = await ws.run(["show", "-json", file], options);
  rmSync(file, { force: true });
  return { run, plan: JSON.parse(shown.stdout) as PlanJson };
}

/** The planned change of one resource address; throws when the plan has none. */
export function changeOf(plan: PlanJson, address: string): PlannedChange["change"] {
  const change = plan.resource_changes?.find((c) => c.address === address)?.change;
  if (!change) throw new Error(`the plan has no change for ${address}: ${JSON.stringify(plan.resource_changes?.map((c) => c.address))}`);
  return change;
}

/** A diagnostic as terraform reports it with `-json`, with the attribute it points at. */
export interface TerraformDiagnostic {
  severity: "error" | "warning";
  summary: string;
  detail: string;
  /** e.g. "c1twingate_credential_check.this" or "data.c1twingate_sync_preview.this". */
  address?: string;
  /** The argument whose line terraform points at (e.g. "api_key"), in HCL or JSON (cdk.tf.json) syntax; undefined for the block itself. */
  attribute?: string;
  /** The configuration text terraform underlines (e.g. "var.api_key", or one list element). */
  expression?: string;
}

interface JsonDiagnostic {
  severity: "error" | "warning";
  summary: string;
  detail?: string;
  address?: string;
  range?: { filename: string; start: { byte: number }; end: { byte: number } };
  snippet?: { code: string };
}

/** One message of terraform's machine-readable UI (`plan`/`apply`/`destroy`/`init` with `-json`). */
export interface TerraformMessage {
  type: string;
  "@level"?: string;
  "@message"?: string;
  diagnostic?: JsonDiagnostic;
  /** apply_start, apply_complete, …: the resource the hook is about. */
  hook?: { resource?: { addr: string; resource_type: string }; action?: string };
  /** planned_change: one resource's action in a `-json` plan. */
  change?: { resource: { addr: string }; action: string };
  /** change_summary. */
  changes?: { add: number; change: number; remove: number; import?: number; operation: "plan" | "apply" | "destroy" };
  /** outputs: sensitive values are left out by terraform. */
  outputs?: Record<string, { sensitive: boolean; type?: unknown; value?: unknown; action?: string }>;
}

/** What diagnosticsOf and messagesOf read: a run's stdout and, when known, its arguments (which must include -json). */
export interface JsonRun {
  stdout: string;
  args?: readonly string[];
}

function assertJsonRun(result: JsonRun): void {
  if (result.args && !result.args.includes("-json")) throw new Error(`terraform ${result.args.join(" ")} was not run with -json`);
}

/** The streamed messages of a command run with `-json` (plan, apply, destroy, init), in order. */
export function messagesOf(result: JsonRun): TerraformMessage[] {
  assertJsonRun(result);
  return result.stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as TerraformMessage);
}

/** The change summary terraform ends a `-json` plan/apply/destroy with ("Apply complete! Resources: …"). */
export function changeSummaryOf(result: JsonRun): NonNullable<TerraformMessage["changes"]> | undefined {
  return messagesOf(result).findLast((m) => m.type === "change_summary")?.changes;
}

/** The actions a `-json` plan (or apply) planned, as `[address, action]` ("create", "update", "delete", "replace", …). */
export function plannedActionsOf(result: JsonRun): [string, string][] {
  return messagesOf(result).flatMap((m): [string, string][] => (m.type === "planned_change" && m.change ? [[m.change.resource.addr, m.change.action]] : []));
}

/** The outputs a `-json` apply reports, by name (sensitive ones without a value). */
export function outputsOf(result: JsonRun): NonNullable<TerraformMessage["outputs"]> {
  return messagesOf(result).findLast((m) => m.type === "outputs")?.outputs ?? {};
}

/** Index of the first `-json` hook message of `type` (e.g. "apply_complete") whose resource address matches; -1 when none. */
export function hookIndex(messages: readonly TerraformMessage[], type: string, address: RegExp): number {
  return messages.findIndex((m) => m.type === type && address.test(m.hook?.resource?.addr ?? ""));
}

/** The argument a snippet's first line assigns: `api_key = …` (HCL) or `"api_key": …` (JSON). */
const ASSIGNED = /^\s*(?:"([A-Za-z_][\w-]*)"\s*:|([A-Za-z_][\w-]*)\s*=)/;

/**
 * The diagnostics of a command run with `-json`: the streamed lines of plan/apply/destroy/init, or
 * the document of `validate -json`. Tests assert these (summary, detail, address, attribute),
 * not terraform's rendering of them (source excerpts, box drawing, line wrapping).
 */
export function diagnosticsOf(result: JsonRun, ws: Pick<TerraformWorkspace, "dir">): TerraformDiagnostic[] {
  assertJsonRun(result);
  const raw: JsonDiagnostic[] = [];
  const text = result.stdout.trim();
  if (text.startsWith("{\n") || text.startsWith('{"format_version"')) {
    raw.push(...((JSON.parse(text) as { diagnostics?: JsonDiagnostic[] }).diagnostics ?? []));
  } else {
    for (const record of messagesOf(result)) if (record.type === "diagnostic" && record.diagnostic) raw.push(record.diagnostic);
  }
  return raw.map((d) => {
    const out: TerraformDiagnostic = { severity: d.severity, summary: d.summary, detail: d.detail ?? "" };
    if (d.address) out.address = d.address;
    if (d.range) {
      const source = readFileSync(join(ws.dir, d.range.filename));
      out.expression = source.subarray(d.range.start.byte, d.range.end.byte).toString("utf8");
      const assigned = ASSIGNED.exec(d.snippet?.code ?? "");
      const attribute = assigned?.[1] ?? assigned?.[2];
      if (attribute) out.attribute = attribute;
    }
    return out;
  });
}

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
      const finalArgs = args[0] === "init" || args[0] === "version" ? args : [...args, "-no-color"];
      const t = performance.now();
      return new Promise<RunResult>((resolve, reject) => {
        const child = spawn("terraform", finalArgs, { cwd: dir, env: { ...env, ...runOptions.env }, stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        const timer = setTimeout(() => child.kill("SIGKILL"), runOptions.timeoutMs ?? TERRAFORM_COMMAND_TIMEOUT_MS);
        child.on("error", (err) => {
          clearTimeout(timer);
          reject(err);
        });
        child.on("close", (code) => {
          clearTimeout(timer);
          const result: RunResult = { args: finalArgs, code, stdout, stderr, ms: performance.now() - t };
          history.push(result);
          if (code !== 0 && !runOptions.allowFailure) {
            reject(new Error(`terraform ${finalArgs.join(" ")} exited ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`));
          } else resolve(result);
        });
      });
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

/** A diagnostic as terraform reports it with `-json`, with the attribute it points at. */
export interface TerraformDiagnostic {
  severity: "error" | "warning";
  summary: string;
  detail: string;
  /** e.g. "c1twingate_credential_check.this" or "data.c1twingate_sync_preview.this". */
  address?: string;
  /** The argument whose line terraform points at (e.g. "api_key"); undefined for the block itself. */
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

/**
 * The diagnostics of a command run with `-json`: the streamed lines of plan/apply/destroy, or
 * the document of `validate -json`. Tests assert these (summary, detail, attribute), not
 * terraform's rendering of them.
 */
export function diagnosticsOf(result: RunResult, ws: Pick<TerraformWorkspace, "dir">): TerraformDiagnostic[] {
  if (!result.args.includes("-json")) throw new Error(`terraform ${result.args.join(" ")} was not run with -json`);
  const raw: JsonDiagnostic[] = [];
  const text = result.stdout.trim();
  if (text.startsWith("{\n") || text.startsWith('{"format_version"')) {
    raw.push(...((JSON.parse(text) as { diagnostics?: JsonDiagnostic[] }).diagnostics ?? []));
  } else {
    for (const line of text.split("\n")) {
      if (!line.startsWith("{")) continue;
      const record = JSON.parse(line) as { type?: string; diagnostic?: JsonDiagnostic };
      if (record.type === "diagnostic" && record.diagnostic) raw.push(record.diagnostic);
    }
  }
  return raw.map((d) => {
    const out: TerraformDiagnostic = { severity: d.severity, summary: d.summary, detail: d.detail ?? "" };
    if (d.address) out.address = d.address;
    if (d.range) {
      const source = readFileSync(join(ws.dir, d.range.filename));
      out.expression = source.subarray(d.range.start.byte, d.range.end.byte).toString("utf8");
      const attribute = /^\s*([A-Za-z_][\w-]*)\s*=/.exec(d.snippet?.code ?? "")?.[1];
      if (attribute) out.attribute = attribute;
    }
    return out;
  });
}

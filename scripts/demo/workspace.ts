/**
 * The demo's throw-away Terraform setup: a temp dir with its own HOME, a
 * filesystem mirror holding both provider bundles, a CLI config that takes them
 * from there (the registry is never contacted), and a runner for terraform.
 * Add to `env` what the providers need (e.g. the ConductorOne simulator's providerEnv).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installProvider, writeCliConfig, type InstalledProvider } from "../../src/tfplugin/packaging";
import { STANDIN_HOSTNAME, STANDIN_NAMESPACE, STANDIN_TYPE, STANDIN_VERSION } from "../../src/standins/conductorone";

export const C1TWINGATE = { hostname: "c1twingate.invalid", namespace: "local", type: "c1twingate", version: "0.1.0" } as const;
export const CONDUCTORONE = { hostname: STANDIN_HOSTNAME, namespace: STANDIN_NAMESPACE, type: STANDIN_TYPE, version: STANDIN_VERSION } as const;

export interface TerraformRun {
  code: number;
  output: string;
  ms: number;
}

export interface DemoWorkspace {
  root: string;
  /** terraform's working directory (the synthesized stack goes here). */
  dir: string;
  installed: InstalledProvider[];
  env: NodeJS.ProcessEnv;
  terraform(args: string[], extraEnv?: NodeJS.ProcessEnv): Promise<TerraformRun>;
  remove(): void;
}

export function createDemoWorkspace(distDir: string): DemoWorkspace {
  const root = mkdtempSync(join(tmpdir(), "c1tg-demo-"));
  const home = join(root, "home");
  const mirrorDir = join(root, "mirror");
  const dir = join(root, "stack");
  for (const d of [home, mirrorDir, dir]) mkdirSync(d, { recursive: true });
  const bundles = [
    { ...C1TWINGATE, file: join(distDir, "terraform-provider-c1twingate") },
    { ...CONDUCTORONE, file: join(distDir, "terraform-provider-conductorone") },
  ];
  for (const b of bundles) {
    if (!existsSync(b.file)) throw new Error(`${b.file} is missing: run npm run build first`);
  }
  const installed = bundles.map((b) => installProvider({ ...b, mirrorDir }));
  const cliConfigFile = writeCliConfig(join(root, "terraform.tfrc"), { mirrorDir, include: bundles.map((b) => `${b.hostname}/${b.namespace}/${b.type}`) });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    TMPDIR: process.env.TMPDIR,
    TF_CLI_CONFIG_FILE: cliConfigFile,
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    CHECKPOINT_DISABLE: "1",
  };
  return {
    root,
    dir,
    installed,
    env,
    terraform(args, extraEnv = {}) {
      const started = performance.now();
      return new Promise((resolve, reject) => {
        const child = spawn("terraform", [...args, "-no-color"], { cwd: dir, env: { ...env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] });
        let output = "";
        child.stdout.on("data", (d: Buffer) => (output += d.toString()));
        child.stderr.on("data", (d: Buffer) => (output += d.toString()));
        child.on("error", (err) => reject(new Error(`cannot run terraform (${err.message}): install terraform ≥ 1.11 and put it on PATH`)));
        child.on("close", (code) => resolve({ code: code ?? 1, output, ms: performance.now() - started }));
      });
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

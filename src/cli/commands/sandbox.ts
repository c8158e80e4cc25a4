import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import * as z from "zod";
import { readSeedFile, startConductorOneSimulator, type RunningConductorOneSimulator, type SimulatorSeed } from "../../c1simulator";
import { CONDUCTORONE_PROVIDER_ADDRESS } from "../../conductorone-provider-address";
import { PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION } from "../../provider/address";
import { locateProviderBundle } from "../../provider/bundle";
import { DEMO_NETWORKS, startSimulator, type RunningSimulator, type SimulatorOptions } from "../../simulator";
import { installProvider, providersInMirror, writeCliConfig } from "../../tfplugin/packaging";
import { absolutePath } from "../../tfplugin/packaging/absolute-path";
import { collect, parseFlags } from "../flags";
import { UsageError } from "../usage-error";
import { readConfig } from "./simulator";

/**
 * `c1-twingate sandbox`: everything a user's own stack needs to plan and apply offline, in CI
 * or on a laptop, without credentials: the Twingate simulator with the user's tenant
 * (`--twingate-config`, the simulator's config file), the ConductorOne API simulator seeded with
 * the user's apps and owners (`--seed`) and syncing against it, and a filesystem mirror holding
 * this package's c1twingate provider and the ConductorOne stand-in (shipped in this package for
 * this purpose; it is not the official provider) under the official address, with the CLI
 * configuration terraform needs. It then runs the given command in that environment and stops
 * everything, or, without a command, prints the environment and runs until interrupted.
 */

const SandboxFlags = z.object({
  twingateConfig: z.string().min(1).optional(),
  seed: z.string().min(1).optional(),
  dir: z.string().min(1).optional(),
  saveEnv: z.string().min(1).optional(),
  twingatePort: z.coerce.number().int().min(0).max(65535).default(0),
  c1Port: z.coerce.number().int().min(0).max(65535).default(0),
  providerMirror: z.array(z.string().min(1)).default([]),
});

/** A --provider-mirror directory and the providers it holds; a directory that holds none is a usage error. */
function providerMirror(dir: string): { path: string; include: string[] } {
  let include: string[];
  try {
    include = providersInMirror(absolutePath(dir));
  } catch (error) {
    throw new UsageError(`--provider-mirror ${JSON.stringify(dir)} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): name a directory laid out as a terraform filesystem mirror`);
  }
  if (include.length === 0) {
    throw new UsageError(`--provider-mirror ${JSON.stringify(dir)} holds no provider: a filesystem mirror has HOSTNAME/NAMESPACE/TYPE/… directories, e.g. registry.terraform.io/hashicorp/null/3.2.4/linux_amd64/ (terraform providers mirror <dir> makes one)`);
  }
  return { path: absolutePath(dir), include };
}

/** Environment variables a stack reads to point its c1twingate provider at the sandbox (see docs/offline-testing.md). */
export const SANDBOX_BASE_URL_VARIABLE = "C1TWINGATE_SANDBOX_BASE_URL";
/** The sandbox's own directory (removed at the end): where a sandboxed stack keeps its state. */
export const SANDBOX_DIR_VARIABLE = "C1TWINGATE_SANDBOX_DIR";
/**
 * Where `cdktf` writes the stacks' working directories in the sandbox (cdktf reads any option from
 * a CDKTF_ variable): never the project's cdktf.out, so the stand-in's lock hashes, the sandbox's
 * .terraform and saved plans never mix with the real ones.
 */
export const SANDBOX_CDKTF_OUTPUT = "cdktf.sandbox.out";

const STANDIN_BUNDLE = "terraform-provider-conductorone";

/** The stand-in bundle: next to the running CLI (the package's dist/), or dist/ of a checkout. */
function locateStandin(): string {
  const dirs = [__dirname, resolve(__dirname, "..", "..", "..", "dist")];
  if (process.argv[1]) dirs.push(dirname(resolve(process.argv[1])), join(dirname(resolve(process.argv[1])), "..", "dist"));
  const found = dirs.map((d) => join(d, STANDIN_BUNDLE)).find((f) => existsSync(f) && statSync(f).isFile());
  if (!found) throw new UsageError(`the ConductorOne stand-in provider (${STANDIN_BUNDLE}) is not next to the CLI: reinstall cdktf-twingate-conductorone`);
  return found;
}

export interface Sandbox {
  env: Record<string, string>;
  twingate: RunningSimulator;
  c1: RunningConductorOneSimulator;
  dir: string;
  close(): Promise<void>;
}

/** Starts both simulators and fills the mirror; `close` stops them and removes what it made. */
export async function startSandbox(options: {
  twingate: SimulatorOptions;
  seed: SimulatorSeed;
  dir?: string;
  c1Port?: number;
  /** Filesystem mirrors of the stack's other providers (e.g. hashicorp/null for validation "local-exec"), so they need no registry. */
  providerMirrors?: ReadonlyArray<{ path: string; include: readonly string[] }>;
}): Promise<Sandbox> {
  const made = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "c1tg-sandbox-"));
  mkdirSync(dir, { recursive: true });
  const mirrorDir = join(dir, "providers");
  // The script form (Node is on the machine that runs the sandbox); this machine's platform only.
  const c1twingate = installProvider({ file: locateProviderBundle(), hostname: PROVIDER_HOSTNAME, namespace: PROVIDER_NAMESPACE, type: PROVIDER_TYPE, version: PROVIDER_VERSION, mirrorDir });
  const standin = installProvider({ file: locateStandin(), ...CONDUCTORONE_PROVIDER_ADDRESS, mirrorDir });
  const cliConfigFile = writeCliConfig(join(dir, "terraform.tfrc"), { mirrorDir, include: [c1twingate.source, standin.source], moreMirrors: options.providerMirrors ?? [] });
  const twingate = await startSimulator(options.twingate);
  let c1: RunningConductorOneSimulator;
  try {
    c1 = await startConductorOneSimulator({
      ...(options.c1Port !== undefined ? { port: options.c1Port } : {}),
      users: options.seed.users ?? [],
      apps: options.seed.apps ?? [],
      sync: { queueMs: 200, runMs: 500 },
      twingate: { baseUrl: twingate.baseUrl },
    });
  } catch (error) {
    await twingate.close();
    throw error;
  }
  const caFile = join(dir, "conductorone-simulator-ca.pem");
  writeFileSync(caFile, c1.caPem);
  const env: Record<string, string> = {
    TF_CLI_CONFIG_FILE: cliConfigFile,
    ...c1.providerEnv(caFile),
    [SANDBOX_BASE_URL_VARIABLE]: twingate.baseUrl,
    [SANDBOX_DIR_VARIABLE]: dir,
    CDKTF_OUTPUT: SANDBOX_CDKTF_OUTPUT,
    // Each run's state is new (a backend path in this run's dir): take it without a migration prompt.
    TF_CLI_ARGS_init: "-reconfigure",
    CHECKPOINT_DISABLE: "1",
  };
  return {
    env,
    twingate,
    c1,
    dir,
    async close() {
      await c1.close();
      await twingate.close();
      if (made) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** KEY=VALUE lines (values single-quoted for the shell when needed): for `source`, dotenv files and $GITHUB_ENV. */
function envLines(env: Record<string, string>, shell: boolean): string {
  const quote = (v: string) => (shell && /[^\w@%+=:,./{}-]/.test(v) ? `'${v.replace(/'/g, `'\\''`)}'` : v);
  return Object.entries(env)
    .map(([k, v]) => `${shell ? "export " : ""}${k}=${quote(v)}`)
    .join("\n");
}

/** `--save-env FILE` is checked before anything starts: its directory must exist, FILE must not be a directory. */
function checkSaveEnvTarget(file: string): void {
  const parent = dirname(absolutePath(file));
  if (!existsSync(parent) || !statSync(parent).isDirectory()) {
    throw new UsageError(`--save-env ${file}: the directory ${parent} does not exist; create it first (mkdir -p) or give a file in an existing directory`);
  }
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(`--save-env ${file} is a directory; give the path of a file to write`);
}

export function registerSandbox(program: Command): void {
  program
    .command("sandbox")
    .description("run your own stack offline: Twingate and ConductorOne simulators, both providers in a mirror; then run a command in that environment")
    .usage("[options] [-- command [args...]]")
    .option("--twingate-config <file>", "the Twingate simulator's config file: your networks, tokens (your test keys), users and groups (c1-twingate simulator --help)")
    .option("--seed <file>", 'ConductorOne seed file: {"users":[{"email":…,"id"?:…}],"apps":[{"displayName":…,"id"?:…,"entitlements":[…]}]}')
    .option("--dir <dir>", "where the mirror, CA and CLI config go (default: a temp dir, removed at the end)")
    .option("--save-env <file>", "also write the environment as KEY=VALUE lines (for $GITHUB_ENV or a dotenv file)")
    .option("--twingate-port <port>", "port of the Twingate simulator (default: any free one)", "0")
    .option("--c1-port <port>", "port of the ConductorOne simulator (default: any free one)", "0")
    .option(
      "--provider-mirror <dir>",
      "a filesystem mirror of your stack's other providers (e.g. hashicorp/null for validation local-exec; `terraform providers mirror <dir>` makes one), taken from there instead of their registries; repeatable",
      collect,
    )
    .allowExcessArguments(true)
    .action(async (raw: unknown, command: Command) => {
      const flags = parseFlags(SandboxFlags, raw);
      const config = flags.twingateConfig ? readConfig(flags.twingateConfig, "--twingate-config") : { options: {}, faults: [] };
      if (flags.saveEnv !== undefined) checkSaveEnvTarget(flags.saveEnv);
      const seed: SimulatorSeed = flags.seed ? readSeedFile(flags.seed) : {};
      const providerMirrors = flags.providerMirror.map(providerMirror);
      const sandbox = await startSandbox({
        providerMirrors,
        twingate: { ...config.options, networks: config.options.networks ?? DEMO_NETWORKS, port: flags.twingatePort },
        seed,
        // Absolute: the commands it runs (terraform from a stack's directory) read its paths from elsewhere.
        ...(flags.dir !== undefined ? { dir: absolutePath(flags.dir) } : {}),
        c1Port: flags.c1Port,
      });
      try {
        for (const fault of config.faults) sandbox.twingate.faults.push(fault);
        if (flags.saveEnv) writeFileSync(flags.saveEnv, `${envLines(sandbox.env, false)}\n`);
        const argv = command.args;
        if (argv.length === 0) {
          // These values open only the local simulators: printing them is the point.
          process.stdout.write(
            [
              `Sandbox ready: Twingate simulator ${sandbox.twingate.baseUrl}, ConductorOne simulator ${sandbox.c1.url}`,
              ...sandbox.c1.apps().map((a) => `  ConductorOne app "${a.displayName}": ${a.id}`),
              ...sandbox.c1.users().map((u) => `  ConductorOne user ${u.email}: ${u.id}`),
              "Environment for terraform / cdktf (also in --save-env):",
              envLines(sandbox.env, true),
              "Press Ctrl-C to stop.",
              "",
            ].join("\n"),
          );
          await new Promise<void>((done) => {
            process.once("SIGINT", done);
            process.once("SIGTERM", done);
          });
          return;
        }
        process.exitCode = await runChild(argv, { ...process.env, ...sandbox.env });
      } finally {
        await sandbox.close();
      }
    });
}

/** Runs the command with the sandbox's environment; its exit code (128+n for a signal). */
function runChild(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [file, ...args] = argv;
  return new Promise((done, fail) => {
    const child = spawn(file ?? "", args, { env, stdio: "inherit" });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInt = forward("SIGINT");
    const onTerm = forward("SIGTERM");
    process.on("SIGINT", onInt);
    process.on("SIGTERM", onTerm);
    child.on("error", (error) => fail(new UsageError(`cannot run the command (${(error as NodeJS.ErrnoException).code ?? "error"}): check it is installed and on PATH`)));
    child.on("close", (code, signal) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      done(code ?? (signal ? 128 + (signal === "SIGKILL" ? 9 : signal === "SIGTERM" ? 15 : 2) : 1));
    });
  });
}

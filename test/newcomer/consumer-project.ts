/**
 * A user's project, made the way a user makes one: an empty directory, `npm install` of the
 * packed tarball and of the packages a user gets from the npm registry today (not symlinks to
 * this repository's node_modules). Installs use npm's own cache (the one `npm ci` of this
 * repository just filled: cdktf-cli, cdktf, constructs, typescript are devDependencies) with
 * --prefer-offline, so a fresh clone downloads only what it lacks; packages are still resolved
 * from the registry's metadata as a user's npm resolves them. A registry that cannot be reached
 * is a failure with the reason, never a skip.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./packed-package";

/** npm on a loaded machine, cold cache: minutes. A timeout is a failure with the command named. */
export const NPM_TIMEOUT_MS = 900_000;
/** npm's own cache (`npm config get cache`, e.g. ~/.npm): safe to share, npm's cache is content-addressed and written atomically. */
export const NPM_CACHE = process.env.npm_config_cache || spawnSync("npm", ["config", "get", "cache"], { encoding: "utf8" }).stdout.trim() || join(ROOT, ".cache", "npm");

export interface CommandResult {
  command: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ConsumerProject {
  /** The project directory (cwd of every command). */
  dir: string;
  /** A HOME of its own (terraform's implied mirror, npm's user config), inside the temp root. */
  home: string;
  root: string;
  /** The environment every command gets: own HOME, the shared npm cache, no CI colours. */
  env: NodeJS.ProcessEnv;
  /** Runs a command in `dir`; never throws for a non-zero exit. */
  run(command: string, args: string[], options?: { env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string; cwd?: string }): Promise<CommandResult>;
  /** Runs a command and throws with its output when it fails. */
  must(command: string, args: string[], options?: { env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<CommandResult>;
  /** A line of shell, as a user types it (`bash -c`), with `env` added. */
  sh(line: string, options?: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string }): Promise<CommandResult>;
  remove(): void;
}

/** Throws a clear error when the npm registry cannot be reached (the tests need it, they do not skip). */
export function requireNpmRegistry(env: NodeJS.ProcessEnv = process.env): void {
  const ping = spawnSync("npm", ["ping", "--cache", NPM_CACHE], { encoding: "utf8", env, timeout: 120_000 });
  if (ping.status !== 0) {
    throw new Error(
      `the npm registry is not reachable (npm ping: ${(ping.stderr || ping.stdout || String(ping.error)).trim().split("\n").slice(-3).join(" ")}). ` +
        "These tests install packages as a user would; run them where the npm registry (or the npm mirror configured in .npmrc) is reachable.",
    );
  }
}

/** `name`: the project directory inside the temp root; made empty unless `create` is false (a command will make it). */
export function createConsumerProject(options: { prefix?: string; name?: string; create?: boolean } = {}): ConsumerProject {
  const root = mkdtempSync(join(tmpdir(), options.prefix ?? "c1tg-user-"));
  const dir = join(root, options.name ?? "project");
  const home = join(root, "home");
  if (options.create ?? true) mkdirSync(dir, { recursive: true });
  mkdirSync(home, { recursive: true });
  mkdirSync(NPM_CACHE, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    TMPDIR: process.env.TMPDIR,
    LANG: "C.UTF-8",
    npm_config_cache: NPM_CACHE,
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    npm_config_prefer_offline: "true",
    // Proxies and registry mirrors the machine is set up with, as a user's npm would have them.
    ...pick(process.env, ["HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy", "npm_config_registry", "NPM_CONFIG_REGISTRY"]),
    CHECKPOINT_DISABLE: "1",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    TF_IN_AUTOMATION: "1",
  };
  // terraform must never read a CLI config from outside the temp dir (the environment may name a missing one).
  writeFileSync(join(home, ".terraformrc"), "# empty: the implied local mirror ~/.terraform.d/plugins and the registry\n");
  const run: ConsumerProject["run"] = (command, args, options = {}) =>
    new Promise((resolve, reject) => {
      const child = spawn(command, args, { cwd: options.cwd ?? dir, env: { ...env, ...options.env }, stdio: ["pipe", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
      child.stdin.end(options.input ?? "");
      const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? NPM_TIMEOUT_MS);
      child.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({ command: [command, ...args].join(" "), code, stdout, stderr });
      });
    });
  const must: ConsumerProject["must"] = async (command, args, options) => {
    const result = await run(command, args, options);
    if (result.code !== 0) throw new Error(`${result.command} exited ${result.code}\n--- stdout\n${result.stdout.slice(-6000)}\n--- stderr\n${result.stderr.slice(-6000)}`);
    return result;
  };
  return {
    dir,
    home,
    root,
    env,
    run,
    must,
    sh: (line, options) => run("bash", ["-euo", "pipefail", "-c", line], options),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

function pick(env: NodeJS.ProcessEnv, names: string[]): NodeJS.ProcessEnv {
  return Object.fromEntries(names.filter((n) => env[n] !== undefined).map((n) => [n, env[n]]));
}

/**
 * `provider install` on a shared runner (a self-hosted CI runner, an Atlantis host): HOME and the
 * build cache are shared by jobs that run at once. Installing over a provider terraform is running,
 * several installs into one fresh HOME at once, and an install after one killed mid-write: each
 * exits 0, prints the h1: of the bytes it installed, and never names its own package as another copy.
 */
import { Metadata, type ServiceError } from "@grpc/grpc-js";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSelfSignedCertificate, MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, packageHashV1, packageHashV1OfFiles } from "../../src/tfplugin";
import { runCli, type CliRun } from "../helpers/cli";
import { CACHE_ENV, providerExecutables, REPO_CACHE } from "./executable-fixture";
import { PROVIDER_BUNDLE } from "./provider-bundle";
import { clientFor } from "./spawned-provider";

jest.setTimeout(900_000);

const NAME = "terraform-provider-c1twingate_v0.1.0";
const versionDir = (home: string): string => join(home, ".terraform.d", "plugins", "c1twingate.invalid", "local", "c1twingate", "0.1.0");
const packageDir = (home: string): string => join(versionDir(home), "linux_amd64");
const hashOf = (bytes: Buffer): string => packageHashV1OfFiles([{ path: NAME, bytes }]);
const printedHashes = (run: CliRun): string[] => [...run.stdout.matchAll(/lock hash: (h1:\S+)/g)].map((m) => m[1] ?? "");

let root: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "c1tg-atomic-"));
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGTERM");
  rmSync(root, { recursive: true, force: true });
});

/** Starts `file` as terraform starts a provider; resolves at its handshake line. */
function startAsTerraform(file: string, clientCert: ReturnType<typeof generateSelfSignedCertificate>): Promise<{ child: ChildProcess; line: string }> {
  const env = { PATH: process.env.PATH, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "6", PLUGIN_CLIENT_CERT: clientCert.certPem, C1TG_CODE_CACHE_DIR: "off" };
  const child = spawn(file, [], { env, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) resolve({ child, line: out.slice(0, out.indexOf("\n")) });
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`the provider exited ${code} before its handshake: ${stderr}`)));
  });
}

async function healthOf(line: string, clientCert: ReturnType<typeof generateSelfSignedCertificate>): Promise<string> {
  const client = clientFor(line, "health", clientCert);
  try {
    const reply = await new Promise<{ status: string }>((resolve, reject) =>
      (client as unknown as { check(r: object, m: Metadata, o: object, cb: (e: ServiceError | null, r: { status: string }) => void): void }).check({ service: "plugin" }, new Metadata(), { deadline: Date.now() + 20_000 }, (e, r) => (e ? reject(e) : resolve(r))),
    );
    return reply.status;
  } finally {
    client.close();
  }
}

describe("provider install on a shared runner", () => {
  it("installs over the provider terraform is running (same bytes: left alone; the script form: renamed into place), and the running provider keeps serving", async () => {
    const home = join(root, "home");
    const env = { HOME: home, ...CACHE_ENV };
    const first = await runCli(["provider", "install"], { env });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const executable = join(packageDir(home), NAME);
    const clientCert = generateSelfSignedCertificate();
    const { line } = await startAsTerraform(executable, clientCert);
    const before = statSync(executable);

    // The same bytes again: nothing written (the old code's copyfile failed here with ETXTBSY).
    const again = await runCli(["provider", "install"], { env });
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(printedHashes(again)).toEqual([hashOf(readFileSync(executable))]);
    expect(statSync(executable).ino).toBe(before.ino);
    expect(statSync(executable).mtimeMs).toBe(before.mtimeMs);

    // Other bytes: a new file renamed over the running one.
    const script = await runCli(["provider", "install", "--script", "--platform", "linux_amd64", "--bundle", PROVIDER_BUNDLE], { env });
    expect(script.stderr).toBe("");
    expect(script.code).toBe(0);
    expect(readFileSync(executable).equals(readFileSync(PROVIDER_BUNDLE))).toBe(true);
    expect(statSync(executable).ino).not.toBe(before.ino);
    expect(statSync(executable).mode & 0o777).toBe(0o755);
    expect(printedHashes(script)).toEqual([hashOf(readFileSync(PROVIDER_BUNDLE))]);
    // Nothing left beside it: Terraform hashes the package directory whole.
    expect(readdirSync(packageDir(home))).toEqual([NAME]);
    expect(readdirSync(versionDir(home))).toEqual(["linux_amd64"]);

    expect(await healthOf(line, clientCert)).toBe("SERVING");
  });

  // Every run prints the hash of the known build, whatever order the processes ran in: the hash is
  // of the bytes each installed, and each one's own package is never "another copy".
  it("installs from several processes at once into one fresh HOME (shared warm cache, then a shared cold one): each prints the build's h1: and no shadow warning", async () => {
    const built = readFileSync((await providerExecutables(["linux_amd64"])).linux_amd64 ?? "");
    const expected = hashOf(built);
    const concurrently = (count: number, args: string[], env: NodeJS.ProcessEnv): Promise<CliRun[]> => Promise.all(Array.from({ length: count }, () => runCli(["provider", "install", ...args], { env, timeoutMs: 600_000 })));
    const check = (runs: CliRun[], home: string, hash: string, bytes: Buffer): void => {
      for (const run of runs) {
        expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
        expect(printedHashes(run)).toEqual([hash]);
        expect(run.stdout).not.toMatch(/Warning|another copy|rm -rf/);
      }
      expect(readFileSync(join(packageDir(home), NAME)).equals(bytes)).toBe(true);
      expect(packageHashV1(packageDir(home))).toBe(hash);
      expect(readdirSync(versionDir(home))).toEqual(["linux_amd64"]);
    };

    // The script form writes in milliseconds: many at once, many times over.
    const script = readFileSync(PROVIDER_BUNDLE);
    for (let round = 0; round < 3; round++) {
      const home = join(root, `script-${round}`);
      check(await concurrently(8, ["--script", "--platform", "linux_amd64", "--bundle", PROVIDER_BUNDLE], { HOME: home }), home, hashOf(script), script);
    }

    const warmHome = join(root, "warm");
    check(await concurrently(6, [], { HOME: warmHome, ...CACHE_ENV }), warmHome, expected, built);

    // A cold build cache (runtimes shared, so nothing is downloaded): each process builds, and puts its build in the cache.
    // Two are enough to race for the cache's entry; each cold build costs ~15 CPU-seconds.
    const cold = join(root, "cold-cache");
    mkdirSync(cold);
    symlinkSync(join(REPO_CACHE, "node-runtimes"), join(cold, "node-runtimes"));
    const coldHome = join(root, "cold");
    check(await concurrently(2, [], { HOME: coldHome, C1TG_CACHE_DIR: cold }), coldHome, expected, built);
  });

  it("installs after one killed mid-write: its temp file, in the version directory, changes nothing Terraform hashes, and an old one is removed", async () => {
    const home = join(root, "home");
    mkdirSync(packageDir(home), { recursive: true });
    // What a killed install leaves: half a file under a temp name (an hour-old one, and a live install's of now).
    const stale = join(versionDir(home), `.${NAME}.0123456789ab.c1tg-tmp`);
    const live = join(versionDir(home), `.${NAME}.ba9876543210.c1tg-tmp`);
    const script = readFileSync(PROVIDER_BUNDLE);
    writeFileSync(stale, script.subarray(0, 1000));
    writeFileSync(live, script.subarray(0, 1000));
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(stale, old, old);
    // And a half-written executable from before: replaced whole.
    writeFileSync(join(packageDir(home), NAME), script.subarray(0, 1000));

    const run = await runCli(["provider", "install", "--script", "--platform", "linux_amd64", "--bundle", PROVIDER_BUNDLE], { env: { HOME: home } });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(printedHashes(run)).toEqual([hashOf(script)]);
    expect(run.stdout).not.toMatch(/Warning/);
    expect(readFileSync(join(packageDir(home), NAME)).equals(script)).toBe(true);
    expect(packageHashV1(packageDir(home))).toBe(hashOf(script));
    expect(readdirSync(versionDir(home)).sort()).toEqual([`.${NAME}.ba9876543210.c1tg-tmp`, "linux_amd64"]);
  });
});

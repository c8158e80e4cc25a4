/**
 * The self-contained provider executables: a handshake with no node anywhere on PATH, and for the
 * other platforms the file format and the injected blob checked with readers written from the
 * format specs (not with postject). Reproducible bytes and h1: test/package.e2e.test.ts.
 */
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { currentPlatform, generateSelfSignedCertificate, MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "../../src/tfplugin";
import { splitLazyModules } from "../../src/tfplugin/packaging/lazy-module";
import { SEA_SENTINEL_FUSE, seaBuildKey, seaMainSource } from "../../src/tfplugin/packaging/sea";
import { putInBuildCache } from "../../src/tfplugin/packaging/build-cache";
import { readElf, readElfMachine, readMachO, readPeCertificateTable, readPeMachine } from "../tfplugin/packaging/executable-formats";
import { pathWithoutNode, providerExecutables, TEST_CACHES } from "./executable-fixture";
import { buildProviderExecutables } from "../../src/provider/executables";
import { PROVIDER_BUNDLE } from "./provider-bundle";
import { runCli, suiteCodeCacheEnv } from "../helpers/cli";

jest.setTimeout(900_000);

const fuseOn = Buffer.from(`${SEA_SENTINEL_FUSE}:1`);

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "c1tg-exes-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the executable like terraform does, returns its first stdout line (or its output when it exits first). */
function firstLine(file: string, env: NodeJS.ProcessEnv): Promise<{ line: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    // The suite's code cache (test/global-setup.js): without HOME the provider would use the real one's.
    const child = spawn(file, [], { env: { ...suiteCodeCacheEnv(), ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) child.kill("SIGTERM");
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ line: out.split("\n")[0] ?? "", stderr, code });
    });
  });
}

describe("provider executables", () => {
  // Reproducibility (two clean builds of the host executable, same bytes and h1:) is checked by
  // test/package.e2e.test.ts, whose build from the packed package alone is the second clean build.

  it("handshakes with PATH holding no node, and tells a person who runs it by hand what it is", async () => {
    const { [currentPlatform()]: exe = "" } = await providerExecutables();
    const PATH = pathWithoutNode(root);
    const clientCert = generateSelfSignedCertificate({ curve: "P-521" }).certPem;
    const served = await firstLine(exe, { PATH, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "5,6", PLUGIN_CLIENT_CERT: clientCert });
    expect(served.line).toMatch(/^1\|6\|unix\|\/.+\.sock\|grpc\|[A-Za-z0-9+/]{100,}$/);
    if (currentPlatform().startsWith("linux_")) expect(readElf(readFileSync(exe)).sections.map((s) => s.name)).not.toContain(".symtab");
    const byHand = await firstLine(exe, { PATH });
    expect(byHand.code).toBe(1);
    expect(byHand.stderr).toContain("This binary is a plugin for Terraform");
  });

  it("builds valid executables for every other platform with the same blob injected", async () => {
    // The blob holds the script without its lazy modules (the bootstrap), and go-plugin's side, the provider and the engine as assets.
    const { code, modules } = splitLazyModules(seaMainSource(readFileSync(PROVIDER_BUNDLE)).toString("utf8"));
    const main = Buffer.from(code);
    expect(modules.map((m) => m.name)).toEqual(["serve", "main", "engine"]);
    const engine = Buffer.from(modules[2]?.source ?? "-");
    const exes = await providerExecutables(["linux_arm64", "darwin_amd64", "darwin_arm64", "windows_amd64"]);
    const blobs: Buffer[] = [];
    for (const platform of ["darwin_amd64", "darwin_arm64"]) {
      const bytes = readFileSync(exes[platform] ?? "");
      const macho = readMachO(bytes);
      expect(macho.cpu).toBe(platform === "darwin_arm64" ? "arm64" : "x86_64");
      expect(macho.fileType).toBe(2); // MH_EXECUTE
      expect(macho.segments).toContain("NODE_SEA");
      const section = macho.sections.find((s) => s.segment === "NODE_SEA" && s.section === "__NODE_SEA_BLOB");
      expect(section).toBeDefined();
      const blob = bytes.subarray(section?.offset ?? 0, (section?.offset ?? 0) + (section?.size ?? 0));
      expect(blob.indexOf(main)).toBeGreaterThan(0);
      expect(blob.indexOf(engine)).toBeGreaterThan(0);
      blobs.push(Buffer.from(blob));
      // Node's Developer ID signature is dropped by the injection: the file is unsigned. Intel Macs run
      // it as it is; Apple silicon needs a signature (ad-hoc suffices), see docs/pipelines.md.
      expect(macho.codeSignature).toBeUndefined();
      expect(bytes.indexOf(fuseOn)).toBeGreaterThan(0);
    }
    expect(blobs[0]?.equals(blobs[1] ?? Buffer.alloc(0))).toBe(true);

    const arm = readFileSync(exes.linux_arm64 ?? "");
    expect(readElfMachine(arm)).toBe(183);
    // Built from the runtime without its symbol table and debug sections (elf-strip.ts): ~18 MiB less to hash.
    expect(readElf(arm).sections.filter((s) => s.name === ".symtab" || s.name.startsWith(".debug_"))).toEqual([]);
    expect(arm.indexOf(fuseOn)).toBeGreaterThan(0);
    expect(arm.indexOf(blobs[0] ?? Buffer.alloc(1))).toBeGreaterThan(0);

    expect(exes.windows_amd64).toMatch(/terraform-provider-c1twingate_v0\.1\.0\.exe$/);
    const win = readFileSync(exes.windows_amd64 ?? "");
    expect(readPeMachine(win)).toBe(0x8664);
    // node.exe's Authenticode entry would point into the rewritten .rsrc: cleared, the file is plainly unsigned.
    expect(readPeCertificateTable(win)).toEqual([0, 0]);
    expect(win.indexOf(fuseOn)).toBeGreaterThan(0);
    expect(win.indexOf(main)).toBeGreaterThan(0);
  });

  it("package and install take relative --out, --mirror and C1TG_CACHE_DIR, with nothing in the build cache", async () => {
    // The build's steps run in their own work dirs: every path given relative to the user's
    // directory must still name the same place there (a relative --out once failed at injection).
    const cwd = mkdtempSync(join(root, "cwd-"));
    mkdirSync(join(cwd, "cache"));
    symlinkSync(TEST_CACHES.runtimeCacheDir, join(cwd, "cache", "node-runtimes"), "dir");
    const env = { HOME: join(cwd, "home"), C1TG_CACHE_DIR: "cache" };
    const pkg = await runCli(["provider", "package", "--out", "out/", "--platform", currentPlatform(), "--json"], { cwd, env, timeoutMs: 600_000 });
    expect(pkg.stderr).toBe("");
    expect(pkg.code).toBe(0);
    expect(JSON.parse(pkg.stdout)).toMatchObject({ releaseDir: join(cwd, "out", "release"), mirrorDir: join(cwd, "out", "mirror") });
    expect(existsSync(join(cwd, "out", "executables", currentPlatform(), "terraform-provider-c1twingate_v0.1.0"))).toBe(true);
    expect(readdirSync(join(cwd, "cache", "executables"))).toHaveLength(1);
    const install = await runCli(["provider", "install", "--mirror", "m", "--json"], { cwd, env, timeoutMs: 600_000 });
    expect(install.code).toBe(0);
    const installed = JSON.parse(install.stdout) as { mirrorDir: string; packages: { executable: string }[] };
    expect(installed.mirrorDir).toBe(join(cwd, "m"));
    expect(readFileSync(installed.packages[0]?.executable ?? "").equals(readFileSync(join(cwd, "out", "executables", currentPlatform(), "terraform-provider-c1twingate_v0.1.0")))).toBe(true);
  });

  it("rebuilds an executable whose cached copy changed since it was built, instead of installing it", async () => {
    // A build cache of its own: the suites' shared one stays as it is. It starts with the suites'
    // shared build of the same inputs, kept as a build keeps it (putInBuildCache), so the one cold
    // build here is the rebuild under test (a cold build that fills an empty cache: the test above).
    const caches = { runtimeCacheDir: TEST_CACHES.runtimeCacheDir, buildCacheDir: join(root, "build-cache") };
    const build = async () => (await buildProviderExecutables({ platforms: [currentPlatform()], outDir: mkdtempSync(join(root, "out-")), bundle: PROVIDER_BUNDLE, caches }))[0]!;
    const { [currentPlatform()]: shared = "" } = await providerExecutables();
    putInBuildCache(caches.buildCacheDir, seaBuildKey(seaMainSource(readFileSync(PROVIDER_BUNDLE)), currentPlatform()), currentPlatform(), shared);
    const first = await build();
    expect(first.cached).toBe(true);
    const [key] = readdirSync(caches.buildCacheDir);
    const cachedFile = join(caches.buildCacheDir, key ?? "", currentPlatform(), "executable");
    expect(readFileSync(`${cachedFile}.sha256`, "utf8").trim()).toBe(first.sha256);
    appendFileSync(cachedFile, "tampered");
    const again = await build();
    expect(again.cached).toBe(false);
    expect(again.sha256).toBe(first.sha256);
    expect((await build()).cached).toBe(true);
  });
});

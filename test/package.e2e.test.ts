/**
 * The published package, as a user gets it: `npm pack`, unpacked into a consumer's
 * node_modules next to the user's own cdktf and constructs. Proves that the bundles are
 * self-contained (no runtime dependencies), that the construct synthesizes with the
 * user's core, that the declarations type-check, and that the `c1-twingate` bin works.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../src/simulator";
import { currentPlatform, packageHashV1 } from "../src/tfplugin";
import { providerExecutables } from "./provider/executable-fixture";
import { packedPackage } from "./newcomer/packed-package";
import { suiteCodeCacheEnv } from "./helpers/cli";

jest.setTimeout(600_000);

const ROOT = join(__dirname, "..");
const PEERS = ["cdktf", "constructs", "@cdktf/provider-null"];

describe("the npm package", () => {
  let dir: string;
  let consumer: string;
  let sim: RunningSimulator;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "c1tg-pack-"));
    // The tarball npm publishes (bundles, declarations, the files package.json lists).
    const { tarball } = packedPackage();
    consumer = join(dir, "consumer");
    const installed = join(consumer, "node_modules", "cdktf-twingate-conductorone");
    mkdirSync(installed, { recursive: true });
    execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
    // The user's own CDK core and constructs (peer dependencies), nothing else.
    for (const peer of PEERS) {
      mkdirSync(join(consumer, "node_modules", peer, ".."), { recursive: true });
      symlinkSync(join(ROOT, "node_modules", peer), join(consumer, "node_modules", peer), "dir");
    }
    sim = await startSimulator();
  });

  afterAll(async () => {
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("ships bundles, declarations and the bin (and the stand-in bundle for c1-twingate sandbox), and declares no runtime dependencies", () => {
    const pkg = JSON.parse(readFileSync(join(consumer, "node_modules", "cdktf-twingate-conductorone", "package.json"), "utf8")) as Record<string, unknown>;
    expect(pkg.dependencies ?? {}).toEqual({});
    const dist = readdirSync(join(consumer, "node_modules", "cdktf-twingate-conductorone", "dist"));
    // postject.js: loaded by the CLI only when it builds a self-contained provider executable.
    // Source maps beside the bundles a user may read a stack trace of (see scripts/build.mjs).
    expect(dist.sort()).toEqual(["cli-main.js", "cli-main.js.map", "cli.js", "constructs.js", "constructs.js.map", "index.js", "index.js.map", "postject.js", "terraform-provider-c1twingate", "terraform-provider-conductorone", "types"]);
  });

  it("builds and installs the provider executable from the package alone (its own postject.js, no build cache), byte-identical to a build from the sources", async () => {
    const cache = join(dir, "c1tg-cache");
    mkdirSync(cache);
    // Node runtimes from the repository's download cache; executables built afresh.
    mkdirSync(join(ROOT, ".cache", "node-runtimes"), { recursive: true });
    symlinkSync(join(ROOT, ".cache", "node-runtimes"), join(cache, "node-runtimes"), "dir");
    const cli = join(consumer, "node_modules", "cdktf-twingate-conductorone", "dist", "cli.js");
    const out = execFileSync(process.execPath, [cli, "provider", "install", "--mirror", join(dir, "mirror"), "--json"], {
      cwd: consumer,
      env: { PATH: process.env.PATH, HOME: join(dir, "home"), C1TG_CACHE_DIR: cache },
      encoding: "utf8",
      timeout: 600_000,
    });
    const result = JSON.parse(out) as { form: string; packages: { executable: string; hash: string }[] };
    expect(result.form).toBe("executable");
    const exe = readFileSync(result.packages[0]?.executable ?? "");
    expect(exe.subarray(0, 2).toString()).not.toBe("#!");
    expect(exe.includes(Buffer.from("NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1"))).toBe(true);
    // Reproducible: byte for byte the suite's shared build of the same bundle (another clean build,
    // from the repository's sources and node_modules/postject), so its h1: hash is stable.
    const { [currentPlatform()]: shared = "" } = await providerExecutables([currentPlatform()]);
    expect(exe.equals(readFileSync(shared))).toBe(true);
    expect(result.packages[0]?.hash).toBe(packageHashV1(dirname(shared)));
  });

  it("synthesizes a TwingateIntegration with the consumer's cdktf", () => {
    writeFileSync(
      join(consumer, "app.js"),
      `const { App, TerraformStack, TerraformVariable } = require("cdktf");
const { TwingateIntegration, IntegrationApp } = require("cdktf-twingate-conductorone");
const app = new App({ outdir: process.argv[2] });
const stack = new TerraformStack(app, "consumer");
const key = new TerraformVariable(stack, "twingate_api_key", { type: "string", sensitive: true });
new TwingateIntegration(stack, "Acme", { network: "https://acme.twingate.com", apiKey: key.stringValue,
  app: IntegrationApp.fromDisplayName("Twingate"), owners: ["it@acme.example"], access: "read-only" });
app.synth();
`,
    );
    const out = join(dir, "cdktf.out");
    const run = spawnSync(process.execPath, ["app.js", out], { cwd: consumer, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const json = JSON.parse(readFileSync(join(out, "stacks", "consumer", "cdk.tf.json"), "utf8")) as { resource: Record<string, unknown> };
    expect(Object.keys(json.resource).sort()).toEqual(["c1twingate_credential_check", "conductorone_connector_owner_user", "conductorone_integration_twingate"]);
  });

  it("type-checks a TypeScript consumer against the shipped declarations", () => {
    writeFileSync(
      join(consumer, "main.ts"),
      `import { TerraformStack } from "cdktf";
import { IntegrationApp, TwingateIntegration, type TwingateIntegrationProps } from "cdktf-twingate-conductorone";
import { checkCredentials, type CredentialCheckResult } from "cdktf-twingate-conductorone/engine";
export function build(stack: TerraformStack, apiKey: string): TwingateIntegration {
  const props: TwingateIntegrationProps = { network: "acme", apiKey, owners: ["u1"], app: IntegrationApp.fromId("a1"), access: "provisioning" };
  return new TwingateIntegration(stack, "Acme", props);
}
export const check: (key: string) => Promise<CredentialCheckResult> = (apiKey) => checkCredentials({ network: "acme", apiKey, require: "read" });
`,
    );
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, module: "node16", moduleResolution: "node16", target: "es2022", noEmit: true, skipLibCheck: true, types: [] }, files: ["main.ts"] }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], { cwd: consumer, encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });

  it("runs the c1-twingate bin from the package", async () => {
    const bin = join(consumer, "node_modules", "cdktf-twingate-conductorone", "bin", "c1-twingate.js");
    // Asynchronous: the simulator answers from this process, so it must not be blocked.
    const child = spawn(process.execPath, [bin, "check", "--network", "acme", "--require", "write", "--base-url", sim.baseUrl], {
      cwd: consumer,
      // No HOME, as a bare CI step: the CLI's code cache goes to the suite's (test/global-setup.js), not the real HOME's.
      env: { PATH: process.env.PATH, NO_COLOR: "1", TWINGATE_API_KEY: DEMO_KEYS.readWrite, ...suiteCodeCacheEnv() },
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    const [code] = (await once(child, "close")) as [number];
    expect(code).toBe(0);
    expect(stdout).toContain("permission found: write");
    expect(stdout).not.toContain(DEMO_KEYS.readWrite);
  });
});

/**
 * Issue 12 §1, tested on the published bundle (dist/constructs.js) in a consumer project that
 * has only the CDK core and constructs, as `cdktf init` leaves it: the library loads and
 * synthesizes without @cdktf/provider-null, which only `validation: "local-exec"` needs (and
 * then a clear error names the package). The peer ranges accept what `cdktf init` installs
 * today and CDK Terrain through the documented alias.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { satisfies } from "semver";
import packageJson from "../../package.json";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "..", "..");
const BUNDLE = join(ROOT, "dist", "constructs.js");

const STACK = (validation: string) => `
const { App, TerraformStack, TerraformVariable } = require("cdktf");
const { IntegrationApp, TwingateIntegration } = require("./lib/constructs.js");
const app = new App({ outdir: process.argv[2] });
const stack = new TerraformStack(app, "consumer");
const key = new TerraformVariable(stack, "twingate_api_key", { type: "string", sensitive: true });
try {
  new TwingateIntegration(stack, "Acme", {
    network: "acme", apiKey: key.stringValue, owners: ["alice@acme.example"],
    app: IntegrationApp.fromId("2GkPvCsvc6nHg5ThWebYO3tvKEZ"), validation: ${JSON.stringify(validation)},
  });
  app.synth();
  console.log(JSON.stringify({ ok: true }));
} catch (err) {
  console.log(JSON.stringify({ ok: false, code: err.code, message: err.message }));
}
`;

describe("a consumer project without @cdktf/provider-null", () => {
  let dir: string;

  beforeAll(() => {
    if (!existsSync(BUNDLE)) throw new Error("dist/constructs.js is missing: run npm run build (jest's global setup does it)");
    dir = mkdtempSync(join(tmpdir(), "c1tg-consumer-"));
    mkdirSync(join(dir, "lib"));
    mkdirSync(join(dir, "node_modules"));
    copyFileSync(BUNDLE, join(dir, "lib", "constructs.js"));
    // Only the core and constructs, as `cdktf init` installs them; no @cdktf/provider-null.
    for (const pkg of ["cdktf", "constructs"]) symlinkSync(realpathSync(join(ROOT, "node_modules", pkg)), join(dir, "node_modules", pkg), "dir");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function run(validation: string): { ok: boolean; code?: string; message?: string } {
    const script = join(dir, `synth-${validation}.js`);
    writeFileSync(script, STACK(validation));
    const out = spawnSync(process.execPath, [script, join(dir, `out-${validation}`)], { cwd: dir, encoding: "utf8", env: { PATH: process.env.PATH, HOME: dir } });
    if (out.status !== 0) throw new Error(`node exited ${out.status}: ${out.stderr}`);
    return JSON.parse(out.stdout.trim().split("\n").pop() ?? "{}");
  }

  test("the library loads and synthesizes with validation provider (the default)", () => {
    expect(run("provider")).toEqual({ ok: true });
    expect(run("none")).toEqual({ ok: true });
  });

  test('validation "local-exec" fails with an error that names the missing package and the fix', () => {
    const result = run("local-exec");
    expect(result.ok).toBe(false);
    expect(result.code).toBe("C1TG_CONSTRUCT_MISSING_PEER");
    expect(result.message).toContain("@cdktf/provider-null");
    expect(result.message).toContain("npm install --save-dev @cdktf/provider-null@^11");
  });
});

describe("peer ranges", () => {
  const peers = packageJson.peerDependencies;

  test("accept what `cdktf init --template=typescript` installs today: cdktf 0.21 and constructs@10 (10.8)", () => {
    expect(satisfies("0.21.0", peers.cdktf)).toBe(true);
    for (const constructs of ["10.4.2", "10.7.0", "10.8.0", "10.8.3"]) expect({ constructs, ok: satisfies(constructs, peers.constructs) }).toEqual({ constructs, ok: true });
  });

  test("accept CDK Terrain installed as the documented alias cdktf@npm:cdktn@^0.24", () => {
    for (const cdktn of ["0.22.0", "0.24.0", "0.24.5"]) expect({ cdktn, ok: satisfies(cdktn, peers.cdktf) }).toEqual({ cdktn, ok: true });
    expect(satisfies("1.0.0", peers.cdktf)).toBe(false);
    expect(satisfies("11.0.0", peers.constructs)).toBe(false);
  });

  test("@cdktf/provider-null stays optional", () => {
    expect(packageJson.peerDependenciesMeta["@cdktf/provider-null"]).toEqual({ optional: true });
  });
});

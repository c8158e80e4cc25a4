/**
 * Issue 12 §1, tested on the published bundle (dist/constructs.js) in a consumer project that
 * has only the CDK core and constructs, as `cdktf init` leaves it: the library loads and
 * synthesizes without @cdktf/provider-null, which only `validation: "local-exec"` needs (and
 * then a clear error names the package). The peer ranges accept what `cdktf init` installs
 * today and CDK Terrain through the documented alias.
 */
import { satisfies } from "semver";
import packageJson from "../../package.json";
import { createConsumerProject, type ConsumerProject } from "./consumer-project";

jest.setTimeout(120_000);

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
  let project: ConsumerProject;
  beforeAll(() => {
    // Only the core and constructs, as `cdktf init` installs them; no @cdktf/provider-null.
    project = createConsumerProject(["cdktf", "constructs"]);
  });
  afterAll(() => project?.cleanup());

  const run = (validation: string) => project.run(`synth-${validation}`, STACK(validation));

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

  test("@cdktf/provider-null and @cdktf/provider-kubernetes stay optional", () => {
    expect(packageJson.peerDependenciesMeta["@cdktf/provider-null"]).toEqual({ optional: true });
    expect(packageJson.peerDependenciesMeta["@cdktf/provider-kubernetes"]).toEqual({ optional: true });
    expect(satisfies(packageJson.devDependencies["@cdktf/provider-kubernetes"].replace(/^\^/, ""), packageJson.peerDependencies["@cdktf/provider-kubernetes"])).toBe(true);
  });
});

/**
 * The fixture provider, bundled like a release, driven by the real terraform CLI
 * through a filesystem mirror in a temp workspace (own HOME and CLI config).
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { packageHashV1 } from "../../src/tfplugin/packaging";
import {
  buildProviderBundle,
  changeOf,
  changeSummaryOf,
  createTerraformWorkspace,
  diagnosticsOf,
  outputsOf,
  planAsJson,
  requireTerraform,
  TERRAFORM_TEST_TIMEOUT_MS,
  type TerraformWorkspace,
} from "../helpers/terraform";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

const SECRET = "s3cret-write-only-value";
const THING = "example_thing.t";

function mainTf(ws: TerraformWorkspace, thing: { name: string; size: number; items?: string; extra?: string }): string {
  return `
terraform {
  required_providers {
    example = { source = "registry.local/test/example", version = "0.1.0" }
  }
}
provider "example" {
  prefix    = "pfx-"
  store_dir = "${join(ws.root, "store")}"
}
variable "secret" {
  type      = string
  default   = "${SECRET}"
  ephemeral = true
}
resource "example_thing" "t" {
  name   = "${thing.name}"
  size   = ${thing.size}
  tags   = { team = "a" }
  items  = ${thing.items ?? '["x", "y"]'}
  secret = var.secret
  ${thing.extra ?? ""}
  rule { port = 80 }
}
data "example_info" "i" { input = "hello" }
output "thing_id"     { value = example_thing.t.id }
output "thing_result" { value = example_thing.t.result }
output "numbers"      { value = data.example_info.i.numbers }
`;
}

describe("terraform drives a bundled tfplugin provider", () => {
  let ws: TerraformWorkspace;
  let bundleDir: string;

  beforeAll(() => {
    requireTerraform();
    const tmp = createTerraformWorkspace({ providers: [] });
    bundleDir = tmp.root;
    const bundle = buildProviderBundle(join(__dirname, "fixtures/example-main.ts"), join(bundleDir, "terraform-provider-example"));
    ws = createTerraformWorkspace({
      providers: [{ file: bundle.file, hostname: "registry.local", namespace: "test", type: "example", version: "0.1.0" }],
    });
  });

  afterAll(() => {
    ws?.cleanup();
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });

  it("installs from the filesystem mirror and records our h1 hash in the lock file", async () => {
    ws.writeMainTf(mainTf(ws, { name: "alpha", size: 3 }));
    const init = await ws.run(["init"]);
    expect(init.stdout).toContain("Installed registry.local/test/example v0.1.0");
    const lock = readFileSync(join(ws.dir, ".terraform.lock.hcl"), "utf8");
    const recorded = /"(h1:[^"]+)"/.exec(lock)?.[1];
    expect(recorded).toBe(ws.installed[0]?.hash);
    expect(recorded).toBe(packageHashV1(ws.installed[0]?.packages[0]?.dir ?? ""));
  });

  it("plans, applies, and then plans no changes", async () => {
    const { run: plan, plan: planned } = await planAsJson(ws);
    // What a human reads in the plan is the point of this line: the secret shows as write-only, never as a value.
    expect(plan.stdout).toContain("+ secret      = (write-only attribute)");
    expect(changeOf(planned, THING)).toMatchObject({ actions: ["create"], after: { secret: null }, after_unknown: { result: true } });
    const apply = await ws.run(["apply", "-auto-approve", "-json"]);
    expect(changeSummaryOf(apply)).toMatchObject({ operation: "apply", add: 1, change: 0, remove: 0 });
    expect(outputsOf(apply).thing_result?.value).toBe("pfx-alpha:3");
    // The raw JSON text, not a parsed double: the 21-digit number must reach terraform exactly.
    expect(apply.stdout).toContain("123456789012345678901");
    // -detailed-exitcode: 0 is "no changes", 2 would be a diff.
    const again = await ws.run(["plan", "-detailed-exitcode"]);
    expect(again.code).toBe(0);
  });

  it("never stores the write-only attribute, keeps private state, and hashes the secret only inside the provider", () => {
    const text = ws.stateText();
    expect(text).not.toContain(SECRET);
    const instance = ws.state().resources.find((r) => r.type === "example_thing")?.instances[0];
    expect(instance?.attributes.secret).toBeNull();
    expect(instance?.attributes.secret_hash).toMatch(/^[0-9a-f]{12}$/);
    expect(Buffer.from(instance?.private ?? "", "base64").toString()).toContain("tfplugin-test");
  });

  it("updates in place and marks computed values unknown where the plan hook says so", async () => {
    ws.writeMainTf(mainTf(ws, { name: "alpha", size: 4 }));
    const change = changeOf((await planAsJson(ws)).plan, THING);
    expect(change).toMatchObject({ actions: ["update"], before: { size: 3, result: "pfx-alpha:3" }, after: { size: 4 }, after_unknown: { result: true } });
    const apply = await ws.run(["apply", "-auto-approve", "-json"]);
    expect(changeSummaryOf(apply)).toMatchObject({ operation: "apply", add: 0, change: 1, remove: 0 });
    expect(outputsOf(apply).thing_result?.value).toBe("pfx-alpha:4");
  });

  it("replaces when a requiresReplace attribute changes", async () => {
    ws.writeMainTf(mainTf(ws, { name: "beta", size: 4 }));
    const change = changeOf((await planAsJson(ws)).plan, THING);
    expect([...change.actions].sort()).toEqual(["create", "delete"]);
    expect(change).toMatchObject({ before: { name: "alpha" }, after: { name: "beta" }, replace_paths: [["name"]] });
    const apply = await ws.run(["apply", "-auto-approve", "-json"]);
    expect(changeSummaryOf(apply)).toMatchObject({ operation: "apply", add: 1, change: 0, remove: 1 });
  });

  it("shows validation diagnostics at the attribute's line", async () => {
    ws.writeMainTf(mainTf(ws, { name: "beta", size: 4, items: '["x", ""]' }));
    const plan = await ws.run(["plan", "-json"], { allowFailure: true });
    expect(plan.code).toBe(1);
    expect(diagnosticsOf(plan, ws)).toEqual([
      { severity: "error", summary: "Empty item", detail: "items may not contain empty strings", address: "example_thing.t", attribute: "items", expression: '""' },
    ]);
  });

  it("reports an error thrown by a hook as a diagnostic at the path it names", async () => {
    ws.writeMainTf(mainTf(ws, { name: "beta", size: 4, extra: 'fail_on = "plan"' }));
    const plan = await ws.run(["plan", "-json"], { allowFailure: true });
    expect(plan.code).toBe(1);
    expect(diagnosticsOf(plan, ws)).toEqual([
      { severity: "error", summary: "Planning refused", detail: "fail_on is plan", address: "example_thing.t", attribute: "fail_on", expression: '"plan"' },
    ]);
  });

  it("plans a re-create when read finds the object gone", async () => {
    ws.writeMainTf(mainTf(ws, { name: "beta", size: 4 }));
    rmSync(join(ws.root, "store"), { recursive: true, force: true });
    const { plan } = await planAsJson(ws);
    expect(plan.resource_changes?.filter((c) => !c.change.actions.includes("no-op")).map((c) => [c.address, c.change.actions])).toEqual([[THING, ["create"]]]);
    await ws.run(["apply", "-auto-approve"]);
  });

  it("destroys", async () => {
    const destroy = await ws.run(["destroy", "-auto-approve", "-json"]);
    expect(changeSummaryOf(destroy)).toMatchObject({ operation: "destroy", remove: 1 });
    expect(ws.state().resources.filter((r) => r.mode === "managed")).toHaveLength(0);
  });
});

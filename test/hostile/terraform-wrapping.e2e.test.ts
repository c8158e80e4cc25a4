/**
 * Issue 8 finding 5, with the real terraform: server text full of `::` workflow commands, each
 * after a space, reaches terraform's diagnostics through the provider (group names in the sync
 * preview's detail, the breaker's route; GraphQL error messages in the check's summary).
 * Terraform word-wraps diagnostic details at the terminal's width (78 columns without one), so
 * any `::` after a space can land at the start of a line, where GitHub Actions runs it. Whatever
 * the width (COLUMNS narrow and wide), no line terraform prints starts with `::` after trimming.
 * The runner's legacy syntax, `##[command]`, is run from ANYWHERE in a line (round 2 of issue 8):
 * no line terraform prints contains `##[`.
 */
import { startSimulator, type RunningSimulator } from "../../src/simulator";
import { createTerraformWorkspace, requireTerraform, TERRAFORM_TEST_TIMEOUT_MS, type TerraformWorkspace } from "../helpers/terraform";
import { providerTf, providerToInstall } from "../provider/provider-bundle";
import { json, startStub, type StubServer } from "../twingate/stub-server";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

const KEY = "sim-WrapCanary-6c0d9e1f2a3b4c5d7e8f";
/** Names built so that, at any width, some word starting with `::` follows a break: fillers of every length. */
const GROUP_NAMES = Array.from({ length: 12 }, (_, i) => `p${"x".repeat(i * 5)} ##[error]L${i} ::error title=Injected::pwned ::stop-commands::t${i}`);
const MESSAGE = `${Array.from({ length: 12 }, (_, i) => `::error${"x".repeat(i % 7)}`).join(" ")} ::error title=Injected::pwned x ##[error]Injected ##[set-output name=permission;]write ##[add-mask]acme ##[stop-commands]tok123`;

describe("terraform -no-color never starts a line with :: (server text through diagnostics)", () => {
  let sim: RunningSimulator;
  let stub: StubServer;
  let preview: TerraformWorkspace;
  let check: TerraformWorkspace;

  beforeAll(async () => {
    requireTerraform();
    sim = await startSimulator({
      rateLimit: false,
      networks: [
        {
          name: "acme",
          tenant: { seed: 8, users: 5, groups: 0, extraGroups: GROUP_NAMES.map((name) => ({ name, type: "SYNCED" as const, members: 1 })) },
          tokens: [{ key: KEY, permission: "read-write" }],
        },
      ],
    });
    stub = await startStub((_req, res) => json(res, 200, { errors: [{ message: MESSAGE, path: ["users", "::error::p"] }] }));
    preview = createTerraformWorkspace({
      providers: [providerToInstall()],
      mainTf: `
${providerTf({ base_url: sim.baseUrl })}
variable "api_key" {
  type      = string
  sensitive = true
}
variable "groups" { type = list(string) }
data "c1twingate_sync_preview" "this" {
  network = "acme"
  api_key = var.api_key
  groups  = var.groups
}
`,
    });
    check = createTerraformWorkspace({
      providers: [providerToInstall()],
      mainTf: `
${providerTf({ base_url: stub.baseUrl, max_retries: 1 })}
variable "api_key" {
  type      = string
  sensitive = true
  ephemeral = true
}
resource "c1twingate_credential_check" "this" {
  network = "acme"
  api_key = var.api_key
  require = "read"
}
`,
    });
    await preview.run(["init"]);
    await check.run(["init"]);
  });

  afterAll(async () => {
    preview?.cleanup();
    check?.cleanup();
    await sim?.close();
    await stub?.close();
  });

  function linesStartingWithCommands(output: string): string[] {
    return output.split("\n").filter((line) => line.trim().startsWith("::") || line.includes("##["));
  }

  it.each(["20", "40", "78", "120", "400"])("COLUMNS=%s: group names in the sync preview's detail", async (columns) => {
    const plan = await preview.run(["plan"], { allowFailure: true, env: { TF_VAR_api_key: KEY, TF_VAR_groups: JSON.stringify(GROUP_NAMES), COLUMNS: columns } });
    const output = `${plan.stdout}\n${plan.stderr}`;
    // The server's text did reach terraform's output (defused), so the check below is not vacuous.
    expect(output).toContain("Injected");
    expect(output).toContain("#\\#[error]L0");
    expect(linesStartingWithCommands(output)).toEqual([]);
    expect(output).not.toContain(KEY);
  });

  it.each(["20", "78", "400"])("COLUMNS=%s: GraphQL error messages in the check's diagnostics", async (columns) => {
    const plan = await check.run(["plan"], { allowFailure: true, env: { TF_VAR_api_key: KEY, COLUMNS: columns } });
    expect(plan.code).toBe(1);
    const output = `${plan.stdout}\n${plan.stderr}`;
    expect(output).toContain("error");
    expect(output).toContain("#\\#[");
    expect(linesStartingWithCommands(output)).toEqual([]);
    expect(output).not.toContain(KEY);
  });
});

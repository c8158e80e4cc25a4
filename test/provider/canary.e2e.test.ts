/**
 * One canary API key through every route terraform offers into the c1twingate provider, with the
 * real terraform CLI: the write-only argument of the check (from an ephemeral variable, through a
 * saved plan), the data sources' arguments (from a sensitive variable), and non-secret arguments
 * by mistake (variables swapped, the key inside a URL, in a list). Afterwards the key, in any
 * case, is searched in everything terraform and the provider left: terraform's output, the
 * TF_LOG=trace log of every command, the state and its backup, the JSON of a saved plan, the
 * simulator's request log and the provider's DNS queries.
 */
import { startSimulator, type RunningSimulator } from "../../src/simulator";
import { createTerraformWorkspace, diagnosticsOf, requireTerraform, TERRAFORM_TEST_TIMEOUT_MS, type RunResult, type TerraformWorkspace } from "../helpers/terraform";
import { canaryTrail, type CanaryTrail } from "./canary-trail";
import { providerTf, providerToInstall } from "./provider-bundle";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

// Letters and digits only: lower-cased, it is a valid network name, so a mistake would send it as a host name.
const CANARY = "CanaryKey0123456789ABCDEFabcdef9876";

function providers(port: number): string {
  // The "real" one has the real API's address: a key taken for a network name would become a DNS query of <key>.twingate.com.
  return providerTf({ base_url: `http://localhost:${port}/{network}`, max_retries: 0 }) + providerTf({ max_retries: 0, timeout_seconds: 5 }, "real");
}

const CHECK_TF = `
variable "api_key" {
  type      = string
  sensitive = true
  ephemeral = true
}
resource "c1twingate_credential_check" "this" {
  network = "acme"
  api_key = var.api_key
  require = "write"
}
`;

const DATA_TF = `
variable "key" {
  type      = string
  sensitive = true
}
data "c1twingate_credentials" "this" {
  network = "acme"
  api_key = var.key
}
data "c1twingate_sync_preview" "this" {
  network = "acme"
  api_key = var.key
  groups  = ["Contractors"]
}
`;

const SWAPPED_TF = `
variable "key" {
  type      = string
  sensitive = true
}
resource "c1twingate_credential_check" "swapped" {
  provider = c1twingate.real
  network  = var.key
  api_key  = var.key
}
data "c1twingate_credentials" "in_url" {
  provider = c1twingate.real
  network  = "https://\${lower(var.key)}.twingate.com"
  api_key  = var.key
}
data "c1twingate_sync_preview" "in_list" {
  provider = c1twingate.real
  network  = "acme"
  api_key  = var.key
  groups   = ["Contractors", upper(var.key)]
}
`;

describe("a canary API key through every terraform route", () => {
  let sim: RunningSimulator;
  let ws: TerraformWorkspace;
  const simLog: string[] = [];
  let trail: CanaryTrail;
  const planJson: string[] = [];
  const tf = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> => trail.run(args, env);
  const useConfig = (body: string) => ws.writeMainTf(providers(sim.port) + body);
  const keepState = () => trail.keepState();

  beforeAll(async () => {
    requireTerraform();
    sim = await startSimulator({
      rateLimit: false,
      log: (line) => void simLog.push(line),
      networks: [
        {
          name: "acme",
          tenant: { seed: 1, users: 6, groups: 0, extraGroups: [{ name: "Contractors", type: "MANUAL", members: 2 }] },
          tokens: [{ key: CANARY, permission: "read-write-provision" }],
        },
      ],
    });
    ws = createTerraformWorkspace({ providers: [providerToInstall()] });
    trail = canaryTrail(ws);
    useConfig(CHECK_TF);
    await ws.run(["init"]);
  });

  afterAll(async () => {
    ws?.cleanup();
    await sim?.close();
  });

  it("the check's write-only argument, from an ephemeral variable, through a saved plan", async () => {
    const env = { TF_VAR_api_key: CANARY };
    expect((await tf(["plan", "-out", "saved.tfplan"], env)).code).toBe(0);
    const show = await tf(["show", "-json", "saved.tfplan"]);
    expect(show.code).toBe(0);
    planJson.push(show.stdout);
    // Human output on purpose: what a person sees is searched for the canary below.
    const apply = await tf(["apply", "saved.tfplan"], env);
    expect(apply.code).toBe(0);
    expect(ws.state().resources.filter((r) => r.type === "c1twingate_credential_check")).toHaveLength(1);
    expect((await tf(["plan", "-detailed-exitcode"], env)).code).toBe(0);
    keepState();
    expect((await tf(["destroy", "-auto-approve"], env)).code).toBe(0);
    keepState();
    // The spy is loaded in the provider: it saw the simulator's host name.
    expect(trail.dnsQueries()).toContain("localhost");
  });

  it("the data sources' arguments, from a sensitive variable", async () => {
    useConfig(DATA_TF);
    const apply = await tf(["apply", "-auto-approve"], { TF_VAR_key: CANARY });
    expect(apply.code).toBe(0);
    keepState();
    for (const r of ws.state().resources) expect(r.instances[0]?.attributes.api_key).toBeNull();
  });

  it("non-secret arguments by mistake: refused on the argument, before anything is sent or resolved", async () => {
    useConfig(SWAPPED_TF);
    const before = sim.stats.requests;
    const dnsBefore = trail.dnsQueries();
    const plan = await tf(["plan", "-json"], { TF_VAR_key: CANARY });
    expect(plan.code).toBe(1);
    const refused = (address: string, attribute: string) => expect.objectContaining({ severity: "error", summary: "Sensitive value in a non-sensitive argument", address, attribute });
    expect(diagnosticsOf(plan, ws)).toEqual(
      expect.arrayContaining([
        refused("c1twingate_credential_check.swapped", "network"),
        refused("data.c1twingate_credentials.in_url", "network"),
        refused("data.c1twingate_sync_preview.in_list", "groups"),
      ]),
    );
    expect(diagnosticsOf(plan, ws).filter((d) => d.severity === "error")).toHaveLength(3);
    expect(sim.stats.requests).toBe(before);
    expect(trail.dnsQueries()).toBe(dnsBefore);
    keepState();
  });

  it("left the key nowhere: output, trace logs, state, plan JSON, the API's request log, DNS", () => {
    const canary = CANARY.toLowerCase();
    const places: [string, string][] = [
      ["terraform output", ws.history.map((r) => r.stdout + r.stderr).join("\n")],
      ["TF_LOG=trace", trail.traces()],
      ["state", trail.states()],
      ["plan JSON", planJson.join("\n")],
      ["simulator request log", simLog.join("\n")],
      ["DNS queries", trail.dnsQueries()],
    ];
    expect(places[1]?.[1]).toContain("twingate credential check"); // the provider's lines are in the trace
    for (const [where, text] of places) expect({ where, found: text.toLowerCase().includes(canary) }).toEqual({ where, found: false });
  });
});

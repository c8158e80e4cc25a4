/**
 * Issue 8, breaker finding 3, through the real terraform CLI: a configuration that checks two
 * networks, where network "acme"'s check takes another network's key as its network
 * (`network = var.globex_api_key`, two variables mixed up). The provider must refuse it on the
 * argument before any request or DNS lookup, by the key's shape when it has one (whatever the
 * order terraform plans in), and because the provider was handed it as a secret elsewhere when it
 * has not. Afterwards no key, in any case, is in terraform's output, TF_LOG=trace, state, the
 * provider's part of a saved plan, the simulator's request log or the provider's DNS queries.
 */
import { startSimulator, type RunningSimulator } from "../../src/simulator";
import { createTerraformWorkspace, diagnosticsOf, requireTerraform, TERRAFORM_TEST_TIMEOUT_MS, type RunResult, type TerraformWorkspace } from "../helpers/terraform";
import { canaryTrail, type CanaryTrail } from "./canary-trail";
import { providerTf, providerToInstall } from "./provider-bundle";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

const ACME_KEY = "AcmeKey4f1D9a7C3e5B0d2F8a6c4E1b9D7f5A3";
// Shaped like a generated key: refused by its shape, in any plan order.
const GLOBEX_KEY = "GlobexKey8Qm2Xv7Tz4Lp1Wr9Ks3Hn6Jd0Fc5Ya";
// Shaped like a name (words and hyphens): only knowing it as a secret can refuse it.
const INITECH_KEY = "sim-initech-key-alpha-bravo";

const VARIABLES = ["acme_api_key", "globex_api_key", "initech_api_key"]
  .map((name) => `variable "${name}" {\n  type      = string\n  sensitive = true\n}\n`)
  .join("");

const SHAPED_TF = `${VARIABLES}
resource "c1twingate_credential_check" "globex" {
  network = "globex"
  api_key = var.globex_api_key
}
resource "c1twingate_credential_check" "acme" {
  provider = c1twingate.real
  network  = var.globex_api_key
  api_key  = var.acme_api_key
}
data "c1twingate_credentials" "acme_url" {
  provider = c1twingate.real
  network  = "https://\${lower(var.globex_api_key)}.twingate.com"
  api_key  = var.acme_api_key
}
`;

const SEEN_TF = `${VARIABLES}
resource "c1twingate_credential_check" "initech" {
  network = "initech"
  api_key = var.initech_api_key
}
resource "c1twingate_credential_check" "acme" {
  network    = var.initech_api_key
  api_key    = var.acme_api_key
  depends_on = [c1twingate_credential_check.initech]
}
`;

// Breaker finding 2: the provider block is configured before any key is known; its validators describe, never repeat.
const PROVIDER_BLOCK_TF = `${VARIABLES}
provider "c1twingate" {
  alias    = "by_url"
  base_url = var.globex_api_key
}
provider "c1twingate" {
  alias       = "by_domain"
  base_domain = var.initech_api_key
}
data "c1twingate_credentials" "by_url" {
  provider = c1twingate.by_url
  network  = "acme"
  api_key  = var.acme_api_key
}
data "c1twingate_credentials" "by_domain" {
  provider = c1twingate.by_domain
  network  = "acme"
  api_key  = var.acme_api_key
}
`;

describe("another network's key as a network name, in a multi-network configuration", () => {
  let sim: RunningSimulator;
  let ws: TerraformWorkspace;
  let trail: CanaryTrail;
  const simLog: string[] = [];
  const planJson: string[] = [];
  const tf = (args: string[]): Promise<RunResult> => trail.run(args);
  const keepState = () => trail.keepState();
  const dnsQueries = () => trail.dnsQueries();
  const useConfig = (body: string) =>
    ws.writeMainTf(providerTf({ base_url: `http://localhost:${sim.port}/{network}`, max_retries: 0 }) + providerTf({ max_retries: 0, timeout_seconds: 5 }, "real") + body);

  beforeAll(async () => {
    requireTerraform();
    const network = (name: string, key: string) => ({ name, tenant: { seed: 1, users: 2, groups: 0 }, tokens: [{ key, permission: "read" as const }] });
    sim = await startSimulator({ rateLimit: false, log: (line) => void simLog.push(line), networks: [network("acme", ACME_KEY), network("globex", GLOBEX_KEY), network("initech", INITECH_KEY)] });
    ws = createTerraformWorkspace({ providers: [providerToInstall()] });
    trail = canaryTrail(ws, { TF_VAR_acme_api_key: ACME_KEY, TF_VAR_globex_api_key: GLOBEX_KEY, TF_VAR_initech_api_key: INITECH_KEY });
    useConfig(SHAPED_TF);
    await ws.run(["init"]);
  });

  afterAll(async () => {
    ws?.cleanup();
    await sim?.close();
  });

  it("a key-shaped value is refused on network by its shape, before any request or DNS lookup", async () => {
    const plan = await tf(["plan", "-json", "-out", "refused.tfplan"]);
    expect(plan.code).toBe(1);
    const errors = diagnosticsOf(plan, ws).filter((d) => d.severity === "error");
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ address: "c1twingate_credential_check.acme", attribute: "network" }),
        expect.objectContaining({ address: "data.c1twingate_credentials.acme_url", attribute: "network" }),
      ]),
    );
    for (const e of errors.filter((d) => d.address?.includes("acme"))) expect(e.detail).toContain("looks like an API key or other credential");
    // Terraform saves an errored plan (not applyable). It holds the sensitive variables' values
    // by terraform's design (docs/security.md §1: use ephemeral variables where the argument allows);
    // everything the provider contributed — planned values, changes, prior state — must not.
    const show = await tf(["show", "-json", "refused.tfplan"]);
    const saved = JSON.parse(show.stdout) as { errored?: boolean; variables?: Record<string, { value: string }> };
    expect(saved.errored).toBe(true);
    expect(saved.variables?.globex_api_key?.value).toBe(GLOBEX_KEY);
    planJson.push(JSON.stringify({ ...saved, variables: undefined }));
    expect(dnsQueries()).not.toMatch(/twingate\.com/);
    expect(simLog.join("\n")).not.toMatch(/\/acme\b/);
    keepState();
  });

  it("a name-shaped key is refused because the provider was given it as another check's key", async () => {
    useConfig(SEEN_TF);
    const before = simLog.length;
    const plan = await tf(["plan", "-json"]);
    expect(plan.code).toBe(1);
    expect(diagnosticsOf(plan, ws).filter((d) => d.severity === "error")).toEqual([
      expect.objectContaining({
        summary: "Sensitive value in a non-sensitive argument",
        address: "c1twingate_credential_check.acme",
        attribute: "network",
        detail: expect.stringContaining("a sensitive value this provider was given as api_key of a c1twingate_credential_check resource"),
      }),
    ]);
    // The initech check itself ran (to the simulator, under its own name); nothing went out under the key.
    expect(simLog.slice(before).join("\n")).toContain("initech");
    keepState();
  });

  it("a key as the provider block's base_url or base_domain is refused on the setting without being shown", async () => {
    useConfig(PROVIDER_BLOCK_TF);
    const plan = await tf(["plan", "-json"]);
    expect(plan.code).toBe(1);
    const errors = diagnosticsOf(plan, ws).filter((d) => d.severity === "error");
    expect(errors.map((e) => e.detail).join("\n")).toMatch(/base_url looks like an API key or other credential/);
    expect(errors.map((e) => e.detail).join("\n")).toMatch(/base_domain must be a domain name such as twingate\.com; the value given \(\d+ characters, not shown\)/);
    expect(dnsQueries()).not.toMatch(/twingate\.com/);
  });

  it("the correct configuration still applies, and leaves the keys out of state", async () => {
    useConfig(SEEN_TF.replace("network    = var.initech_api_key", 'network    = "acme"'));
    const apply = await tf(["apply", "-auto-approve"]);
    expect(apply.stdout).toContain("Apply complete! Resources: 2 added");
    keepState();
    expect((await tf(["destroy", "-auto-approve"])).code).toBe(0);
    keepState();
  });

  it("left no key anywhere: output, trace logs, state, the API's request log, DNS", () => {
    const places: [string, string][] = [
      // `terraform show -json` of the saved plan prints terraform's variables: searched above, without them.
      ["terraform output", ws.history.filter((r) => r.args[0] !== "show").map((r) => r.stdout + r.stderr).join("\n")],
      ["TF_LOG=trace", trail.traces()],
      ["state", trail.states()],
      ["saved plan JSON (without terraform's variables)", planJson.join("\n")],
      ["simulator request log", simLog.join("\n")],
      ["DNS queries", dnsQueries()],
    ];
    expect(places[1]?.[1]).toContain("twingate credential check"); // the provider's lines are in the trace
    expect(trail.states()).toContain("c1twingate_credential_check");
    for (const key of [ACME_KEY, GLOBEX_KEY, INITECH_KEY]) {
      for (const [where, text] of places) expect({ where, key, found: text.toLowerCase().includes(key.toLowerCase()) }).toEqual({ where, key, found: false });
    }
  });
});

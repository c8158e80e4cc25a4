/**
 * c1twingate_credential_check through the parts of terraform's lifecycle that used to end in
 * "This is a bug in the provider" or in a dead end, with the real terraform CLI and the bundled
 * provider against the simulator: saved plans applied with another (ephemeral) key, a shard move
 * between plan and apply, ignore_changes on the key, arguments terraform's own checks let through
 * (computed-only, null), destroy with a revoked key or no network, and state from before 0.12.
 * Assertions are on terraform's `-json` diagnostics (summary, detail, attribute).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fingerprint, matchesFingerprint, saltOf } from "../../src/provider/fingerprint";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { ApiKey } from "../../src/twingate/api-key";
import {
  changeOf,
  changeSummaryOf,
  createTerraformWorkspace,
  diagnosticsOf,
  requireTerraform,
  TERRAFORM_TEST_TIMEOUT_MS,
  type PlanJson,
  type RunResult,
  type TerraformWorkspace,
} from "../helpers/terraform";
import { providerTf, providerToInstall } from "./provider-bundle";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

const ADDRESS = "c1twingate_credential_check.this";

function mainTf(baseUrl: string, options: { lifecycle?: string; extra?: string; network?: string } = {}): string {
  return `
${providerTf({ base_url: baseUrl, max_retries: 0 })}
variable "api_key" {
  type      = string
  sensitive = true
  ephemeral = true
}
variable "require" {
  type    = string
  default = "read"
}
variable "net" {
  type    = string
  default = null
}
resource "c1twingate_credential_check" "this" {
  network = ${options.network ?? '"acme"'}
  api_key = var.api_key
  require = var.require
  ${options.extra ?? ""}
  ${options.lifecycle ? `lifecycle {\n    ${options.lifecycle}\n  }` : ""}
}
`;
}

describe("c1twingate_credential_check through terraform's lifecycle", () => {
  let sim: RunningSimulator;
  let ws: TerraformWorkspace;
  type RunOptions = Parameters<TerraformWorkspace["run"]>[1];
  const tf = (args: string[], key: string, options: RunOptions = {}): Promise<RunResult> =>
    ws.run(args, { allowFailure: true, ...options, env: { TF_VAR_api_key: key, ...options?.env } });
  const state = () => ws.state().resources.find((r) => r.type === "c1twingate_credential_check")?.instances[0]?.attributes;
  const write = (options: Parameters<typeof mainTf>[1] = {}) => ws.writeMainTf(mainTf(sim.baseUrl, options));

  beforeAll(async () => {
    requireTerraform();
    sim = await startSimulator({ rateLimit: false });
    ws = createTerraformWorkspace({ providers: [providerToInstall()] });
    write();
    await ws.run(["init"]);
    const created = await tf(["apply", "-auto-approve"], DEMO_KEYS.readWrite);
    expect(created.code).toBe(0);
  });

  afterAll(async () => {
    ws?.cleanup();
    await sim?.close();
  });

  describe("a saved plan applied later", () => {
    it("applies an update with another ephemeral key than the plan's, and records the key applied", async () => {
      const plan = await tf(["plan", "-out", "rotate.tfplan"], DEMO_KEYS.provision);
      expect(plan.code).toBe(0);
      const saved = JSON.parse((await ws.run(["show", "-json", "rotate.tfplan"])).stdout) as PlanJson;
      expect(changeOf(saved, ADDRESS)).toMatchObject({ actions: ["update"], after_unknown: { key_fingerprint: true } });
      const apply = await tf(["apply", "-json", "rotate.tfplan"], DEMO_KEYS.readOnly);
      expect(diagnosticsOf(apply, ws)).toEqual([]);
      expect(apply.code).toBe(0);
      const recorded = String(state()?.key_fingerprint);
      expect(matchesFingerprint(new ApiKey(DEMO_KEYS.readOnly), recorded)).toBe(true);
    });

    it("fails with the provider's own message when the key given at apply no longer works", async () => {
      const plan = await tf(["plan", "-out", "revoked.tfplan"], DEMO_KEYS.readWrite);
      expect(plan.code).toBe(0);
      const apply = await tf(["apply", "-json", "revoked.tfplan"], DEMO_KEYS.revoked);
      expect(apply.code).toBe(1);
      expect(diagnosticsOf(apply, ws)).toEqual([
        expect.objectContaining({ severity: "error", summary: expect.stringContaining("Twingate refused the API key"), address: ADDRESS, attribute: "api_key" }),
      ]);
    });

    it("applies an update planned before the network moved to another shard", async () => {
      const plan = await tf(["plan", "-out", "shard.tfplan", "-var", "require=write"], DEMO_KEYS.readWrite);
      expect(plan.code).toBe(0);
      sim.setOptions({ shard: "us1" });
      try {
        const apply = await tf(["apply", "-json", "shard.tfplan"], DEMO_KEYS.readWrite);
        expect(diagnosticsOf(apply, ws)).toEqual([]);
        expect(state()?.endpoint).toBe(`${sim.baseUrl.replace("{network}", "acme.us1")}/api/graphql/`);
        expect(state()?.permission).toBe("write");
      } finally {
        sim.setOptions({ shard: undefined });
      }
      const back = await tf(["apply", "-auto-approve", "-var", "require=write"], DEMO_KEYS.readWrite);
      expect(back.code).toBe(0);
    });
  });

  describe.each(["ignore_changes = [api_key]", "ignore_changes = all"])("lifecycle { %s }", (lifecycle) => {
    beforeAll(() => write({ lifecycle }));
    afterAll(() => write());

    it("plans no change for a working key, even a rotated one, and checks it", async () => {
      sim.resetStats();
      for (const key of [DEMO_KEYS.readWrite, DEMO_KEYS.provision]) {
        // -detailed-exitcode: 0 is "no changes", 2 would be a diff.
        const plan = await tf(["plan", "-detailed-exitcode", "-var", "require=write"], key);
        expect(plan.code).toBe(0);
      }
      expect(sim.stats.requests).toBeGreaterThanOrEqual(4);
    });

    it("fails the plan for a revoked key, on api_key", async () => {
      const plan = await tf(["plan", "-json", "-var", "require=write"], DEMO_KEYS.revoked);
      expect(plan.code).toBe(1);
      expect(diagnosticsOf(plan, ws)).toEqual([expect.objectContaining({ summary: expect.stringContaining("Twingate refused the API key"), attribute: "api_key" })]);
    });
  });

  describe("arguments terraform's own checks let through", () => {
    afterAll(() => write());

    it("refuses computed-only attributes at validate, on the attribute", async () => {
      write({ extra: 'permission = "write"\n  user_count = 5' });
      const validate = await tf(["validate", "-json"], DEMO_KEYS.readWrite);
      expect(validate.code).toBe(1);
      expect(diagnosticsOf(validate, ws)).toEqual([
        expect.objectContaining({ summary: "Invalid configuration for read-only attribute", address: ADDRESS, attribute: "permission" }),
        expect.objectContaining({ summary: "Invalid configuration for read-only attribute", address: ADDRESS, attribute: "user_count" }),
      ]);
    });

    it("refuses a required argument whose value is null once it is known, at plan", async () => {
      write({ network: "var.net" });
      expect((await tf(["validate"], DEMO_KEYS.readWrite)).code).toBe(0); // variables are unknown to validate
      sim.resetStats();
      const plan = await tf(["plan", "-json"], DEMO_KEYS.readWrite);
      expect(plan.code).toBe(1);
      expect(diagnosticsOf(plan, ws)).toEqual([expect.objectContaining({ summary: "Missing required argument", address: ADDRESS, attribute: "network", expression: "var.net" })]);
      expect(sim.stats.requests).toBe(0);
    });
  });

  describe("state terraform 0.11 wrote (flatmap)", () => {
    it("says what to do, and doing it works: state rm, then apply creates the check again", async () => {
      const file = join(ws.dir, "terraform.tfstate");
      const saved = readFileSync(file, "utf8");
      const doc = JSON.parse(saved) as { resources: { type: string; instances: Record<string, unknown>[] }[] };
      const instance = doc.resources.find((r) => r.type === "c1twingate_credential_check")?.instances[0];
      if (!instance) throw new Error("no check in state");
      const attributes = instance.attributes as Record<string, unknown>;
      delete instance.attributes;
      instance.attributes_flat = { id: String(attributes.id), network: "acme", require: "write" };
      instance.schema_version = 0;
      writeFileSync(file, JSON.stringify(doc));
      const plan = await tf(["plan", "-json", "-var", "require=write"], DEMO_KEYS.readWrite);
      expect(plan.code).toBe(1);
      const [diagnostic] = diagnosticsOf(plan, ws);
      expect(diagnostic?.summary).toBe("Unsupported state format");
      expect(diagnostic?.detail).toContain("terraform state rm <address>");
      expect(diagnostic?.detail).toContain("cannot be imported, so the next terraform apply creates it again");
      expect((await ws.run(["state", "rm", ADDRESS])).code).toBe(0);
      const apply = await tf(["apply", "-auto-approve", "-json", "-var", "require=write"], DEMO_KEYS.readWrite);
      expect(changeSummaryOf(apply)).toMatchObject({ operation: "apply", add: 1 });
    });
  });

  describe("destroy", () => {
    it("names the way out when the key is revoked, and terraform destroy -refresh=false works with no network at all", async () => {
      const salt = saltOf(String(state()?.key_fingerprint));
      expect(state()?.key_fingerprint).toBe(fingerprint(new ApiKey(DEMO_KEYS.readWrite), salt ?? ""));
      sim.network("acme")?.revoke(DEMO_KEYS.readWrite);
      try {
        const plan = await tf(["plan", "-destroy", "-json", "-var", "require=write"], DEMO_KEYS.readWrite);
        expect(plan.code).toBe(1);
        const diagnostics = diagnosticsOf(plan, ws);
        expect(diagnostics).toEqual([expect.objectContaining({ summary: expect.stringContaining("Twingate refused the API key"), attribute: "api_key" })]);
        expect(diagnostics[0]?.detail).toContain("Run terraform destroy -refresh=false");
      } finally {
        sim.network("acme")?.restore(DEMO_KEYS.readWrite);
      }
      await sim.close();
      const destroy = await tf(["destroy", "-auto-approve", "-refresh=false", "-json", "-var", "require=write"], DEMO_KEYS.readWrite);
      expect(changeSummaryOf(destroy)).toMatchObject({ operation: "destroy", remove: 1 });
      expect(ws.state().resources.filter((r) => r.mode === "managed")).toHaveLength(0);
    });
  });

  describe("afterwards", () => {
    it("terraform never called the provider buggy, and showed no key", () => {
      expect(ws.history.length).toBeGreaterThan(20);
      const output = ws.history.map((r) => r.stdout + r.stderr).join("\n");
      expect(output).not.toMatch(/bug in the provider|inconsistent (final plan|result after apply)/i);
      for (const key of Object.values(DEMO_KEYS)) expect(output).not.toContain(key);
    });
  });
});

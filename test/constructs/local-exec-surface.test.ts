/**
 * validation "local-exec" synthesizes a CLI command that speaks the construct's words
 * (`--surface twingate-integration`: a Read-only key is told about access: "provisioning", not
 * `--require write`) and checks where the stack's c1twingate provider points (its base_url, e.g.
 * the sandbox's simulator, in the provisioner's environment), whichever order the provider is
 * declared in (outside tester of issue 12, finding 5). The synthesized command is then run by a
 * shell, as terraform's local-exec runs it, against the Twingate simulator.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { TerraformVariable } from "cdktf";
import { c1twingate, TwingateIntegration } from "../../constructs";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { newStack, synthJson, validProps, type SynthJson } from "./stack-fixture";
import { suiteCodeCacheEnv } from "../helpers/cli";

const CLI = join(__dirname, "..", "..", "dist", "cli.js");

jest.setTimeout(180_000);

interface LocalExec {
  command: string;
  environment: Record<string, string>;
}
function localExec(json: SynthJson): LocalExec {
  const resources = Object.values(json.resource?.null_resource ?? {}) as { provisioner: { "local-exec": LocalExec }[] }[];
  expect(resources).toHaveLength(1);
  return resources[0]!.provisioner[0]!["local-exec"];
}

describe("validation local-exec: the synthesized check", () => {
  it("names the construct's surface; without a c1twingate provider, no base URL", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { validation: "local-exec", access: "provisioning" }));
    const exec = localExec(synthJson(stack));
    expect(exec.command).toBe("c1-twingate check --network acme --require write --surface twingate-integration");
    expect(exec.environment).toEqual({ TWINGATE_API_KEY: "${var.twingate_api_key}" });
  });

  it("carries the base_url of the stack's provider declared after the integration, through the environment", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { validation: "local-exec", access: "provisioning", allowCheckedHostMismatch: true }));
    new c1twingate.provider.C1TwingateProvider(stack, "c1twingate", { baseUrl: "http://127.0.0.1:4567/{network}" });
    const exec = localExec(synthJson(stack));
    expect(exec.command).toBe('c1-twingate check --network acme --base-url "$C1TWINGATE_BASE_URL" --require write --surface twingate-integration');
    expect(exec.environment).toEqual({ TWINGATE_API_KEY: "${var.twingate_api_key}", C1TWINGATE_BASE_URL: "http://127.0.0.1:4567/{network}" });
  });

  it("carries the checkProvider's base_url, a variable terraform resolves", () => {
    const { stack, apiKey } = newStack();
    const url = new TerraformVariable(stack, "twingate_base_url", { type: "string" });
    const checkProvider = new c1twingate.provider.C1TwingateProvider(stack, "sandbox", { alias: "sandbox", baseUrl: url.stringValue });
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { validation: "local-exec", checkProvider, allowCheckedHostMismatch: true }));
    const exec = localExec(synthJson(stack));
    expect(exec.command).toContain('--base-url "$C1TWINGATE_BASE_URL"');
    expect(exec.environment.C1TWINGATE_BASE_URL).toBe("${var.twingate_base_url}");
  });

  describe("run by a shell as local-exec runs it", () => {
    let sim: RunningSimulator;
    beforeAll(async () => {
      if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (jest's global setup does)`);
      sim = await startSimulator();
    });
    afterAll(async () => sim?.close());

    const run = (key: string) => {
      const { stack, apiKey } = newStack();
      new c1twingate.provider.C1TwingateProvider(stack, "c1twingate", { baseUrl: sim.baseUrl });
      new TwingateIntegration(stack, "Acme", validProps(apiKey, { validation: "local-exec", access: "provisioning", allowCheckedHostMismatch: true, cliCommand: `"${process.execPath}" "${CLI}"` }));
      const exec = localExec(synthJson(stack));
      // What terraform does: interpolate the environment's values, then `/bin/sh -c command`.
      const environment = { ...exec.environment, TWINGATE_API_KEY: key };
      // Asynchronously: the simulator answers from this process.
      return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn("/bin/sh", ["-c", exec.command], { env: { PATH: process.env.PATH, NO_COLOR: "1", ...suiteCodeCacheEnv(), ...environment }, stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
        child.on("error", reject);
        child.on("close", (status) => resolve({ status, stdout, stderr }));
      });
    };

    it("a Read & Write key passes against the provider's endpoint (the simulator, not acme.twingate.com)", async () => {
      const r = await run(DEMO_KEYS.readWrite);
      expect(`${r.stdout}${r.stderr}`).not.toContain(DEMO_KEYS.readWrite);
      expect(r.status).toBe(0);
    });

    it("a Read-only key fails in the construct's words", async () => {
      const r = await run(DEMO_KEYS.readOnly);
      const out = `${r.stdout}\n${r.stderr}`;
      expect(r.status).toBe(1);
      expect(out).toContain('access: "provisioning"');
      expect(out).not.toContain("--require write");
      expect(out).not.toContain(DEMO_KEYS.readOnly);
    });
  });
});

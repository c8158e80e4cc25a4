/**
 * `c1-twingate check --stack DIR` checks every credential check of a synthesized stack the way
 * terraform will (keys from TF_VAR_<name>, endpoint from the stack's provider block), in the words
 * of the surface that wrote it; and in GitHub Actions a run without secrets is handled: a pull
 * request from a fork is a skipped check with a warning annotation and summary (issue 12 §4), a
 * missing secret elsewhere an error that says where to add it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { runCli } from "../helpers/cli";

jest.setTimeout(180_000);

let sim: RunningSimulator;
let dir: string;

function writeStack(name: string, checks: Record<string, Record<string, unknown>>, provider: Record<string, unknown>): string {
  const stackDir = join(dir, "cdktf.out", "stacks", name);
  mkdirSync(stackDir, { recursive: true });
  const resource: Record<string, unknown> = {};
  for (const [id, block] of Object.entries(checks)) resource[id] = { "//": { metadata: { path: `${name}/${id}/CredentialCheck` } }, ...block };
  writeFileSync(
    join(stackDir, "cdk.tf.json"),
    JSON.stringify({ provider: { c1twingate: [provider] }, variable: { key_a: { sensitive: true }, key_b: { sensitive: true } }, resource: { c1twingate_credential_check: resource } }),
  );
  return stackDir;
}

function github(extra: NodeJS.ProcessEnv = {}): { env: NodeJS.ProcessEnv; summary: string; output: string } {
  const summary = join(dir, `summary-${Math.random().toString(36).slice(2)}.md`);
  const output = join(dir, `output-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(summary, "");
  writeFileSync(output, "");
  return { env: { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, ...extra }, summary, output };
}

function event(name: string, payload: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

beforeAll(async () => {
  sim = await startSimulator();
  dir = mkdtempSync(join(tmpdir(), "c1tg-stack-"));
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("check --stack", () => {
  it("checks each credential check with the key terraform would get, in the construct's words", async () => {
    const stack = writeStack(
      "prod",
      {
        Read: { network: "acme", api_key: "${var.key_a}", require: "read" },
        Provisioning: { network: "acme", api_key: "${var.key_b}", require: "write", surface: "twingate-integration" },
      },
      { base_url: sim.baseUrl },
    );
    const gh = github();
    const run = await runCli(["check", "--stack", stack], { env: { TF_VAR_key_a: DEMO_KEYS.readOnly, TF_VAR_key_b: DEMO_KEYS.readOnly, ...gh.env } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("prod/Read/CredentialCheck (c1twingate_credential_check.Read)");
    expect(run.stdout).toContain("✔ credentials OK");
    // The construct's check speaks the construct's props; never the HCL argument.
    expect(run.stdout).toMatch(/is Read-only \(.*\), but access: "provisioning" needs a Read & Write key/);
    expect(run.stdout).not.toContain('require = "write"');
    expect(run.stdout).toMatch(/^::error title=c1-twingate check prod\/Provisioning\/CredentialCheck%3A PERMISSION_INSUFFICIENT::/m);
    expect(readFileSync(gh.summary, "utf8")).toContain("❌ Twingate credential check for `acme`");
    expect(readFileSync(gh.output, "utf8")).toBe("verdict=failed\n");
    for (const key of [DEMO_KEYS.readOnly]) expect(run.stdout + run.stderr + readFileSync(gh.summary, "utf8")).not.toContain(key);
  });

  it("passes when every check passes, and says the write check succeeded in words that read as success", async () => {
    const stack = writeStack("ok", { Provisioning: { network: "acme", api_key: "${var.key_b}", require: "write" } }, { base_url: sim.baseUrl });
    const gh = github();
    const run = await runCli(["check", "--stack", stack], { env: { TF_VAR_key_b: DEMO_KEYS.readWrite, ...gh.env } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✔ write: the key may write: Twingate accepted a harmless no-op change/);
    expect(readFileSync(gh.output, "utf8")).toBe("verdict=passed\n");
  });

  it("on a pull request from a fork (no secrets), skips with a warning annotation, a summary and verdict=skipped", async () => {
    const stack = writeStack("fork", { Provisioning: { network: "acme", api_key: "${var.key_b}", require: "write" } }, { base_url: sim.baseUrl });
    const payload = { pull_request: { head: { repo: { full_name: "mallory/infra", fork: true } }, base: { repo: { full_name: "acme/infra" } } } };
    const gh = github({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event("fork.json", payload), TF_VAR_key_b: "" });
    const before = sim.stats.requests;
    const run = await runCli(["check", "--stack", stack], { env: gh.env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning title=c1-twingate check%3A skipped::Twingate credentials not checked: secrets are not available to pull requests from forks, so TF_VAR_key_b is empty/m);
    expect(readFileSync(gh.summary, "utf8")).toContain("### ⚠️ Twingate credential check skipped");
    expect(readFileSync(gh.output, "utf8")).toBe("verdict=skipped\n");
    expect(sim.stats.requests).toBe(before);
    // No advice that cannot be followed on a fork ("export it").
    expect(run.stderr).not.toContain("which is not set");
  });

  it("with a missing secret on the repository's own pull request, fails with an annotation saying where to add it", async () => {
    const stack = writeStack("same", { Read: { network: "acme", api_key: "${var.key_a}" } }, { base_url: sim.baseUrl });
    const payload = { pull_request: { head: { repo: { full_name: "acme/infra", fork: false } }, base: { repo: { full_name: "acme/infra" } } } };
    const gh = github({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event("same.json", payload) });
    const run = await runCli(["check", "--stack", stack], { env: gh.env });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error title=c1-twingate check%3A no API key::TF_VAR_key_a is empty: add the Twingate API key as a repository secret/m);
    expect(readFileSync(gh.output, "utf8")).toBe("verdict=failed\n");
  });

  it("plain check on a fork's pull request is skipped the same way (TWINGATE_API_KEY empty)", async () => {
    const payload = { pull_request: { head: { repo: null }, base: { repo: { full_name: "acme/infra" } } } };
    const gh = github({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event("deleted-fork.json", payload), TWINGATE_API_KEY: "" });
    const run = await runCli(["check", "--network", "acme", "--base-url", sim.baseUrl], { env: gh.env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("secrets are not available to pull requests from forks, so TWINGATE_API_KEY is empty");
  });

  it("refuses hand flags next to --stack as a usage error", async () => {
    const stack = writeStack("flags", { A: { network: "acme", api_key: "${var.key_a}" } }, {});
    const both = await runCli(["check", "--stack", stack, "--network", "acme"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("drop --network");
  });

  it("a stack without credential checks has nothing to check: exit 0, verdict none, a notice and summary (issue 12, multi-stack apps)", async () => {
    const other = join(dir, "cdktf.out", "stacks", "other");
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, "cdk.tf.json"), JSON.stringify({ output: { hello: { value: "world" } } }));
    const plain = await runCli(["check", "--stack", other]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain("no credential check in stack other: nothing to check");
    const json = await runCli(["check", "--stack", other, "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);

    const gh = github({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event("same-repo.json", { pull_request: { head: { repo: { full_name: "acme/infra" } }, base: { repo: { full_name: "acme/infra" } } } }) });
    const inActions = await runCli(["check", "--stack", join(other, "cdk.tf.json")], { env: gh.env });
    expect(inActions.code).toBe(0);
    expect(inActions.stdout).toMatch(/^::notice title=c1-twingate check other::no credential check in stack other: nothing to check/m);
    expect(readFileSync(gh.output, "utf8")).toBe("verdict=none\n");
    expect(readFileSync(gh.summary, "utf8")).toContain("stack `other`: nothing to check");

    // A fork's pull request gets no secrets: its plan would need them, so no plan (skipped).
    const fork = github({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event("fork-other.json", { pull_request: { head: { repo: { full_name: "someone/infra" } }, base: { repo: { full_name: "acme/infra" } } } }) });
    const forked = await runCli(["check", "--stack", other], { env: fork.env });
    expect(forked.code).toBe(0);
    expect(forked.stdout).toMatch(/^::warning .*secrets are not available to pull requests from forks, so the plan is not run/m);
    expect(readFileSync(fork.output, "utf8")).toBe("verdict=skipped\n");
  });
});

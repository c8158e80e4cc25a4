import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONNECTOR_VERSIONS, type SyncPreviewResult } from "../../src/reconciler/preview";
import { startSimulator, tenantScenario, type RunningSimulator } from "../../src/simulator";
import { runCli } from "../helpers/cli";

/**
 * `c1-twingate preview` shows "What ConductorOne will show" (issue 10 §1) in every output, takes
 * `--connector-version`, and the committed markdown examples under examples/preview/ are what it
 * prints today for the all-gaps tenant (regenerate: UPDATE_PREVIEW_EXAMPLES=1 npx jest <this file>).
 */

jest.setTimeout(120_000);

// Random like a real key: a key made of English words would share 6-letter fragments with role and
// group names, which the gate withholds when several strings of one response spell part of it.
const KEY = "sim-ro-Qm7Tz2Vx9Kb4Lp8Wn3Rc6Hd1Fg5Js0";
const EXAMPLES = join(__dirname, "..", "..", "examples", "preview");
const SCENARIO = tenantScenario("all-gaps");
// A group whose name tries to break out of a terminal line, a table cell and markdown.
const EVIL = "Ops\u001b[31m | `x` <b>*bold*</b>\n::error::pwned";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({
    rateLimit: false,
    networks: [
      { name: "acme", scenario: "all-gaps", tokens: [{ key: KEY, permission: "read" }] },
      { name: "evil", tenant: { seed: 1, users: 70, groups: 0, extraGroups: [{ name: EVIL, members: 60 }] }, tokens: [{ key: KEY, permission: "read" }] },
    ],
  });
});
afterAll(() => sim.close());

function preview(network: string, ...extra: string[]) {
  return runCli(["preview", "--network", network, "--base-url", sim.baseUrl, ...extra], { env: { TWINGATE_API_KEY: KEY } });
}

/** The one line that varies between runs: how long the preview took. */
function normalise(markdown: string): string {
  return markdown.replace(/( request\(s\) \(lower bound \d+ at page size \d+\) in )[\d.]+ (s|min|h)/, "$1<duration>");
}

describe("What ConductorOne will show, in the CLI", () => {
  it.each(CONNECTOR_VERSIONS)("--markdown of the all-gaps tenant (%s) equals the committed example", async (version) => {
    const run = await preview("acme", "--markdown", "--connector-version", version, "--groups", SCENARIO.groupsToProvision.join(","));
    // The provisioning targets include a SYNCED group: error findings, exit 1.
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("#### What ConductorOne will show");
    expect(run.stdout).toContain(`Modelled connector: **${version}**`);
    const file = join(EXAMPLES, version === "baton-2023" ? "all-gaps.md" : `all-gaps-${version}.md`);
    if (process.env.UPDATE_PREVIEW_EXAMPLES === "1") {
      mkdirSync(EXAMPLES, { recursive: true });
      writeFileSync(file, run.stdout);
    }
    expect(normalise(run.stdout)).toBe(normalise(readFileSync(file, "utf8")));
    expect(run.stdout).not.toContain(KEY);
  });

  it("human output: the side-by-side table, the entitlements and the role mapping", async () => {
    const run = await preview("acme");
    expect(run.code).toBe(0);
    const summary = sim.network("acme")!.tenant.summary();
    const engineering = summary.groupMembers.find((g) => g.name === "Engineering")!;
    expect(run.stdout).toContain("What ConductorOne will show");
    expect(run.stdout).toContain("modelled connector baton-2023, most likely the cloud-hosted v1 integration");
    expect(run.stdout).toMatch(new RegExp(`Engineering Group Member\\s+${engineering.membersInDefaultPage}\\s+${engineering.members}\\s+no`));
    expect(run.stdout).toMatch(new RegExp(`Admin Role Member\\s+${summary.users.isAdmin.true}\\s+${summary.users.byRole.ADMIN}`));
    expect(run.stdout).toMatch(/DEVOPS\s+true\s+Admin \(differs\)/);
    expect(run.stdout).toContain("[PREVIEW_CONNECTOR_MEMBERS_NOT_SEEN]");
  });

  it("--json carries the connector view of the chosen version", async () => {
    const run = await preview("acme", "--json", "--connector-version", "baton-2026");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as SyncPreviewResult & { connectorView: { version: string; entitlements: Array<{ displayName: string; grants: number }> } };
    const summary = sim.network("acme")!.tenant.summary();
    expect(result.connectorView.version).toBe("baton-2026");
    expect(result.connectorView.entitlements).toHaveLength(5 + summary.groups.total);
    expect(result.connectorView.entitlements[3]).toMatchObject({ displayName: "Access Reviewer Role Member", grants: summary.users.byRole.ACCESS_REVIEWER });
  });

  it("the fix that names a setting uses the CLI's flag", async () => {
    const run = await preview("acme", "--groups", "Engineering");
    expect(run.stdout).toContain("[PREVIEW_CONNECTOR_NO_PROVISIONING]");
    expect(run.stdout).toContain("preview with --connector-version baton-2026");
  });

  it("exits 2 on an unknown --connector-version, quoting no value", async () => {
    const run = await preview("acme", "--connector-version", "sim-secret-looking-value");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--connector-version must be one of baton-2023, baton-2026");
    expect(run.stderr).not.toContain("sim-secret-looking-value");
  });

  it("a group name from the server stays inert in the new section, in text and markdown", async () => {
    const text = await preview("evil");
    expect(text.code).toBe(0);
    const section = text.stdout.slice(text.stdout.indexOf("What ConductorOne will show"));
    expect(section).toContain("Ops\\x1b[31m | `x` <b>*bold*</b>\\n:\\:error:\\:pwned Group Member");
    const markdown = await preview("evil", "--markdown");
    expect(markdown.code).toBe(0);
    const mdSection = markdown.stdout.slice(markdown.stdout.indexOf("#### What ConductorOne will show"));
    expect(mdSection).toContain("| Ops\\\\x1b\\[31m \\| \\`x\\` &lt;b&gt;\\*bold\\*&lt;/b&gt;\\\\n:\\\\:error:\\\\:pwned Group Member | 50 | 60 | no |");
    expect(mdSection).not.toContain("<b>");
    for (const out of [text.stdout, markdown.stdout]) {
      expect(out).not.toContain("\u001b");
      expect(out).not.toMatch(/^\s*::/m);
    }
  });
});

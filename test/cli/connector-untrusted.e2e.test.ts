import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConductorOneClient, TWINGATE_CATALOG_ID } from "../../src/conductorone";
import { startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
import { runCli } from "../helpers/cli";

jest.setTimeout(300_000);

// M1 end to end (the breaker's reproduction): a connector answer whose status, times and
// lastError carry ESC/BEL, a line break + `::error::`, the Twingate key and the access token.
// `c1-twingate connector status` (text, --json, GitHub annotations and job summary, --wait
// progress on stderr) shows none of them raw.
describe("connector status: hostile server text", () => {
  const KEY = "tgk-CANARY-untrusted-0123456789abcdefgh";
  const HOSTILE = "\u001b[31mEVIL\n::error::x\u0007";
  let sim: RunningConductorOneSimulator;
  let client: ConductorOneClient;
  let appId: string;
  let connectorId: string;
  let dir: string;
  let caFile: string;

  beforeAll(async () => {
    sim = await startConductorOneSimulator({ apps: [{ displayName: "Twingate" }], sync: { behaviour: { kind: "succeed" }, queueMs: 0, runMs: 0 } });
    appId = sim.apps()[0]!.id;
    dir = mkdtempSync(join(tmpdir(), "c1-untrusted-"));
    caFile = join(dir, "ca.pem");
    writeFileSync(caFile, sim.caPem);
    client = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url }, ca: sim.caPem });
    connectorId = (await client.createDelegatedConnector(appId, { displayName: "Twingate", catalogId: TWINGATE_CATALOG_ID })).id;
  });
  afterAll(async () => {
    client.close();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const hostileBody = (): string => {
    const poison = `${HOSTILE} key=${KEY} token=${sim.credentials.accessToken}`;
    return JSON.stringify({
      connectorView: {
        connector: {
          id: connectorId,
          appId,
          configUpdatedAt: poison,
          syncDisabledReason: poison,
          status: { status: `SYNC_STATUS_${poison}`, startedAt: poison, completedAt: poison, updatedAt: poison, lastError: poison },
        },
      },
    });
  };

  it.each([
    ["text", [] as string[]],
    ["--json", ["--json"]],
    ["--wait (progress on stderr)", ["--wait", "0.01", "--poll-seconds", "0.2"]],
  ])("%s: no control character, no workflow command line, no secret", async (_, args) => {
    sim.faults.push({ status: 200, method: "GET", path: `/api/v1/apps/${appId}/connectors/${connectorId}`, body: hostileBody(), times: 50 });
    const summary = join(dir, `summary-${args.length}.md`);
    writeFileSync(summary, "");
    const run = await runCli(["connector", "status", "--app-id", appId, "--connector-id", connectorId, ...args], {
      env: { CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url, SSL_CERT_FILE: caFile, TWINGATE_API_KEY: KEY, GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary },
      timeoutMs: 120_000,
    });
    sim.faults.clear();
    expect(run.code).toBe(1);
    const everything = `${run.stdout}\n${run.stderr}\n${readFileSync(summary, "utf8")}`;
    expect(everything).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    // The only workflow commands are ours (annotations start "::error title=" or "::warning"), never the server's "::error::x".
    expect(everything).not.toMatch(/(^|\n)\s*::error::x/);
    expect(everything.toLowerCase()).not.toContain(KEY.slice(4, 16).toLowerCase());
    expect(everything).not.toContain(sim.credentials.accessToken.slice(-16));
    expect(everything).toContain("[redacted]");
  });
});

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConductorOneClient, TWINGATE_CATALOG_ID, twingateConnectorConfig } from "../../src/conductorone";
import { DEMO_KEYS } from "../../src/simulator";
import { runCli, startCliServer, type CliServer } from "../helpers/cli";
import { httpsRequest } from "../c1simulator/https-request";

// `c1-twingate c1-simulator --with-twingate-simulator` as a user starts it: the printed
// credentials and CA work, a Twingate connector created through the API reaches Connected
// (checked by `connector status --wait`), and SIGTERM stops it.
describe("c1-twingate c1-simulator", () => {
  let server: CliServer | undefined;
  let out = "";
  const caFile = join(mkdtempSync(join(tmpdir(), "c1sim-cli-")), "ca.pem");
  const printed = (name: string): string => new RegExp(`export ${name}='?([^'\\n]+)'?`).exec(out)![1]!;

  beforeAll(async () => {
    server = await startCliServer(["c1-simulator", "--port", "0", "--with-twingate-simulator", "--ca-file", caFile, "--sync-queue-seconds", "0.2", "--sync-run-seconds", "0.3"]);
    out = server.banner;
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(join(caFile, ".."), { recursive: true, force: true });
  });

  it("prints working credentials, a CA file and the seeded app; a connector syncs against the Twingate simulator", async () => {
    expect(readFileSync(caFile, "utf8")).toContain("-----BEGIN CERTIFICATE-----");
    const env = { CONDUCTORONE_SERVER_URL: printed("CONDUCTORONE_SERVER_URL"), CONDUCTORONE_CLIENT_ID: printed("CONDUCTORONE_CLIENT_ID"), CONDUCTORONE_CLIENT_SECRET: printed("CONDUCTORONE_CLIENT_SECRET"), SSL_CERT_FILE: caFile };
    const appId = /app "Twingate": (\w+)/.exec(out)![1]!;
    const client = new ConductorOneClient({ env });
    try {
      const connector = await client.createConnector(appId, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", DEMO_KEYS.readWrite) });
      const run = await runCli(["connector", "status", "--app-id", appId, "--connector-id", connector.id, "--wait", "1", "--poll-seconds", "0.2"], { env, timeoutMs: 120_000 });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("✔ Connected");
    } finally {
      client.close();
    }
  });

  it("m11: prints the Twingate demo keys' names and both control endpoints, which steer syncs and revoke keys at run time", async () => {
    expect(out).toMatch(/acme read-write \[read-write\]: sim-rw-/);
    expect(out).toMatch(/acme read-only \[read\]: sim-ro-/);
    const twingateControl = /Twingate simulator control: (http:\/\/127\.0\.0\.1:\d+\/_simulator\/)/.exec(out)![1]!;
    const c1Control = /control endpoint: (https:\/\/127\.0\.0\.1:\d+\/_simulator\/)/.exec(out)![1]!;
    const env = { CONDUCTORONE_SERVER_URL: printed("CONDUCTORONE_SERVER_URL"), CONDUCTORONE_CLIENT_ID: printed("CONDUCTORONE_CLIENT_ID"), CONDUCTORONE_CLIENT_SECRET: printed("CONDUCTORONE_CLIENT_SECRET"), SSL_CERT_FILE: caFile };
    const appId = /app "Twingate": (\w+)/.exec(out)![1]!;
    const ca = readFileSync(caFile, "utf8");
    const client = new ConductorOneClient({ env });
    try {
      const connector = await client.createConnector(appId, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", DEMO_KEYS.readOnly) });
      // The C1 control endpoint: make this connector's syncs fail, then read the status it reports.
      const set = await httpsRequest(`${c1Control}connectors/${connector.id}/behaviour`, ca, { method: "POST", body: JSON.stringify({ kind: "fail", lastError: "twingate-client: GraphQL HTTP request failed 503 Service Unavailable" }) });
      expect(set.status).toBe(200);
      // The connector's first sync started when it was made, and may have finished before the
      // behaviour was set (a loaded machine): the same config again starts a sync that has it.
      await client.updateConnectorConfig(appId, connector.id, twingateConnectorConfig("acme", DEMO_KEYS.readOnly));
      const run = await runCli(["connector", "status", "--app-id", appId, "--connector-id", connector.id, "--wait", "1", "--poll-seconds", "0.2", "--json"], { env, timeoutMs: 120_000 });
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout).findings[0].code).toBe("C1_SYNC_ERROR");
      const status = await httpsRequest(c1Control, ca);
      expect(status.json().connectors).toEqual(expect.arrayContaining([expect.objectContaining({ id: connector.id, status: "SYNC_STATUS_ERROR" })]));
      expect((await httpsRequest(`${c1Control}connectors/${connector.id}/pause`, ca, { method: "POST", body: "{}" })).status).toBe(200);
      expect((await httpsRequest(`${c1Control}nope`, ca)).status).toBe(404);
      // The embedded Twingate simulator's control endpoint: revoke a demo key by name.
      const revoked = await fetch(`${twingateControl}networks/acme/tokens/revoke`, { method: "POST", body: JSON.stringify({ name: "read-write" }) });
      expect(revoked.status).toBe(200);
    } finally {
      client.close();
    }
  });

  it("rejects bad flags with exit code 2", async () => {
    const run = await runCli(["c1-simulator", "--behaviour", "explode"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--behaviour must be");
  });

  it("stops on SIGTERM", async () => {
    expect(await server!.stop()).toBe(0);
  });
});

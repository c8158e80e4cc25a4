import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
import { ConductorOneClient, TWINGATE_CATALOG_ID, twingateConnectorConfig } from "../../src/conductorone";
import { startSimulator, DEMO_KEYS, type RunningSimulator } from "../../src/simulator";
import { VirtualClock } from "../helpers/virtual-clock";
import { httpsRequest } from "./https-request";

// The part of the API the ConductorOne stand-in provider uses beyond connectors: app fields and
// updates, app entitlements, connector owners by entitlement, user and app search filters, the
// change log, and what the simulator logs (never a key).
describe("simulator API used by the stand-in provider", () => {
  const clock = new VirtualClock();
  const OKTA = { id: "2GkPvCsvc6nHg5ThWebYO3tvKEZ", displayName: "Okta", isDirectory: true, entitlements: [{ id: "2EntEngineering000000000001", displayName: "Engineering member" }] };
  const log: string[] = [];
  let twingate: RunningSimulator;
  let sim: RunningConductorOneSimulator;
  let client: ConductorOneClient;
  let dir: string;
  const post = (path: string, body: unknown) =>
    httpsRequest(`${sim.url}${path}`, sim.caPem, { method: "POST", headers: { authorization: `Bearer ${sim.credentials.accessToken}`, "content-type": "application/json" }, body: JSON.stringify(body) });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "c1sim-standin-"));
    twingate = await startSimulator();
    sim = await startConductorOneSimulator({
      now: clock.now,
      tickMs: 0,
      twingate: { baseUrl: twingate.baseUrl },
      sync: { queueMs: 0, runMs: 1000 },
      log: (line) => void log.push(line),
      users: [
        { id: "2ZuAlice000000000000000000a", email: "alice@acme.example", department: "IT", jobTitle: "Admin", roleIds: ["r1"] },
        { id: "2ZuBob00000000000000000000b", email: "bob@acme.example", department: "Sales", type: "USER_TYPE_SERVICE", status: "DISABLED", managerIds: ["2ZuAlice000000000000000000a"] },
      ],
      apps: [OKTA],
    });
    const caFile = join(dir, "ca.pem");
    writeFileSync(caFile, sim.caPem);
    // providerEnv is what a provider process (the stand-in, or this client) needs.
    client = new ConductorOneClient({ env: sim.providerEnv(caFile), clock });
  });
  afterAll(async () => {
    client.close();
    await sim.close();
    await twingate.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates an app with CreateAppRequest's fields, updates only the masked ones, and checks owner refs", async () => {
    const created = await client.createApp({
      displayName: "Twingate (acme)",
      monthlyCostUsd: 12,
      identityMatching: "APP_USER_IDENTITY_MATCHING_STRICT",
      annotations: { managed_by: "cdktf" },
      appEntitlementOwnerRefs: [{ appId: OKTA.id, id: OKTA.entitlements[0]!.id }],
    });
    expect(created).toMatchObject({ displayName: "Twingate (acme)", monthlyCostUsd: 12, identityMatching: "APP_USER_IDENTITY_MATCHING_STRICT", annotations: { managed_by: "cdktf" }, description: "" });
    const updated = await client.updateApp(created.id, { displayName: "ignored", description: "new" }, ["description"]);
    expect(updated).toMatchObject({ displayName: "Twingate (acme)", description: "new", monthlyCostUsd: 12 });
    expect((await post(`/api/v1/apps/${created.id}`, { app: { id: "x" }, updateMask: "id" })).status).toBe(400);
    await expect(client.createApp({ displayName: "Bad refs", appEntitlementOwnerRefs: [{ appId: OKTA.id, id: "2EntMissing0000000000000001" }] })).rejects.toMatchObject({ code: "C1_NOT_FOUND" });
    expect(sim.changes().map((c) => `${c.seq} ${c.action} ${c.object} ${c.summary}`)).toEqual([
      `1 create app app "Twingate (acme)"`,
      `2 update app app "Twingate (acme)" (description)`,
    ]);
  });

  it("lists an app's entitlements and 404s an unknown one", async () => {
    const listed = await httpsRequest(`${sim.url}/api/v1/apps/${OKTA.id}/entitlements`, sim.caPem, { headers: { authorization: `Bearer ${sim.credentials.accessToken}` } });
    expect(listed.json().list).toEqual([{ appEntitlement: expect.objectContaining({ id: OKTA.entitlements[0]!.id }) }]);
    await expect(client.getAppEntitlement(OKTA.id, "2EntMissing0000000000000001")).rejects.toMatchObject({ code: "C1_NOT_FOUND" });
  });

  it("connector owners by entitlement: add (idempotent), get, list, delete; an unknown entitlement is refused", async () => {
    const connector = await client.createDelegatedConnector(OKTA.id, { displayName: "Twingate", catalogId: TWINGATE_CATALOG_ID });
    const ref = { appId: OKTA.id, id: OKTA.entitlements[0]!.id };
    const owner = await client.addConnectorOwnerEntitlement(OKTA.id, connector.id, "owner", ref);
    expect(owner).toMatchObject({ roleSlug: "owner", appEntitlement: { id: ref.id, displayName: "Engineering member" } });
    await client.addConnectorOwnerEntitlement(OKTA.id, connector.id, "owner", ref);
    const path = `/api/v2/apps/${OKTA.id}/connectors/${connector.id}/owners/entitlements`;
    const listed = await httpsRequest(`${sim.url}${path}`, sim.caPem, { headers: { authorization: `Bearer ${sim.credentials.accessToken}` } });
    expect(listed.json().list).toHaveLength(1);
    expect(await client.getConnectorOwnerEntitlement(OKTA.id, connector.id, "owner", ref)).toMatchObject({ roleSlug: "owner" });
    await expect(client.addConnectorOwnerEntitlement(OKTA.id, connector.id, "owner", { appId: OKTA.id, id: "2EntMissing0000000000000001" })).rejects.toMatchObject({ code: "C1_NOT_FOUND" });
    await client.deleteConnectorOwnerEntitlement(OKTA.id, connector.id, "owner", ref);
    expect(await client.getConnectorOwnerEntitlement(OKTA.id, connector.id, "owner", ref)).toBeNull();
    const owners = sim.changes().filter((c) => c.object === "connector_owner_entitlement").map((c) => `${c.action} ${c.id}`);
    expect(owners).toEqual([`create ${connector.id}/owner/${ref.appId}/${ref.id}`, `delete ${connector.id}/owner/${ref.appId}/${ref.id}`]);
  });

  it("searches users with SearchUsersRequest's filters and refuses one it cannot apply", async () => {
    const ids = async (filter: Record<string, unknown>) => (await client.searchUsers(filter)).items.map((u) => u.email);
    expect(await ids({ departments: ["IT"] })).toEqual(["alice@acme.example"]);
    expect(await ids({ userStatuses: ["DISABLED"] })).toEqual(["bob@acme.example"]);
    expect(await ids({ excludeTypes: ["USER_TYPE_SERVICE"] })).toEqual(["alice@acme.example"]);
    expect(await ids({ managerIds: ["2ZuAlice000000000000000000a"] })).toEqual(["bob@acme.example"]);
    expect(await ids({ refs: [{ id: "2ZuBob00000000000000000000b" }], jobTitles: ["Admin"] })).toEqual([]);
    expect(await ids({ query: "ALICE", roleIds: ["r1"], excludeIds: [] })).toEqual(["alice@acme.example"]);
    await expect(client.searchUsers({ origins: ["okta"] })).rejects.toMatchObject({ code: "C1_BAD_REQUEST", message: expect.stringContaining("cannot filter users by origins") });
    const byId = await httpsRequest(`${sim.url}/api/v1/users/2ZuBob00000000000000000000b`, sim.caPem, { headers: { authorization: `Bearer ${sim.credentials.accessToken}` } });
    expect(byId.json().userView.user).toMatchObject({ email: "bob@acme.example", type: "USER_TYPE_SERVICE", managerIds: ["2ZuAlice000000000000000000a"] });
  });

  it("searches apps by directory flag and exclusions, and refuses policy filters", async () => {
    const names = async (filter: Record<string, unknown>) => (await client.searchApps(filter)).items.map((a) => a.displayName);
    expect(await names({ onlyDirectories: true })).toEqual(["Okta"]);
    expect(await names({ query: "twin", excludeAppIds: [OKTA.id] })).toEqual(["Twingate (acme)"]);
    await expect(client.searchApps({ policyRefs: [{ id: "p" }] })).rejects.toMatchObject({ code: "C1_BAD_REQUEST", message: expect.stringContaining("cannot filter apps by policyRefs") });
  });

  it("logs requests and sync transitions, records changes, and never shows the connector's Twingate key", async () => {
    const connector = await client.createConnector(OKTA.id, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", DEMO_KEYS.readWrite) });
    await sim.advance();
    clock.advance(1000);
    await sim.advance();
    expect(log).toEqual(expect.arrayContaining([`connector ${connector.id} sync SYNC_STATUS_RUNNING (sync 1)`, expect.stringMatching(new RegExp(`^connector ${connector.id} sync SYNC_STATUS_DONE \\(\\d+ users, \\d+ groups\\)$`))]));
    expect(sim.changes().at(-1)).toMatchObject({ action: "create", object: "connector", id: connector.id, summary: expect.stringContaining("twingate_domain acme, twingate_apikey <set>") });
    expect(JSON.stringify([log, sim.requests, sim.changes(), sim.connectors(), sim.tokenAttempts])).not.toContain(DEMO_KEYS.readWrite);
  });
});

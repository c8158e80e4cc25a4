import { X509Certificate } from "node:crypto";
import { connect } from "node:tls";
import { ConductorOneClient, TWINGATE_CATALOG_ID, twingateConnectorConfig } from "../../src/conductorone";
import { generateSimulatorPki, KSUID_PATTERN, startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
import { VirtualClock } from "../helpers/virtual-clock";
import { httpsRequest } from "./https-request";

// The REST surface with the reference's paths, field names, id formats and paging.
describe("simulator REST API", () => {
  const clock = new VirtualClock();
  let sim: RunningConductorOneSimulator;
  let client: ConductorOneClient;
  let appId: string;
  const get = (path: string) => httpsRequest(`${sim.url}${path}`, sim.caPem, { headers: { authorization: `Bearer ${sim.credentials.accessToken}` } });
  const send = (method: string, path: string, body: unknown) =>
    httpsRequest(`${sim.url}${path}`, sim.caPem, { method, headers: { authorization: `Bearer ${sim.credentials.accessToken}`, "content-type": "application/json" }, body: JSON.stringify(body) });

  beforeAll(async () => {
    sim = await startConductorOneSimulator({ now: clock.now, tickMs: 0, apps: [{ displayName: "Twingate" }], sync: { behaviour: { kind: "succeed" } } });
    appId = sim.apps()[0]!.id;
    client = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url }, ca: sim.caPem, clock });
  });
  afterAll(async () => {
    client.close();
    await sim.close();
  });

  it("serves a certificate for 127.0.0.1 and localhost signed by its own CA", async () => {
    const ca = new X509Certificate(sim.caPem);
    expect(ca.ca).toBe(true);
    const peer = await new Promise<X509Certificate>((resolve, reject) => {
      const socket = connect({ host: "127.0.0.1", port: sim.port, ca: sim.caPem, servername: "localhost" }, () => {
        resolve(socket.getPeerX509Certificate()!);
        socket.end();
      });
      socket.on("error", reject);
    });
    expect(peer.ca).toBe(false);
    expect(peer.checkIssued(ca)).toBe(true);
    expect(peer.verify(ca.publicKey)).toBe(true);
    expect(peer.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(peer.checkHost("localhost")).toBe("localhost");
    // A fresh PKI each time: another simulator's CA does not vouch for this one.
    expect(peer.verify(new X509Certificate(generateSimulatorPki().caPem).publicKey)).toBe(false);
  });

  it("answers every object with the reference's field names and KSUID ids", async () => {
    const created = await send("POST", `/api/v1/apps/${appId}/connectors/create`, { catalogId: TWINGATE_CATALOG_ID, userIds: [], config: twingateConnectorConfig("acme", "tgk-secret-value-123") });
    expect(created.status).toBe(200);
    const connector = created.json().connectorView.connector;
    expect(Object.keys(connector)).toEqual(expect.arrayContaining(["id", "appId", "catalogId", "displayName", "config", "createdAt", "updatedAt"]));
    // The integration's user ids are no longer returned (ConductorOne release of July 10 2026).
    expect(connector).not.toHaveProperty("userIds");
    expect(connector.id).toMatch(KSUID_PATTERN);
    expect(connector.config["@type"]).toBe("type.googleapis.com/c1.api.app.v1.EnvConfig");
    expect(connector.config.configuration).toEqual({ twingate_domain: { stringValue: "acme" } });
    expect(created.body).not.toContain("tgk-secret-value-123");
    expect(created.headers["content-type"]).toBe("application/json");
    const app = (await get(`/api/v1/apps/${appId}`)).json().app;
    expect(app).toMatchObject({ id: appId, displayName: "Twingate" });
  });

  it("clamps page_size to 10..100 (default 25) and refuses a forged page_token", async () => {
    for (let i = 0; i < 120; i++) sim.seedApp({ displayName: `bulk-${i}` });
    const sizes = async (q: string) => (await get(`/api/v1/apps${q}`)).json().list.length;
    expect(await sizes("")).toBe(25);
    expect(await sizes("?page_size=5")).toBe(10);
    expect(await sizes("?page_size=500")).toBe(100);
    const first = (await get("/api/v1/apps?page_size=100")).json();
    expect(first.nextPageToken).not.toBe("");
    const second = (await get(`/api/v1/apps?page_size=100&page_token=${first.nextPageToken}`)).json();
    expect(second.list).toHaveLength(21);
    expect(second.nextPageToken).toBe("");
    const forged = await get("/api/v1/apps?page_token=bm9wZQ");
    expect(forged.status).toBe(400);
    expect(forged.json()).toMatchObject({ code: 3, message: "invalid page token" });
    // A token from one listing is no good for another.
    expect((await get(`/api/v1/apps/${appId}/connectors?page_token=${first.nextPageToken}`)).status).toBe(400);
  });

  it("answers a trailing-slash path with a 301 to the parent collection, and an unknown method with 405", async () => {
    const slash = await get(`/api/v1/apps/${appId}/`);
    expect(slash.status).toBe(301);
    expect(slash.headers.location).toBe("/api/v1/apps");
    expect((await send("PUT", `/api/v1/apps/${appId}`, {})).status).toBe(405);
    expect((await get("/api/v1/nothing")).status).toBe(404);
  });

  it("delete: by default Get answers 404 NOT_FOUND (as reported for the real API), List leaves it out, a second delete is 404", async () => {
    const created = await client.createConnector(appId, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", "k") });
    await client.deleteConnector(appId, created.id);
    const got = await get(`/api/v1/apps/${appId}/connectors/${created.id}`);
    expect(got.status).toBe(404);
    expect(got.json()).toEqual({ code: 5, message: `connector ${created.id} not found`, details: [] });
    await expect(client.getConnector(appId, created.id)).rejects.toMatchObject({ code: "C1_NOT_FOUND" });
    expect((await client.listConnectors(appId)).map((c) => c.id)).not.toContain(created.id);
    await expect(client.deleteConnector(appId, created.id)).rejects.toMatchObject({ code: "C1_NOT_FOUND" });
  });

  it('delete with deletedConnectorRead "deleted-at": Get answers the connector with deletedAt set; the setting can change at run time', async () => {
    const created = await client.createConnector(appId, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", "k") });
    await client.deleteConnector(appId, created.id);
    sim.setDeletedConnectorRead("deleted-at");
    try {
      expect((await client.getConnector(appId, created.id)).deletedAt).not.toBeNull();
      expect((await client.listConnectors(appId)).map((c) => c.id)).not.toContain(created.id);
    } finally {
      sim.setDeletedConnectorRead("not-found");
    }
    await expect(client.getConnector(appId, created.id)).rejects.toMatchObject({ code: "C1_NOT_FOUND" });
    expect(() => sim.setDeletedConnectorRead("gone" as "not-found")).toThrow(/invalid deleted-connector read "gone"/);
    await expect(startConductorOneSimulator({ deletedConnectorRead: "vanish" as "not-found" })).rejects.toThrow(/deletedConnectorRead/);
  });

  it("validates bodies: unknown user ids, missing catalogId, unsupported update mask", async () => {
    await expect(client.createConnector(appId, { catalogId: TWINGATE_CATALOG_ID, userIds: ["nobody"], config: { "@type": "x" } })).rejects.toMatchObject({
      code: "C1_BAD_REQUEST",
      message: expect.stringContaining("user nobody not found"),
    });
    expect((await send("POST", `/api/v1/apps/${appId}/connectors/create`, { config: { "@type": "x" } })).json().message).toMatch(/catalogId is required/);
    const created = await client.createDelegatedConnector(appId, { displayName: "Twingate", catalogId: TWINGATE_CATALOG_ID });
    expect((await send("POST", `/api/v1/apps/${appId}/connectors/${created.id}`, { connector: {}, updateMask: "catalogId" })).status).toBe(400);
    const user = sim.users()[0]!;
    const updated = await client.updateConnectorDelegated(appId, created.id, { displayName: "Twingate prod", userIds: [user.id] });
    expect(updated).toMatchObject({ displayName: "Twingate prod", userIds: [] });
    expect(sim.connector(created.id).userIds).toEqual([user.id]);
  });

  it("connector credentials: rotate returns the secret once; get omits it; revoke ends it and its tokens", async () => {
    const connector = await client.createDelegatedConnector(appId, { displayName: "Baton", catalogId: "2HErg7BRmNdHgX8sTCWVq4E1fyh" });
    const credential = await client.rotateCredential(appId, connector.id);
    expect(credential.clientId).toMatch(new RegExp(`@${sim.host.replace(/\./g, "\\.")}/cc$`));
    expect(String(credential.clientSecret)).toBe("[redacted connector client secret]");
    const secret = credential.clientSecret!.reveal();
    const read = await client.getCredential(appId, connector.id, credential.id);
    expect(read).toMatchObject({ id: credential.id, clientSecret: null });
    // The credential can authenticate…
    const asConnector = new ConductorOneClient({ env: { CONDUCTORONE_CLIENT_ID: credential.clientId!, CONDUCTORONE_CLIENT_SECRET: secret }, ca: sim.caPem, clock });
    await asConnector.getApp(appId);
    // …until revoked; then Get is null, revoke again is fine (404 accepted), tokens are refused.
    await client.revokeCredential(appId, connector.id, credential.id);
    expect(await client.getCredential(appId, connector.id, credential.id)).toBeNull();
    await client.revokeCredential(appId, connector.id, credential.id);
    const fresh = new ConductorOneClient({ env: { CONDUCTORONE_CLIENT_ID: credential.clientId!, CONDUCTORONE_CLIENT_SECRET: secret }, ca: sim.caPem, clock });
    await expect(fresh.getApp(appId)).rejects.toMatchObject({ code: "C1_TOKEN_REFUSED" });
    asConnector.close();
    fresh.close();
  });

  it("connector owners (v2) and user search", async () => {
    const connector = await client.createDelegatedConnector(appId, { displayName: "Twingate", catalogId: TWINGATE_CATALOG_ID });
    const found = await client.searchUsers({ email: "owen.owner@acme.example" });
    expect(found.items).toHaveLength(1);
    expect((await client.searchUsers({ email: "OWEN.OWNER@acme.example" })).items).toHaveLength(0); // exact match
    const user = found.items[0]!;
    const owner = await client.addConnectorOwnerUser(appId, connector.id, "owner", user.id);
    expect(owner).toMatchObject({ appId, connectorId: connector.id, roleSlug: "owner", user: { id: user.id, email: "owen.owner@acme.example" } });
    expect(await client.getConnectorOwnerUser(appId, connector.id, "owner", user.id)).toMatchObject({ roleSlug: "owner" });
    const listed = (await get(`/api/v2/apps/${appId}/connectors/${connector.id}/owners/users`)).json();
    expect(listed.list).toHaveLength(1);
    await client.deleteConnectorOwnerUser(appId, connector.id, "owner", user.id);
    expect(await client.getConnectorOwnerUser(appId, connector.id, "owner", user.id)).toBeNull();
  });

  it("m12: the owners Set endpoint (PUT …/owners) replaces the connector's owners", async () => {
    const connector = await client.createDelegatedConnector(appId, { displayName: "Twingate", catalogId: TWINGATE_CATALOG_ID });
    const user = (await client.searchUsers({ email: "owen.owner@acme.example" })).items[0]!;
    const path = `/api/v2/apps/${appId}/connectors/${connector.id}/owners`;
    expect((await send("PUT", path, { userIds: [user.id] })).status).toBe(200);
    expect((await get(`${path}/users`)).json().list.map((o: { user: { id: string } }) => o.user.id)).toEqual([user.id]);
    expect((await send("PUT", path, { userIds: [] })).status).toBe(200);
    expect((await get(`${path}/users`)).json().list).toEqual([]);
    expect((await send("PUT", path, { userIds: ["2NoSuchUser0000000000000000"] })).status).toBeGreaterThanOrEqual(400);
  });

  it("app search by display name, and delete app", async () => {
    const made = await client.createApp({ displayName: "Search Me" });
    expect((await client.searchApps({ displayName: "search me" })).items.map((a) => a.id)).toEqual([made.id]);
    await client.deleteApp(made.id);
    await expect(client.getApp(made.id)).rejects.toMatchObject({ code: "C1_NOT_FOUND" });
  });

  it("injected faults match method and path and run out", async () => {
    sim.faults.push({ status: 503, path: /\/connectors$/, method: "GET", times: 2 });
    expect(sim.faults.pending()).toBe(2);
    expect((await get(`/api/v1/apps/${appId}`)).status).toBe(200);
    expect((await get(`/api/v1/apps/${appId}/connectors`)).status).toBe(503);
    expect((await get(`/api/v1/apps/${appId}/connectors`)).status).toBe(503);
    expect((await get(`/api/v1/apps/${appId}/connectors`)).status).toBe(200);
  });

  it("refuses bad options by name", async () => {
    await expect(startConductorOneSimulator({ port: 70000 })).rejects.toMatchObject({ code: "C1SIM_OPTIONS_INVALID", message: expect.stringContaining("port") });
    await expect(startConductorOneSimulator({ sync: { behaviour: { kind: "fail" } as never } })).rejects.toMatchObject({ code: "C1SIM_OPTIONS_INVALID" });
    await expect(startConductorOneSimulator({ port: sim.port })).rejects.toMatchObject({ code: "C1SIM_LISTEN_FAILED" });
  });
});

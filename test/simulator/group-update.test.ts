import { DEMO_KEYS, startSimulator, toGlobalId, type RunningSimulator, type Tenant } from "../../src/simulator";
import { obj, postGraphql } from "./post-graphql";

const UPDATE = `mutation Update($id: ID!, $added: [ID], $removed: [ID], $userIds: [ID], $name: String, $isActive: Boolean) {
  groupUpdate(id: $id, addedUserIds: $added, removedUserIds: $removed, userIds: $userIds, name: $name, isActive: $isActive) {
    ok error entity { id name isActive updatedAt users(first: 100) { totalCount edges { node { id } } } }
  }
}`;
const MISSING_GROUP = toGlobalId("Group", 0);
// The simulator's clock (option `now`) stamps updatedAt: a fixed instant, no wall clock.
const NOW = Date.UTC(2026, 2, 14, 9, 30);

describe("groupUpdate", () => {
  let sim: RunningSimulator;
  let tenant: Tenant;
  let url: string;
  const groupId = (name: string): string => {
    const group = tenant.findGroupByName(name);
    if (!group) throw new Error(`no group ${name}`);
    return group.id;
  };
  const mutate = (key: string, variables: Record<string, unknown>) => postGraphql(url, key, UPDATE, variables);

  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: false, now: () => NOW });
    const acme = sim.network("acme");
    if (!acme) throw new Error("acme missing");
    tenant = acme.tenant;
    url = sim.graphqlUrl("acme");
  });
  afterAll(() => sim.close());

  describe("with a read-only key", () => {
    it("graphql-error (default): HTTP 200, null payload, top-level error with path, before any lookup", async () => {
      sim.setOptions({ readOnlyMutation: "graphql-error" });
      const r = await mutate(DEMO_KEYS.readOnly, { id: MISSING_GROUP, removed: [] });
      expect(r.status).toBe(200);
      const body = obj(r.json);
      expect(body.data).toEqual({ groupUpdate: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]).toMatchObject({ message: "Permission denied: API key is read-only", path: ["groupUpdate"] });
    });

    it("http-403: HTTP 403 with a Forbidden error", async () => {
      sim.setOptions({ readOnlyMutation: "http-403" });
      const r = await mutate(DEMO_KEYS.readOnly, { id: MISSING_GROUP, removed: [] });
      expect(r.status).toBe(403);
      expect(r.json).toEqual({ errors: [{ message: "Forbidden: this API key does not have write permission" }] });
    });

    it("ok-false: HTTP 200 with ok:false and a permission message", async () => {
      sim.setOptions({ readOnlyMutation: "ok-false" });
      const r = await mutate(DEMO_KEYS.readOnly, { id: MISSING_GROUP, removed: [] });
      expect(r.status).toBe(200);
      expect(r.json).toEqual({ data: { groupUpdate: { ok: false, error: "Permission denied: read-only API key", entity: null } } });
      sim.setOptions({ readOnlyMutation: "graphql-error" });
    });

    it("still reads normally", async () => {
      const r = await postGraphql(url, DEMO_KEYS.readOnly, "{ groups { totalCount } }");
      expect(obj(r.json).data.groups.totalCount).toBe(8);
    });
  });

  it.each([
    ["read-write", DEMO_KEYS.readWrite],
    ["read-write-provision", DEMO_KEYS.provision],
  ])("%s key: a missing group gives ok:false 'Group does not exist.'", async (_p, key) => {
    const r = await mutate(key, { id: MISSING_GROUP, removed: [] });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ data: { groupUpdate: { ok: false, error: "Group does not exist.", entity: null } } });
  });

  it("refuses SYNCED and SYSTEM groups with ok:false and changes nothing", async () => {
    const synced = groupId("Engineering (Okta)");
    const before = tenant.group(tenant.groupIndexOf(synced) ?? -1).memberCount;
    const r = obj((await mutate(DEMO_KEYS.readWrite, { id: synced, added: [toGlobalId("User", 1)] })).json);
    expect(r.data.groupUpdate).toEqual({ ok: false, error: "Group membership of SYNCED groups is managed by your identity provider", entity: null });
    expect(tenant.group(tenant.groupIndexOf(synced) ?? -1).memberCount).toBe(before);
    const system = obj((await mutate(DEMO_KEYS.readWrite, { id: groupId("Everyone"), removed: [toGlobalId("User", 2)] })).json);
    expect(system.data.groupUpdate.ok).toBe(false);
    expect(system.data.groupUpdate.error).toMatch(/SYSTEM/);
  });

  it("really adds and removes members, visible to later queries", async () => {
    const id = groupId("Break-glass Admins");
    const [u1, u2, u3] = [3, 4, 5].map((n) => toGlobalId("User", n));
    const added = obj((await mutate(DEMO_KEYS.readWrite, { id, added: [u1, u2, u3, u1] })).json).data.groupUpdate;
    expect(added.ok).toBe(true);
    expect(added.error).toBeNull();
    expect(added.entity.users.totalCount).toBe(3);
    const removed = obj((await mutate(DEMO_KEYS.readWrite, { id, removed: [u2] })).json).data.groupUpdate;
    expect(removed.entity.users.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([u1, u3]);
    // The reverse direction (user.groups) follows too.
    const user = obj((await postGraphql(url, DEMO_KEYS.readOnly, `{ user(id: "${u1}") { groups(first: 100) { edges { node { name } } } } }`)).json);
    expect(user.data.user.groups.edges.map((e: { node: { name: string } }) => e.node.name)).toContain("Break-glass Admins");
    expect(tenant.summary().groupMembers.find((g) => g.id === id)?.members).toBe(2);
  });

  it("replaces membership with userIds and renames/deactivates", async () => {
    const id = groupId("Finance");
    const only = toGlobalId("User", 9);
    const r = obj((await mutate(DEMO_KEYS.provision, { id, userIds: [only], name: "Finance Team", isActive: false })).json).data.groupUpdate;
    expect(r).toMatchObject({ ok: true, entity: { name: "Finance Team", isActive: false, users: { totalCount: 1 } } });
    expect(r.entity.users.edges[0].node.id).toBe(only);
    expect(r.entity.updatedAt).toBe(new Date(NOW).toISOString());
  });

  it("refuses an unknown user id with ok:false and applies nothing", async () => {
    const id = groupId("On-call");
    const before = tenant.summary().memberships;
    const ghost = toGlobalId("User", 4242);
    const r = obj((await mutate(DEMO_KEYS.readWrite, { id, added: [toGlobalId("User", 1), ghost] })).json).data.groupUpdate;
    expect(r).toEqual({ ok: false, error: `User with id '${ghost}' does not exist.`, entity: null });
    expect(tenant.summary().memberships).toBe(before);
  });

  it("reports malformed ids as GraphQL errors", async () => {
    const bad = obj((await mutate(DEMO_KEYS.readWrite, { id: "abc" })).json);
    expect(bad.data).toEqual({ groupUpdate: null });
    expect(bad.errors[0].message).toBe("{'id': ['Unable to parse global ID']}");
    const badList = obj((await mutate(DEMO_KEYS.readWrite, { id: groupId("On-call"), added: ["nope"] })).json);
    expect(badList.errors[0].message).toBe("Field 'addedUserIds' Unable to parse global ID");
  });
});

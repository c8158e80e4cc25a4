/**
 * The simulator answers the queries ConductorOne's Twingate connector sends (as
 * baton-twingate.md §2 describes them: literal "<nil>" first cursor, unpaged group
 * members, isAdmin, no groups filter) the way the reference says Twingate does, and the
 * answers equal the tenant's summary() — the ground truth the connector view is checked against.
 */
import {
  generateTenant,
  OTHER_GROUP_REFUSED,
  SimulatorOptionsError,
  startSimulator,
  SYNCED_GROUP_REFUSED,
  tenantScenario,
  type RunningSimulator,
  type TenantSummary,
} from "../../src/simulator";
import { obj, postGraphql, postOk } from "./post-graphql";

const KEY = "sim-rw-connector-view-0001";
const tokens = [{ key: KEY, permission: "read-write" as const }];

// Written from the field lists in baton-twingate.md §2 ([NEW] adds role after isAdmin).
const usersPage = (after: string) => `query getUsers { users(after: "${after}", first: 100) {
  edges { node { id firstName lastName email createdAt updatedAt isAdmin role state } }
  pageInfo { endCursor hasNextPage } } }`;
const groupsPage = (after: string) => `query getGroups { groups(after: "${after}", first: 100) {
  edges { node { id name isActive type } } pageInfo { endCursor hasNextPage } } }`;
const GROUP_MEMBERS = `query getGroup($groupID: ID!) { group(id: $groupID) { id createdAt updatedAt
  users { edges { node { id email firstName lastName } } } } }`;

interface Node {
  [field: string]: unknown;
}

describe("what the connector's queries get", () => {
  let sim: RunningSimulator;
  let summary: TenantSummary;
  let url: string;
  const post = (query: string, variables?: Record<string, unknown>) => postOk(url, KEY, query, variables);
  /** Pages like the connector: literal "<nil>" on page one, then endCursor while hasNextPage. */
  const walk = async (page: (after: string) => string, field: string): Promise<Node[]> => {
    const nodes: Node[] = [];
    let after = "<nil>";
    for (;;) {
      const r = await post(page(after));
      expect(r.errors).toBeUndefined();
      const conn = r.data[field];
      nodes.push(...conn.edges.map((e: { node: Node }) => e.node));
      if (!conn.pageInfo.hasNextPage) return nodes;
      after = conn.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    const tenant = generateTenant(tenantScenario("all-gaps").tenant);
    summary = tenant.summary();
    sim = await startSimulator({ rateLimit: false, networks: [{ name: "gaps", tenant, tokens }, { name: "plain", tokens }] });
    url = sim.graphqlUrl("gaps");
  });
  afterAll(() => sim.close());

  it("users: role (unknown values included), state and isAdmin equal the summary", async () => {
    const users = await walk(usersPage, "users");
    expect(users).toHaveLength(summary.users.total);
    const count = (test: (u: Node) => boolean) => users.filter(test).length;
    for (const [role, n] of Object.entries(summary.users.byRole)) expect(count((u) => u.role === role)).toBe(n);
    for (const [state, n] of Object.entries(summary.users.byState)) expect(count((u) => u.state === state)).toBe(n);
    for (const [role, byState] of Object.entries(summary.users.byRoleAndState)) {
      for (const [state, n] of Object.entries(byState)) expect(count((u) => u.role === role && u.state === state)).toBe(n);
    }
    expect(count((u) => u.isAdmin === true)).toBe(summary.users.isAdmin.true);
    expect(count((u) => u.isAdmin === false)).toBe(summary.users.isAdmin.false);
    for (const [role, n] of Object.entries(summary.users.isAdminByRole)) expect(count((u) => u.role === role && u.isAdmin === true)).toBe(n);
    expect(summary.unknownValues.roles).toEqual({ BILLING: 3, HELPDESK: 2 });
    expect(count((u) => u.role === "BILLING")).toBe(3);
  });

  it("unfiltered groups: every type (MANUAL, SYNCED, SYSTEM) and inactive ones, as the summary counts them", async () => {
    const groups = await walk(groupsPage, "groups");
    expect(groups).toHaveLength(summary.groups.total);
    for (const [type, n] of Object.entries(summary.groups.byType)) expect(groups.filter((g) => g.type === type)).toHaveLength(n);
    expect(groups.filter((g) => g.isActive === false)).toHaveLength(summary.groups.inactive);
    expect(new Set(groups.map((g) => g.type))).toEqual(new Set(["MANUAL", "SYNCED", "SYSTEM"]));
    const nullFilter = await post(`{ groups(filter: null, first: 100) { totalCount } }`);
    expect(nullFilter.data.groups.totalCount).toBe(summary.groups.total);
    const platform = groups.filter((g) => g.name === "Platform").map((g) => g.type);
    expect(platform).toEqual(["SYNCED", "MANUAL"]);
  });

  it("unpaged group members: the default first page only (50 of 120 for Engineering), for every group", async () => {
    for (const row of summary.groupMembers) {
      const r = await post(GROUP_MEMBERS, { groupID: row.id });
      expect(r.data.group.users.edges).toHaveLength(row.membersInDefaultPage);
    }
    const engineering = summary.groupMembers.find((g) => g.name === "Engineering");
    expect(engineering).toMatchObject({ members: 120, membersInDefaultPage: 50 });
    const total = await post(`query($id: ID!) { group(id: $id) { users { totalCount pageInfo { hasNextPage } } } }`, { id: engineering?.id });
    expect(total.data.group.users).toEqual({ totalCount: 120, pageInfo: { hasNextPage: true } });
  });

  it("filters by an unknown role the tenant declares; a tenant without it refuses the value like any bad enum", async () => {
    const billing = await post(`{ users(first: 100, filter: { role: { in: [BILLING] } }) { totalCount edges { node { role } } } }`);
    expect(billing.data.users.totalCount).toBe(summary.users.byRole.BILLING);
    const elsewhere = await postGraphql(sim.graphqlUrl("plain"), KEY, `{ users(filter: { role: { in: [BILLING] } }) { totalCount } }`);
    expect(elsewhere.status).toBe(400);
    expect(obj(elsewhere.json).errors[0].message).toMatch(/Value "BILLING" does not exist in "UserRole" enum/);
  });

  it("introspection shows each network its own enum values", async () => {
    const q = `{ __type(name: "UserRole") { enumValues { name } } }`;
    const names = async (network: string) =>
      obj((await postGraphql(sim.graphqlUrl(network), KEY, q)).json).data.__type.enumValues.map((v: { name: string }) => v.name);
    expect(await names("gaps")).toEqual(["ADMIN", "DEVOPS", "SUPPORT", "MEMBER", "ACCESS_REVIEWER", "BILLING", "HELPDESK"]);
    expect(await names("plain")).toEqual(["ADMIN", "DEVOPS", "SUPPORT", "MEMBER", "ACCESS_REVIEWER"]);
  });

  it("refuses membership changes to a SYNCED target, and accepts them on the MANUAL group of a duplicate name", async () => {
    const tenant = sim.network("gaps")!.tenant;
    const [synced, manual] = tenant.findGroupsByName("Platform");
    const user = tenant.user(5).id;
    const update = (id: string | undefined) => post(`mutation { groupUpdate(id: "${id}", addedUserIds: ["${user}"]) { ok error } }`);
    expect((await update(synced?.id)).data.groupUpdate).toEqual({ ok: false, error: SYNCED_GROUP_REFUSED });
    expect((await update(manual?.id)).data.groupUpdate).toEqual({ ok: true, error: null });
  });
});

describe("unknown values through the API", () => {
  it("returns unknown states and group types, and refuses edits to a group of an unknown type", async () => {
    const sim = await startSimulator({ rateLimit: false, networks: [{ name: "odd", scenario: "unknown-values", tokens }] });
    try {
      const url = sim.graphqlUrl("odd");
      const summary = sim.network("odd")!.tenant.summary();
      const users = obj((await postGraphql(url, KEY, `{ users(first: 100) { edges { node { state } } } }`)).json).data.users.edges;
      expect(users.filter((e: { node: { state: string } }) => e.node.state === "SUSPENDED")).toHaveLength(summary.users.byState.SUSPENDED ?? -1);
      const partners = sim.network("odd")!.tenant.findGroupByName("Partners (SCIM)");
      const r = obj((await postGraphql(url, KEY, `mutation { groupUpdate(id: "${partners?.id}", userIds: []) { ok error } }`)).json);
      expect(r.data.groupUpdate).toEqual({ ok: false, error: OTHER_GROUP_REFUSED("EXTERNAL") });
      // The filter Twingate's TF provider always sends leaves groups of unknown types out.
      const tf = obj((await postGraphql(url, KEY, `{ groups(first: 100, filter: { type: { in: [MANUAL, SYNCED, SYSTEM] } }) { totalCount } }`)).json);
      expect(tf.data.groups.totalCount).toBe(summary.groups.total - (summary.groups.byType.EXTERNAL ?? 0));
    } finally {
      await sim.close();
    }
  });
});

describe("the default page size is a tenant setting", () => {
  const unpaged = `query($id: ID!) { group(id: $id) { users { edges { node { id } } } } }`;

  it("the tenant's own wins; the server option covers tenants without one; 50 otherwise", async () => {
    const spec = { seed: 2, users: 80, groups: 0, extraGroups: [{ name: "All", members: "all" as const }] };
    const sim = await startSimulator({
      rateLimit: false,
      defaultPageSize: 20,
      networks: [
        { name: "own", tenant: { ...spec, defaultPageSize: 35 }, tokens },
        { name: "server", tenant: spec, tokens },
        { name: "built", tenant: generateTenant(spec), tokens },
      ],
    });
    try {
      const sizes: Record<string, number> = {};
      for (const name of ["own", "server", "built"]) {
        const tenant = sim.network(name)!.tenant;
        const all = tenant.findGroupByName("All")!;
        const r = obj((await postGraphql(sim.graphqlUrl(name), KEY, unpaged, { id: all.id })).json);
        sizes[name] = r.data.group.users.edges.length;
        expect(tenant.summary().groupMembers[all.index]?.membersInDefaultPage).toBe(sizes[name]);
      }
      expect(sizes).toEqual({ own: 35, server: 20, built: 50 });
    } finally {
      await sim.close();
    }
  });

  it("refuses a tenant default page larger than the largest page", async () => {
    await expect(
      startSimulator({ maxPageSize: 40, networks: [{ name: "big", tenant: { seed: 1, users: 3, defaultPageSize: 60 }, tokens }] }),
    ).rejects.toThrow(SimulatorOptionsError);
    await expect(
      startSimulator({ maxPageSize: 40, networks: [{ name: "big", tenant: { seed: 1, users: 3, defaultPageSize: 60 }, tokens }] }),
    ).rejects.toThrow(/Network "big": tenant defaultPageSize 60 exceeds maxPageSize 40/);
  });
});

import { generateTenant, startSimulator, type RunningSimulator, type TenantSummary } from "../../src/simulator";
import { obj, postGraphql } from "./post-graphql";

const KEY = "sim-ro-summary-test-0001";

/** Walks a connection to the end through the API, page by page. */
async function walk(url: string, query: string, pick: (data: any) => any, variables: Record<string, unknown> = {}): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const r = await postGraphql(url, KEY, query, { ...variables, after });
    expect(r.status).toBe(200);
    const conn = pick(obj(r.json).data);
    nodes.push(...conn.edges.map((e: { node: unknown }) => e.node));
    if (!conn.pageInfo.hasNextPage) return nodes;
    after = conn.pageInfo.endCursor;
  }
}

describe("tenant summary equals what the API returns", () => {
  let sim: RunningSimulator;
  let summary: TenantSummary;

  beforeAll(async () => {
    const tenant = generateTenant({ seed: 77, users: 180, groups: 9, maxGroupMembers: 120 });
    summary = tenant.summary();
    sim = await startSimulator({ rateLimit: false, networks: [{ name: "small", tenant, tokens: [{ key: KEY, permission: "read" }] }] });
  });
  afterAll(() => sim.close());

  it("users by role, state and type", async () => {
    const users = await walk(sim.graphqlUrl("small"), `query($after: String) { users(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { role state type } } } }`, (d) => d.users);
    expect(users).toHaveLength(summary.users.total);
    const count = (field: string, value: string): number => users.filter((u) => u[field] === value).length;
    for (const [role, n] of Object.entries(summary.users.byRole)) expect(count("role", role)).toBe(n);
    for (const [state, n] of Object.entries(summary.users.byState)) expect(count("state", state)).toBe(n);
    for (const [type, n] of Object.entries(summary.users.byType)) expect(count("type", type)).toBe(n);
  });

  it("groups, member counts (walking nested pages) and provisionable groups", async () => {
    const url = sim.graphqlUrl("small");
    const groups = await walk(url, `query($after: String) { groups(first: 4, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { id name type isActive } } } }`, (d) => d.groups);
    expect(groups).toHaveLength(summary.groups.total);
    let memberships = 0;
    const rows = [];
    for (const g of groups) {
      const members = await walk(url, `query($id: ID!, $after: String) { group(id: $id) { users(first: 50, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { id } } } } }`, (d) => d.group.users, { id: g.id });
      memberships += members.length;
      rows.push({ id: g.id, name: g.name, type: g.type, isActive: g.isActive, members: members.length, membersInDefaultPage: Math.min(members.length, 50) });
    }
    expect(rows).toEqual(summary.groupMembers);
    expect(memberships).toBe(summary.memberships);
    expect(groups.filter((g) => g.type === "MANUAL" && g.isActive).map((g) => g.id)).toEqual(summary.provisionableGroupIds);
    expect(groups.filter((g) => g.isActive)).toHaveLength(summary.groups.active);
  });
});

import { offsetToCursor, startSimulator, toGlobalId, type RunningSimulator } from "../../src/simulator";
import { obj, postGraphql, postOk } from "./post-graphql";

const KEY = "sim-ro-queries-test-key-0001";
const USERS_PAGE = `query Users($first: Int, $after: String, $filter: UserFilterInput) {
  users(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id email firstName lastName role state type createdAt updatedAt } }
  }
}`;

describe("simulator queries", () => {
  let sim: RunningSimulator;
  let url: string;
  const read = (query: string, variables?: Record<string, unknown>) => postOk(url, KEY, query, variables);

  beforeAll(async () => {
    sim = await startSimulator({
      rateLimit: false,
      networks: [
        {
          name: "bigco",
          tenant: { seed: 5, users: 230, groups: 4, maxGroupMembers: 40, extraGroups: [{ name: "Large", members: 130 }] },
          tokens: [{ key: KEY, permission: "read" }],
        },
      ],
    });
    url = sim.graphqlUrl("bigco");
  });
  afterAll(() => sim.close());

  it("returns 50 users by default with totalCount and opaque cursors", async () => {
    const { data } = await read(USERS_PAGE);
    expect(data.users.totalCount).toBe(230);
    expect(data.users.edges).toHaveLength(50);
    expect(data.users.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: offsetToCursor(0),
      endCursor: offsetToCursor(49),
    });
    expect(data.users.edges[0].node.id).toBe(toGlobalId("User", 1));
    expect(data.users.edges[0].node.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("accepts first up to 100 and refuses more with a GraphQL error (HTTP 200)", async () => {
    expect((await read(USERS_PAGE, { first: 100 })).data.users.edges).toHaveLength(100);
    const refused = await read(USERS_PAGE, { first: 101 });
    expect(refused.data).toBeNull();
    expect(refused.errors[0].message).toBe("first must be at most 100");
    expect(refused.errors[0].path).toEqual(["users"]);
  });

  it("pages through every user exactly once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data } = await read(USERS_PAGE, { first: 70, after });
      pages++;
      seen.push(...data.users.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!data.users.pageInfo.hasNextPage) break;
      after = data.users.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen).toHaveLength(230);
    expect(new Set(seen).size).toBe(230);
  });

  it.each(["0", "<nil>", "garbage!", ""])("ignores the invalid cursor %p and starts from the beginning", async (after) => {
    const { data } = await read(USERS_PAGE, { first: 2, after });
    expect(data.users.edges[0].node.id).toBe(toGlobalId("User", 1));
  });

  it("paginates backwards with last/before", async () => {
    const { data } = await read(`{ users(last: 3, before: "${offsetToCursor(10)}") { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }`);
    expect(data.users.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([8, 9, 10].map((n) => toGlobalId("User", n)));
    expect(data.users.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
  });

  it("paginates a group's nested users connection beyond 100 members", async () => {
    const large = sim.network("bigco")?.tenant.findGroupByName("Large");
    if (!large) throw new Error("Large group missing");
    const q = `query($id: ID!, $after: String) { group(id: $id) { name users(first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const first = (await read(q, { id: large.id })).data.group.users;
    expect(first.totalCount).toBe(130);
    expect(first.edges).toHaveLength(100);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await read(q, { id: large.id, after: first.pageInfo.endCursor })).data.group.users;
    expect(second.edges).toHaveLength(30);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("lists a user's groups", async () => {
    const { data } = await read(`{ user(id: "${toGlobalId("User", 1)}") { email groups(first: 100) { totalCount edges { node { name type } } } } }`);
    expect(data.user.groups.edges[0].node).toEqual({ name: "Everyone", type: "SYSTEM" });
    expect(data.user.groups.totalCount).toBe(data.user.groups.edges.length);
  });

  it("refuses too large pages on nested connections too", async () => {
    const r = await read(`{ groups(first: 1) { edges { node { users(first: 500) { totalCount } } } } }`);
    expect(r.errors[0].message).toBe("first must be at most 100");
    expect(r.errors[0].path).toEqual(["groups", "edges", 0, "node", "users"]);
  });

  it("gives null for a well-formed id that does not exist, and for an id of another type", async () => {
    const { data, errors } = await read(`{ user(id: "${toGlobalId("User", 99999)}") { id } group(id: "${toGlobalId("User", 1)}") { id } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ user: null, group: null });
  });

  it("reports a malformed id like graphene (HTTP 200, null data, error with path)", async () => {
    const r = await read(`{ group(id: "abc") { id } }`);
    expect(r.data).toEqual({ group: null });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toBe("{'id': ['Unable to parse global ID']}");
    expect(r.errors[0].path).toEqual(["group"]);
  });

  it("filters users by email and role, combined with AND", async () => {
    const target = sim.network("bigco")?.tenant.user(17);
    if (!target) throw new Error("user missing");
    const byEmail = (await read(USERS_PAGE, { filter: { email: { eq: target.email } } })).data.users;
    expect(byEmail.totalCount).toBe(1);
    expect(byEmail.edges[0].node.id).toBe(target.id);
    const admins = (await read(USERS_PAGE, { first: 100, filter: { role: { in: ["ADMIN"] } } })).data.users;
    expect(admins.totalCount).toBeGreaterThan(0);
    for (const e of admins.edges) expect(e.node.role).toBe("ADMIN");
    const none = (await read(USERS_PAGE, { filter: { role: { in: ["ADMIN"] }, email: { eq: "nobody@nowhere.example" } } })).data.users;
    expect(none).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("filters users with string operators", async () => {
    const target = sim.network("bigco")?.tenant.user(3);
    if (!target) throw new Error("user missing");
    const { data } = await read(USERS_PAGE, {
      first: 100,
      filter: { firstName: { startsWith: target.firstName.slice(0, 2), in: [target.firstName] }, lastName: { ne: "Nobody" } },
    });
    expect(data.users.totalCount).toBeGreaterThan(0);
    for (const e of data.users.edges) expect(e.node.firstName).toBe(target.firstName);
  });

  it("filters groups by type and isActive like the Terraform provider does", async () => {
    const q = `query($filter: GroupFilterInput) { groups(filter: $filter, first: 100) { totalCount edges { node { name type isActive } } } }`;
    const all = (await read(q)).data.groups;
    const active = (await read(q, { filter: { name: null, type: { in: ["MANUAL", "SYNCED", "SYSTEM"] }, isActive: { eq: true } } })).data.groups;
    const summary = sim.network("bigco")?.tenant.summary();
    expect(all.totalCount).toBe(summary?.groups.total);
    expect(active.totalCount).toBe(summary?.groups.active);
    const system = (await read(q, { filter: { type: { in: ["SYSTEM"] } } })).data.groups;
    expect(system.edges).toEqual([{ node: { name: "Everyone", type: "SYSTEM", isActive: true } }]);
    const byName = (await read(q, { filter: { name: { eq: "Large" } } })).data.groups;
    expect(byName.totalCount).toBe(1);
  });

  it("answers 400 to validation errors: unknown field, bad syntax, wrong variable type", async () => {
    const unknown = await postGraphql(url, KEY, "{ users { edges { node { routingMode } } } }");
    expect(unknown.status).toBe(400);
    expect(obj(unknown.json).errors[0].message).toMatch(/Cannot query field "routingMode" on type "User"/);
    expect(obj(unknown.json).errors[0].locations).toBeDefined();
    const syntax = await postGraphql(url, KEY, "{ users { ");
    expect(syntax.status).toBe(400);
    expect(obj(syntax.json).errors[0].message).toMatch(/Syntax Error/);
    const badVariable = await postGraphql(url, KEY, USERS_PAGE, { first: "ten" });
    expect(badVariable.status).toBe(400);
    expect(obj(badVariable.json).errors[0].message).toMatch(/\$first/);
  });
});

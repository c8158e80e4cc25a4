import { TwingateBadResponseError, TwingatePaginationError } from "../../src/twingate/errors";
import { checkPageSize } from "../../src/twingate/pagination";
import { testClient } from "./client-helpers";
import { json, startStub, type StubServer } from "./stub-server";

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

function user(n: number) {
  return { id: `VXNlcjo${n}`, email: `u${n}@acme.example`, firstName: "U", lastName: null, role: "MEMBER", state: "ACTIVE" };
}

/** Serves `total` users in pages, cursors are offsets as strings. */
function usersServer(total: number) {
  return (req: { body: string }, res: import("node:http").ServerResponse) => {
    const { variables } = JSON.parse(req.body) as { variables: { first: number; after: string | null } };
    const start = variables.after === null ? 0 : Number(variables.after);
    const end = Math.min(total, start + variables.first);
    const edges = [];
    for (let i = start; i < end; i++) edges.push({ node: user(i + 1) });
    json(res, 200, { data: { users: { totalCount: total, pageInfo: { hasNextPage: end < total, endCursor: String(end) }, edges } } });
  };
}

describe("pagination", () => {
  it("follows cursors over several pages and yields every node once", async () => {
    stub = await startStub(usersServer(230));
    const { client } = testClient(stub.baseUrl);
    const emails: string[] = [];
    for await (const u of client.users({ pageSize: 100 })) emails.push(u.email);
    expect(emails).toHaveLength(230);
    expect(new Set(emails).size).toBe(230);
    expect(stub.requests).toHaveLength(3);
    expect(client.stats.requests).toBe(3);
    const afters = stub.requests.map((r) => (JSON.parse(r.body) as { variables: { after: string | null } }).variables.after);
    expect(afters).toEqual([null, "100", "200"]);
  });

  it("the page iterator reports totalCount and pageInfo", async () => {
    stub = await startStub(usersServer(5));
    const { client } = testClient(stub.baseUrl);
    const pages = [];
    for await (const page of client.userPages({ pageSize: 2 })) pages.push(page);
    expect(pages.map((p) => p.nodes.length)).toEqual([2, 2, 1]);
    expect(pages[0]?.totalCount).toBe(5);
    expect(pages[2]?.pageInfo.hasNextPage).toBe(false);
  });

  it("sends the filter only when given", async () => {
    stub = await startStub(usersServer(1));
    const { client } = testClient(stub.baseUrl);
    for await (const _ of client.users()) void _;
    for await (const _ of client.users({ filter: { email: { eq: "u1@acme.example" } } })) void _;
    const [plain, filtered] = stub.requests.map((r) => JSON.parse(r.body) as { query: string; variables: Record<string, unknown> });
    expect(plain?.query).not.toContain("filter");
    expect(plain?.variables).toEqual({ first: 100, after: null });
    expect(filtered?.query).toContain("$filter: UserFilterInput");
    expect(filtered?.variables.filter).toEqual({ email: { eq: "u1@acme.example" } });
  });

  it("stops with TG_PAGINATION when the cursor does not advance", async () => {
    stub = await startStub((_req, res) =>
      json(res, 200, { data: { users: { totalCount: 9, pageInfo: { hasNextPage: true, endCursor: "same" }, edges: [{ node: user(1) }] } } }),
    );
    const { client } = testClient(stub.baseUrl);
    const seen: unknown[] = [];
    const err = await (async () => {
      for await (const u of client.users()) seen.push(u);
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwingatePaginationError);
    expect((err as Error).message).toContain("the cursor did not advance");
    expect(stub.requests).toHaveLength(2);
  });

  it("stops with TG_PAGINATION when an empty page claims more pages, instead of paging through nothing", async () => {
    let n = 0;
    stub = await startStub((_req, res) =>
      json(res, 200, { data: { groups: { totalCount: 9, pageInfo: { hasNextPage: true, endCursor: `c${++n}` }, edges: [] } } }),
    );
    const { client } = testClient(stub.baseUrl);
    const err = await (async () => {
      for await (const _ of client.groups()) void _;
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwingatePaginationError);
    expect((err as Error).message).toContain("empty page");
    expect(stub.requests).toHaveLength(1);
  });

  it("rejects a page whose node lacks a required field (zod), naming the path", async () => {
    stub = await startStub((_req, res) =>
      json(res, 200, { data: { users: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: { id: "x" } }] } } }),
    );
    const { client } = testClient(stub.baseUrl);
    const err = (await client.users().next().catch((e: unknown) => e)) as TwingateBadResponseError;
    expect(err).toBeInstanceOf(TwingateBadResponseError);
    expect(err.path).toBe("data.users.edges.0.node.email");
  });

  it("a missing group is reported, not an empty list", async () => {
    stub = await startStub((_req, res) => json(res, 200, { data: { group: null } }));
    const { client } = testClient(stub.baseUrl);
    await expect(client.groupMembers("R3JvdXA6OTk5").next()).rejects.toThrow(/no group with id "R3JvdXA6OTk5"/);
  });

  it("page sizes are 1..100", () => {
    expect(checkPageSize(undefined)).toBe(100);
    expect(() => checkPageSize(101)).toThrow(RangeError);
    expect(() => checkPageSize(0)).toThrow(RangeError);
    expect(() => checkPageSize(2.5)).toThrow(RangeError);
  });
});

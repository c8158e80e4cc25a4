import { cursorToOffset, offsetToCursor, pageWindow, parseGlobalId, toGlobalId } from "../../src/simulator/relay";

const limits = { defaultPageSize: 50, maxPageSize: 100 };

describe("global ids", () => {
  it("encodes Type:n in base64 like graphene", () => {
    expect(toGlobalId("Group", 2016789)).toBe("R3JvdXA6MjAxNjc4OQ==");
    expect(parseGlobalId("R3JvdXA6MjAxNjc4OQ==")).toEqual({ type: "Group", n: 2016789 });
  });

  it.each(["abc", "", "!!!", Buffer.from("Group").toString("base64"), Buffer.from("Group:x").toString("base64")])(
    "rejects %p",
    (id) => expect(parseGlobalId(id)).toBeUndefined(),
  );
});

describe("cursors", () => {
  it("round-trips arrayconnection offsets", () => {
    expect(offsetToCursor(4)).toBe("YXJyYXljb25uZWN0aW9uOjQ=");
    expect(cursorToOffset("YXJyYXljb25uZWN0aW9uOjQ=")).toBe(4);
  });

  it.each(["0", "<nil>", "", Buffer.from("arrayconnection:-1").toString("base64")])("treats %p as no cursor", (c) =>
    expect(cursorToOffset(c)).toBeUndefined(),
  );
});

describe("pageWindow", () => {
  it("defaults to the default page size and reports more pages", () => {
    expect(pageWindow(120, {}, limits)).toEqual({ start: 0, end: 50, hasNextPage: true, hasPreviousPage: false });
  });

  it("continues after a cursor and stops at the end", () => {
    expect(pageWindow(120, { first: 50, after: offsetToCursor(99) }, limits)).toEqual({
      start: 100,
      end: 120,
      hasNextPage: false,
      hasPreviousPage: true,
    });
  });

  it("ignores an invalid cursor", () => {
    expect(pageWindow(10, { first: 3, after: "<nil>" }, limits).start).toBe(0);
  });

  it("takes the tail with last/before", () => {
    expect(pageWindow(10, { last: 3, before: offsetToCursor(8) }, limits)).toEqual({
      start: 5,
      end: 8,
      hasNextPage: true,
      hasPreviousPage: true,
    });
  });

  it("refuses first above the maximum and negative counts", () => {
    expect(() => pageWindow(10, { first: 101 }, limits)).toThrow("first must be at most 100");
    expect(() => pageWindow(10, { last: -1 }, limits)).toThrow("last must be a non-negative integer");
  });

  it("gives an empty page past the end", () => {
    expect(pageWindow(5, { first: 10, after: offsetToCursor(40) }, limits)).toMatchObject({ start: 5, end: 5, hasNextPage: false });
  });
});

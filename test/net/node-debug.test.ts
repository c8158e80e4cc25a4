import { sensitiveNodeDebug } from "../../src/net/node-debug";

describe("sensitiveNodeDebug reads NODE_DEBUG as Node does", () => {
  it.each([
    ["", []],
    ["fs", []],
    ["fs,child_process,module", []],
    ["http", ["http"]],
    ["HTTPS", ["https"]],
    ["fs, net", []], // Node does not trim: " net" is another name
    ["fs,net", ["net"]],
    ["ht*", ["http", "https", "http2"]],
    ["*", ["http", "https", "http2", "net", "tls", "stream", "fetch", "undici"]],
    ["tls,undici", ["tls", "undici"]],
  ])("NODE_DEBUG=%j turns on %j", (value, expected) => {
    expect(sensitiveNodeDebug({ NODE_DEBUG: value })).toEqual(expected);
  });

  it("is nothing when NODE_DEBUG is unset", () => {
    expect(sensitiveNodeDebug({})).toEqual([]);
  });
});

import { EventEmitter } from "node:events";
import type { ClientRequest } from "node:http";
import { sendAgainOnStaleConnection } from "../../src/net/stale-connection";

/**
 * The rule of src/net/stale-connection.ts on a stand-in request, for the cases a real server
 * cannot stage every time: whether a request that met the keep-alive race goes again depends on
 * whether it is idempotent and whether it left this process whole (`finish`) before the error.
 */
function fakeRequest(reused: boolean): ClientRequest & EventEmitter {
  return Object.assign(new EventEmitter(), { reusedSocket: reused }) as unknown as ClientRequest & EventEmitter;
}

const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });

/** Runs the rule: the first send fails with `error` after `before` happened to the request. */
async function run(options: { idempotent: boolean; reused?: boolean; before: "nothing" | "finish" | "data"; error?: unknown }) {
  const sends: boolean[] = [];
  const resends: string[] = [];
  const result = await sendAgainOnStaleConnection(
    async (watch, fresh) => {
      sends.push(fresh);
      if (fresh) return "answer";
      const request = fakeRequest(options.reused ?? true);
      const stale = watch(request);
      const socket = new EventEmitter();
      request.emit("socket", socket);
      if (options.before === "finish") request.emit("finish");
      if (options.before === "data") socket.emit("data", Buffer.from("HTTP/1.1"));
      const error = options.error ?? reset;
      stale(error);
      throw error;
    },
    { idempotent: options.idempotent, onResend: (code) => resends.push(code) },
  ).catch((e: unknown) => e);
  return { result, sends, resends };
}

describe("sendAgainOnStaleConnection", () => {
  it("sends an idempotent request again, once, on a fresh connection, even when it was written whole", async () => {
    expect(await run({ idempotent: true, before: "finish" })).toEqual({ result: "answer", sends: [false, true], resends: ["ECONNRESET"] });
  });

  it("sends a non-idempotent request again only when it never left whole", async () => {
    expect(await run({ idempotent: false, before: "nothing" })).toEqual({ result: "answer", sends: [false, true], resends: ["ECONNRESET"] });
    expect(await run({ idempotent: false, before: "finish" })).toEqual({ result: reset, sends: [false], resends: [] });
  });

  it("never after any byte of an answer, on a new connection, or for another error", async () => {
    expect((await run({ idempotent: true, before: "data" })).sends).toEqual([false]);
    expect((await run({ idempotent: true, before: "nothing", reused: false })).sends).toEqual([false]);
    const refused = Object.assign(new Error("refused"), { code: "ECONNREFUSED" });
    expect(await run({ idempotent: true, before: "nothing", error: refused })).toEqual({ result: refused, sends: [false], resends: [] });
    const epipe = Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
    expect(await run({ idempotent: false, before: "nothing", error: epipe })).toEqual({ result: "answer", sends: [false, true], resends: ["EPIPE"] });
  });
});

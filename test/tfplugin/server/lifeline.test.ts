/** The lifeline's decisions, with fake streams and a fake parent process id. */
import { EventEmitter } from "node:events";
import { holdLifeline, isBrokenStreamError, ORPHANED_EXIT_CODE } from "../../../src/tfplugin";

/** Resolves once `check` holds; polls without asserting how long it took. */
async function eventually(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("holdLifeline", () => {
  it("ends the process once when a stdio stream fails, e.g. EPIPE after Terraform died", () => {
    const exits: number[] = [];
    const stdout = new EventEmitter();
    const stderr = new EventEmitter();
    const stop = holdLifeline({ exit: (c) => void exits.push(c), watchParent: false, streams: [stdout, stderr] });
    stderr.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    stderr.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    stdout.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(exits).toEqual([ORPHANED_EXIT_CODE]);
    stop();
    expect(stderr.listenerCount("error")).toBe(0);
  });

  it("ends the process when it is re-parented (its parent died)", async () => {
    const exits: number[] = [];
    let parent = 4242;
    const stop = holdLifeline({ exit: (c) => void exits.push(c), watchParent: true, intervalMs: 5, streams: [], parentPid: () => parent });
    try {
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(exits).toEqual([]);
      parent = 1;
      await eventually(() => exits.length > 0);
      expect(exits).toEqual([ORPHANED_EXIT_CODE]);
    } finally {
      stop();
    }
  });

  it("does not watch a parent it cannot lose (started by init) or in debug mode", async () => {
    const exits: number[] = [];
    let parent = 1;
    const stops = [
      holdLifeline({ exit: (c) => void exits.push(c), watchParent: true, intervalMs: 5, streams: [], parentPid: () => parent }),
      holdLifeline({ exit: (c) => void exits.push(c), watchParent: false, intervalMs: 5, streams: [], parentPid: () => parent }),
    ];
    parent = 77;
    await new Promise((resolve) => setTimeout(resolve, 40));
    for (const stop of stops) stop();
    expect(exits).toEqual([]);
  });

  it("recognises broken-stream errors", () => {
    expect(isBrokenStreamError(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }))).toBe(true);
    expect(isBrokenStreamError(Object.assign(new Error("x"), { code: "ERR_STREAM_DESTROYED" }))).toBe(true);
    expect(isBrokenStreamError(new Error("boom"))).toBe(false);
    expect(isBrokenStreamError("EPIPE")).toBe(false);
  });
});

import { AbortedError } from "../../src/twingate/clock";
import { Pacer, sharedPacer } from "../../src/twingate/pacer";
import { VirtualClock } from "../helpers/virtual-clock";

describe("Pacer", () => {
  it("lets 60 reads through at once and makes the 61st wait for the window", async () => {
    const clock = new VirtualClock();
    const pacer = new Pacer({}, clock);
    const waits: number[] = [];
    for (let i = 0; i < 61; i++) await pacer.acquire("read", undefined, (w) => waits.push(w.waitMs));
    expect(clock.sleeps).toEqual([60_000]);
    expect(waits).toEqual([60_000]);
  });

  it("keeps any 60 s window under 20 writes, independently of reads", async () => {
    const clock = new VirtualClock();
    const pacer = new Pacer({}, clock);
    const started = clock.now();
    const grantedAt: number[] = [];
    for (let i = 0; i < 45; i++) {
      await pacer.acquire("write");
      grantedAt.push(clock.now() - started);
    }
    for (let i = 0; i < grantedAt.length; i++) {
      const inWindow = grantedAt.filter((t) => t >= (grantedAt[i] ?? 0) && t < (grantedAt[i] ?? 0) + 60_000);
      expect(inWindow.length).toBeLessThanOrEqual(20);
    }
    expect(grantedAt[19]).toBe(0);
    expect(grantedAt[20]).toBe(60_000);
    expect(grantedAt[40]).toBe(120_000);
    // Reads were untouched by the writes.
    const before = clock.sleeps.length;
    await pacer.acquire("read");
    expect(clock.sleeps.length).toBe(before);
  });

  it("is a sliding window: slots free up as they age out", async () => {
    const clock = new VirtualClock();
    const pacer = new Pacer({ reads: 3, windowMs: 1000 }, clock);
    await pacer.acquire("read"); // t=0
    clock.time += 400;
    await pacer.acquire("read"); // t=400
    await pacer.acquire("read"); // t=400
    clock.time += 100; // t=500: window full until the t=0 slot leaves at 1000
    await pacer.acquire("read");
    expect(clock.sleeps).toEqual([500]);
  });

  it("concurrent callers each get their own slot", async () => {
    const clock = new VirtualClock();
    const pacer = new Pacer({ reads: 2, windowMs: 1000 }, clock);
    const waits: number[] = [];
    await Promise.all([0, 1, 2, 3, 4].map(() => pacer.acquire("read", undefined, (w) => waits.push(w.waitMs))));
    expect(waits.sort((a, b) => a - b)).toEqual([1000, 1000, 2000]);
  });

  it("an aborted wait rejects and gives its slot back", async () => {
    const clock = new VirtualClock();
    const pacer = new Pacer({ reads: 1, windowMs: 1000 }, clock);
    await pacer.acquire("read");
    await expect(pacer.acquire("read", AbortSignal.abort())).rejects.toBeInstanceOf(AbortedError);
    await pacer.acquire("read");
    expect(clock.sleeps).toEqual([1000]);
  });

  it("rejects nonsense limits", () => {
    expect(() => new Pacer({ reads: 0 })).toThrow(/reads must be a positive number/);
  });

  it("shares one pacer per network and limits", () => {
    expect(sharedPacer("https://acme.twingate.com/api/graphql/")).toBe(sharedPacer("https://acme.twingate.com/api/graphql/"));
    expect(sharedPacer("https://acme.twingate.com/api/graphql/")).not.toBe(sharedPacer("https://globex.twingate.com/api/graphql/"));
  });
});

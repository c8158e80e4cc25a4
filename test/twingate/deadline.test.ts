import { Deadline } from "../../src/twingate/deadline";
import { VirtualClock } from "../helpers/virtual-clock";

describe("Deadline.branch: one budget for requests sent side by side", () => {
  it("has the trunk's budget and end, also when taken later", () => {
    const clock = new VirtualClock();
    const trunk = new Deadline(clock, 60_000);
    clock.advance(10_000);
    const branch = trunk.branch();
    expect(branch.budgetMs).toBe(60_000);
    expect(branch.at).toBe(trunk.at);
    expect(branch.remaining()).toBe(50_000);
    expect(branch.fits(50_000)).toBe(true);
    expect(branch.fits(50_001)).toBe(false);
    branch.dispose();
    trunk.dispose();
  });

  it("expires with its trunk, saying why the trunk did", () => {
    const trunk = new Deadline(new VirtualClock(), 60_000);
    const branch = trunk.branch();
    trunk.expire("before waiting 70 s to retry after HTTP 429");
    expect(branch.expired).toBe(true);
    expect(branch.signal.aborted).toBe(true);
    expect(branch.expiredDuring).toBe("before waiting 70 s to retry after HTTP 429");
    const late = trunk.branch();
    expect(late.expired).toBe(true);
    expect(late.expiredDuring).toBe("before waiting 70 s to retry after HTTP 429");
  });

  it("expiring on its own stops only itself: not the trunk, not the other branches", () => {
    const trunk = new Deadline(new VirtualClock(), 60_000);
    const probe = trunk.branch();
    const sibling = trunk.branch();
    probe.expire("before waiting 100 s to retry after HTTP 429");
    expect(probe.expired).toBe(true);
    expect(probe.signal.aborted).toBe(true);
    expect(trunk.expired).toBe(false);
    expect(trunk.signal.aborted).toBe(false);
    expect(sibling.expired).toBe(false);
    expect(trunk.remaining()).toBe(60_000);
  });

  it("runs out at the trunk's end by the clock, like the trunk", () => {
    const clock = new VirtualClock();
    const trunk = new Deadline(clock, 1_000);
    const branch = trunk.branch();
    clock.advance(1_000);
    expect(branch.check()).toBe(true);
    expect(trunk.check()).toBe(true);
  });

  it("once disposed, no longer hears its trunk (nothing of it stays attached)", () => {
    const trunk = new Deadline(new VirtualClock(), 60_000);
    const branch = trunk.branch();
    branch.dispose();
    trunk.expire();
    expect(branch.expired).toBe(false);
  });
});

import { ProgressBar, progressLine } from "../../src/cli/output/progress";
import type { PreviewProgress } from "../../src/reconciler/preview";

const base: PreviewProgress = {
  phase: "groups",
  usersSeen: 100,
  usersTotal: 100,
  groupsSeen: 3,
  groupsTotal: 10,
  memberships: 250,
  requests: 5,
  estimatedRequests: 10,
  elapsedMs: 10,
};

describe("progress bar", () => {
  it("draws nothing when stderr is not a TTY", () => {
    const written: string[] = [];
    const bar = new ProgressBar({ isTTY: false, write: (t) => written.push(t) });
    bar.update(base);
    bar.clear();
    expect(bar.enabled).toBe(false);
    expect(written).toEqual([]);
  });

  it("redraws in place on a TTY, throttled, and clears its line", () => {
    const written: string[] = [];
    let now = 0;
    const bar = new ProgressBar({ isTTY: true, columns: 200, write: (t) => written.push(t) }, () => now);
    bar.update(base);
    bar.update({ ...base, requests: 6 }); // within 100 ms: skipped
    now = 500;
    bar.update({ ...base, requests: 7 });
    bar.clear();
    expect(written).toHaveLength(3);
    expect(written[0]).toMatch(/^\r\u001b\[2K.* 50% users 100\/100 · groups 3\/10 · 250 memberships · 5\/10 req$/);
    expect(written[1]).toContain("7/10 req");
    expect(written[2]).toBe("\r\u001b[2K");
  });

  it("shows 100% when done", () => {
    expect(progressLine({ ...base, phase: "done", requests: 10 })).toContain("100%");
  });
});

import { RateLimiter } from "../../src/simulator/rate-limiter";

describe("RateLimiter (sliding window)", () => {
  it("admits exactly the limit per window and says when a slot frees", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ reads: 3, writes: 1, windowMs: 60_000 }, () => now);
    expect(limiter.check("acme", "read")).toEqual({ allowed: true });
    now += 10_000;
    expect(limiter.check("acme", "read")).toEqual({ allowed: true });
    now += 10_000;
    expect(limiter.check("acme", "read")).toEqual({ allowed: true });
    now += 1_500;
    // Oldest admitted at t0; it leaves the window at t0+60s, 38.5 s from now.
    expect(limiter.check("acme", "read")).toEqual({ allowed: false, retryAfterSeconds: 39 });
    now = 1_000_000 + 60_000;
    expect(limiter.check("acme", "read")).toEqual({ allowed: true });
    expect(limiter.check("acme", "read")).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it("counts reads, writes and networks separately", () => {
    const now = 0;
    const limiter = new RateLimiter({ reads: 1, writes: 1, windowMs: 1_000 }, () => now);
    expect(limiter.check("acme", "read").allowed).toBe(true);
    expect(limiter.check("acme", "write").allowed).toBe(true);
    expect(limiter.check("globex", "read").allowed).toBe(true);
    expect(limiter.check("acme", "write")).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("never asks to wait less than one second", () => {
    let now = 0;
    const limiter = new RateLimiter({ reads: 1, writes: 1, windowMs: 1_000 }, () => now);
    limiter.check("acme", "read");
    now = 999;
    expect(limiter.check("acme", "read")).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("applies lowered limits to requests already in the window", () => {
    let now = 0;
    const limiter = new RateLimiter({ reads: 5, writes: 1, windowMs: 10_000 }, () => now);
    for (let i = 0; i < 4; i++, now += 1_000) limiter.check("acme", "read");
    limiter.setLimits({ reads: 2, writes: 1, windowMs: 10_000 });
    // 4 in window (t=0,1,2,3 s); 3 must leave before one fits: the one at t=2 s leaves at 12 s.
    expect(limiter.check("acme", "read")).toEqual({ allowed: false, retryAfterSeconds: 8 });
  });
});

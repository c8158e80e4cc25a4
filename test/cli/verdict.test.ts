import { EventEmitter } from "node:events";
import { CommanderError } from "commander";
import { describeCommanderError } from "../../src/cli/main";
import { WaitProgress } from "../../src/cli/output/wait-progress";
import { guardVerdict, NO_VERDICT_CODE } from "../../src/cli/verdict";

class FakeProcess extends EventEmitter {
  exitCode: number | string | undefined = undefined;
}

describe("the verdict guard", () => {
  it("turns an event loop that empties before a verdict into exit 1 with a message", () => {
    const proc = new FakeProcess();
    const written: string[] = [];
    guardVerdict("c1-twingate check", proc, (t) => written.push(t));
    proc.emit("beforeExit");
    expect(proc.exitCode).toBe(1);
    expect(written.join("")).toContain(`[${NO_VERDICT_CODE}] c1-twingate check ended without a verdict`);
  });

  it("stays silent once the command reached its verdict", () => {
    const proc = new FakeProcess();
    const written: string[] = [];
    guardVerdict("c1-twingate preview", proc, (t) => written.push(t)).reached();
    proc.emit("beforeExit");
    proc.emit("exit");
    expect(proc.exitCode).toBeUndefined();
    expect(written).toEqual([]);
  });

  it("also catches process.exit before a verdict (no beforeExit then)", () => {
    const proc = new FakeProcess();
    guardVerdict("c1-twingate check", proc, () => undefined);
    proc.emit("exit");
    expect(proc.exitCode).toBe(1);
  });
});

describe("usage errors never repeat what was typed", () => {
  const err = (code: string, message: string) => new CommanderError(1, code, message);
  it.each([
    [err("commander.unknownOption", "error: unknown option '--api-key=tgk_SECRET_1234567890'"), /^--api-key is not an option/, "tgk_SECRET"],
    [err("commander.unknownOption", "error: unknown option '--token=abc123def456ghi'"), /^--token is not an option/, "abc123"],
    [err("commander.unknownOption", "error: unknown option '--frob=x1y2z3w4v5u6'"), /^unknown option --frob:/, "x1y2z3"],
    [err("commander.unknownOption", "error: unknown option '-ktgk_SECRET_123456'"), /^an unknown option \(not shown: it could be a key\)/, "SECRET"],
    [err("commander.unknownCommand", "error: unknown command 'tgk_SECRET_123456'"), /^unknown command \(not shown/, "SECRET"],
    [err("commander.excessArguments", "error: too many arguments for 'check'. Expected 0 arguments but got 1."), /^unexpected argument\(s\) \(not shown/, "xyz"],
    [err("commander.invalidArgument", "error: option '--x <v>' argument 'tgk_SECRET_1' is invalid."), /^the command line is not usable/, "SECRET"],
    // Breaker finding 9: a key typed as an option name (letters and digits only, 35 characters).
    [err("commander.unknownOption", "error: unknown option '--Canary7Yc2kQ9Lm4Vp8Rz3Wn6Ks1Tb5Hd0'"), /^an unknown option \(not shown: it could be a key\)/, "Canary7Yc2k"],
    [err("commander.unknownOption", "error: unknown option '-Canary7Yc2kQ9Lm4Vp8Rz3Wn6Ks1Tb5Hd0'"), /^an unknown option \(not shown: it could be a key\)/, "Canary7Yc2k"],
    [err("commander.unknownOption", "error: unknown option '--canarykeyabcdefghijklmnopqrstuvw'"), /^an unknown option \(not shown: it could be a key\)/, "canarykeyab"],
  ])("%#", (error, expected, secret) => {
    const text = describeCommanderError(error);
    expect(text).toMatch(expected);
    expect(text).not.toContain(secret);
  });

  it("shows misspelt option names, never a generated key typed as one", () => {
    const unknown = (token: string) => describeCommanderError(err("commander.unknownOption", `error: unknown option '${token}'`));
    for (const name of ["--netwrk", "--base-urll", "--max-response-bytes2", "--no-colour", "-x", "--time-budget-seconds", "--jsonn"]) {
      expect(unknown(name)).toContain(`unknown option ${name}:`);
    }
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 500; i++) {
      const key = Array.from({ length: 20 + (i % 60) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
      for (const token of [`--${key}`, `-${key}`, `--${key.toUpperCase()}`, `--${key.toLowerCase()}`]) {
        const text = unknown(token);
        expect(text).not.toContain(key.slice(4, 16));
        // Reads as a sentence whichever form it takes (round 2: "unknown option an option (not shown, …)").
        expect(text).toMatch(/^(unknown option -[^ ]*|an unknown option \(not shown: it could be a key\)): /);
      }
    }
  });
});

describe("an unknown option's hint", () => {
  const unknown = (command: string) => describeCommanderError(new CommanderError(1, "commander.unknownOption", "error: unknown option '--bogus'"), command);
  it("names where the API key comes from for the commands that read one, or when the command is not known", () => {
    for (const command of ["check", "preview", "connector", ""]) expect(unknown(command)).toContain("--api-key-env NAME");
  });
  it("leaves it out for commands that read no key", () => {
    for (const command of ["provider", "simulator", "sandbox", "demo", "c1-simulator"]) {
      expect(unknown(command)).toBe("unknown option --bogus: run c1-twingate --help (or c1-twingate <command> --help) for usage");
    }
  });
});

describe("progress while waiting", () => {
  it("says why, how long, which attempt and what is left of the budget; beats while a long wait lasts", () => {
    jest.useFakeTimers();
    try {
      const lines: string[] = [];
      let now = 0;
      const progress = new WaitProgress({ write: (t) => lines.push(t) }, { now: () => now });
      progress.onEvent({ type: "retry", endpoint: "https://acme.twingate.com/api/graphql/", operation: "q", attempt: 1, maxAttempts: 4, delayMs: 60_000, reason: "HTTP 429 (Retry-After 60 s)", budgetLeftMs: 88_000 });
      expect(lines).toEqual(["c1-twingate: HTTP 429 (Retry-After 60 s) from https://acme.twingate.com/api/graphql/ (attempt 1 of 4); retrying in 60 s; 88 s left of the time budget\n"]);
      now = 10_000;
      jest.advanceTimersByTime(10_000);
      expect(lines[1]).toBe("c1-twingate: still waiting, 50 s to go\n");
      progress.onEvent({ type: "request", endpoint: "x", operation: "q", kind: "read", attempt: 2 });
      jest.advanceTimersByTime(30_000);
      expect(lines).toHaveLength(2);
      progress.onEvent({ type: "wait", kind: "read", waitMs: 1_000, reason: "pacing" });
      expect(lines).toHaveLength(2);
      progress.close();
    } finally {
      jest.useRealTimers();
    }
  });
});

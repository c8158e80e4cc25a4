import { DEMO_KEYS } from "../../src/simulator";
import { runCli, type CliRun } from "../helpers/cli";

/**
 * `c1-twingate demo`, the README's first command, run as users run it: the bundled CLI as a
 * child process. It starts its own simulator and runs `check` four times against it.
 */

const CASES = [
  { title: "1. a valid Read & Write key, provisioning needs write", exit: 0, codes: [] as string[] },
  { title: "2. a Read-only key used for provisioning", exit: 1, codes: ["PERMISSION_INSUFFICIENT"] },
  { title: "3. a revoked key", exit: 1, codes: ["TG_UNAUTHORIZED"] },
  { title: "4. a misspelled network", exit: 1, codes: ["TG_NETWORK_NOT_FOUND"] },
];

let run: CliRun;
beforeAll(async () => {
  run = await runCli(["demo"], { timeoutMs: 60_000 });
}, 90_000);

/** The output between the heading of case `index` and the next heading (or the end). */
function section(index: number): string {
  const start = run.stdout.indexOf(CASES[index]!.title);
  const next = CASES[index + 1];
  const end = next ? run.stdout.indexOf(next.title) : run.stdout.length;
  return run.stdout.slice(start, end);
}

describe("c1-twingate demo", () => {
  it("exits 0", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("prints the four cases in order, each with its exit code", () => {
    const positions = CASES.map((c) => run.stdout.indexOf(c.title));
    for (const p of positions) expect(p).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect([...run.stdout.matchAll(/\(exit code (\d+)\)/g)].map((m) => Number(m[1]))).toEqual(CASES.map((c) => c.exit));
    CASES.forEach((c, i) => expect(section(i)).toContain(`(exit code ${c.exit})`));
  });

  it("shows the expected finding code in each failing case, and none in the passing one", () => {
    const all = ["PERMISSION_INSUFFICIENT", "TG_UNAUTHORIZED", "TG_NETWORK_NOT_FOUND"];
    CASES.forEach((c, i) => {
      const text = section(i);
      for (const code of all) {
        if (c.codes.includes(code)) expect(text).toContain(code);
        else expect(text).not.toContain(code);
      }
    });
  });

  it("never prints a demo key", () => {
    for (const key of Object.values(DEMO_KEYS)) {
      expect(run.stdout).not.toContain(key);
      expect(run.stderr).not.toContain(key);
    }
  });
});

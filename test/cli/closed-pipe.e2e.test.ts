/**
 * `c1-twingate … | head -1`: a reader that goes away ends the output, not the command. Without a
 * listener Node turns the EPIPE of the next write into an uncaught exception with a stack trace;
 * the CLI ignores it (src/cli/closed-pipe.ts) and exits with the command's own code.
 */
import { spawn } from "node:child_process";
import { CLI_PATH, runCli, suiteCodeCacheEnv } from "../helpers/cli";
import { startSimulator, type RunningSimulator } from "../../src/simulator";

jest.setTimeout(120_000);

/** Runs the CLI with its stdout closed before it writes anything: every write it makes fails with EPIPE. */
function withStdoutClosed(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1", ...suiteCodeCacheEnv(), ...env }, stdio: ["ignore", "pipe", "pipe"] });
    // Closed at once: Node takes tens of ms to start, so the child's first write finds no reader.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stderr }));
  });
}

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ rateLimit: false });
});
afterAll(async () => {
  await sim.close();
});

describe("the CLI with a reader that went away", () => {
  it("--help: no stack trace, exit 0", async () => {
    const run = await withStdoutClosed(["--help"]);
    expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
    expect({ code: run.code, signal: run.signal }).toEqual({ code: 0, signal: null });
  });

  it("a failing check keeps its exit code (a pipeline under pipefail still fails)", async () => {
    const args = ["check", "--network", "acme", "--require", "write", "--base-url", sim.baseUrl];
    const open = await runCli(args, { env: { TWINGATE_API_KEY: "tg-wrong-key-0000000000000000000000" } });
    expect(open.code).not.toBe(0);
    const closed = await withStdoutClosed(args, { TWINGATE_API_KEY: "tg-wrong-key-0000000000000000000000" });
    expect(closed.stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
    expect(closed.code).toBe(open.code);
  });
});

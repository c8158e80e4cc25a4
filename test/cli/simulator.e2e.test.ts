import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { DEMO_KEYS } from "../../src/simulator";
import { CLI_PATH, runCli } from "../helpers/cli";

// `c1-twingate simulator` as users start it: a child process on a free port, answering
// `c1-twingate check`, stopped by SIGTERM.
describe("c1-twingate simulator", () => {
  let child: ChildProcessWithoutNullStreams;
  let baseUrl: string;

  beforeAll(async () => {
    child = spawn(process.execPath, [CLI_PATH, "simulator", "--port", "0", "--users", "300", "--seed", "9"], { env: { PATH: process.env.PATH, NO_COLOR: "1" } });
    let out = "";
    baseUrl = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString("utf8");
        const match = /base URL (http:\/\/127\.0\.0\.1:\d+\/\{network\})/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.once("exit", (code) => reject(new Error(`simulator exited early with ${code}: ${out}`)));
    });
  });

  afterAll(async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  });

  it("serves the demo networks with the generated tenant size", async () => {
    const run = await runCli(["check", "--network", "acme", "--base-url", baseUrl, "--json"], { env: { TWINGATE_API_KEY: DEMO_KEYS.readWrite } });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, counts: { users: 300 } });
  });

  it("rejects bad flags with exit code 2", async () => {
    const run = await runCli(["simulator", "--read-only-mutation", "maybe"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--read-only-mutation must be http-403, graphql-error or ok-false");
  });

  it("names the flag when a number flag is not a number", async () => {
    const run = await runCli(["simulator", "--port", "http"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--port must be a whole number from 0 to 65535");
  });

  it("stops on SIGTERM", async () => {
    child.kill("SIGTERM");
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(0);
  });
});

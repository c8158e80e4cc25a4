import { DEMO_KEYS } from "../../src/simulator";
import { runCli, startCliServer, type CliServer } from "../helpers/cli";

// `c1-twingate simulator` as users start it: a child process on a free port, answering
// `c1-twingate check`, stopped by SIGTERM.
describe("c1-twingate simulator", () => {
  let server: CliServer | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    server = await startCliServer(["simulator", "--port", "0", "--users", "300", "--seed", "9"]);
    baseUrl = /base URL (http:\/\/127\.0\.0\.1:\d+\/\{network\})/.exec(server.banner)![1]!;
  });

  afterAll(async () => {
    await server?.stop();
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
    expect(await server!.stop()).toBe(0);
  });
});

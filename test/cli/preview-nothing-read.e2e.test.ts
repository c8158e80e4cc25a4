import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { runCli } from "../helpers/cli";

/** A preview that read nothing shows no counts and no connector view: zeros would read as an empty tenant. */
describe("c1-twingate preview that read nothing (child process)", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: { reads: 100_000, writes: 100, windowMs: 60_000 } });
  });
  afterAll(() => sim.close());

  const preview = (key: string, ...extra: string[]) =>
    runCli(["preview", "--network", "acme", "--base-url", sim.baseUrl, ...extra], { env: { TWINGATE_API_KEY: key } });

  it("says nothing was read instead of tables of zeros, in text, markdown and JSON", async () => {
    const text = await preview(DEMO_KEYS.revoked);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("Nothing was read from Twingate, so there are no counts");
    expect(text.stdout).toContain("TG_UNAUTHORIZED");
    expect(text.stdout).not.toMatch(/users by role|What ConductorOne will show/);

    const markdown = await preview(DEMO_KEYS.revoked, "--markdown");
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain("Nothing was read from Twingate, so there are no counts");
    expect(markdown.stdout).not.toMatch(/What Twingate holds|Users and groups by kind/);

    const json = await preview(DEMO_KEYS.revoked, "--json");
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout) as { pagesRead: number; connectorView: unknown; findings: Array<{ code: string }> };
    expect(result).toMatchObject({ pagesRead: 0, connectorView: null });
    expect(result.findings.map((f) => f.code)).toEqual(["TG_UNAUTHORIZED"]);
    expect(text.stdout + markdown.stdout + json.stdout).not.toContain(DEMO_KEYS.revoked);
  });

  it("still shows counts and the connector view when pages were read", async () => {
    const json = await preview(DEMO_KEYS.readOnly, "--json");
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as { pagesRead: number; connectorView: unknown };
    expect(result.pagesRead).toBeGreaterThan(0);
    expect(result.connectorView).not.toBeNull();
  });
});

/**
 * `c1-twingate simulator` as a CI job runs it: a child process started from a config file and
 * flags, used by `c1-twingate check`, steered through the control endpoint while it runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli, startCliServer, type CliServer } from "../helpers/cli";

jest.setTimeout(120_000);

const CORP_KEY = "sim-rw-CANARY-cli-corp-4kq9z";
const ODD_KEY = "sim-ro-CANARY-cli-odd-8mw2c";

interface RunningCli extends CliServer {
  baseUrl: string;
  controlUrl: string | undefined;
}

/** Starts the simulator CLI and resolves once its banner is complete, with the URLs it printed. */
async function startCli(args: string[]): Promise<RunningCli> {
  const server = await startCliServer(["simulator", "--port", "0", ...args]);
  const base = /base URL (http:\/\/127\.0\.0\.1:\d+\/\{network\})/.exec(server.banner)?.[1];
  if (base === undefined) {
    await server.stop();
    throw new Error(`no base URL in: ${server.banner}`);
  }
  return Object.assign(server, { baseUrl: base, controlUrl: /control endpoint (\S+)/.exec(server.banner)?.[1] });
}

describe("c1-twingate simulator with a config file, flags and the control endpoint", () => {
  let dir: string;
  let configFile: string;
  let cli: RunningCli;
  const check = (network: string, key: string, extra: string[] = []) =>
    runCli(["check", "--network", network, "--base-url", cli.baseUrl, "--json", ...extra], { env: { TWINGATE_API_KEY: key } });
  const control = (method: string, route: string, body?: unknown) =>
    fetch(`${cli.controlUrl}${route}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "sim-cli-"));
    configFile = path.join(dir, "simulator.json");
    writeFileSync(
      configFile,
      JSON.stringify({
        networks: [
          {
            name: "corp",
            tenant: {
              seed: 3,
              users: 40,
              groups: 2,
              extraUsers: [{ email: "pending.admin@corp.example", role: "ADMIN", state: "PENDING" }],
              extraGroups: [{ name: "Ops", type: "MANUAL", members: ["pending.admin@corp.example"] }],
            },
            tokens: [{ name: "ci", key: CORP_KEY, permission: "read-write" }],
          },
          { name: "odd", scenario: "unknown-values", tokens: [{ name: "ro", key: ODD_KEY, permission: "read" }] },
        ],
        rateLimit: { reads: 5, writes: 5, windowMs: 60_000 },
      }),
    );
    cli = await startCli(["--config", configFile, "--reads-per-minute", "1000", "--fault", '{"kind":"status","status":503,"network":"odd"}']);
  });

  afterAll(async () => {
    await cli?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints networks and token names, never a key from the file", () => {
    expect(cli.banner).toMatch(/network corp: 41 users, 4 groups; tokens ci \(read-write\)/);
    expect(cli.banner).toMatch(/network odd: scenario unknown-values, 41 users, 8 groups; tokens ro \(read\)/);
    expect(cli.banner).toContain(`control endpoint ${cli.baseUrl.replace("{network}", "_simulator/")}`);
    expect(cli.banner).not.toContain(CORP_KEY);
    expect(cli.banner).not.toContain(ODD_KEY);
    expect(cli.banner).not.toContain("keys for acme");
  });

  it("serves the declared tenant, with flags over the file (reads per minute)", async () => {
    const runs = await Promise.all(Array.from({ length: 3 }, () => check("corp", CORP_KEY)));
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, counts: { users: 41 } });
    }
    const status = (await (await control("GET", "")).json()) as { settings: { rateLimit: unknown } };
    expect(status.settings.rateLimit).toEqual({ reads: 1000, writes: 5, windowMs: 60_000 });
  });

  it("queued the --fault for its network only", async () => {
    const r = await fetch(cli.baseUrl.replace("{network}", "odd") + "/api/graphql/", {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": ODD_KEY },
      body: JSON.stringify({ query: "{ users(first: 1) { totalCount } }" }),
    });
    expect(r.status).toBe(503);
    const summary = (await (await control("GET", "networks/odd/summary")).json()) as { unknownValues: { roles: Record<string, number> } };
    expect(summary.unknownValues.roles).toEqual({ BILLING: 4 });
  });

  it("revokes a key by name while running: check then fails, and passes again once restored", async () => {
    expect((await control("POST", "networks/corp/tokens/revoke", { name: "ci" })).status).toBe(200);
    const revoked = await check("corp", CORP_KEY);
    expect(revoked.code).toBe(1);
    expect(revoked.stdout + revoked.stderr).not.toContain(CORP_KEY);
    expect((await control("POST", "networks/corp/tokens/restore", { name: "ci" })).status).toBe(200);
    expect((await check("corp", CORP_KEY)).code).toBe(0);
  });

  it("stops on SIGTERM with exit code 0", async () => {
    expect(await cli.stop()).toBe(0);
  });
});

describe("c1-twingate simulator flags", () => {
  it("--scenario serves a named scenario as the first network, keeping the demo keys", async () => {
    const cli = await startCli(["--scenario", "large-group", "--no-control"]);
    try {
      expect(cli.banner).toMatch(/network acme: scenario large-group, 150 users, 3 groups/);
      expect(cli.banner).toContain("keys for acme");
      expect(cli.controlUrl).toBeUndefined();
      const keyLine = /read-write (sim-rw-\S+),/.exec(cli.banner)?.[1] ?? "";
      const run = await runCli(["check", "--network", "acme", "--base-url", cli.baseUrl, "--json"], { env: { TWINGATE_API_KEY: keyLine } });
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, counts: { users: 150 } });
      const off = await fetch(cli.baseUrl.replace("{network}", "_simulator/"));
      expect(off.status).toBe(404);
    } finally {
      await cli?.stop();
    }
  });

  it("--list-scenarios describes every scenario", async () => {
    const run = await runCli(["simulator", "--list-scenarios"]);
    expect(run.code).toBe(0);
    for (const name of ["large-group", "unknown-roles", "pending-admins", "synced-target", "duplicate-group-names", "unknown-values", "all-gaps"]) {
      expect(run.stdout).toContain(`${name}\n  `);
    }
    expect(run.stdout).toContain("50 of 120");
  });

  it("--help documents the config file and the control routes", async () => {
    const run = await runCli(["simulator", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--config <file>");
    expect(run.stdout).toContain('"extraUsers"');
    expect(run.stdout).toContain("POST   /_simulator/networks/<net>/tokens/revoke");
    expect(run.stdout).toContain("PATCH  /_simulator/options");
  });

  it.each<[string[], RegExp]>([
    [["--scenario", "large-group", "--users", "3"], /--scenario and --users both replace the first network's tenant/],
    [["--scenario", "huge"], /--scenario must be one of large-group/],
    [["--fault", "nope"], /--fault must be a JSON object/],
    [["--fault", '{"kind":"explode"}'], /--fault: \[SIM_INVALID_FAULT\]/],
    [["--reads-per-minute", "0"], /--reads-per-minute must be a whole number from 1 to 1000000/],
    [["--config", "/nonexistent/sim.json"], /--config \/nonexistent\/sim\.json cannot be read \(ENOENT\)/],
  ])("refuses %j with exit code 2", async (args, message) => {
    const run = await runCli(["simulator", "--port", "0", ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("refuses a bad config file with exit code 2, naming the file and the field, never the key", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sim-cli-bad-"));
    try {
      const file = path.join(dir, "bad.json");
      const key = "sim-rw-CANARY-cli-bad-1x8d";
      writeFileSync(file, JSON.stringify({ networks: [{ name: "a", tenant: { seed: 1, users: 2, extraUsers: [{ email: "a@x.example", role: "ADMN" }] }, tokens: [{ key, permission: "read" }] }] }));
      const run = await runCli(["simulator", "--port", "0", "--config", file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${file}: [SIM_INVALID_TENANT_SPEC] extraUsers.0.role "ADMN" is neither a UserRole`);
      expect(run.stdout + run.stderr).not.toContain(key);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

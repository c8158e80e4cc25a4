import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConductorOneClient } from "../../src/conductorone";
import { runCli, startCliServer, type CliServer } from "../helpers/cli";

// `c1-twingate c1-simulator --seed FILE`, as a user seeds their own app and owners offline:
// the printed ids are the file's, the API answers them, and a bad file is refused by field.
describe("c1-twingate c1-simulator --seed", () => {
  const dir = mkdtempSync(join(tmpdir(), "c1sim-seed-cli-"));
  const seedFile = join(dir, "seed.json");
  const caFile = join(dir, "ca.pem");
  const seed = {
    users: [{ id: "2ZuAlice000000000000000000a", email: "alice@acme.example", displayName: "Alice Admin" }],
    apps: [{ id: "2GkPvCsvc6nHg5ThWebYO3tvKEZ", displayName: "Okta", entitlements: [{ id: "2EntEngineering000000000001", displayName: "Engineering member" }] }],
  };
  let server: CliServer | undefined;
  let out = "";
  const printed = (name: string): string => new RegExp(`export ${name}='?([^'\\n]+)'?`).exec(out)![1]!;

  beforeAll(async () => {
    writeFileSync(seedFile, JSON.stringify(seed));
    server = await startCliServer(["c1-simulator", "--port", "0", "--seed", seedFile, "--ca-file", caFile]);
    out = server.banner;
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints the seeded app, its entitlement and the user with the file's ids, and only those", async () => {
    expect(out).toContain(`app "Okta": 2GkPvCsvc6nHg5ThWebYO3tvKEZ`);
    expect(out).toContain(`entitlement "Engineering member" (member): 2EntEngineering000000000001`);
    expect(out).toContain("user alice@acme.example: 2ZuAlice000000000000000000a");
    expect(out).not.toContain(`app "Twingate"`); // the file names the apps: no default app
    const client = new ConductorOneClient({
      env: { CONDUCTORONE_SERVER_URL: printed("CONDUCTORONE_SERVER_URL"), CONDUCTORONE_CLIENT_ID: printed("CONDUCTORONE_CLIENT_ID"), CONDUCTORONE_CLIENT_SECRET: printed("CONDUCTORONE_CLIENT_SECRET"), SSL_CERT_FILE: caFile },
    });
    try {
      expect((await client.searchUsers({ email: "alice@acme.example" })).items.map((u) => u.id)).toEqual(["2ZuAlice000000000000000000a"]);
      expect(await client.getAppEntitlement("2GkPvCsvc6nHg5ThWebYO3tvKEZ", "2EntEngineering000000000001")).toMatchObject({ displayName: "Engineering member" });
    } finally {
      client.close();
    }
  });

  it("refuses a seed file with a bad field, naming it", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ users: [{ email: "alice@acme.example", id: "short" }] }));
    const run = await runCli(["c1-simulator", "--port", "0", "--seed", bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\[C1SIM_SEED_INVALID\] the seed file .*bad\.json is not a valid simulator seed: users\.0\.id: must be 27 characters/);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSeedFile, startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
import { ConductorOneClient } from "../../src/conductorone";

// Seeding a tenant's directory and existing apps, from code and from a seed file: ids that a
// stack can name, entitlements for owners by group, and refusals that name the field at fault.
describe("simulator seed", () => {
  const OKTA = { id: "2GkPvCsvc6nHg5ThWebYO3tvKEZ", displayName: "Okta", entitlements: [{ id: "2EntEngineering000000000001", displayName: "Engineering member" }] };
  const ALICE = { id: "2ZuAlice000000000000000000a", email: "alice@acme.example", displayName: "Alice Admin", department: "IT", roleIds: ["admin"] };
  let sim: RunningConductorOneSimulator;
  let client: ConductorOneClient;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "c1sim-seed-"));
    sim = await startConductorOneSimulator({ tickMs: 0, users: [ALICE, { email: "bob@acme.example" }], apps: [OKTA, { displayName: "Twingate" }] });
    client = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url }, ca: sim.caPem });
  });
  afterAll(async () => {
    client.close();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps given ids and fills the rest, answering them through the API", async () => {
    expect(sim.users().map((u) => u.id)).toEqual([ALICE.id, expect.stringMatching(/^[0-9A-Za-z]{27}$/)]);
    const alice = (await client.searchUsers({ email: ALICE.email })).items[0];
    expect(alice).toMatchObject({ id: ALICE.id, displayName: "Alice Admin", department: "IT", roleIds: ["admin"], status: "ENABLED", emails: [ALICE.email] });
    expect(await client.getApp(OKTA.id)).toMatchObject({ id: OKTA.id, displayName: "Okta", isDirectory: false });
    const entitlement = await client.getAppEntitlement(OKTA.id, OKTA.entitlements[0]!.id);
    expect(entitlement).toMatchObject({ id: OKTA.entitlements[0]!.id, appId: OKTA.id, displayName: "Engineering member", slug: "member" });
    // Seeding is not a change the API made.
    expect(sim.changes()).toEqual([]);
  });

  it("adds users, apps and entitlements later, refusing an id already taken and an email seeded twice", () => {
    const later = sim.seedApp({ displayName: "GitHub", entitlements: [{ displayName: "Admins", slug: "admin" }] });
    expect(later.entitlements).toEqual([expect.objectContaining({ appId: later.id, displayName: "Admins", slug: "admin" })]);
    expect(sim.seedAppEntitlement(later.id, { displayName: "Maintainers" }).appId).toBe(later.id);
    expect(() => sim.seedApp({ id: OKTA.id, displayName: "Okta again" })).toThrow(expect.objectContaining({ code: "C1SIM_SEED_INVALID", message: expect.stringContaining(`app id ${OKTA.id} is already taken`) }));
    expect(() => sim.seedUser({ email: ALICE.email })).toThrow(/alice@acme\.example is already seeded/);
    expect(() => sim.seedAppEntitlement("2YAppMissing000000000000001", { displayName: "x" })).toThrow(/no such app; seed the app first/);
    expect(() => sim.seedUser({ id: "not-a-ksuid", email: "x@acme.example" })).toThrow(/id: must be 27 characters/);
  });

  it("refuses a bad seed at start, naming the field", async () => {
    await expect(startConductorOneSimulator({ users: [{ email: "no-at-sign" }] })).rejects.toMatchObject({ code: "C1SIM_OPTIONS_INVALID", message: expect.stringContaining("users.0.email") });
    await expect(startConductorOneSimulator({ users: [{ id: ALICE.id, email: "a@x.example" }, { id: ALICE.id, email: "b@x.example" }] })).rejects.toMatchObject({ code: "C1SIM_SEED_INVALID" });
  });

  it("reads a seed file, and says what is wrong with a bad one", () => {
    const file = join(dir, "seed.json");
    writeFileSync(file, JSON.stringify({ users: [ALICE], apps: [OKTA] }));
    expect(readSeedFile(file)).toMatchObject({ users: [{ id: ALICE.id }], apps: [{ id: OKTA.id, entitlements: [{ displayName: "Engineering member" }] }] });
    writeFileSync(file, "{ not json");
    expect(() => readSeedFile(file)).toThrow(/is not valid JSON/);
    writeFileSync(file, JSON.stringify({ apps: [{ displayName: "A", entitlements: [{ slug: "member" }] }], groups: [] }));
    expect(() => readSeedFile(file)).toThrow(expect.objectContaining({ code: "C1SIM_SEED_INVALID", message: expect.stringMatching(/apps\.0\.entitlements\.0\.displayName.*\(root\): Unrecognized key.*groups/s) }));
    expect(() => readSeedFile(join(dir, "missing.json"))).toThrow(/cannot read the seed file .*ENOENT/);
  });
});

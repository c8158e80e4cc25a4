import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readStandinState, seedStandinState, StandinStateFileError, StandinStore, stateFilePath, STATE_FILE_ENV } from "../../../src/standins/conductorone";
import { redactSecrets, rememberSecret } from "../../../src/standins/conductorone/secrets";

describe("ConductorOne stand-in state file", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "c1-standin-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("treats a missing file as an empty tenant and seeds users and apps with defaults", () => {
    const file = join(dir, "c1.json");
    expect(readStandinState(file).users).toEqual([]);
    seedStandinState(file, { users: [{ id: "u1", email: "a@x.example" }], apps: [{ id: "app1", display_name: "Twingate" }] });
    const state = readStandinState(file);
    expect(state.users[0]).toMatchObject({ id: "u1", email: "a@x.example", status: "ENABLED", display_name: null });
    expect(state.apps[0]).toMatchObject({ id: "app1", managed: false });
  });

  it("numbers every recorded change in order, across separate store instances", () => {
    const file = join(dir, "c1.json");
    new StandinStore(file).update((_, record) => record("create", "conductorone_app", "a"));
    new StandinStore(file).update((_, record) => {
      record("create", "conductorone_integration_twingate", "b");
      record("delete", "conductorone_app", "a");
    });
    expect(readStandinState(file).events.map((e) => [e.seq, e.action, e.id])).toEqual([
      [1, "create", "a"],
      [2, "create", "b"],
      [3, "delete", "a"],
    ]);
  });

  it("refuses a file that is not a stand-in state file, naming the file and the fix", () => {
    const file = join(dir, "c1.json");
    writeFileSync(file, JSON.stringify({ version: 2 }));
    expect(() => readStandinState(file)).toThrow(StandinStateFileError);
    // A file of the previous layout (version 1) is refused too, with the same fix.
    writeFileSync(file, JSON.stringify({ version: 1, sequence: 0, users: [], apps: [], integrations: [], connector_owners: [], events: [] }));
    expect(() => readStandinState(file)).toThrow(StandinStateFileError);
    expect(() => readStandinState(file)).toThrow(/c1\.json .*Delete it/);
    writeFileSync(file, "{not json");
    expect(() => readStandinState(file)).toThrow(/not valid JSON/);
  });

  it("refuses a key in place of the <set> marker", () => {
    const file = join(dir, "c1.json");
    const state = seedStandinState(file, {});
    state.integrations.push({
      id: "i",
      app_id: "a",
      catalog_id: "c",
      display_name: "Twingate",
      twingate_domain: "acme",
      twingate_apikey: "<set>",
      user_ids: [],
      created_at: "t",
      updated_at: "t",
      deleted_at: null,
    });
    const raw = JSON.parse(JSON.stringify(state)) as { integrations: { twingate_apikey: string }[] };
    const first = raw.integrations[0];
    if (first) first.twingate_apikey = "sim-rw-abcdefgh";
    writeFileSync(file, JSON.stringify(raw));
    expect(() => readStandinState(file)).toThrow(/integrations\.0\.twingate_apikey/);
    expect(() => readStandinState(file)).not.toThrow(/sim-rw-abcdefgh/);
  });

  it("resolves C1_STANDIN_STATE_FILE against the working directory, with a default", () => {
    expect(stateFilePath({ [STATE_FILE_ENV]: "/abs/tenant.json" })).toBe("/abs/tenant.json");
    expect(stateFilePath({})).toBe(join(process.cwd(), "conductorone-standin.json"));
  });

  it("scrubs remembered secrets from text", () => {
    rememberSecret("sim-rw-0123456789abcdef");
    expect(redactSecrets("key sim-rw-0123456789abcdef refused")).toBe("key [redacted] refused");
  });
});

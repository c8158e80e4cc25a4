/** The data sources through the RPC runtime (no terraform): what lands in the state Terraform stores. */
import { c1twingateProvider } from "../../src/provider/provider";
import { credentialsSchema } from "../../src/provider/credentials-data-source";
import { syncPreviewSchema } from "../../src/provider/sync-preview-data-source";
import { providerSchema } from "../../src/provider/settings";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { createLogger, createProviderRuntime, decodeMsgpack, encodeMsgpack, type BlockSchema, type CtyValue } from "../../src/tfplugin";
import { impliedType } from "../../src/tfplugin/framework/schema";

const dv = (schema: BlockSchema, v: CtyValue) => ({ msgpack: Buffer.from(encodeMsgpack(impliedType(schema), v)) });

describe("c1twingate data sources keep the API key out of state", () => {
  let sim: RunningSimulator;
  const lines: string[] = [];

  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: false });
  });
  afterAll(() => sim.close());

  async function readDataSource(typeName: string, schema: BlockSchema, config: Record<string, CtyValue>) {
    const rt = createProviderRuntime(c1twingateProvider, { log: createLogger({ write: (l) => void lines.push(l) }) });
    const providerConfig = { base_url: sim.baseUrl, base_domain: null, timeout_seconds: null, max_retries: null, reads_per_minute: null, writes_per_minute: null, time_budget_seconds: null, max_response_bytes: null };
    const configured = await rt.ConfigureProvider({ terraform_version: "1.11.4", config: dv(providerSchema, providerConfig) });
    expect(configured.diagnostics).toEqual([]);
    const res = await rt.ReadDataSource({ type_name: typeName, config: dv(schema, config) });
    expect(res.diagnostics.filter((d) => d.severity === "ERROR")).toEqual([]);
    return decodeMsgpack(impliedType(schema), res.state?.msgpack ?? new Uint8Array([0xc0])) as Record<string, CtyValue> | null;
  }

  it("c1twingate_credentials returns api_key as null", async () => {
    const nulls = { require: null, id: null, network_label: null, endpoint: null, permission: null, user_count: null, group_count: null };
    const state = await readDataSource("c1twingate_credentials", credentialsSchema, { ...nulls, network: "acme", api_key: DEMO_KEYS.readWrite });
    expect(state).toMatchObject({ network: "acme", permission: "read", api_key: null });
    expect(JSON.stringify(state)).not.toContain(DEMO_KEYS.readWrite);
  });

  it("c1twingate_sync_preview returns api_key as null", async () => {
    const nulls = { groups: null, time_budget_seconds: null, id: null, user_count: null, group_count: null, admin_count: null, provisionable_groups: null, group_types: null, missing_groups: null, complete: null };
    const state = await readDataSource("c1twingate_sync_preview", syncPreviewSchema, { ...nulls, network: "acme", api_key: DEMO_KEYS.readWrite });
    expect(state).toMatchObject({ network: "acme", id: "acme", complete: true, api_key: null });
    expect(JSON.stringify(state)).not.toContain(DEMO_KEYS.readWrite);
    expect(lines.join("")).not.toContain(DEMO_KEYS.readWrite);
  });
});

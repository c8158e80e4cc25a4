/**
 * Drives the ConductorOne stand-in through its RPC runtime (no terraform), the way Terraform
 * does: values are encoded with the real msgpack codec against the served schema, the
 * proposed new state is config merged with prior computed values. Its objects live in a
 * ConductorOne API simulator started here, reached over HTTPS with the simulator's test
 * credentials (provider attributes by default, or the environment a test gives) and its CA
 * through SSL_CERT_FILE, as a Go provider would trust it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startConductorOneSimulator, type ConductorOneSimulatorOptions, type RunningConductorOneSimulator } from "../../../src/c1simulator";
import { conductoroneStandin } from "../../../src/standins/conductorone";
import { createLogger, createProviderRuntime, decodeMsgpack, encodeMsgpack, isUnknown, type CtyValue, type Schema } from "../../../src/tfplugin";
import { flagsOf, impliedType } from "../../../src/tfplugin/framework/schema";
import type { WireDiagnostic } from "../../../src/tfplugin/proto/messages";

export type Obj = Record<string, CtyValue>;

export interface HarnessOptions {
  /** The simulator's options (seed, sync, faults are set on `sim`). Default: no demo users, sync never starts. */
  simulator?: ConductorOneSimulatorOptions;
  /**
   * The provider block. Default: the simulator's server_url, client_id and client_secret.
   * `null` configures with every attribute null (credentials then come from `env`).
   */
  provider?: Obj | null | ((sim: RunningConductorOneSimulator) => Obj);
  /** Environment variables set while the stand-in is configured (SSL_CERT_FILE too, unless `trustCa` is false). */
  env?: Record<string, string> | ((sim: RunningConductorOneSimulator) => Record<string, string>);
  /** Point SSL_CERT_FILE at the simulator's CA (default true). */
  trustCa?: boolean;
}

export interface Harness {
  readonly sim: RunningConductorOneSimulator;
  readonly logs: string[];
  /** Diagnostics of ConfigureProvider (empty when it worked). */
  readonly configured: WireDiagnostic[];
  schemaOf(type: string, kind?: "resource" | "data"): Schema;
  /** Every attribute of a type, null unless given. */
  full(type: string, values: Obj, kind?: "resource" | "data"): Obj;
  plan(type: string, prior: Obj | null, config: Obj | null): Promise<{ planned: Obj | null; requiresReplace: string[]; diagnostics: WireDiagnostic[] }>;
  /** Plans and applies; returns the new state (null after a destroy). */
  apply(type: string, prior: Obj | null, config: Obj | null): Promise<{ state: Obj | null; diagnostics: WireDiagnostic[] }>;
  read(type: string, state: Obj): Promise<{ state: Obj | null; diagnostics: WireDiagnostic[] }>;
  importState(type: string, id: string): Promise<{ state: Obj | null; diagnostics: WireDiagnostic[] }>;
  readData(type: string, config: Obj): Promise<{ state: Obj | null; diagnostics: WireDiagnostic[] }>;
  validate(type: string, config: Obj): Promise<WireDiagnostic[]>;
  cleanup(): Promise<void>;
}

const ENV_NAMES = [
  "SSL_CERT_FILE",
  "CONDUCTORONE_ACCESS_TOKEN",
  "CONDUCTORONE_OIDC_TOKEN",
  "CONDUCTORONE_CLIENT_ID",
  "CONDUCTORONE_CLIENT_SECRET",
  "CONDUCTORONE_TENANT_DOMAIN",
  "CONDUCTORONE_SERVER_URL",
  "TFC_WORKLOAD_IDENTITY_TOKEN_CONDUCTORONE",
  "TFC_WORKLOAD_IDENTITY_TOKEN_C1",
  "TFC_WORKLOAD_IDENTITY_TOKEN",
];

export async function startStandin(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), "c1-standin-rpc-"));
  const sim = await startConductorOneSimulator({ users: [], tickMs: 0, sync: { behaviour: { kind: "never-start" } }, ...options.simulator });
  const caFile = join(dir, "ca.pem");
  writeFileSync(caFile, sim.caPem);

  // The provider process reads its environment at configure: set exactly what the test gives.
  const saved = Object.fromEntries(ENV_NAMES.map((n) => [n, process.env[n]]));
  for (const n of ENV_NAMES) delete process.env[n];
  const env = typeof options.env === "function" ? options.env(sim) : options.env;
  Object.assign(process.env, options.trustCa === false ? {} : { SSL_CERT_FILE: caFile }, env);
  const restoreEnv = (): void => {
    for (const [n, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[n];
      else process.env[n] = v;
    }
  };

  const logs: string[] = [];
  const rt = createProviderRuntime(conductoroneStandin, { log: createLogger({ write: (l) => void logs.push(l) }) });
  const def = conductoroneStandin.definition;
  const providerSchema = def.schema ?? { attributes: {} };
  const schemaOf = (type: string, kind: "resource" | "data" = "resource"): Schema => {
    const d = kind === "resource" ? def.resources?.[type] : def.dataSources?.[type];
    if (!d) throw new Error(`the stand-in has no ${kind} ${type}`);
    return d.schema;
  };
  const full = (type: string, values: Obj, kind: "resource" | "data" = "resource"): Obj => ({
    ...Object.fromEntries(Object.keys(schemaOf(type, kind).attributes).map((k) => [k, null])),
    ...values,
  });
  const dv = (schema: Schema, v: CtyValue) => ({ msgpack: Buffer.from(encodeMsgpack(impliedType(schema), v)) });
  const decode = (schema: Schema, bytes: Uint8Array | undefined): Obj | null =>
    bytes && bytes.length > 0 ? (decodeMsgpack(impliedType(schema), bytes) as Obj | null) : null;
  const proposed = (schema: Schema, prior: Obj | null, config: Obj): Obj =>
    Object.fromEntries(
      Object.entries(schema.attributes).map(([k, a]) => [k, (config[k] ?? null) !== null ? (config[k] as CtyValue) : flagsOf(a).computed && prior ? prior[k] ?? null : null]),
    );

  const providerConfig: Obj = {
    ...Object.fromEntries(Object.keys(providerSchema.attributes).map((k) => [k, null])),
    ...(options.provider === null
      ? {}
      : typeof options.provider === "function"
        ? options.provider(sim)
        : (options.provider ?? { server_url: sim.url, client_id: sim.credentials.clientId, client_secret: sim.credentials.clientSecret })),
  };
  const configured = (await rt.ConfigureProvider({ terraform_version: "1.11.4", config: dv(providerSchema, providerConfig) })).diagnostics;
  // The client read its CA and credentials at configure: the environment is the test's again.
  restoreEnv();

  const harness: Harness = {
    sim,
    logs,
    configured,
    schemaOf,
    full,
    async plan(type, prior, config) {
      const schema = schemaOf(type);
      const res = await rt.PlanResourceChange({
        type_name: type,
        prior_state: dv(schema, prior),
        proposed_new_state: dv(schema, config === null ? null : proposed(schema, prior, config)),
        config: dv(schema, config),
        prior_private: Buffer.alloc(0),
      });
      const steps = (res.requires_replace ?? []).map((p) => p.steps.map((s) => s.attribute_name ?? s.element_key_int ?? s.element_key_string).join("."));
      return { planned: decode(schema, res.planned_state?.msgpack), requiresReplace: steps, diagnostics: res.diagnostics };
    },
    async apply(type, prior, config) {
      const schema = schemaOf(type);
      const planned = await harness.plan(type, prior, config);
      if (planned.diagnostics.some((d) => d.severity === "ERROR")) return { state: prior, diagnostics: planned.diagnostics };
      const res = await rt.ApplyResourceChange({
        type_name: type,
        prior_state: dv(schema, prior),
        planned_state: dv(schema, planned.planned),
        config: dv(schema, config),
        planned_private: Buffer.alloc(0),
      });
      return { state: decode(schema, res.new_state?.msgpack), diagnostics: res.diagnostics };
    },
    async read(type, state) {
      const schema = schemaOf(type);
      const res = await rt.ReadResource({ type_name: type, current_state: dv(schema, state), private: Buffer.alloc(0) });
      return { state: decode(schema, res.new_state?.msgpack), diagnostics: res.diagnostics };
    },
    async importState(type, id) {
      const schema = schemaOf(type);
      const res = await rt.ImportResourceState({ type_name: type, id });
      const imported = res.imported_resources?.[0];
      return { state: decode(schema, imported?.state?.msgpack), diagnostics: res.diagnostics };
    },
    async readData(type, config) {
      const schema = schemaOf(type, "data");
      const res = await rt.ReadDataSource({ type_name: type, config: dv(schema, config) });
      return { state: decode(schema, res.state?.msgpack), diagnostics: res.diagnostics };
    },
    async validate(type, config) {
      const res = await rt.ValidateResourceConfig({ type_name: type, config: dv(schemaOf(type), config) });
      return res.diagnostics;
    },
    async cleanup() {
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

export const errors = (diagnostics: readonly WireDiagnostic[]): string[] => diagnostics.filter((d) => d.severity === "ERROR").map((d) => `${d.summary}: ${d.detail}`);
export const known = (v: CtyValue | undefined): boolean => v !== undefined && !isUnknown(v);

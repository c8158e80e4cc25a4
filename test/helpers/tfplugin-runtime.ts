/**
 * Test helper: a provider built on src/tfplugin driven in-process through its RPC handlers
 * (no gRPC, no terraform), with values encoded and decoded as Terraform would send them.
 * Configurations start from `nullsOf(schema)`, so a test names only the values it cares about.
 */
import {
  createLogger,
  createProviderRuntime,
  createSecretRedactor,
  providerRedaction,
  SECRET_REPLACEMENT,
  decodeMsgpack,
  encodeMsgpack,
  nullsOf,
  type CtyValue,
  type DefinedProvider,
  type ProviderRuntime,
  type Schema,
} from "../../src/tfplugin";
import { flagsOf, impliedType } from "../../src/tfplugin/framework/schema";
import type { WireDiagnostic, WireDynamicValue } from "../../src/tfplugin/proto/messages";

export type Obj = Record<string, CtyValue>;

export interface RuntimeHarness {
  rt: ProviderRuntime;
  /** Every log line the runtime wrote. */
  logLines: string[];
  /** The schema's all-null object with `values` on top. */
  config(typeName: string, values?: Obj): Obj;
  configure(values?: Obj): Promise<WireDiagnostic[]>;
  validate(typeName: string, config: Obj): Promise<WireDiagnostic[]>;
  validateData(typeName: string, config: Obj): Promise<WireDiagnostic[]>;
  /** Plans like Terraform: the proposed new state is the config with prior values of computed attributes left unset. */
  plan(typeName: string, args: { config: Obj; prior?: Obj | null; priorPrivate?: Buffer }): Promise<{ planned: Obj | null; diagnostics: WireDiagnostic[]; requiresReplace: unknown[]; private?: Buffer }>;
  apply(typeName: string, args: { config: Obj | null; prior?: Obj | null; planned: Obj | null; plannedPrivate?: Buffer }): Promise<{ state: Obj | null; diagnostics: WireDiagnostic[] }>;
  readData(typeName: string, config: Obj): Promise<{ state: Obj | null; diagnostics: WireDiagnostic[] }>;
}

function schemaOf(provider: DefinedProvider<unknown>, typeName: string): Schema {
  const def = provider.definition;
  const schema = def.resources?.[typeName]?.schema ?? def.dataSources?.[typeName]?.schema;
  if (!schema) throw new Error(`the provider has no resource or data source ${typeName}`);
  return schema;
}

export function runtimeHarness<C>(provider: DefinedProvider<C>): RuntimeHarness {
  const logLines: string[] = [];
  // Wired as serve() does: log lines pass through the same redaction as diagnostics.
  const secrets = createSecretRedactor(SECRET_REPLACEMENT);
  const log = createLogger({ write: (line) => void logLines.push(line), redact: providerRedaction(secrets, provider.definition.redact) });
  const rt = createProviderRuntime(provider, { log, secrets });
  const anyProvider = provider as DefinedProvider<unknown>;
  const providerSchema = provider.definition.schema ?? { attributes: {} };
  const dv = (schema: Schema, value: CtyValue): WireDynamicValue => ({ msgpack: Buffer.from(encodeMsgpack(impliedType(schema), value)) });
  const read = (schema: Schema, value: WireDynamicValue | undefined): Obj | null =>
    decodeMsgpack(impliedType(schema), value?.msgpack && value.msgpack.length > 0 ? value.msgpack : new Uint8Array([0xc0])) as Obj | null;
  const caps = { write_only_attributes_allowed: true };
  return {
    rt,
    logLines,
    config: (typeName, values = {}) => ({ ...nullsOf(schemaOf(anyProvider, typeName)), ...values }),
    async configure(values = {}) {
      const res = await rt.ConfigureProvider({ terraform_version: "1.11.4", config: dv(providerSchema, { ...nullsOf(providerSchema), ...values }) });
      return res.diagnostics;
    },
    async validate(typeName, config) {
      return (await rt.ValidateResourceConfig({ type_name: typeName, config: dv(schemaOf(anyProvider, typeName), config), client_capabilities: caps })).diagnostics;
    },
    async validateData(typeName, config) {
      return (await rt.ValidateDataResourceConfig({ type_name: typeName, config: dv(schemaOf(anyProvider, typeName), config) })).diagnostics;
    },
    async plan(typeName, { config, prior = null, priorPrivate }) {
      const schema = schemaOf(anyProvider, typeName);
      const proposed: Obj = { ...config };
      for (const [name, a] of Object.entries(schema.attributes)) {
        if (flagsOf(a).computed && (config[name] ?? null) === null) proposed[name] = prior?.[name] ?? null;
      }
      const res = await rt.PlanResourceChange({
        type_name: typeName,
        prior_state: dv(schema, prior),
        proposed_new_state: dv(schema, proposed),
        config: dv(schema, config),
        ...(priorPrivate ? { prior_private: priorPrivate } : {}),
        client_capabilities: caps,
      });
      return { planned: read(schema, res.planned_state), diagnostics: res.diagnostics, requiresReplace: res.requires_replace ?? [], ...(res.planned_private ? { private: res.planned_private } : {}) };
    },
    async apply(typeName, { config, prior = null, planned, plannedPrivate }) {
      const schema = schemaOf(anyProvider, typeName);
      const res = await rt.ApplyResourceChange({
        type_name: typeName,
        prior_state: dv(schema, prior),
        planned_state: dv(schema, planned),
        config: dv(schema, config),
        ...(plannedPrivate ? { planned_private: plannedPrivate } : {}),
      });
      return { state: read(schema, res.new_state), diagnostics: res.diagnostics };
    },
    async readData(typeName, config) {
      const schema = schemaOf(anyProvider, typeName);
      const res = await rt.ReadDataSource({ type_name: typeName, config: dv(schema, config) });
      return { state: res.state ? read(schema, res.state) : null, diagnostics: res.diagnostics };
    },
  };
}

/** The errors among diagnostics, for `toEqual([...])` assertions. */
export function errorsOf(diagnostics: readonly WireDiagnostic[]): WireDiagnostic[] {
  return diagnostics.filter((d) => d.severity === "ERROR");
}

/** An attribute path as the protocol sends it: `["groups", 1]` → steps. */
export function wirePath(...steps: (string | number)[]): { steps: object[] } {
  return { steps: steps.map((s) => (typeof s === "number" ? { element_key_int: s } : { attribute_name: s })) };
}

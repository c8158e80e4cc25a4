import { decodeJson, decodeJsonValue, parseJsonExact } from "../cty/json";
import { decodeMsgpack, encodeMsgpack } from "../cty/msgpack";
import type { CtyTypeNode } from "../cty/types";
import { isUnknown, isWhollyKnown, valuesEqual, type CtyValue } from "../cty/values";
import type { ProviderHandlers, ProviderRpcs, WireDynamicValue, WireSchema } from "../proto/messages";
import { createLogger, type Logger } from "../server/logger";
import type { DataSourceDefinition, DefinedProvider, HookBase, PlanResult, ResourceDefinition } from "./define";
import { Diagnostics, pathToWire, type AttributePath } from "./diagnostics";
import { markComputedNullsUnknown } from "./computed-planning";
import { checkApplied, defaultPlan, enforcePlanRules, mergeResult, planVolatile, replacePaths, stripNeverStored } from "./lifecycle";
import { decodePrivate, encodePrivate } from "./private-state";
import { flagsOf, impliedType, schemaToWire, type BlockSchema, type Schema } from "./schema";
import { checkWriteOnlyAllowed, validateConfig, type ValidateOptions } from "./validate";
import { newStopController, settleOrAbandon } from "./stop";
import { HookStoppedError, MissingRequestValueError } from "../errors";
import { createSecretRedactor, type SecretRedactor } from "./secret-redactor";
import { refuseSecretEchoes, secretValuesOf, type SecretValue } from "./sensitive-values";
import { ValidatedWriteOnly } from "./ignored-write-only";

/** How long a hook may run on after StopProvider aborted its signal before its RPC is answered without it. */
export const STOP_GRACE_MS = 1000;

/** The transport-free provider: one async function per RPC, plus a stop switch. */
export interface ProviderRuntime extends ProviderHandlers {
  /** Aborts the signal of in-flight hooks (StopProvider calls this too). */
  stop(): void;
}

export interface RuntimeOptions {
  log?: Logger;
  /**
   * Where the runtime remembers the values of sensitive, write-only and notStored attributes it
   * decodes; every diagnostic passes through it (and the provider's own `redact`). Pass the one
   * the logger redacts with, so log lines are scrubbed too (serve does).
   */
  secrets?: SecretRedactor;
}

const PROVIDER_OWNER = "the provider configuration";
const resourceOwner = (type: string): string => `a ${type} resource`;
const dataSourceOwner = (type: string): string => `a ${type} data source`;

/** What a remembered secret becomes in diagnostics and log lines. */
export const SECRET_REPLACEMENT = "(sensitive value)";

/** The text filter of a provider's diagnostics and logs: the framework's secrets, then the provider's own `redact`. */
export function providerRedaction(secrets: SecretRedactor, own: ((text: string) => string) | undefined): (text: string) => string {
  return own ? (t) => own(secrets.redact(t)) : (t) => secrets.redact(t);
}

interface Entry<D> {
  def: D;
  type: CtyTypeNode;
}

// The one untyped seam: hooks are typed by their schema, the runtime holds them erased. Values passed
// through it were decoded by the schema-driven codec, which checked them against that same schema.
type AnyObj = any;

/**
 * Maps the tfplugin6 RPCs onto a defined provider's hooks and enforces the
 * lifecycle rules. Any RPC may come first: Terraform caches the schema
 * (get_provider_schema_optional), so nothing here depends on GetProviderSchema.
 */
export function createProviderRuntime<C>(provider: DefinedProvider<C>, options: RuntimeOptions = {}): ProviderRuntime {
  const def = provider.definition;
  const secrets = options.secrets ?? createSecretRedactor(SECRET_REPLACEMENT);
  const redact = providerRedaction(secrets, def.redact);
  const log = options.log ?? createLogger({ module: `provider.terraform-provider-${def.typeName}`, redact });
  const providerSchema: Schema = def.schema ?? { attributes: {} };
  const providerType = impliedType(providerSchema);
  const resources = new Map<string, Entry<ResourceDefinition<Schema, C>>>(
    Object.entries(def.resources ?? {}).map(([name, r]) => [name, { def: r, type: impliedType(r.schema) }]),
  );
  const dataSources = new Map<string, Entry<DataSourceDefinition<Schema, C>>>(
    Object.entries(def.dataSources ?? {}).map(([name, d]) => [name, { def: d, type: impliedType(d.schema) }]),
  );

  let configured: { ctx: C } | undefined;
  /**
   * Every secret value any configuration handed this process (provider block, resources, data
   * sources), by value: no other object's non-secret argument may repeat one either (a key of
   * one network as another's network name). Terraform plans independent objects in any order, so
   * this catches what was seen first; credential-shaped values are refused by their shape too.
   */
  const seenSecrets = new Map<string, SecretValue>();
  const validatedWriteOnly = new ValidatedWriteOnly();
  let stopper = newStopController();
  let schemaCache: ProviderRpcs["GetProviderSchema"]["res"] | undefined;

  const capabilities = { plan_destroy: true, get_provider_schema_optional: true, move_resource_state: false };

  const decode = (type: CtyTypeNode, dv: WireDynamicValue | null | undefined): CtyValue => {
    if (!dv) return null;
    if (dv.msgpack && dv.msgpack.length > 0) return decodeMsgpack(type, dv.msgpack);
    if (dv.json && dv.json.length > 0) return decodeJson(type, dv.json);
    return null;
  };
  /** For values Terraform always sends as an object (config, except when the object is being destroyed). */
  const decodeObject = (type: CtyTypeNode, dv: WireDynamicValue | null | undefined, rpc: string, field: string, typeName: string): CtyValue => {
    const value = decode(type, dv);
    if (value === null) throw new MissingRequestValueError(rpc, field, typeName);
    return value;
  };
  const encode = (type: CtyTypeNode, value: CtyValue): WireDynamicValue => ({ msgpack: Buffer.from(encodeMsgpack(type, value)) });

  /**
   * The checks every configuration passes before any hook sees it: its secret values are
   * remembered for redaction, a secret repeated in a non-secret argument is refused (see
   * sensitive-values.ts), and Terraform's rules on arguments hold (see validate.ts).
   * `refused`: no hook may see this configuration. `invalid`: only a validate hook may (it
   * adds its own findings to the validators').
   */
  const admit = (schema: BlockSchema, config: CtyValue, diag: Diagnostics, validation: ValidateOptions, owner: string): "ok" | "invalid" | "refused" => {
    const own = secretValuesOf(schema, config);
    const others = [...seenSecrets.values()].filter((s) => !own.some((o) => o.value === s.value));
    for (const s of own) {
      secrets.remember(s.value);
      if (!seenSecrets.has(s.value)) seenSecrets.set(s.value, { ...s, owner });
    }
    if (refuseSecretEchoes(schema, config, [...own, ...others], diag)) return "refused";
    if (!validateConfig(schema, config, diag, validation)) return "refused";
    return diag.hasErrors() ? "invalid" : "ok";
  };

  const base = (diag: Diagnostics, rpc: string): HookBase<C> => {
    if (def.configure && !configured) {
      throw new Error("the provider was not configured before this call (Terraform calls ConfigureProvider first; this is a bug in the caller)");
    }
    return { ctx: configured?.ctx as C, diag, log: log.with({ "tf_rpc": rpc }), signal: stopper.signal };
  };

  /** Runs one RPC body; anything thrown becomes an error diagnostic, never a crash. */
  async function guarded<R extends { diagnostics: unknown[] }>(rpc: string, body: (diag: Diagnostics) => Promise<Omit<R, "diagnostics">>): Promise<R> {
    const diag = new Diagnostics();
    let result: Omit<R, "diagnostics"> | undefined;
    const signal = stopper.signal;
    try {
      result = await settleOrAbandon(body(diag), signal, STOP_GRACE_MS, () => new HookStoppedError(rpc, STOP_GRACE_MS));
    } catch (err) {
      log.error(`${rpc} failed`, { error: err instanceof Error ? err.message : String(err) });
      diag.addThrown(err, rpc);
    }
    return { ...(result ?? {}), diagnostics: diag.toWire(redact) } as R;
  }

  function resourceOf(name: string): Entry<ResourceDefinition<Schema, C>> {
    const r = resources.get(name);
    if (!r) throw new Error(`unknown resource type "${name}"; this provider has: ${[...resources.keys()].join(", ") || "none"}`);
    return r;
  }
  function dataSourceOf(name: string): Entry<DataSourceDefinition<Schema, C>> {
    const d = dataSources.get(name);
    if (!d) throw new Error(`unknown data source "${name}"; this provider has: ${[...dataSources.keys()].join(", ") || "none"}`);
    return d;
  }

  /** Turns unknowns left in a failed apply result into nulls, so the state Terraform keeps is valid. */
  const knownOrNull = (v: CtyValue): CtyValue => {
    if (isUnknown(v)) return null;
    if (Array.isArray(v)) return v.map(knownOrNull);
    if (v !== null && typeof v === "object" && !isWhollyKnown(v)) return Object.fromEntries(Object.entries(v as Record<string, CtyValue>).map(([k, x]) => [k, knownOrNull(x)]));
    return v;
  };

  const runtime: ProviderRuntime = {
    stop() {
      stopper.abort(new Error("Terraform asked the provider to stop"));
      stopper = newStopController();
    },

    GetMetadata: async () =>
      guarded("GetMetadata", async () => ({
        server_capabilities: capabilities,
        resources: [...resources.keys()].map((type_name) => ({ type_name })),
        data_sources: [...dataSources.keys()].map((type_name) => ({ type_name })),
      })),

    GetProviderSchema: async () => {
      if (!schemaCache) {
        schemaCache = await guarded<ProviderRpcs["GetProviderSchema"]["res"]>("GetProviderSchema", async () => ({
          provider: schemaToWire(providerSchema),
          resource_schemas: Object.fromEntries([...resources].map(([n, r]): [string, WireSchema] => [n, schemaToWire(r.def.schema)])),
          data_source_schemas: Object.fromEntries([...dataSources].map(([n, d]): [string, WireSchema] => [n, schemaToWire(d.def.schema)])),
          server_capabilities: capabilities,
        }));
      }
      return schemaCache;
    },

    ValidateProviderConfig: async (req) =>
      guarded("ValidateProviderConfig", async (diag) => {
        admit(providerSchema, decodeObject(providerType, req.config, "ValidateProviderConfig", "config", "the provider"), diag, { phase: "validate" }, PROVIDER_OWNER);
        return {};
      }),

    ValidateResourceConfig: async (req) =>
      guarded("ValidateResourceConfig", async (diag) => {
        const r = resourceOf(req.type_name);
        const config = decodeObject(r.type, req.config, "ValidateResourceConfig", "config", req.type_name);
        if (admit(r.def.schema, config, diag, { phase: "validate" }, resourceOwner(req.type_name)) === "refused") return {};
        // Older protocol minors have no capabilities here; PlanResourceChange checks again.
        if (req.client_capabilities) checkWriteOnlyAllowed(r.def.schema, config, !!req.client_capabilities.write_only_attributes_allowed, diag);
        r.def.validate?.({ config: config as AnyObj, diag });
        if (!diag.hasErrors()) validatedWriteOnly.remember(req.type_name, r.def.schema, config);
        return {};
      }),

    ValidateDataResourceConfig: async (req) =>
      guarded("ValidateDataResourceConfig", async (diag) => {
        const d = dataSourceOf(req.type_name);
        const config = decodeObject(d.type, req.config, "ValidateDataResourceConfig", "config", req.type_name);
        if (admit(d.def.schema, config, diag, { phase: "validate" }, dataSourceOwner(req.type_name)) === "refused") return {};
        d.def.validate?.({ config: config as AnyObj, diag });
        return {};
      }),

    UpgradeResourceState: async (req) =>
      guarded("UpgradeResourceState", async (diag) => {
        const r = resourceOf(req.type_name);
        const current = r.def.schema.version ?? 0;
        const json = req.raw_state?.json;
        if (!json || json.length === 0) {
          if (req.raw_state?.flatmap && Object.keys(req.raw_state.flatmap).length > 0) {
            const recreate = r.def.import
              ? "Remove it from the state (terraform state rm <address>) and import it again (an import block or terraform import)."
              : `Remove it from the state (terraform state rm <address>); ${req.type_name} cannot be imported, so the next terraform apply creates it again.`;
            diag.error("Unsupported state format", `The state of ${req.type_name} is in the legacy flatmap format (written by Terraform before 0.12), which this provider cannot read. ${recreate}`);
            return {};
          }
          return { upgraded_state: encode(r.type, null) };
        }
        if (req.version > current) {
          diag.error(
            "State written by a newer provider",
            `The state of ${req.type_name} has schema version ${req.version}, but this provider knows version ${current}. Use the provider version that wrote the state (or newer).`,
          );
          return {};
        }
        let raw = parseJsonExact(Buffer.from(json).toString("utf8"));
        if (req.version < current && r.def.upgrade) {
          if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error("stored state is not a JSON object");
          raw = r.def.upgrade({ version: req.version, state: raw as Record<string, unknown>, diag, log });
        }
        return { upgraded_state: encode(r.type, stripNeverStored(r.def.schema, decodeJsonValue(r.type, raw))) };
      }),

    ConfigureProvider: async (req) =>
      guarded("ConfigureProvider", async (diag) => {
        const config = decodeObject(providerType, req.config, "ConfigureProvider", "config", "the provider");
        if (admit(providerSchema, config, diag, { phase: "plan" }, PROVIDER_OWNER) !== "ok") return {};
        if (def.configure) {
          const ctx = await def.configure(config as AnyObj, { terraformVersion: req.terraform_version, diag, log });
          if (!diag.hasErrors()) configured = { ctx };
        } else {
          configured = { ctx: undefined as C };
        }
        return {};
      }),

    ReadResource: async (req) =>
      guarded("ReadResource", async (diag) => {
        const r = resourceOf(req.type_name);
        const state = decode(r.type, req.current_state);
        if (state === null) return { new_state: encode(r.type, null), private: req.private ?? Buffer.alloc(0) };
        const priv = decodePrivate(req.private);
        const result = await r.def.read({ ...base(diag, "ReadResource"), state: state as AnyObj, private: priv });
        if (diag.hasErrors()) return { new_state: encode(r.type, state), private: req.private ?? Buffer.alloc(0) };
        if (result === null) return { new_state: encode(r.type, null), private: Buffer.alloc(0) };
        const next = stripNeverStored(r.def.schema, mergeResult(r.def.schema, state, result));
        if (!isWhollyKnown(next)) {
          // Terraform would call this a bug in the provider; name the attribute instead and keep the state.
          const unknown = Object.entries(next as Record<string, CtyValue>).filter(([, v]) => !isWhollyKnown(v)).map(([k]) => k);
          diag.error("Provider left a value unknown after read", `${req.type_name}: the read hook returned unknown for ${unknown.join(", ")}; a refreshed state must be wholly known. The state was kept as it was.`, [unknown[0] ?? ""]);
          return { new_state: encode(r.type, state), private: req.private ?? Buffer.alloc(0) };
        }
        return { new_state: encode(r.type, next), private: encodePrivate(priv) };
      }),

    PlanResourceChange: async (req) =>
      guarded("PlanResourceChange", async (diag) => {
        const r = resourceOf(req.type_name);
        const schema = r.def.schema;
        const prior = decode(r.type, req.prior_state);
        const proposed = decode(r.type, req.proposed_new_state);
        const sent = decode(r.type, req.config);
        // A destroy plan needs nothing but the prior state: no hook, no configuration checks.
        if (proposed === null) return { planned_state: encode(r.type, null), planned_private: req.prior_private ?? Buffer.alloc(0) };
        if (sent === null) throw new MissingRequestValueError("PlanResourceChange", "config", req.type_name);
        const restored = validatedWriteOnly.restore(req.type_name, schema, sent, prior);
        if (restored.kind === "ambiguous") {
          for (const name of restored.attributes) {
            diag.error(
              "Write-only argument hidden by ignore_changes",
              `Terraform sent no value for ${name} because it is listed in lifecycle ignore_changes (the prior value of a write-only argument is always null), and several instances of ${req.type_name} with the same other arguments were validated with different values, so the provider cannot tell which is this one's. Remove ${name} from ignore_changes.`,
              [name],
            );
          }
          return {};
        }
        const config = restored.config;
        const ignoredWriteOnly = restored.ignored;
        if (req.client_capabilities) checkWriteOnlyAllowed(schema, config, !!req.client_capabilities.write_only_attributes_allowed, diag);
        if (admit(schema, config, diag, { phase: "plan", priorExists: prior !== null }, resourceOwner(req.type_name)) !== "ok") return {};
        let planned = defaultPlan(schema, config, prior, proposed);
        if (def.computedPlanning === "plugin-framework") planned = markComputedNullsUnknown(schema, config, prior, planned);
        const priv = decodePrivate(req.prior_private);
        const extraReplace: AttributePath[] = [];
        if (r.def.plan) {
          const result: PlanResult<Schema> | void = await r.def.plan({
            ...base(diag, "PlanResourceChange"),
            config: config as AnyObj,
            prior: prior as AnyObj,
            proposed: proposed as AnyObj,
            planned: planned as AnyObj,
            private: priv,
            ignoredWriteOnly,
          });
          if (diag.hasErrors()) return {};
          if (result?.planned) planned = mergeResult(schema, planned, result.planned as Record<string, unknown>);
          if (result?.requiresReplace) extraReplace.push(...result.requiresReplace);
        }
        planned = planVolatile(schema, config, prior, enforcePlanRules(schema, config, prior, planned, diag));
        const replace = [...replacePaths(schema, prior, planned), ...extraReplace];
        if (!r.def.update && prior !== null) {
          // No update hook: any change of a user-set attribute replaces the object.
          for (const [name, a] of Object.entries(schema.attributes)) {
            const p = (prior as Record<string, CtyValue>)[name] ?? null;
            const n = (planned as Record<string, CtyValue>)[name] ?? null;
            const userSet = flagsOf(a).required || flagsOf(a).optional;
            if (userSet && !a.options.writeOnly && !valuesEqual(p, n) && !replace.some((x) => x.length === 1 && x[0] === name)) replace.push([name]);
          }
        }
        return {
          planned_state: encode(r.type, planned),
          requires_replace: replace.map(pathToWire),
          planned_private: encodePrivate(priv),
        };
      }),

    ApplyResourceChange: async (req) =>
      guarded("ApplyResourceChange", async (diag) => {
        const r = resourceOf(req.type_name);
        const schema = r.def.schema;
        const prior = decode(r.type, req.prior_state);
        const planned = decode(r.type, req.planned_state);
        const config = decode(r.type, req.config);
        const priv = decodePrivate(req.planned_private);
        const hooks = base(diag, "ApplyResourceChange");
        if (planned === null) {
          if (prior === null) return { new_state: encode(r.type, null) };
          await r.def.delete({ ...hooks, prior: prior as AnyObj, private: priv });
          return { new_state: encode(r.type, diag.hasErrors() ? prior : null) };
        }
        if (config === null) throw new MissingRequestValueError("ApplyResourceChange", "config", req.type_name);
        // The configuration at apply is the full one (ignore_changes applies to plans only).
        if (admit(schema, config, diag, { phase: "plan" }, resourceOwner(req.type_name)) !== "ok") return { new_state: encode(r.type, prior), private: req.planned_private ?? Buffer.alloc(0) };
        let result;
        if (prior === null) {
          result = await r.def.create({ ...hooks, config: config as AnyObj, planned: planned as AnyObj, private: priv });
        } else {
          if (!r.def.update) throw new Error(`${req.type_name} cannot be updated in place (it has no update hook), yet Terraform asked for an update`);
          result = await r.def.update({ ...hooks, config: config as AnyObj, prior: prior as AnyObj, planned: planned as AnyObj, private: priv });
        }
        if (diag.hasErrors()) {
          // Keep what existed before a failed update; after a failed create keep what the hook reported, if anything.
          const kept = prior !== null ? prior : result ? knownOrNull(stripNeverStored(schema, mergeResult(schema, planned, result))) : null;
          return { new_state: encode(r.type, kept), private: encodePrivate(priv) };
        }
        const next = stripNeverStored(schema, mergeResult(schema, planned, result));
        checkApplied(schema, planned, next, diag);
        return { new_state: encode(r.type, diag.hasErrors() ? knownOrNull(next) : next), private: encodePrivate(priv) };
      }),

    ImportResourceState: async (req) =>
      guarded("ImportResourceState", async (diag) => {
        const r = resourceOf(req.type_name);
        if (!r.def.import) {
          diag.error("Import not supported", `${req.type_name} cannot be imported. Remove the import block (or stop the terraform import command) and let terraform apply create it.`);
          return {};
        }
        const priv = {};
        const result = await r.def.import({ ...base(diag, "ImportResourceState"), id: req.id, private: priv });
        if (diag.hasErrors()) return {};
        const state = stripNeverStored(r.def.schema, mergeResult(r.def.schema, null, result));
        return { imported_resources: [{ type_name: req.type_name, state: encode(r.type, state), private: encodePrivate(priv) }] };
      }),

    ReadDataSource: async (req) =>
      guarded("ReadDataSource", async (diag) => {
        const d = dataSourceOf(req.type_name);
        const config = decodeObject(d.type, req.config, "ReadDataSource", "config", req.type_name);
        if (admit(d.def.schema, config, diag, { phase: "plan" }, dataSourceOwner(req.type_name)) !== "ok") return {};
        const result = await d.def.read({ ...base(diag, "ReadDataSource"), config: config as AnyObj });
        if (diag.hasErrors()) return {};
        const state = stripNeverStored(d.def.schema, mergeResult(d.def.schema, config, result));
        if (!isWhollyKnown(state)) {
          diag.error("Data source left a value unknown", `${req.type_name} must return a known value for every attribute; the read hook left some unknown.`);
          return {};
        }
        return { state: encode(d.type, state) };
      }),

    StopProvider: async () => {
      runtime.stop();
      return { Error: "" };
    },
  };
  return runtime;
}

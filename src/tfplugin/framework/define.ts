import type { Logger } from "../server/logger";
import type { AttributePath, Diagnostics } from "./diagnostics";
import { ProviderDefinitionError } from "../errors";
import { checkSchema, type MaybeObjectOf, type ObjectOf, type Schema } from "./schema";
import type { ComputedPlanning } from "./computed-planning";

/** JSON kept in Terraform's private state for a resource (opaque to Terraform). */
export type PrivateData = Record<string, unknown>;

/** What every hook gets besides its values. */
export interface HookBase<C> {
  /** The value `configure` returned (e.g. an API client). */
  ctx: C;
  diag: Diagnostics;
  log: Logger;
  /** Aborted when Terraform calls StopProvider (Ctrl-C): stop waiting and return. */
  signal: AbortSignal;
}

/** Values a hook returns for the attributes it decides; unlisted attributes keep their planned/current value. */
export type Returned<T> = { [K in keyof T]?: T[K] };

export interface PlanArgs<S extends Schema, C> extends HookBase<C> {
  config: MaybeObjectOf<S>;
  /** null when the resource is being created. */
  prior: ObjectOf<S> | null;
  /** Terraform's proposed new state (config merged with prior computed values). */
  proposed: MaybeObjectOf<S>;
  /** The framework's default plan; return a changed copy to plan computed values. */
  planned: MaybeObjectOf<S>;
  private: PrivateData;
  /**
   * Write-only arguments listed in the resource's `lifecycle { ignore_changes }`: Terraform sent
   * them as null (their prior value), and `config` holds the configured value the framework
   * restored from the validation of the same instance (see ignored-write-only.ts), or unknown
   * for a required one when no validation told it. ignore_changes asks that a change of them
   * cause no update; the hook decides what that means for the values it plans from them.
   */
  ignoredWriteOnly: readonly string[];
}

export interface PlanResult<S extends Schema> {
  planned?: Returned<MaybeObjectOf<S>>;
  /** Extra attributes whose change forces replacement (besides requiresReplace flags). */
  requiresReplace?: AttributePath[];
}

export interface ResourceDefinition<S extends Schema = Schema, C = unknown> {
  schema: S;
  /** Extra checks across attributes; runs in ValidateResourceConfig (values may be unknown). */
  validate?(args: { config: MaybeObjectOf<S>; diag: Diagnostics }): void;
  plan?(args: PlanArgs<S, C>): Promise<PlanResult<S> | void> | PlanResult<S> | void;
  create(args: HookBase<C> & { config: ObjectOf<S>; planned: MaybeObjectOf<S>; private: PrivateData }): Promise<Returned<ObjectOf<S>> | void>;
  /** Return null when the object is gone: Terraform then plans to create it again. */
  read(args: HookBase<C> & { state: ObjectOf<S>; private: PrivateData }): Promise<Returned<ObjectOf<S>> | null | void>;
  update?(args: HookBase<C> & { config: ObjectOf<S>; prior: ObjectOf<S>; planned: MaybeObjectOf<S>; private: PrivateData }): Promise<Returned<ObjectOf<S>> | void>;
  delete(args: HookBase<C> & { prior: ObjectOf<S>; private: PrivateData }): Promise<void>;
  /** `terraform import` / `import {}`: return the attributes that identify the object; Terraform then calls read. */
  import?(args: HookBase<C> & { id: string; private: PrivateData }): Promise<Returned<ObjectOf<S>>>;
  /** Turns state stored with an older schema version (raw JSON, numbers exact) into the current shape. */
  upgrade?(args: { version: number; state: Record<string, unknown>; diag: Diagnostics; log: Logger }): Record<string, unknown>;
}

export interface DataSourceDefinition<S extends Schema = Schema, C = unknown> {
  schema: S;
  validate?(args: { config: MaybeObjectOf<S>; diag: Diagnostics }): void;
  read(args: HookBase<C> & { config: ObjectOf<S> }): Promise<Returned<ObjectOf<S>> | void>;
}

export interface ConfigureArgs {
  terraformVersion: string;
  diag: Diagnostics;
  log: Logger;
}

export interface ProviderDefinition<PS extends Schema = Schema, C = unknown> {
  /** The provider's type name, e.g. "example" (resources are named example_*). */
  typeName: string;
  version: string;
  schema?: PS;
  configure?(config: ObjectOf<PS>, args: ConfigureArgs): Promise<C> | C;
  resources?: Record<string, ResourceDefinition<Schema, C>>;
  dataSources?: Record<string, DataSourceDefinition<Schema, C>>;
  /** Applied to every diagnostic and log line before it leaves the process (e.g. to scrub secrets). */
  redact?: (text: string) => string;
  /**
   * How the resources' computed attributes that the configuration leaves null are planned on
   * update (see computed-planning.ts). Default `"explicit"`: they keep their prior value unless
   * marked `volatile` or planned by the hook. `"plugin-framework"` plans them as
   * terraform-plugin-framework does (unknown on any change), for a provider that must plan
   * exactly like one built on it (e.g. a stand-in for a real provider).
   */
  computedPlanning?: ComputedPlanning;
}

/** A provider ready to serve: the definition, checked. */
export interface DefinedProvider<C = unknown> {
  readonly kind: "provider";
  readonly definition: ProviderDefinition<Schema, C>;
}

/**
 * Declares a resource: `defineResource<Ctx>()({ schema, create, read, ... })`.
 * Curried so `Ctx` (what configure returns) can be given while the schema's
 * types are still inferred, which types every hook's values.
 */
export function defineResource<C = unknown>() {
  return <const S extends Schema>(definition: ResourceDefinition<S, C>): ResourceDefinition<Schema, C> => definition as unknown as ResourceDefinition<Schema, C>;
}

/** Declares a data source: `defineDataSource<Ctx>()({ schema, read })`. */
export function defineDataSource<C = unknown>() {
  return <const S extends Schema>(definition: DataSourceDefinition<S, C>): DataSourceDefinition<Schema, C> => definition as unknown as DataSourceDefinition<Schema, C>;
}

/** Declares a provider; `C` is inferred from `configure`. Checks every schema now, so mistakes fail at start-up with a clear message. */
export function defineProvider<C = undefined, const PS extends Schema = { attributes: Record<never, never> }>(definition: ProviderDefinition<PS, C>): DefinedProvider<C> {
  const def = definition as unknown as ProviderDefinition<Schema, C>;
  checkSchema("provider", def.schema ?? { attributes: {} }, false);
  if (def.computedPlanning !== undefined && def.computedPlanning !== "explicit" && def.computedPlanning !== "plugin-framework") {
    throw new ProviderDefinitionError("computedPlanning", `"${String(def.computedPlanning)}" is not a way of planning computed attributes`, 'Use "explicit" or "plugin-framework".');
  }
  if (!/^[a-z][a-z0-9]*$/.test(def.typeName)) {
    throw new ProviderDefinitionError("typeName", `"${def.typeName}" is not a valid provider type name`, "Use lower-case letters and digits only.");
  }
  const checkName = (kind: string, name: string): void => {
    if (!name.startsWith(`${def.typeName}_`)) {
      throw new ProviderDefinitionError(name, `${kind} names must start with the provider type name and an underscore`, `Rename it to ${def.typeName}_${name}.`);
    }
  };
  for (const [name, r] of Object.entries(def.resources ?? {})) {
    checkName("resource", name);
    checkSchema(name, r.schema, true);
  }
  for (const [name, d] of Object.entries(def.dataSources ?? {})) {
    checkName("data source", name);
    checkSchema(name, d.schema, false);
  }
  return { kind: "provider", definition: def };
}

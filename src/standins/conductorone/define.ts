/**
 * Resources and data sources of the stand-in, built from the schema document: the schema,
 * validation rules, plan modifiers and import format come from derive.ts; a type only adds
 * its behaviour (what the API does). Hooks see plain values and parse what they use.
 * A ConductorOne API failure a hook does not handle becomes the real provider's diagnostic,
 * "failure to invoke API" with the (sanitised) error, here, once for every type.
 */
import { ConductorOneError } from "../../conductorone";
import { defineDataSource, defineResource, isUnknown, type CtyValue, type DataSourceDefinition, type Diagnostics, type HookBase, type ResourceDefinition, type Schema } from "../../tfplugin";
import type { StandinContext } from "./context";
import { StandinNoMatchError } from "./errors";
import { conductoroneSchemaDocument } from "./schema/document";
import { deriveType, type DerivedType } from "./schema/derive";
import { attributesFromImportId, ImportIdError } from "./schema/import-format";
import { searchRequest } from "./search-request";

export type Values = Readonly<Record<string, CtyValue>>;
type Hook = HookBase<StandinContext>;
/** What a hook returns: attributes it decides (nested objects may leave attributes out; conform fills them). */
export type Result = Record<string, unknown>;

/**
 * What a type does against the API. Planning is not a hook: as in the real provider (none of the
 * served types has a ModifyPlan), the plan is terraform-plugin-framework's (computed attributes left
 * null become unknown on any change: the provider's computedPlanning) followed by the document's
 * plan modifiers.
 */
export interface StandinResourceHooks {
  create(args: Hook & { config: Values; planned: Values }): Promise<Result>;
  /** null: the object is gone and Terraform plans to create it again. */
  read(args: Hook & { state: Values }): Promise<Result | null>;
  /**
   * `planned` is what the real provider's Update works from (Speakeasy's `merge`, utils.go): the
   * prior state with every known planned value on top, so an attribute the plan left unknown
   * keeps its prior value.
   */
  update?(args: Hook & { config: Values; prior: Values; planned: Values }): Promise<Result>;
  delete(args: Hook & { prior: Values }): Promise<void>;
}

/**
 * Runs a hook; a ConductorOne API error becomes the real provider's diagnostic and `undefined`
 * (so does a search with no hit, StandinNoMatchError), anything else propagates.
 */
async function invoking<T>(diag: Diagnostics, hook: () => Promise<T>): Promise<T | undefined> {
  try {
    return await hook();
  } catch (error) {
    if (error instanceof StandinNoMatchError) diag.error(error.summary, error.detail);
    else if (error instanceof ConductorOneError) diag.error("failure to invoke API", `${error.message} (error code ${error.code})`);
    else throw error;
    return undefined;
  }
}

/** Speakeasy's `merge` (utils.go, reflect fork "if !val.IsKnown() return target"): the prior state, overlaid with the plan's known values, however deep. */
export function mergedForUpdate(prior: Values, planned: Values): Values {
  return mergeKnown(prior as CtyValue, planned as CtyValue) as Values;
}

function mergeKnown(prior: CtyValue, planned: CtyValue): CtyValue {
  if (isUnknown(planned)) return prior;
  if (planned === null || typeof planned !== "object") return planned;
  if (Array.isArray(planned)) {
    const before = Array.isArray(prior) ? prior : [];
    return planned.map((v: CtyValue, i: number) => mergeKnown(before[i] ?? null, v));
  }
  const before = prior !== null && typeof prior === "object" && !Array.isArray(prior) && !isUnknown(prior) ? (prior as Values) : {};
  return Object.fromEntries(Object.entries(planned as Values).map(([k, v]) => [k, mergeKnown(before[k] ?? null, v)]));
}

export function derivedResource(name: string): DerivedType {
  return deriveType(conductoroneSchemaDocument(), "resource", name);
}

export function standinResource(name: string, hooks: StandinResourceHooks): ResourceDefinition<Schema, StandinContext> {
  const type = derivedResource(name);
  const values = (v: unknown): Values => v as Values;
  return defineResource<StandinContext>()({
    schema: type.schema,
    validate: ({ config, diag }) => type.validate(config as CtyValue, diag),
    plan({ config, prior, planned }) {
      const modified = type.applyPlanModifiers({ config: config as CtyValue, prior: prior as CtyValue, planned: planned as CtyValue });
      return { planned: modified.planned as Values, requiresReplace: modified.requiresReplace };
    },
    create: async (args) => {
      const result = await invoking(args.diag, () => hooks.create({ ...args, config: values(args.config), planned: values(args.planned) }));
      return result === undefined ? undefined : type.conform(result);
    },
    read: async (args) => {
      const result = await invoking(args.diag, () => hooks.read({ ...args, state: values(args.state) }));
      return result === undefined ? {} : result === null ? null : type.conform(result);
    },
    ...(hooks.update
      ? {
          update: async (args) => {
            const planned = mergedForUpdate(values(args.prior), values(args.planned));
            const result = await invoking(args.diag, () => hooks.update!({ ...args, config: values(args.config), prior: values(args.prior), planned }));
            return result === undefined ? undefined : type.conform(result);
          },
        }
      : {}),
    delete: async (args) => void (await invoking(args.diag, () => hooks.delete({ ...args, prior: values(args.prior) }))),
    ...(type.importFormat
      ? {
          import: async ({ id, diag }) => {
            try {
              return attributesFromImportId(type.importFormat!, id);
            } catch (err) {
              if (!(err instanceof ImportIdError)) throw err;
              diag.error(err.summary, err.detail);
              return {};
            }
          },
        }
      : {}),
  });
}

/**
 * A data source; `read` also gets `search`, the API search request the configuration makes
 * (every optional argument set, under its API name; see search-request.ts).
 */
export function standinDataSource(name: string, read: (args: Hook & { config: Values; search: Record<string, unknown> }) => Promise<Result>): DataSourceDefinition<Schema, StandinContext> {
  const type = deriveType(conductoroneSchemaDocument(), "data", name);
  return defineDataSource<StandinContext>()({
    schema: type.schema,
    validate: ({ config, diag }) => type.validate(config as CtyValue, diag),
    read: async (args) => {
      const config = args.config as Values;
      const result = await invoking(args.diag, () => read({ ...args, config, search: searchRequest(type, config) }));
      if (result === undefined) return {};
      // What the configuration sets stays as configured (Terraform's rule for every argument).
      return type.conform(Object.fromEntries(Object.entries(result).filter(([k]) => (config[k] ?? null) === null)));
    },
  });
}

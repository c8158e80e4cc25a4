/**
 * Resources and data sources of the stand-in, built from the schema document: the schema,
 * validation rules, plan modifiers and import format come from derive.ts; a type only adds
 * its behaviour (what the API does). Hooks see plain values and parse what they use.
 * A ConductorOne API failure a hook does not handle becomes the real provider's diagnostic,
 * "failure to invoke API" with the (sanitised) error, here, once for every type.
 */
import { ConductorOneError } from "../../conductorone";
import { defineDataSource, defineResource, type CtyValue, type DataSourceDefinition, type Diagnostics, type HookBase, type ResourceDefinition, type Schema } from "../../tfplugin";
import type { StandinContext } from "./context";
import { conductoroneSchemaDocument } from "./schema/document";
import { deriveType, type DerivedType } from "./schema/derive";
import { attributesFromImportId, ImportIdError } from "./schema/import-format";
import { searchRequest } from "./search-request";

export type Values = Readonly<Record<string, CtyValue>>;
type Hook = HookBase<StandinContext>;
/** What a hook returns: attributes it decides (nested objects may leave attributes out; conform fills them). */
export type Result = Record<string, unknown>;

export interface StandinResourceHooks {
  /** Extra planned values (e.g. `updated_at` unknown on change), before the schema's plan modifiers run. */
  plan?(args: { config: Values; prior: Values | null; planned: Values }): Result;
  create(args: Hook & { config: Values; planned: Values }): Promise<Result>;
  /** null: the object is gone and Terraform plans to create it again. */
  read(args: Hook & { state: Values }): Promise<Result | null>;
  update?(args: Hook & { config: Values; prior: Values; planned: Values }): Promise<Result>;
  delete(args: Hook & { prior: Values }): Promise<void>;
}

/** Runs a hook; a ConductorOne API error becomes a diagnostic and `undefined`, anything else propagates. */
async function invoking<T>(diag: Diagnostics, hook: () => Promise<T>): Promise<T | undefined> {
  try {
    return await hook();
  } catch (error) {
    if (!(error instanceof ConductorOneError)) throw error;
    diag.error("failure to invoke API", `${error.message} (error code ${error.code})`);
    return undefined;
  }
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
      const extra = hooks.plan?.({ config: values(config), prior: prior === null ? null : values(prior), planned: values(planned) }) ?? {};
      const modified = type.applyPlanModifiers({ config: config as CtyValue, prior: prior as CtyValue, planned: { ...(planned as Values), ...type.conform(extra) } });
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
            const result = await invoking(args.diag, () => hooks.update!({ ...args, config: values(args.config), prior: values(args.prior), planned: values(args.planned) }));
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

/**
 * `data "conductorone_app"` (schema: the document): the real provider searches apps and takes
 * the first hit, failing on none. Filters the stand-in applies: `display_name`
 * (case-insensitive, as documented), `app_ids`, `exclude_app_ids`, `only_directories`, `query`.
 */
import { z } from "zod";
import { standinDataSource } from "../define";
import { StandinNoMatchError } from "../errors";
import { appObject } from "../objects";

const filters = z.object({
  display_name: z.string().nullable(),
  query: z.string().nullable(),
  app_ids: z.array(z.string()).nullable(),
  exclude_app_ids: z.array(z.string()).nullable(),
  only_directories: z.boolean().nullable(),
});

export const dataApp = standinDataSource("conductorone_app", async ({ config, ctx, diag }) => {
  if ((config.policy_refs ?? null) !== null) {
    diag.error("Filter not supported by the stand-in", "The ConductorOne stand-in cannot filter apps by policy_refs; remove it (or test this lookup against a real tenant).", ["policy_refs"]);
    return {};
  }
  const f = filters.parse(config);
  const name = f.display_name?.toLowerCase() ?? null;
  const query = f.query?.toLowerCase() ?? null;
  const hit = (await ctx.tenant.listApps()).find(
    (a) =>
      (name === null || a.display_name.toLowerCase() === name) &&
      (f.app_ids === null || f.app_ids.includes(a.id)) &&
      !(f.exclude_app_ids ?? []).includes(a.id) &&
      (query === null || a.display_name.toLowerCase().includes(query)) &&
      (f.only_directories !== true || a.is_directory),
  );
  if (!hit) {
    const filter = f.display_name !== null ? `display_name "${f.display_name}"` : query !== null ? `query "${f.query}"` : "the given filters";
    throw new StandinNoMatchError("app", filter);
  }
  // The data source has every attribute of the resource's App but the owner refs, plus deleted_at.
  const { app_entitlement_owner_refs: _ownerRefs, ...app } = appObject(hit);
  return { ...app, deleted_at: null };
});

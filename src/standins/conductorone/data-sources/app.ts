/**
 * `data "conductorone_app"` (schema: the document): the real provider sends its filters to
 * `POST /api/v1/search/apps` and takes the first hit, failing on none. Which filters exist and
 * how they match (`display_name` case-insensitive, as documented) is the API's: the ConductorOne
 * simulator applies them, or refuses one it cannot apply.
 */
import { standinDataSource } from "../define";
import { StandinNoMatchError } from "../errors";
import { appObject } from "../objects";

export const dataApp = standinDataSource("conductorone_app", async ({ ctx, search }) => {
  const page = await ctx.api.searchApps(search);
  const hit = page.items[0];
  if (!hit) throw new StandinNoMatchError();
  // The data source has every attribute of the resource's App but the owner refs, plus deleted_at.
  const { app_entitlement_owner_refs: _ownerRefs, ...app } = appObject(hit);
  return { ...app, deleted_at: hit.deletedAt, next_page_token: page.nextPageToken };
});

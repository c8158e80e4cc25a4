/**
 * `data "conductorone_user"` (schema: the document): the real provider sends its filters to
 * `POST /api/v1/search/users` and takes the first hit; none is the error "Missing response body
 * array data". How the filters match (`email` exact and case-sensitive, as documented) is the
 * API's: the ConductorOne simulator applies them, or refuses one it cannot apply.
 */
import { standinDataSource } from "../define";
import { StandinNoMatchError } from "../errors";
import { userObject } from "../objects";

export const dataUser = standinDataSource("conductorone_user", async ({ ctx, search }) => {
  const page = await ctx.api.searchUsers(search);
  const hit = page.items[0];
  if (!hit) throw new StandinNoMatchError();
  return { ...userObject(hit), next_page_token: page.nextPageToken };
});

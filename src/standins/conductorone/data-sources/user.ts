/**
 * `data "conductorone_user"` (schema: the document): the real provider searches users and
 * takes the first hit; none is the error "Missing response body array data". Filters the
 * stand-in applies: `email` (exact, case-sensitive, as documented), `ids`, `refs`, `query`
 * (substring of email or display name), `role_ids`, `manager_ids`, `departments`,
 * `job_titles`, `user_statuses`, `exclude_ids`, `exclude_types`. A filter it cannot apply
 * is an error rather than ignored.
 */
import { z } from "zod";
import { standinDataSource } from "../define";
import { StandinNoMatchError } from "../errors";
import { userObject } from "../objects";

const list = z.array(z.string()).nullable();
const filters = z.object({
  email: z.string().nullable(),
  ids: list,
  refs: z.array(z.object({ id: z.string().nullable() })).nullable(),
  query: z.string().nullable(),
  role_ids: list,
  manager_ids: list,
  departments: list,
  job_titles: list,
  user_statuses: list,
  exclude_ids: list,
  exclude_types: list,
});
const UNSUPPORTED = ["origins", "exclude_origins", "source_app_ids", "delegated_user_ids", "is_delegate", "delegate_status"] as const;

const anyOf = (wanted: readonly string[] | null, have: readonly (string | null)[]): boolean => wanted === null || wanted.length === 0 || have.some((h) => h !== null && wanted.includes(h));

export const dataUser = standinDataSource("conductorone_user", async ({ config, ctx, diag }) => {
  const unsupported = UNSUPPORTED.filter((f) => (config[f] ?? null) !== null);
  if (unsupported.length > 0) {
    for (const f of unsupported) diag.error("Filter not supported by the stand-in", `The ConductorOne stand-in cannot filter users by ${f}; remove it (or test this lookup against a real tenant).`, [f]);
    return {};
  }
  const f = filters.parse(config);
  const ids = [...(f.ids ?? []), ...(f.refs ?? []).map((r) => r.id).filter((id): id is string => id !== null)];
  const query = f.query?.toLowerCase() ?? null;
  const hit = (await ctx.tenant.listUsers()).find(
    (u) =>
      (f.email === null || u.email === f.email) &&
      (ids.length === 0 || ids.includes(u.id)) &&
      !(f.exclude_ids ?? []).includes(u.id) &&
      !(f.exclude_types ?? []).includes(u.type) &&
      (query === null || u.email.toLowerCase().includes(query) || (u.display_name ?? "").toLowerCase().includes(query)) &&
      anyOf(f.role_ids, u.role_ids) &&
      anyOf(f.manager_ids, u.manager_ids) &&
      anyOf(f.departments, [u.department]) &&
      anyOf(f.job_titles, [u.job_title]) &&
      anyOf(f.user_statuses, [u.status]),
  );
  if (!hit) {
    const filter = f.email !== null ? `email "${f.email}"` : query !== null ? `query "${f.query}"` : "the given filters";
    throw new StandinNoMatchError("user", filter);
  }
  return userObject(hit);
});

import * as z from "zod";
import { page } from "../paging";
import type { UserRecord } from "../store";
import { ID, notFound, ok, parse, refuseUnknownFilters, type ApiContext, type Register } from "./context";

/**
 * Users: `GET /api/v1/users/{id}` (`{userView: {user}}`) and `POST /api/v1/search/users` with the
 * filters of SearchUsersRequest (terraform-provider-conductorone `models/shared/searchusersrequest.go`):
 * `email` exact (case-sensitive, as the provider's docs say), `query` fuzzy on display name and
 * emails, `ids`/`refs`, `roleIds`, `managerIds`, `departments`, `jobTitles`, `userStatuses` (any
 * of), `excludeIds`, `excludeTypes`. Other filters are refused by name, not ignored.
 */

const list = z.array(z.string()).nullish();
const searchUsersBody = z.looseObject({
  email: z.string().nullish(),
  query: z.string().nullish(),
  ids: list,
  refs: z.array(z.looseObject({ id: z.string() })).nullish(),
  roleIds: list,
  managerIds: list,
  departments: list,
  jobTitles: list,
  userStatuses: list,
  excludeIds: list,
  excludeTypes: list,
  pageSize: z.number().nullish(),
  pageToken: z.string().nullish(),
});

/** Any-of match; an absent or empty filter matches everything. */
const anyOf = (wanted: readonly string[] | null | undefined, have: ReadonlyArray<string | null>): boolean =>
  !wanted?.length || have.some((h) => h !== null && wanted.includes(h));

function matches(u: UserRecord, b: z.output<typeof searchUsersBody>): boolean {
  const ids = [...(b.ids ?? []), ...(b.refs ?? []).map((r) => r.id)];
  const query = b.query?.toLowerCase();
  return (
    (!b.email || u.email === b.email) &&
    (!query || u.email.toLowerCase().includes(query) || u.displayName.toLowerCase().includes(query)) &&
    (ids.length === 0 || ids.includes(u.id)) &&
    anyOf(b.roleIds, u.roleIds) &&
    anyOf(b.managerIds, u.managerIds) &&
    anyOf(b.departments, [u.department]) &&
    anyOf(b.jobTitles, [u.jobTitle]) &&
    anyOf(b.userStatuses, [u.status]) &&
    !b.excludeIds?.includes(u.id) &&
    !b.excludeTypes?.includes(u.type)
  );
}

export function registerUsers(r: Register, ctx: ApiContext): void {
  r("GET", `/api/v1/users/${ID}`, ([id]) => {
    const user = ctx.store.users.get(id!);
    if (!user) throw notFound(`user ${id}`);
    return ok({ userView: { user: ctx.json.user(user) }, expanded: [] });
  });

  r("POST", "/api/v1/search/users", (_, __, body) => {
    const b = parse(searchUsersBody, body);
    refuseUnknownFilters(b, Object.keys(searchUsersBody.shape), "users");
    const users = [...ctx.store.users.values()].filter((u) => matches(u, b)).sort((x, y) => x.id.localeCompare(y.id));
    const p = page(users, "search-users", b.pageSize, b.pageToken);
    return ok({ list: p.list.map((u) => ({ user: ctx.json.user(u) })), nextPageToken: p.nextPageToken, expanded: [] });
  });
}

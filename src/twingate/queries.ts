/**
 * The GraphQL documents the client sends. Only fields the reference confirms are selected.
 * Filters are declared only when given, so a server without filter support still answers plain lists.
 */

const USER_FIELDS = "id email firstName lastName role state";
const GROUP_FIELDS = "id name type isActive";
const PAGE_INFO = "pageInfo { hasNextPage endCursor }";

export function usersQuery(withFilter: boolean): string {
  return withFilter
    ? `query Users($first: Int!, $after: String, $filter: UserFilterInput) { users(first: $first, after: $after, filter: $filter) { totalCount ${PAGE_INFO} edges { node { ${USER_FIELDS} } } } }`
    : `query Users($first: Int!, $after: String) { users(first: $first, after: $after) { totalCount ${PAGE_INFO} edges { node { ${USER_FIELDS} } } } }`;
}

export function groupsQuery(withFilter: boolean): string {
  return withFilter
    ? `query Groups($first: Int!, $after: String, $filter: GroupFilterInput) { groups(first: $first, after: $after, filter: $filter) { totalCount ${PAGE_INFO} edges { node { ${GROUP_FIELDS} } } } }`
    : `query Groups($first: Int!, $after: String) { groups(first: $first, after: $after) { totalCount ${PAGE_INFO} edges { node { ${GROUP_FIELDS} } } } }`;
}

/** Members are paged per group with `group(id){users(after:)}` (the fix of terraform-provider-twingate#684). */
export const GROUP_MEMBERS_QUERY = `query GroupMembers($id: ID!, $first: Int!, $after: String) { group(id: $id) { id users(first: $first, after: $after) { totalCount ${PAGE_INFO} edges { node { ${USER_FIELDS} } } } } }`;

/** Reads one page of each connection: answered at all, it proves the key reads; totalCount may be null. */
export const COUNTS_QUERY =
  "query CountUsersAndGroups { users(first: 1) { totalCount pageInfo { hasNextPage } } groups(first: 1) { totalCount pageInfo { hasNextPage } } }";

/** base64("Group:0"): well-formed, never a real group (internal IDs are positive). */
export const PROBE_GROUP_ID = "R3JvdXA6MA==";

/** Removes nobody from a group that does not exist: nothing can change, whatever the key. */
export const WRITE_PROBE_MUTATION = `mutation WritePermissionProbe { groupUpdate(id: "${PROBE_GROUP_ID}", removedUserIds: []) { ok error } }`;

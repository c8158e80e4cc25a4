import { z } from "zod";

/**
 * The three documents a preview sends, selecting only what the counts need (less to send,
 * parse and hold). Groups carry their first page of members nested, so only groups with more
 * members than one page cost extra requests, one per further page.
 */

const PAGE_INFO = "pageInfo { hasNextPage endCursor }";
const MEMBER_FIELDS = "id state";
const MEMBERS = `users(first: $first) { totalCount ${PAGE_INFO} edges { node { ${MEMBER_FIELDS} } } }`;

const USERS_PAGE = `users(first: $first, after: $after) { totalCount ${PAGE_INFO} edges { node { id role state type } } }`;

export const PREVIEW_USERS_QUERY = `query PreviewUsers($first: Int!, $after: String) { ${USERS_PAGE} }`;

/** The first users page also asks how many groups there are: no extra request, and progress knows the size of the job from the start. */
export const PREVIEW_FIRST_USERS_QUERY = `query PreviewFirstUsers($first: Int!, $after: String) { ${USERS_PAGE} groupCount: groups(first: 1) { totalCount } }`;

export const PREVIEW_GROUPS_QUERY = `query PreviewGroups($first: Int!, $after: String) { groups(first: $first, after: $after) { totalCount ${PAGE_INFO} edges { node { id name type isActive ${MEMBERS} } } } }`;

export const PREVIEW_GROUP_MEMBERS_QUERY = `query PreviewGroupMembers($id: ID!, $first: Int!, $after: String) { group(id: $id) { id users(first: $first, after: $after) { totalCount ${PAGE_INFO} edges { node { ${MEMBER_FIELDS} } } } } }`;

const pageInfoSchema = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });

/** Null edges and nodes have been seen from the API; they are skipped, not fatal. */
function connection<T extends z.ZodType>(node: T) {
  return z.object({
    totalCount: z.number().int().nonnegative().nullable().optional(),
    pageInfo: pageInfoSchema,
    edges: z.array(z.object({ node: node.nullable() }).nullable()),
  });
}

// Enum-like fields stay strings: a value Twingate adds later is counted, not rejected.
const previewUser = z.object({ id: z.string().min(1), role: z.string(), state: z.string(), type: z.string() });
const member = z.object({ id: z.string().min(1), state: z.string() });
const membersConnection = connection(member);
const previewGroup = z.object({
  id: z.string().min(1),
  name: z.string(),
  type: z.string(),
  isActive: z.boolean(),
  users: membersConnection,
});

export const previewUsersPageSchema = z.object({
  users: connection(previewUser),
  groupCount: z.object({ totalCount: z.number().int().nonnegative().nullable().optional() }).optional(),
});
export const previewGroupsPageSchema = z.object({ groups: connection(previewGroup) });
export const previewGroupMembersPageSchema = z.object({
  group: z.object({ id: z.string(), users: membersConnection }).nullable(),
});

export type PreviewUser = z.infer<typeof previewUser>;
export type PreviewMember = z.infer<typeof member>;
export type PreviewGroup = z.infer<typeof previewGroup>;
export type MembersConnection = z.infer<typeof membersConnection>;

/** The nodes of a connection page, null edges and nodes dropped. */
export function nodesOf<T>(edges: ({ node: T | null } | null)[]): T[] {
  const out: T[] = [];
  for (const edge of edges) if (edge?.node) out.push(edge.node);
  return out;
}

import { z } from "zod";
import { totalCountSchema } from "../../twingate/schemas";

/**
 * Fragments of the one document shape a preview sends (see batch.ts), selecting only what the
 * counts need (less to send, parse and hold). Groups carry their first page of members nested,
 * so only groups with more members than one page need continuation pages.
 */

const PAGE_INFO = "pageInfo { hasNextPage endCursor }";
const MEMBER_NODES = `totalCount ${PAGE_INFO} edges { node { id state } }`;

export const USERS_FIELD = `users(first: $first, after: $usersAfter) { totalCount ${PAGE_INFO} edges { node { id role state type } } }`;
export const GROUPS_FIELD = `groups(first: $first, after: $groupsAfter) { totalCount ${PAGE_INFO} edges { node { id name type isActive users(first: $first) { ${MEMBER_NODES} } } } }`;

/** Continuation page `n` of one group's member list, under alias m<n>. */
export function memberPageField(n: number): string {
  return `m${n}: group(id: $g${n}) { id users(first: $first, after: $a${n}) { ${MEMBER_NODES} } }`;
}

const pageInfoSchema = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });

/** Null edges and nodes have been seen from the API; they are skipped, not fatal. */
function connection<T extends z.ZodType>(node: T) {
  return z.object({
    // Null when the API leaves it out or sends nonsense: counts are then "as read", never a failed read.
    totalCount: totalCountSchema,
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

export const usersConnectionSchema = connection(previewUser);
export const groupsConnectionSchema = connection(previewGroup);
export const memberPageSchema = z.object({ id: z.string(), users: membersConnection }).nullable();

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

import * as z from "../../zod-mini";
import { totalCountSchema } from "../../twingate/schemas";

/**
 * Fragments of the one document shape a preview sends (see batch.ts), selecting only what the
 * counts need (less to send, parse and hold). Groups carry their first page of members nested,
 * so only groups with more members than one page need continuation pages.
 *
 * Two selections are there for the connector view (baton-twingate.md §2), answered by the API
 * itself rather than assumed: `isAdmin`, which ConductorOne's connector reads to map roles, and
 * `connectorMembers`, the group's `users` connection WITHOUT first/after, exactly as the
 * connector's `getGroup` selects it: the API's default first page of members is what
 * ConductorOne will see. Both are optional in the decoders and, when absent, take the value
 * Go's JSON decoding gives the connector: false, and no members.
 */

const PAGE_INFO = "pageInfo { hasNextPage endCursor }";
const MEMBER_NODES = `totalCount ${PAGE_INFO} edges { node { id state } }`;

/** The users page; `isAdmin` is left out only when the API refused the field (see sync.ts). */
export function usersField(isAdmin: boolean): string {
  return `users(first: $first, after: $usersAfter) { totalCount ${PAGE_INFO} edges { node { id role ${isAdmin ? "isAdmin " : ""}state type } } }`;
}
export const GROUPS_FIELD =
  `groups(first: $first, after: $groupsAfter) { totalCount ${PAGE_INFO} edges { node { id name type isActive ` +
  `users(first: $first) { ${MEMBER_NODES} } connectorMembers: users { edges { node { id state } } } } } }`;

/** Continuation page `n` of one group's member list, under alias m<n>. */
export function memberPageField(n: number): string {
  return `m${n}: group(id: $g${n}) { id users(first: $first, after: $a${n}) { ${MEMBER_NODES} } }`;
}

const pageInfoSchema = z.object({ hasNextPage: z.boolean(), endCursor: z.nullable(z.string()) });

/** Null edges and nodes have been seen from the API; they are skipped, not fatal. */
function connection<T extends z.ZodMiniType>(node: T) {
  return z.object({
    // Null when the API leaves it out or sends nonsense: counts are then "as read", never a failed read.
    totalCount: totalCountSchema,
    pageInfo: pageInfoSchema,
    edges: z.array(z.nullable(z.object({ node: z.nullable(node) }))),
  });
}

// Enum-like fields stay strings: a value Twingate adds later is counted, not rejected.
const previewUser = z.object({
  id: z.string().check(z.minLength(1)),
  role: z.string(),
  // Null or absent decodes as false in the connector (Go's zero value): the user is shown as Member.
  isAdmin: z.pipe(z.nullish(z.boolean()), z.transform((v) => v === true)),
  state: z.string(),
  type: z.string(),
});
const member = z.object({ id: z.string().check(z.minLength(1)), state: z.string() });
const membersConnection = connection(member);
/** The unpaged member list as the connector reads it: only the edges (a missing list is no members, as in Go). */
const connectorMembers = z.pipe(
  z.nullish(z.object({ edges: z.array(z.nullable(z.object({ node: z.nullable(z.object({ id: z.string(), state: z.string() })) }))) })),
  z.transform((v) => v?.edges ?? []),
);
const previewGroup = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  type: z.string(),
  isActive: z.boolean(),
  users: membersConnection,
  connectorMembers,
});

export const usersConnectionSchema = connection(previewUser);
export const groupsConnectionSchema = connection(previewGroup);
export const memberPageSchema = z.nullable(z.object({ id: z.string(), users: membersConnection }));

export type PreviewUser = z.infer<typeof previewUser>;
export type PreviewMember = z.infer<typeof member>;
export type ConnectorMemberEdges = z.output<typeof connectorMembers>;
export type PreviewGroup = z.infer<typeof previewGroup>;
export type MembersConnection = z.infer<typeof membersConnection>;

/** The nodes of a connection page, null edges and nodes dropped. */
export function nodesOf<T>(edges: ({ node: T | null } | null)[]): T[] {
  const out: T[] = [];
  for (const edge of edges) if (edge?.node) out.push(edge.node);
  return out;
}

import * as z from "../zod-mini";

/**
 * zod schemas of the `data` part of every response the client reads. Enum-like fields
 * (role, state, type) are kept as strings: Twingate adds values (ACCESS_REVIEWER, 2025) and
 * an unknown value must not break a read.
 */

/**
 * `totalCount` as the read check and the preview use it: a count when the server sent a
 * non-negative integer, otherwise null ("unknown"). No public client but graybern's reads it,
 * so a server that leaves it out, nulls it or sends nonsense must not fail a read.
 */
export const totalCountSchema = z.pipe(
  z.optional(z.unknown()),
  z.transform((v): number | null => (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : null)),
);

export const pageInfoSchema = z.object({
  hasNextPage: z.boolean(),
  endCursor: z.nullable(z.string()),
});

export const userSchema = z.object({
  id: z.string().check(z.minLength(1)),
  email: z.string(),
  firstName: z.nullable(z.string()),
  lastName: z.nullable(z.string()),
  role: z.string(),
  state: z.string(),
});
export type TwingateUser = z.infer<typeof userSchema>;

export const groupSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  type: z.string(),
  isActive: z.boolean(),
});
export type TwingateGroup = z.infer<typeof groupSchema>;

/** A Relay connection of `node` items; null edges/nodes are tolerated and skipped (the API has shown them). */
export function connectionSchema<T extends z.ZodMiniType>(node: T) {
  return z.object({
    totalCount: totalCountSchema,
    pageInfo: pageInfoSchema,
    edges: z.array(z.nullable(z.object({ node: z.nullable(node) }))),
  });
}

export const usersPageSchema = z.object({ users: connectionSchema(userSchema) });
export const groupsPageSchema = z.object({ groups: connectionSchema(groupSchema) });
export const groupMembersPageSchema = z.object({
  group: z.nullable(z.object({ id: z.string(), users: connectionSchema(userSchema) })),
});

/** The read check: each connection must be there (that proves the key reads); its count may not be. */
export const countsSchema = z.object({
  users: z.object({ totalCount: totalCountSchema, pageInfo: z.object({ hasNextPage: z.boolean() }) }),
  groups: z.object({ totalCount: totalCountSchema, pageInfo: z.object({ hasNextPage: z.boolean() }) }),
});

/** Mutation payloads: `error` is a String (not an object), per every working client. */
export const okErrorSchema = z.object({ ok: z.boolean(), error: z.optional(z.nullable(z.string())) });

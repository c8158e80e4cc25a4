import { z } from "zod";

/**
 * zod schemas of the `data` part of every response the client reads. Enum-like fields
 * (role, state, type) are kept as strings: Twingate adds values (ACCESS_REVIEWER, 2025) and
 * an unknown value must not break a read.
 */

export const pageInfoSchema = z.object({
  hasNextPage: z.boolean(),
  endCursor: z.string().nullable(),
});

export const userSchema = z.object({
  id: z.string().min(1),
  email: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  role: z.string(),
  state: z.string(),
});
export type TwingateUser = z.infer<typeof userSchema>;

export const groupSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  type: z.string(),
  isActive: z.boolean(),
});
export type TwingateGroup = z.infer<typeof groupSchema>;

/** A Relay connection of `node` items; null edges/nodes are tolerated and skipped (the API has shown them). */
export function connectionSchema<T extends z.ZodType>(node: T) {
  return z.object({
    totalCount: z.number().int().nonnegative().nullable().optional(),
    pageInfo: pageInfoSchema,
    edges: z.array(z.object({ node: node.nullable() }).nullable()),
  });
}

export const usersPageSchema = z.object({ users: connectionSchema(userSchema) });
export const groupsPageSchema = z.object({ groups: connectionSchema(groupSchema) });
export const groupMembersPageSchema = z.object({
  group: z.object({ id: z.string(), users: connectionSchema(userSchema) }).nullable(),
});

export const countsSchema = z.object({
  users: z.object({ totalCount: z.number().int().nonnegative() }),
  groups: z.object({ totalCount: z.number().int().nonnegative() }),
});

/** Mutation payloads: `error` is a String (not an object), per every working client. */
export const okErrorSchema = z.object({ ok: z.boolean(), error: z.string().nullable().optional() });

/**
 * The GraphQL schema the simulator executes: the subset of the Twingate Admin
 * API this project uses (users, groups, memberships, groupUpdate), with
 * resolvers over the in-memory tenant.
 */
import { buildSchema, GraphQLError, GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import * as z from "zod";
import type { TokenPermission } from "./network";
import { connection, PageArgumentError, parseGlobalId, type PageLimits } from "./relay";
import { FilterRegexpError, type GroupRecord, type Tenant, type UserRecord } from "./tenant";
import { PUBLIC_VOCABULARY, USER_TYPES, vocabularyKey, type Vocabulary } from "./vocabulary";

export type ReadOnlyMutationMode = "http-403" | "graphql-error" | "ok-false";

/** Per-request state handed to every resolver. */
export interface RequestContext {
  tenant: Tenant;
  permission: TokenPermission;
  readOnlyMutation: ReadOnlyMutationMode;
  limits: PageLimits;
  /** Clock stamping updatedAt on mutations, in ms. */
  now: () => number;
}

/**
 * The schema text for a vocabulary: the enums list the public values, then the tenant's
 * unknown ones (a real server whose enum grew answers with values old clients lack).
 */
export function simulatorSdl(v: Vocabulary = PUBLIC_VOCABULARY): string {
  return /* GraphQL */ `
  scalar DateTime

  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }

  enum UserRole { ${v.roles.join(" ")} }
  enum UserState { ${v.states.join(" ")} }
  enum UserType { ${USER_TYPES.join(" ")} }
  enum GroupType { ${v.groupTypes.join(" ")} }

  type User {
    id: ID!
    email: String!
    firstName: String
    lastName: String
    role: UserRole!
    state: UserState!
    type: UserType!
    createdAt: DateTime!
    updatedAt: DateTime!
    groups(first: Int, after: String, last: Int, before: String): GroupConnection!
    "Older field, still read by baton-twingate; true for admin roles (UNCERTAIN in the live API: twingate-api.md §3)."
    isAdmin: Boolean
  }

  type Group {
    id: ID!
    name: String!
    type: GroupType!
    isActive: Boolean!
    createdAt: DateTime!
    updatedAt: DateTime!
    "Members. Without first/last: the tenant's default page (baton-twingate reads only this page)."
    users(first: Int, after: String, last: Int, before: String): UserConnection!
  }

  type UserEdge { node: User  cursor: String! }
  type UserConnection { pageInfo: PageInfo!  edges: [UserEdge]!  totalCount: Int }
  type GroupEdge { node: Group  cursor: String! }
  type GroupConnection { pageInfo: PageInfo!  edges: [GroupEdge]!  totalCount: Int }

  input StringFilterOperationInput {
    eq: String
    ne: String
    startsWith: String
    endsWith: String
    contains: String
    regexp: String
    in: [String]
  }
  input UserRoleFilterOperationInput { in: [UserRole] }
  input UserFilterInput {
    firstName: StringFilterOperationInput
    lastName: StringFilterOperationInput
    email: StringFilterOperationInput
    role: UserRoleFilterOperationInput
  }
  input GroupTypeFilterOperatorInput { in: [GroupType] }
  input BooleanFilterOperatorInput { eq: Boolean }
  input GroupFilterInput {
    name: StringFilterOperationInput
    type: GroupTypeFilterOperatorInput
    isActive: BooleanFilterOperatorInput
  }

  type Query {
    users(before: String, after: String, first: Int, last: Int, filter: UserFilterInput): UserConnection!
    user(id: ID!): User
    groups(before: String, after: String, first: Int, last: Int, filter: GroupFilterInput): GroupConnection!
    group(id: ID!): Group
  }

  type GroupUpdateMutation { ok: Boolean!  error: String  entity: Group }

  type Mutation {
    groupUpdate(
      id: ID!
      name: String
      isActive: Boolean
      addedUserIds: [ID]
      removedUserIds: [ID]
      userIds: [ID]
    ): GroupUpdateMutation
  }
`;
}

// Argument decoders: graphql-js has already type-checked them; these give TS types.
const pageArgs = {
  first: z.number().int().nullish(),
  after: z.string().nullish(),
  last: z.number().int().nullish(),
  before: z.string().nullish(),
};
const strFilter = z
  .object({
    eq: z.string().nullish(),
    ne: z.string().nullish(),
    startsWith: z.string().nullish(),
    endsWith: z.string().nullish(),
    contains: z.string().nullish(),
    regexp: z.string().nullish(),
    in: z.array(z.string().nullable()).nullish(),
  })
  .nullish();
const usersArgs = z.object({
  ...pageArgs,
  filter: z
    .object({
      firstName: strFilter,
      lastName: strFilter,
      email: strFilter,
      role: z.object({ in: z.array(z.string().nullable()).nullish() }).nullish(),
    })
    .nullish(),
});
const groupsArgs = z.object({
  ...pageArgs,
  filter: z
    .object({
      name: strFilter,
      type: z.object({ in: z.array(z.string().nullable()).nullish() }).nullish(),
      isActive: z.object({ eq: z.boolean().nullish() }).nullish(),
    })
    .nullish(),
});
const nestedArgs = z.object(pageArgs);
const idArgs = z.object({ id: z.string() });
const idList = z.array(z.string().nullable()).nullish();
const groupUpdateArgs = z.object({
  id: z.string(),
  name: z.string().nullish(),
  isActive: z.boolean().nullish(),
  addedUserIds: idList,
  removedUserIds: idList,
  userIds: idList,
});

interface MutationPayload {
  ok: boolean;
  error: string | null;
  entity: GroupRecord | null;
}

export const READ_ONLY_ERROR = "Permission denied: API key is read-only";
export const READ_ONLY_OK_FALSE = "Permission denied: read-only API key";
export const GROUP_NOT_FOUND = "Group does not exist.";
export const SYNCED_GROUP_REFUSED = "Group membership of SYNCED groups is managed by your identity provider";
export const SYSTEM_GROUP_REFUSED = "SYSTEM groups are managed by Twingate and cannot be modified";
/** Groups of a type outside the public schema: only MANUAL groups take membership changes. */
export const OTHER_GROUP_REFUSED = (type: string): string => `Group membership of ${type} groups cannot be modified`;
const UNPARSABLE_ID = "{'id': ['Unable to parse global ID']}";

type Resolver = GraphQLFieldResolver<unknown, RequestContext>;

/** Runs a list query/field, turning page-argument and filter mistakes into field errors. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof PageArgumentError || error instanceof FilterRegexpError) throw new GraphQLError(error.message);
    throw error;
  }
}

const resolvers: Record<string, Record<string, Resolver>> = {
  Query: {
    users: (_src, raw, ctx) =>
      guarded(() => {
        const args = usersArgs.parse(raw);
        const matches = ctx.tenant.filterUsers(args.filter);
        const total = matches ? matches.length : ctx.tenant.userCount;
        return connection(total, args, ctx.limits, (k) => ctx.tenant.user(matches ? (matches[k] ?? 0) : k));
      }),
    user: (_src, raw, ctx) => {
      const { id } = idArgs.parse(raw);
      if (!parseGlobalId(id)) throw new GraphQLError(UNPARSABLE_ID);
      const index = ctx.tenant.userIndexOf(id);
      return index === undefined ? null : ctx.tenant.user(index);
    },
    groups: (_src, raw, ctx) =>
      guarded(() => {
        const args = groupsArgs.parse(raw);
        const matches = ctx.tenant.filterGroups(args.filter);
        const total = matches ? matches.length : ctx.tenant.groupCount;
        return connection(total, args, ctx.limits, (k) => ctx.tenant.group(matches ? (matches[k] ?? 0) : k));
      }),
    group: (_src, raw, ctx) => {
      const { id } = idArgs.parse(raw);
      if (!parseGlobalId(id)) throw new GraphQLError(UNPARSABLE_ID);
      const index = ctx.tenant.groupIndexOf(id);
      return index === undefined ? null : ctx.tenant.group(index);
    },
  },
  User: {
    groups: (src, raw, ctx) =>
      guarded(() => {
        const groups = ctx.tenant.userGroups((src as UserRecord).index);
        return connection(groups.length, nestedArgs.parse(raw), ctx.limits, (k) => ctx.tenant.group(groups[k] ?? 0));
      }),
  },
  Group: {
    users: (src, raw, ctx) =>
      guarded(() => {
        const members = ctx.tenant.groupMembers((src as GroupRecord).index);
        return connection(members.length, nestedArgs.parse(raw), ctx.limits, (k) => ctx.tenant.user(members[k] ?? 0));
      }),
  },
  Mutation: {
    groupUpdate: (_src, raw, ctx): MutationPayload => {
      // Permission first, before any lookup, so a probe on a missing group still reveals it.
      if (ctx.permission === "read") {
        if (ctx.readOnlyMutation === "ok-false") return { ok: false, error: READ_ONLY_OK_FALSE, entity: null };
        throw new GraphQLError(READ_ONLY_ERROR);
      }
      const args = groupUpdateArgs.parse(raw);
      if (!parseGlobalId(args.id)) throw new GraphQLError(UNPARSABLE_ID);
      const lists = {
        addedUserIds: args.addedUserIds,
        removedUserIds: args.removedUserIds,
        userIds: args.userIds,
      };
      for (const [field, ids] of Object.entries(lists)) {
        if (ids?.some((id) => id !== null && !parseGlobalId(id))) {
          throw new GraphQLError(`Field '${field}' Unable to parse global ID`);
        }
      }
      const tenant = ctx.tenant;
      const index = tenant.groupIndexOf(args.id);
      if (index === undefined) return { ok: false, error: GROUP_NOT_FOUND, entity: null };
      const group = tenant.group(index);
      if (group.type === "SYNCED") return { ok: false, error: SYNCED_GROUP_REFUSED, entity: null };
      if (group.type === "SYSTEM") return { ok: false, error: SYSTEM_GROUP_REFUSED, entity: null };
      if (group.type !== "MANUAL") return { ok: false, error: OTHER_GROUP_REFUSED(group.type), entity: null };
      if (args.name != null && args.name.trim() === "") {
        return { ok: false, error: "Group name must not be empty.", entity: null };
      }
      const resolved: Record<keyof typeof lists, number[] | undefined> = {
        addedUserIds: undefined,
        removedUserIds: undefined,
        userIds: undefined,
      };
      for (const field of Object.keys(lists) as Array<keyof typeof lists>) {
        const ids = lists[field];
        if (ids == null) continue;
        const indexes: number[] = [];
        for (const id of ids) {
          if (id === null) continue;
          const userIndex = tenant.userIndexOf(id);
          if (userIndex === undefined) return { ok: false, error: `User with id '${id}' does not exist.`, entity: null };
          indexes.push(userIndex);
        }
        resolved[field] = indexes;
      }
      tenant.updateGroup(
        index,
        {
          ...(args.name != null && { name: args.name }),
          ...(args.isActive != null && { isActive: args.isActive }),
          ...(resolved.userIds && { userIndexes: resolved.userIds }),
          ...(resolved.addedUserIds && { addedUserIndexes: resolved.addedUserIds }),
          ...(resolved.removedUserIds && { removedUserIndexes: resolved.removedUserIds }),
        },
        ctx.now(),
      );
      return { ok: true, error: null, entity: tenant.group(index) };
    },
  },
};

/** Builds the executable schema of a vocabulary; state lives in the context, so one per vocabulary is enough. */
export function buildSimulatorSchema(vocabulary: Vocabulary = PUBLIC_VOCABULARY): GraphQLSchema {
  const schema = buildSchema(simulatorSdl(vocabulary));
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`Schema has no object type ${typeName}`);
    const defined = type.getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = defined[fieldName];
      if (!field) throw new Error(`Schema type ${typeName} has no field ${fieldName}`);
      field.resolve = resolve;
    }
  }
  return schema;
}

const SCHEMA_CACHE_SIZE = 16;
const schemas = new Map<string, GraphQLSchema>();

/** The schema of a vocabulary, built once per process (tenants of one vocabulary share it). */
export function schemaFor(vocabulary: Vocabulary): GraphQLSchema {
  const key = vocabularyKey(vocabulary);
  let schema = schemas.get(key);
  if (!schema) {
    if (schemas.size >= SCHEMA_CACHE_SIZE) {
      const oldest = schemas.keys().next().value;
      if (oldest !== undefined) schemas.delete(oldest);
    }
    schema = buildSimulatorSchema(vocabulary);
    schemas.set(key, schema);
  }
  return schema;
}

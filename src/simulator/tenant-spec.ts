/**
 * What a test (or a simulator config file) declares about a tenant: how many
 * generated users and groups, which specific users and groups, which enum
 * values outside the public schema, and the API's default page size.
 */
import * as z from "zod";
import {
  ENUM_VALUE,
  GROUP_TYPES,
  RESERVED_ENUM_VALUES,
  USER_ROLES,
  USER_STATES,
  USER_TYPES,
  type GroupType,
  type OrUnknown,
  type UserRole,
  type UserState,
  type UserType,
} from "./vocabulary";

export interface ExtraGroupSpec {
  name: string;
  /** Default MANUAL; a value from unknownValues.groupTypes is allowed. */
  type?: OrUnknown<GroupType>;
  /**
   * Default 0. A number picks that many users at random; "all" takes every user; a list
   * names members by email (declared or generated users).
   */
  members?: number | "all" | readonly string[];
  /** Default true. */
  isActive?: boolean;
}

/** A specific user, placed after the generated ones (in declaration order). */
export interface ExtraUserSpec {
  email: string;
  /** Default: the part of the email before "@". */
  firstName?: string;
  /** Default "". */
  lastName?: string;
  /** Default MEMBER; a value from unknownValues.roles is allowed. */
  role?: OrUnknown<UserRole>;
  /** Default ACTIVE; a value from unknownValues.states is allowed. */
  state?: OrUnknown<UserState>;
  /** Default MANUAL. */
  type?: UserType;
  /** Default: true for ADMIN, DEVOPS, SUPPORT, ACCESS_REVIEWER; false for MEMBER; the unknown role's isAdmin otherwise. */
  isAdmin?: boolean;
}

/** One enum value the public schema lacks, and how many generated users/groups carry it. */
export interface UnknownValueSpec {
  value: string;
  /** Generated users (roles, states) or generated groups (groupTypes) reassigned to it. Default 0. */
  count?: number;
}

export interface UnknownRoleSpec extends UnknownValueSpec {
  /** isAdmin of its holders. Default true: every non-MEMBER role Twingate documents is an admin role. */
  isAdmin?: boolean;
}

/**
 * Values the tenant's API returns that clients' schemas do not know: the real enum may hold
 * more than the public sources show (twingate-api.md §8, baton-twingate.md §5: HELPDESK and
 * BILLING appear in no source; the live enum is UNVERIFIED).
 */
export interface UnknownValuesSpec {
  roles?: UnknownRoleSpec[];
  states?: UnknownValueSpec[];
  groupTypes?: UnknownValueSpec[];
}

export interface TenantSpec {
  seed: number;
  /** Generated users (declared extraUsers come on top). */
  users: number;
  /** Randomly generated groups, besides "Everyone" and extraGroups. Default: users/100 clamped to 4..300. */
  groups?: number;
  /** Upper bound of a generated group's member count. Default 5 000. */
  maxGroupMembers?: number;
  /** Add the SYSTEM group "Everyone" holding every user (first group). Default true. */
  everyoneGroup?: boolean;
  /** Email domain of generated users. Default "example.com". */
  domain?: string;
  /** Groups with fixed properties, placed after "Everyone" and before generated groups. */
  extraGroups?: ExtraGroupSpec[];
  /** Users with fixed properties, placed after the generated users. */
  extraUsers?: ExtraUserSpec[];
  /** Enum values outside the public schema this tenant's API returns. */
  unknownValues?: UnknownValuesSpec;
  /**
   * Page size of a connection queried with neither `first` nor `last` (top-level and nested,
   * e.g. baton's unpaged `group { users { … } }`). Default 50 (`DEFAULT_PAGE_SIZE` in relay.ts): the real
   * default is UNVERIFIED, 50 is the reference's best evidence (twingate-api.md §3 "Page size").
   */
  defaultPageSize?: number;
}

const enumValue = z
  .string()
  .regex(ENUM_VALUE, "must be a GraphQL enum value name such as BILLING (letters, digits, _)")
  .refine((v) => !RESERVED_ENUM_VALUES.has(v), "must not be true, false or null");
const unknownValue = (known: readonly string[], what: string) =>
  enumValue.refine((v) => !known.includes(v), `is a known ${what} already; list only values the public schema lacks`);
const count = z.number().int().min(0).max(1_000_000).optional();
const email = z.string().regex(/^[^\s@]+@[^\s@]+$/, "must be an email address such as ana@example.com").max(320);

/** The zod decoder of TenantSpec (shape only; cross-field rules are checked in generateTenant). */
export const tenantSpecSchema = z.strictObject({
  seed: z.number().int(),
  users: z.number().int().min(0).max(1_000_000),
  groups: z.number().int().min(0).max(100_000).optional(),
  maxGroupMembers: z.number().int().min(0).optional(),
  everyoneGroup: z.boolean().optional(),
  domain: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "must be a lower-case domain such as example.com")
    .optional(),
  extraGroups: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(200),
        type: enumValue.optional(),
        members: z.union([z.number().int().min(0), z.literal("all"), z.array(email)]).optional(),
        isActive: z.boolean().optional(),
      }),
    )
    .optional(),
  extraUsers: z
    .array(
      z.strictObject({
        email,
        firstName: z.string().max(200).optional(),
        lastName: z.string().max(200).optional(),
        role: enumValue.optional(),
        state: enumValue.optional(),
        type: z.enum(USER_TYPES).optional(),
        isAdmin: z.boolean().optional(),
      }),
    )
    .max(100_000)
    .optional(),
  unknownValues: z
    .strictObject({
      roles: z.array(z.strictObject({ value: unknownValue(USER_ROLES, "UserRole"), count, isAdmin: z.boolean().optional() })).optional(),
      states: z.array(z.strictObject({ value: unknownValue(USER_STATES, "UserState"), count })).optional(),
      groupTypes: z.array(z.strictObject({ value: unknownValue(GROUP_TYPES, "GroupType"), count })).optional(),
    })
    .optional(),
  defaultPageSize: z.number().int().min(1).max(10_000).optional(),
});

export type ParsedTenantSpec = z.output<typeof tenantSpecSchema>;

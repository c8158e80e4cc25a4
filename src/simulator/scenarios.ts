/**
 * Named tenants, each built to show one gap between what Twingate holds and what
 * ConductorOne's Twingate connector will show (issue 10, baton-twingate.md). A test
 * asks for one by name; `tenant.summary()` gives its exact ground truth.
 */
import { TenantSpecError } from "./errors";
import type { TenantSpec } from "./tenant-spec";

export const SCENARIO_NAMES = [
  "large-group",
  "unknown-roles",
  "pending-admins",
  "synced-target",
  "duplicate-group-names",
  "unknown-values",
  "all-gaps",
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface TenantScenario {
  name: ScenarioName;
  /** The gap this tenant shows, in one sentence (printed by `c1-twingate simulator --list-scenarios`). */
  shows: string;
  tenant: TenantSpec;
  /** Group names a provisioning check on this tenant should target to meet the gap. */
  groupsToProvision: string[];
}

const PENDING_ADMINS = (domain: string): NonNullable<TenantSpec["extraUsers"]> => [
  { email: `invited.admin@${domain}`, firstName: "Invited", lastName: "Admin", role: "ADMIN", state: "PENDING" },
  { email: `new.admin@${domain}`, firstName: "New", lastName: "Admin", role: "ADMIN", state: "PENDING" },
  { email: `invited.devops@${domain}`, firstName: "Invited", lastName: "DevOps", role: "DEVOPS", state: "PENDING" },
  { email: `former.admin@${domain}`, firstName: "Former", lastName: "Admin", role: "ADMIN", state: "DISABLED" },
  { email: `former.support@${domain}`, firstName: "Former", lastName: "Support", role: "SUPPORT", state: "DISABLED" },
];

const UNKNOWN_ROLE_USERS = (domain: string): NonNullable<TenantSpec["extraUsers"]> => [
  { email: `billing.owner@${domain}`, firstName: "Billing", lastName: "Owner", role: "BILLING" },
  { email: `helpdesk.lead@${domain}`, firstName: "Helpdesk", lastName: "Lead", role: "HELPDESK" },
];

/** HELPDESK and BILLING appear in no public source (baton-twingate.md §5): plausible future roles. */
const UNKNOWN_ROLES = [
  { value: "BILLING", count: 2 },
  { value: "HELPDESK", count: 1 },
];

function build(name: ScenarioName): TenantScenario {
  switch (name) {
    case "large-group":
      return {
        name,
        shows:
          "A MANUAL group of 120 members: the connector reads only the default first page of members (50), " +
          "so access reviews see 50 of 120 (baton-twingate.md §2).",
        tenant: {
          seed: 101,
          users: 150,
          groups: 0,
          domain: "large-group.example",
          defaultPageSize: 50,
          extraGroups: [
            { name: "Engineering", type: "MANUAL", members: 120 },
            { name: "Contractors", type: "MANUAL", members: 12 },
          ],
        },
        groupsToProvision: ["Engineering"],
      };
    case "unknown-roles":
      return {
        name,
        shows:
          "Users with roles outside the connector's fixed list (BILLING, HELPDESK): newer code gives them no role grant, " +
          "older code shows them as Admin through isAdmin (baton-twingate.md §5).",
        tenant: {
          seed: 102,
          users: 30,
          groups: 0,
          domain: "unknown-roles.example",
          unknownValues: { roles: UNKNOWN_ROLES },
          extraUsers: UNKNOWN_ROLE_USERS("unknown-roles.example"),
          extraGroups: [
            { name: "Finance", type: "MANUAL", members: ["billing.owner@unknown-roles.example", "helpdesk.lead@unknown-roles.example"] },
          ],
        },
        groupsToProvision: ["Finance"],
      };
    case "pending-admins":
      return {
        name,
        shows:
          "Admins who never signed in (PENDING) or were DISABLED: the connector ignores user state and syncs them " +
          "as enabled admins (baton-twingate.md §7).",
        tenant: {
          seed: 103,
          users: 20,
          groups: 0,
          domain: "pending-admins.example",
          extraUsers: PENDING_ADMINS("pending-admins.example"),
          extraGroups: [
            {
              name: "Break-glass Admins",
              type: "MANUAL",
              members: ["invited.admin@pending-admins.example", "former.admin@pending-admins.example"],
            },
          ],
        },
        groupsToProvision: ["Break-glass Admins"],
      };
    case "synced-target":
      return {
        name,
        shows:
          "The provisioning target is a SYNCED (IdP-managed) group: the connector offers every group for provisioning, " +
          "Twingate refuses membership changes to it (baton-twingate.md §6).",
        tenant: {
          seed: 104,
          users: 40,
          groups: 0,
          domain: "synced-target.example",
          extraGroups: [
            { name: "Engineering (Okta)", type: "SYNCED", members: 18 },
            { name: "Contractors", type: "MANUAL", members: 5 },
          ],
        },
        groupsToProvision: ["Engineering (Okta)"],
      };
    case "duplicate-group-names":
      return {
        name,
        shows:
          "Two groups named Engineering, one SYNCED and one MANUAL: a group name does not identify the provisioning " +
          "target (issue 9 §5).",
        tenant: {
          seed: 105,
          users: 40,
          groups: 0,
          domain: "duplicate-names.example",
          extraGroups: [
            { name: "Engineering", type: "SYNCED", members: 20 },
            { name: "Engineering", type: "MANUAL", members: 6 },
          ],
        },
        groupsToProvision: ["Engineering"],
      };
    case "unknown-values":
      return {
        name,
        shows:
          "A role (BILLING), a user state (SUSPENDED) and a group type (EXTERNAL) the public schema lacks: " +
          "a client must count and report them, never fail validation (issue 10 §2).",
        tenant: {
          seed: 106,
          users: 40,
          groups: 6,
          maxGroupMembers: 20,
          domain: "unknown-values.example",
          unknownValues: {
            roles: [{ value: "BILLING", count: 3 }],
            states: [{ value: "SUSPENDED", count: 2 }],
            groupTypes: [{ value: "EXTERNAL", count: 1 }],
          },
          extraUsers: [
            { email: "suspended.billing@unknown-values.example", firstName: "Suspended", lastName: "Billing", role: "BILLING", state: "SUSPENDED" },
          ],
          extraGroups: [{ name: "Partners (SCIM)", type: "EXTERNAL", members: 4 }],
        },
        groupsToProvision: ["Partners (SCIM)"],
      };
    case "all-gaps":
      return {
        name,
        shows:
          "Every gap at once, for a preview a PR reviewer reads: a 120-member group, unknown roles, pending and disabled " +
          "admins, a SYNCED target and duplicate group names.",
        tenant: {
          seed: 107,
          users: 200,
          groups: 3,
          maxGroupMembers: 40,
          domain: "all-gaps.example",
          defaultPageSize: 50,
          unknownValues: { roles: UNKNOWN_ROLES },
          extraUsers: [...PENDING_ADMINS("all-gaps.example"), ...UNKNOWN_ROLE_USERS("all-gaps.example")],
          extraGroups: [
            { name: "Engineering", type: "MANUAL", members: 120 },
            { name: "Sales (Okta)", type: "SYNCED", members: 30 },
            { name: "Platform", type: "SYNCED", members: 25 },
            { name: "Platform", type: "MANUAL", members: 8 },
            { name: "Break-glass Admins", type: "MANUAL", members: ["invited.admin@all-gaps.example", "former.admin@all-gaps.example"] },
          ],
        },
        groupsToProvision: ["Engineering", "Sales (Okta)", "Platform"],
      };
  }
}

export function isScenarioName(name: string): name is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(name);
}

/** A fresh copy of a named scenario (edit it freely). Throws TenantSpecError for an unknown name. */
export function tenantScenario(name: string): TenantScenario {
  if (!isScenarioName(name)) {
    throw new TenantSpecError(`Unknown tenant scenario "${name}"; use one of ${SCENARIO_NAMES.join(", ")}.`);
  }
  return build(name);
}

import { pagesFor } from "./request-plan";

/**
 * The behaviours of ConductorOne's Twingate connector this preview can model, as data. Each is
 * read from the public code of `github.com/ConductorOne/baton-twingate`; every fact is cited to
 * `shared/reference/baton-twingate.md` (§n below, source tags [J25] and [NEW] as there).
 *
 * What both versions do alike (§2, §4, §6, §7): users and groups are listed unfiltered (no group
 * type or active filter), user state is ignored (every user is an enabled account), a group's
 * members are read with one unpaged `group(id) { users { … } }` query (the API's default first
 * page only), and a 429 answer is an empty page (§8).
 *
 * Which one runs behind `conductorone_integration_twingate` (the cloud-hosted v1 integration) is
 * not public. `baton-2023` is the default because v1 most likely behaves like it — an INFERENCE:
 * v1 predates Baton, roles are sync-only in the v1 docs, and the five-role mapping with role
 * provisioning arrived with the v2 connector (release notes of 2025-09 and 2026-06; §5, §9).
 * Where the v1 docs and this code differ (v1 docs: groups provisionable, locally created only;
 * this code: no provisioning at all) the model follows the code and says so in its caveats.
 */

import { type ConnectorVersion } from "./connector-versions";
export { CONNECTOR_VERSIONS, DEFAULT_CONNECTOR_VERSION, isConnectorVersion, type ConnectorVersion } from "./connector-versions";

/** A role resource of the connector: a fixed list, never fetched from Twingate (§4). */
export interface ConnectorRole {
  /** The role resource id (`role_id`), e.g. "access_reviewer". */
  id: string;
  /** Display name; the entitlement shows as "<displayName> Role Member". */
  displayName: string;
  /** The Twingate UserRole it stands for (what a grant is compared with to spot a user shown under another role). */
  twingateRole: string;
}

export interface ConnectorModel {
  version: ConnectorVersion;
  /** One line: which code this is and how it maps roles. */
  summary: string;
  /** Which ConductorOne integration is believed to run it, and how sure that is. */
  runsBehind: string;
  /** `isAdmin`: Admin when true, else Member ([J25]); `role`: the UserRole enum, case-insensitively ([NEW]). */
  roleSource: "isAdmin" | "role";
  roles: readonly ConnectorRole[];
  /** Group memberships can be granted and revoked from ConductorOne. */
  groupProvisioning: boolean;
  /** Roles can be granted and revoked from ConductorOne. */
  roleProvisioning: boolean;
  /** `first` of the users and groups list queries (ResourcesPageSize, §2). */
  listPageSize: number;
  /** Where each behaviour is read (reference sections and commits). */
  sources: readonly string[];
  /** What the model infers or cannot verify, in plain words. */
  caveats: readonly string[];
}

const ADMIN: ConnectorRole = { id: "admin", displayName: "Admin", twingateRole: "ADMIN" };
const MEMBER: ConnectorRole = { id: "member", displayName: "Member", twingateRole: "MEMBER" };

const COMMON_CAVEATS = [
  "Twingate's default page size for an unpaged member list is UNVERIFIED; the preview asks the API for that page itself and counts what it returns",
  "whether Twingate's unfiltered groups query returns SYNCED, SYSTEM and inactive groups is UNVERIFIED; the model assumes it returns every group",
];

export const CONNECTOR_MODELS: Readonly<Record<ConnectorVersion, ConnectorModel>> = {
  "baton-2023": {
    version: "baton-2023",
    summary:
      "baton-twingate as of 2023-10 (commit 14ced1af, unchanged through e5ec403d of 2025-01): roles Admin and Member from isAdmin, users, groups and roles sync-only",
    runsBehind: "most likely the cloud-hosted v1 integration that conductorone_integration_twingate creates (inferred, not documented)",
    roleSource: "isAdmin",
    roles: [ADMIN, MEMBER],
    groupProvisioning: false,
    roleProvisioning: false,
    listPageSize: 100,
    sources: [
      "baton-twingate.md §2 (queries: users with isAdmin, unfiltered groups, unpaged group members)",
      "§4–§5 [J25] role.go, twingate.go: isAdmin true → Admin, otherwise Member",
      "§3, §6 [J25] baton_capabilities.json, group.go: every resource type is sync-only",
      "§7 [J25] user.go: every user STATUS_ENABLED",
      "§9: conductorone_integration_twingate most likely creates the v1 connector (inferred)",
    ],
    caveats: [
      "that the cloud-hosted v1 integration (conductorone_integration_twingate) behaves like this code is INFERRED, not documented",
      "the v1 docs say v1 provisions locally created (MANUAL) groups; this code provisions nothing, and the model follows the code",
      ...COMMON_CAVEATS,
    ],
  },
  "baton-2026": {
    version: "baton-2026",
    summary:
      "baton-twingate as read at role.go @1cc524ea (2026-07 or later): five roles from the user's role, groups and roles provisionable",
    runsBehind: "the v2 connector (Twingate V2: cloud-hosted, or self-hosted baton-twingate)",
    roleSource: "role",
    roles: [
      ADMIN,
      { id: "devops", displayName: "DevOps", twingateRole: "DEVOPS" },
      { id: "support", displayName: "Support", twingateRole: "SUPPORT" },
      { id: "access_reviewer", displayName: "Access Reviewer", twingateRole: "ACCESS_REVIEWER" },
      MEMBER,
    ],
    groupProvisioning: true,
    roleProvisioning: true,
    listPageSize: 100,
    sources: [
      "baton-twingate.md §2 [NEW] queries.go @3b7fea4f (role added to the users query; groups still unfiltered, members still unpaged)",
      "§4–§5 [NEW] role.go @1cc524ea, twingate.go (index id 57532593249): role by strings.EqualFold, unknown role → no grant",
      "§6 [NEW] baton_capabilities.json @1254c125: group provisioning; role.go: role Grant/Revoke",
      "§7 [NEW] user.go @1cc524ea: every user RESOURCE_STATUS_ENABLED",
      "§9: the v2 connector (cloud-hosted without a Terraform resource, or self-hosted)",
    ],
    caveats: [
      "the newest group.go could not be read: whether group Grant checks the group type is UNVERIFIED; no query in queries.go @3b7fea4f fetches it, so the model offers every group",
      "which code version matches the role-provisioning release notes (2025-09-12, 2026-06-12) is UNVERIFIED",
      ...COMMON_CAVEATS,
    ],
  },
};

/** What a user is shown as: the id of the one role the connector grants, or null for none (§5). */
export function roleGrantOf(model: ConnectorModel, user: { role: string; isAdmin: boolean }): string | null {
  if (model.roleSource === "isAdmin") return user.isAdmin ? ADMIN.id : MEMBER.id;
  // strings.EqualFold on enum names: ASCII letters and "_", so a case-insensitive compare is the same test.
  const role = user.role.toUpperCase();
  return model.roles.find((r) => r.twingateRole === role)?.id ?? null;
}

/** Requests of one connector sync, by kind (no retries: the connector has none, §1). */
export interface ConnectorSyncRequests {
  /** Validate: the users query with `first: 1`. */
  validate: number;
  /** The user syncer's pages of the users list. */
  userPages: number;
  /** Role grants: the whole users list again, once per role (§4). */
  roleGrantPages: number;
  /** The group syncer's pages of the groups list. */
  groupPages: number;
  /** One `getGroup` per group for its members (§4). */
  groupMemberReads: number;
  total: number;
}

export function connectorSyncRequests(model: ConnectorModel, users: number, groups: number): ConnectorSyncRequests {
  const userPages = pagesFor(users, model.listPageSize);
  const parts = {
    validate: 1,
    userPages,
    roleGrantPages: model.roles.length * userPages,
    groupPages: pagesFor(groups, model.listPageSize),
    groupMemberReads: groups,
  };
  return { ...parts, total: parts.validate + parts.userPages + parts.roleGrantPages + parts.groupPages + parts.groupMemberReads };
}

import { neutralise, quoted, UntrustedText } from "../../untrusted-text";
import { larger, settingFix } from "../settings";
import type { Finding, FindingCode } from "../types";
import type { PreviewTally } from "./tally";
import type { RequestedGroupMatch, RequestedGroupsCheck, SyncPreviewEstimate, UnknownValue } from "./types";

/**
 * Findings of a sync preview, each with a stable code. Errors fail `c1-twingate preview`
 * (exit 1): a named provisioning target that ConductorOne cannot provision into, or an API
 * failure. Warnings point at data that will sync but deserves a look.
 */
export const PREVIEW_CODES = {
  adminUsers: "PREVIEW_ADMIN_USERS",
  privilegedUsers: "PREVIEW_PRIVILEGED_USERS",
  inactivePrivileged: "PREVIEW_INACTIVE_PRIVILEGED_USERS",
  inactiveMembers: "PREVIEW_INACTIVE_GROUP_MEMBERS",
  emptyGroups: "PREVIEW_EMPTY_GROUPS",
  noProvisionable: "PREVIEW_NO_PROVISIONABLE_GROUPS",
  targetNotFound: "PREVIEW_TARGET_NOT_FOUND",
  targetNotManual: "PREVIEW_TARGET_NOT_MANUAL",
  targetInactive: "PREVIEW_TARGET_INACTIVE",
  targetAmbiguous: "PREVIEW_TARGET_AMBIGUOUS",
  targetUnverified: "PREVIEW_TARGET_UNVERIFIED",
  countMismatch: "PREVIEW_COUNT_MISMATCH",
  incomplete: "PREVIEW_INCOMPLETE",
  unknownValues: "PREVIEW_UNKNOWN_VALUES",
  // What ConductorOne will show differs from Twingate (connector-findings.ts).
  connectorMembersNotSeen: "PREVIEW_CONNECTOR_MEMBERS_NOT_SEEN",
  connectorNoRoleGrant: "PREVIEW_CONNECTOR_NO_ROLE_GRANT",
  connectorRoleShownAsOther: "PREVIEW_CONNECTOR_ROLE_SHOWN_AS_OTHER",
  connectorInactiveShownEnabled: "PREVIEW_CONNECTOR_INACTIVE_SHOWN_ENABLED",
  connectorProvisioningRefused: "PREVIEW_CONNECTOR_PROVISIONING_REFUSED",
  connectorSharedNames: "PREVIEW_CONNECTOR_SHARED_GROUP_NAMES",
  connectorRateLimitRisk: "PREVIEW_CONNECTOR_RATE_LIMIT_RISK",
  connectorNoProvisioning: "PREVIEW_CONNECTOR_NO_PROVISIONING",
  connectorQueryRefused: "PREVIEW_CONNECTOR_QUERY_REFUSED",
} as const;

const OTHER_PRIVILEGED = ["DEVOPS", "SUPPORT", "ACCESS_REVIEWER"] as const;

function list(items: readonly (string | UntrustedText)[], total: number): string {
  const shown = items.map(quoted).join(", ");
  return total > items.length ? `${shown} and ${total - items.length} more` : shown;
}

export function formatDuration(ms: number): string {
  if (ms < 10_000 && ms % 1000 !== 0) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 90) return `${m} min`;
  return `${(m / 60).toFixed(1)} h`;
}

export function roleFindings(tally: PreviewTally): Finding[] {
  const out: Finding[] = [];
  const admins = tally.byRole.ADMIN ?? 0;
  if (admins > 0) {
    out.push({
      code: PREVIEW_CODES.adminUsers,
      severity: "info",
      message: `${admins} user(s) hold the ADMIN role in Twingate, which gives full control of the Twingate network`,
      fix: "Review ADMIN holders first in access reviews; demote users who do not need the role (Twingate admin console → Team → Users → Role)",
      subject: "tenant",
    });
  }
  const others = OTHER_PRIVILEGED.map((r) => [r, tally.byRole[r] ?? 0] as const).filter(([, n]) => n > 0);
  if (others.length > 0) {
    out.push({
      code: PREVIEW_CODES.privilegedUsers,
      severity: "info",
      message: `users hold other privileged Twingate roles: ${others.map(([r, n]) => `${r} ${n}`).join(", ")}`,
      fix: "Include these roles in access reviews; how ConductorOne shows them depends on its connector (see the connector view)",
      subject: "tenant",
    });
  }
  const inactive = Object.entries(tally.inactivePrivileged).filter(([, n]) => n > 0);
  if (inactive.length > 0) {
    const total = inactive.reduce((sum, [, n]) => sum + n, 0);
    out.push({
      code: PREVIEW_CODES.inactivePrivileged,
      severity: "warning",
      message: `${total} privileged user(s) are PENDING or DISABLED yet keep their role: ${inactive.map(([r, n]) => `${r} ${n}`).join(", ")}`,
      fix: "Demote or delete these users in the Twingate admin console (Team → Users) so the synced role grants reflect real access",
      subject: "tenant",
    });
  }
  return out;
}

export function groupFindings(tally: PreviewTally): Finding[] {
  const out: Finding[] = [];
  const inactive = tally.inactiveMembers();
  if (inactive.pending + inactive.disabled > 0) {
    out.push({
      code: PREVIEW_CODES.inactiveMembers,
      severity: "warning",
      message:
        `${inactive.pending} PENDING and ${inactive.disabled} DISABLED user(s) are still members of groups ` +
        `(${inactive.memberships} membership(s) in ${tally.groupsWithInactiveCount} group(s), e.g. ${list(tally.groupsWithInactiveMembers, tally.groupsWithInactiveCount)}); ` +
        `memberships of users who cannot sign in, kept in Twingate`,
      fix: "Remove disabled users from their groups (or delete them) and ask pending users to accept their invitation, in the Twingate admin console",
      subject: "tenant",
    });
  }
  if (tally.emptyGroups > 0) {
    out.push({
      code: PREVIEW_CODES.emptyGroups,
      severity: "info",
      message: `${tally.emptyGroups} group(s) have no members: ${list(tally.emptyExamples, tally.emptyGroups)}`,
      fix: "Delete groups nobody uses, or expect them to appear empty in ConductorOne",
      subject: "tenant",
    });
  }
  return out;
}

export function provisionableFinding(tally: PreviewTally, complete: boolean): Finding[] {
  if (!complete || tally.provisionable.length > 0) return [];
  return [
    {
      code: PREVIEW_CODES.noProvisionable,
      severity: "warning",
      message: `no active MANUAL group exists (groups by type: ${Object.entries(tally.groupsByType).map(([t, n]) => `${t} ${n}`).join(", ")}); ConductorOne can only provision membership in locally created groups`,
      fix: "Create a group in the Twingate admin console (Team → Groups → Add Group) for ConductorOne to provision into",
      subject: "tenant",
    },
  ];
}

/** Names listed in one target finding, and the characters shown of each (a name is the tenant's text, of any length). */
const TARGETS_LISTED = 10;
const TARGET_NAME_CHARS = 60;

/** Target names as a message lists them: quoted, each cut to {@link TARGET_NAME_CHARS}, at most {@link TARGETS_LISTED}. */
export function targetList(names: readonly (string | UntrustedText)[]): string {
  const shown = names.slice(0, TARGETS_LISTED).map((n) => `"${neutralise(n instanceof UntrustedText ? n.value : n, TARGET_NAME_CHARS)}"`);
  return names.length > TARGETS_LISTED ? `${shown.join(", ")} and ${names.length - TARGETS_LISTED} more` : shown.join(", ");
}

/** One finding for a kind of target problem, however many groups have it (300 missing groups are one error). */
function targetFinding<T>(
  code: FindingCode,
  items: readonly T[],
  text: { one: (item: T) => string; many: (n: number, list: string) => string; name: (item: T) => string | UntrustedText; fix: string },
): Finding[] {
  const [first] = items;
  if (first === undefined) return [];
  return [
    {
      code,
      severity: "error",
      message: items.length === 1 ? text.one(first) : text.many(items.length, targetList(items.map(text.name))),
      fix: text.fix,
      subject: "tenant",
    },
  ];
}

/**
 * The verdict on the named provisioning targets: one error finding per kind of problem (and per
 * group type for non-MANUAL targets, whose fixes differ), each naming its groups, shortened.
 * `budgetSeconds`: the time budget in force, for a fix that suggests a larger one.
 */
export function targetFindings(check: RequestedGroupsCheck | null, ambiguous: Array<{ input: string; count: number }>, budgetSeconds: number): Finding[] {
  if (check === null) return [];
  const withId = (g: RequestedGroupMatch): string => `${targetList([g.name])} (${g.id.shown(TARGET_NAME_CHARS)})`;
  const system = check.notManual.filter((g) => g.type.value === "SYSTEM");
  const synced = check.notManual.filter((g) => g.type.value !== "SYSTEM");
  const out: Finding[] = [
    ...targetFinding(PREVIEW_CODES.targetNotFound, check.missing, {
      one: (input) => `provisioning target group ${targetList([input])} does not exist in the network (no group has that name or ID)`,
      many: (n, list) => `${n} provisioning target groups do not exist in the network (no group has those names or IDs): ${list}`,
      name: (input) => input,
      fix: "Check the spelling (names are case-sensitive) or create the groups in the Twingate admin console (Team → Groups)",
    }),
    ...targetFinding(PREVIEW_CODES.targetNotManual, system, {
      one: (g) => `provisioning target group ${withId(g)} is a SYSTEM group managed by Twingate (Everyone holds every user); ConductorOne can only add members to MANUAL groups`,
      many: (n, list) => `${n} provisioning target groups are SYSTEM groups managed by Twingate: ${list}; ConductorOne can only add members to MANUAL groups`,
      name: (g) => g.name,
      fix: "Name a MANUAL group created in the Twingate admin console as the target",
    }),
    ...targetFinding(PREVIEW_CODES.targetNotManual, synced, {
      one: (g) => `provisioning target group ${withId(g)} is a SYNCED group managed by the identity provider; ConductorOne can only add members to MANUAL groups`,
      many: (n, list) => `${n} provisioning target groups are SYNCED groups managed by the identity provider: ${list}; ConductorOne can only add members to MANUAL groups`,
      name: (g) => g.name,
      fix: "Provision this access in the identity provider instead, or name a MANUAL group created in Twingate as the target",
    }),
    ...targetFinding(PREVIEW_CODES.targetInactive, check.inactive, {
      one: (g) => `provisioning target group ${withId(g)} is inactive: members added to it get no access`,
      many: (n, list) => `${n} provisioning target groups are inactive, so members added to them get no access: ${list}`,
      name: (g) => g.name,
      fix: "Activate the groups in the Twingate admin console (Team → Groups → the group → Active) or name other groups",
    }),
    // An error: no check can tell which group is meant, so the CLI fails like the plan does.
    ...targetFinding(PREVIEW_CODES.targetAmbiguous, ambiguous, {
      one: (a) => `${a.count} groups are named ${targetList([a.input])}; ConductorOne shows both and a grant by name may pick the wrong one`,
      many: (n, list) => `${n} provisioning target names are each carried by several groups: ${list}; ConductorOne shows all of them and a grant by name may pick the wrong one`,
      name: (a) => a.input,
      fix: "Rename the duplicates in the Twingate admin console, or name the target by its group ID",
    }),
  ];
  if (check.unverified.length > 0) {
    out.push({
      code: PREVIEW_CODES.targetUnverified,
      severity: "error",
      message: `provisioning target group(s) ${targetList(check.unverified)} were not reached before the preview stopped, so they are not verified`,
      ...settingFix("Run it again with {timeBudget} so the preview reads every group", { timeBudget: larger(budgetSeconds) }),
      subject: "groups",
    });
  }
  return out;
}

export function mismatchFindings(tally: PreviewTally): Finding[] {
  return tally.mismatches.slice(0, 5).map((m) => ({
    code: PREVIEW_CODES.countMismatch,
    severity: "warning" as const,
    message: `the API reported ${m.reported} ${m.what} but paging returned ${m.counted}: the tenant changed during the preview, or the API pages inconsistently`,
    fix: "Run the preview again; if the numbers still differ, report it to Twingate support with this message",
    subject: "tenant" as const,
  }));
}

export interface IncompleteContext {
  /** The time budget in force, in ms. */
  budgetMs: number;
  estimate: SyncPreviewEstimate;
  /** The estimate is a lower bound (totals were not known yet). */
  atLeast: boolean;
  /** Partial results were accepted: the finding is a warning. */
  allowPartial: boolean;
  /** No response was folded in: there is nothing to show, whatever the setting. */
  readNothing: boolean;
  /** What was going on when the budget ran out. */
  during: string;
}

/**
 * The preview stopped at its time budget. An error unless partial results were allowed (and
 * something was read); the fix suggests a budget larger than the one in force, named by each
 * surface in its own terms (settings.ts), and the opt-in to partial results.
 */
export function incompleteFinding(tally: PreviewTally, c: IncompleteContext): Finding {
  const usersOf = tally.usersReported === null ? `${tally.usersSeen}` : `${tally.usersSeen} of ${tally.usersReported}`;
  const groupsOf = tally.groupsReported === null ? `${tally.groupsSeen}` : `${tally.groupsSeen} of ${tally.groupsReported}`;
  const about = c.atLeast ? "at least " : "about ";
  const budgetSeconds = Math.ceil(c.budgetMs / 1000);
  const suggested = larger(budgetSeconds, (c.estimate.totalMs * 1.2) / 1000);
  const what = c.readNothing
    ? `the preview read nothing within its time budget of ${formatDuration(c.budgetMs)} (it ran out ${c.during})`
    : `the preview stopped at its time budget of ${formatDuration(c.budgetMs)} (it ran out ${c.during}) with partial counts (users ${usersOf}, groups ${groupsOf}, ${tally.memberships} memberships)`;
  const estimate =
    c.estimate.remainingRequests > 0
      ? `; a full preview needs ${about}${c.estimate.remainingRequests} more request(s), ${about}${formatDuration(c.estimate.totalMs)} in all at the current rate limit`
      : "";
  const severity = c.allowPartial && !c.readNothing ? "warning" : "error";
  const template =
    severity === "error" && !c.readNothing
      ? "Run it again with {timeBudget}, outside peak hours (it shares the network's API rate limit with ConductorOne), or accept partial counts with {allowPartial}"
      : "Run it again with {timeBudget}, outside peak hours: it shares the network's API rate limit with ConductorOne";
  return {
    code: PREVIEW_CODES.incomplete,
    severity,
    message: `${what}${estimate}`,
    ...settingFix(template, { timeBudget: suggested, ...(template.includes("{allowPartial}") ? { allowPartial: true as const } : {}) }),
    subject: "tenant",
  };
}

const FIELD_NOUN: Record<UnknownValue["field"], string> = { role: "user", state: "user", "user type": "user", "group type": "group" };

/** Enum values this version does not know: counted, never a failed read, and named here. */
export function unknownValuesFinding(values: readonly UnknownValue[]): Finding[] {
  if (values.length === 0) return [];
  const shown = values.slice(0, 8).map((v) => `${v.field} ${quoted(v.value.shown(64))} (${v.count} ${FIELD_NOUN[v.field]}(s))`);
  const rest = values.length > shown.length ? ` and ${values.length - shown.length} more` : "";
  return [
    {
      code: PREVIEW_CODES.unknownValues,
      severity: "warning",
      message: `Twingate returned values this version does not know: ${shown.join(", ")}${rest}; they are counted under their own names`,
      fix:
        "Update cdktf-twingate-conductorone; until then, check how ConductorOne's connector maps these values " +
        "(a user whose role is outside its list gets no role grant)",
      subject: "tenant",
    },
  ];
}

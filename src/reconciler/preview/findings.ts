import type { Finding } from "../types";
import type { PreviewTally } from "./tally";
import type { RequestedGroupsCheck, SyncPreviewEstimate } from "./types";

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
} as const;

const OTHER_PRIVILEGED = ["DEVOPS", "SUPPORT", "ACCESS_REVIEWER"] as const;

function list(items: readonly string[], total: number): string {
  const shown = items.map((i) => JSON.stringify(i)).join(", ");
  return total > items.length ? `${shown} and ${total - items.length} more` : shown;
}

export function formatDuration(ms: number): string {
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
      message: `${admins} user(s) hold the ADMIN role; ConductorOne will sync ${admins} ADMIN role grant(s), which give full control of the Twingate network`,
      fix: "Review ADMIN grants first in ConductorOne access reviews; demote users who do not need them (Twingate admin console → Team → Users → Role)",
      subject: "tenant",
    });
  }
  const others = OTHER_PRIVILEGED.map((r) => [r, tally.byRole[r] ?? 0] as const).filter(([, n]) => n > 0);
  if (others.length > 0) {
    out.push({
      code: PREVIEW_CODES.privilegedUsers,
      severity: "info",
      message: `other privileged roles will sync as role grants: ${others.map(([r, n]) => `${r} ${n}`).join(", ")}`,
      fix: "Include these roles in access reviews; ConductorOne revokes a role by demoting the user to MEMBER",
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
        `ConductorOne will show these memberships as granted access`,
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

export function targetFindings(check: RequestedGroupsCheck | null, ambiguous: Array<{ input: string; count: number }>): Finding[] {
  if (check === null) return [];
  const out: Finding[] = [];
  for (const input of check.missing) {
    out.push({
      code: PREVIEW_CODES.targetNotFound,
      severity: "error",
      message: `provisioning target group ${JSON.stringify(input)} does not exist in the network (no group has that name or ID)`,
      fix: "Check the spelling (names are case-sensitive) or create the group in the Twingate admin console (Team → Groups)",
      subject: "tenant",
    });
  }
  for (const g of check.notManual) {
    const why =
      g.type === "SYSTEM"
        ? "a SYSTEM group managed by Twingate (Everyone holds every user)"
        : "a SYNCED group managed by the identity provider";
    out.push({
      code: PREVIEW_CODES.targetNotManual,
      severity: "error",
      message: `provisioning target group ${JSON.stringify(g.name)} (${g.id}) is ${why}; ConductorOne can only add members to MANUAL groups`,
      fix: g.type === "SYNCED"
        ? "Provision this access in the identity provider instead, or name a MANUAL group created in Twingate as the target"
        : "Name a MANUAL group created in the Twingate admin console as the target",
      subject: "tenant",
    });
  }
  for (const g of check.inactive) {
    out.push({
      code: PREVIEW_CODES.targetInactive,
      severity: "error",
      message: `provisioning target group ${JSON.stringify(g.name)} (${g.id}) is inactive: members added to it get no access`,
      fix: "Activate the group in the Twingate admin console (Team → Groups → the group → Active) or name another group",
      subject: "tenant",
    });
  }
  for (const a of ambiguous) {
    out.push({
      code: PREVIEW_CODES.targetAmbiguous,
      // An error: no check can tell which group is meant, so the CLI fails like the plan does.
      severity: "error",
      message: `${a.count} groups are named ${JSON.stringify(a.input)}; ConductorOne shows both and a grant by name may pick the wrong one`,
      fix: "Rename the duplicates in the Twingate admin console, or name the target by its group ID",
      subject: "tenant",
    });
  }
  if (check.unverified.length > 0) {
    out.push({
      code: PREVIEW_CODES.targetUnverified,
      severity: "error",
      message: `provisioning target group(s) ${list(check.unverified, check.unverified.length)} were not reached before the preview stopped, so they are not verified`,
      fix: "Raise --time-budget so the preview reads every group, then run it again",
      subject: "tenant",
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

export function incompleteFinding(tally: PreviewTally, budgetMs: number, estimate: SyncPreviewEstimate, atLeast: boolean): Finding {
  const usersOf = tally.usersReported === null ? `${tally.usersSeen}` : `${tally.usersSeen} of ${tally.usersReported}`;
  const groupsOf = tally.groupsReported === null ? `${tally.groupsSeen}` : `${tally.groupsSeen} of ${tally.groupsReported}`;
  const total = `${atLeast ? "at least " : "about "}${formatDuration(estimate.totalMs)}`;
  return {
    code: PREVIEW_CODES.incomplete,
    severity: "warning",
    message:
      `the preview stopped at its time budget of ${formatDuration(budgetMs)} with partial counts (users ${usersOf}, groups ${groupsOf}, ` +
      `${tally.memberships} memberships); a full preview needs ${atLeast ? "at least " : "about "}${estimate.remainingRequests} more request(s), ` +
      `${total} in all at the current rate limit`,
    fix: `Raise the budget (--time-budget ${Math.ceil((estimate.totalMs * 1.2) / 1000)}) and run it again, outside peak hours: it shares the network's API rate limit with ConductorOne`,
    subject: "tenant",
  };
}

import type { AttributePath, Diagnostics } from "../tfplugin";
import { PREVIEW_CODES } from "../reconciler/preview/findings";
import type { RequestedGroupMatch, RequestedGroupsCheck } from "../reconciler/preview/types";
import type { SettingNames } from "../reconciler/settings";
import type { Finding } from "../reconciler/types";
import type { UntrustedText } from "../untrusted-text";
import { DESTROY_WAY_OUT, fixesOf } from "./finding-diagnostics";

/**
 * The verdict on the provisioning targets named in a sync preview's `groups`, as diagnostics:
 * one per kind of problem however many groups have it, on `groups[i]` when it is about one
 * group, and with every name shortened (a name is the tenant's text, of any length). The fix
 * texts are the reconciler's (one source for the CLI and the provider), with our settings named
 * in the data source's terms (`settingNames`).
 */

/** Target codes reported here; the sync preview reports every other finding generically. */
export const TARGET_CODES: ReadonlySet<string> = new Set([
  PREVIEW_CODES.targetNotFound,
  PREVIEW_CODES.targetNotManual,
  PREVIEW_CODES.targetInactive,
  PREVIEW_CODES.targetAmbiguous,
  PREVIEW_CODES.targetUnverified,
]);

const LISTED = 10;
const MAX_NAME = 60;

/** A group name or ID as shown in a message: quoted, escaped, and cut when long. */
export function shownName(given: string | UntrustedText): string {
  // Server text (redacted at entry) is quoted with JSON escapes; the framework neutralises every diagnostic again.
  const name = typeof given === "string" ? given : given.value;
  if (name.length <= MAX_NAME) return JSON.stringify(name);
  return `${JSON.stringify(name.slice(0, MAX_NAME - 20))}… (${name.length} characters)`;
}

function listed(items: readonly string[]): string {
  const shown = items.slice(0, LISTED).join(", ");
  return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown;
}

/** Requested names that match more than one group, with the groups they match. */
export function ambiguousTargets(check: RequestedGroupsCheck | null): Map<string, RequestedGroupMatch[]> {
  const byInput = new Map<string, RequestedGroupMatch[]>();
  for (const match of check?.found ?? []) byInput.set(match.input, [...(byInput.get(match.input) ?? []), match]);
  return new Map([...byInput].filter(([, matches]) => matches.length > 1));
}

interface Problem {
  input: string;
  /** How the group is shown in a list, e.g. `"Contractors" (SYNCED)`. */
  text: string;
}

interface Kind {
  code: string;
  severity: "error" | "warning";
  problems: Problem[];
  one: (p: Problem) => string;
  many: (n: number) => string;
}

export function reportTargets(
  check: RequestedGroupsCheck | null,
  requested: readonly string[] | null,
  findings: readonly Finding[],
  diag: Diagnostics,
  context: string,
  settingNames: SettingNames,
): void {
  if (!check) return;
  const typed = (g: RequestedGroupMatch): Problem => ({ input: g.input, text: `${shownName(g.name)} (${g.type}, ${g.id})` });
  const kinds: Kind[] = [
    {
      code: PREVIEW_CODES.targetAmbiguous,
      // ConductorOne shows every group of that name, and a grant by name may land in the wrong one: never plan with it.
      severity: "error",
      problems: [...ambiguousTargets(check)].map(([input, matches]) => ({
        input,
        text: `${shownName(input)} (${matches.map((m) => `${m.type} ${m.id}`).join(", ")})`,
      })),
      one: (p) => `provisioning target ${p.text} names more than one group, so which group ConductorOne provisions into is ambiguous`,
      many: (n) => `${n} provisioning targets name more than one group each, so which group ConductorOne provisions into is ambiguous`,
    },
    {
      code: PREVIEW_CODES.targetNotFound,
      severity: "warning",
      problems: check.missing.map((input) => ({ input, text: shownName(input) })),
      one: (p) => `provisioning target group ${p.text} does not exist in the network (no group has that name or ID)`,
      many: (n) => `${n} provisioning target groups do not exist in the network (no group has those names or IDs)`,
    },
    {
      code: PREVIEW_CODES.targetNotManual,
      severity: "warning",
      problems: check.notManual.map(typed),
      one: (p) => `provisioning target group ${p.text} is not a MANUAL group: ConductorOne can only add members to MANUAL groups`,
      many: (n) => `${n} provisioning target groups are not MANUAL groups, and ConductorOne can only add members to MANUAL groups`,
    },
    {
      code: PREVIEW_CODES.targetInactive,
      severity: "warning",
      problems: check.inactive.map(typed),
      one: (p) => `provisioning target group ${p.text} is inactive: members added to it get no access`,
      many: (n) => `${n} provisioning target groups are inactive, so members added to them get no access`,
    },
    {
      code: PREVIEW_CODES.targetUnverified,
      severity: "warning",
      problems: check.unverified.map((input) => ({ input, text: shownName(input) })),
      one: (p) => `provisioning target group ${p.text} was not reached before the preview stopped, so it is not verified`,
      many: (n) => `${n} provisioning target groups were not reached before the preview stopped, so they are not verified`,
    },
  ];
  for (const kind of kinds) {
    // A name matching several groups is reported once, as ambiguous, not again per group.
    const problems = kind.code === PREVIEW_CODES.targetAmbiguous ? kind.problems : kind.problems.filter((p) => !ambiguousTargets(check).has(p.input));
    const [first] = problems;
    if (!first) continue;
    const summary = `${context}: ${problems.length === 1 ? kind.one(first) : kind.many(problems.length)}`;
    const lines = problems.length === 1 ? [] : [`The groups: ${listed(problems.map((p) => p.text))}.`];
    for (const fix of fixesOf(findings.filter((f) => f.code === kind.code), settingNames)) lines.push(`To fix: ${fix.replace(/\.$/, "")}.`);
    if (kind.severity === "error") lines.push(DESTROY_WAY_OUT);
    lines.push(`(${kind.code})`);
    const path = problems.length === 1 ? pathOf(first.input, requested) : (["groups"] as AttributePath);
    if (kind.severity === "error") diag.error(summary, lines.join("\n"), path);
    else diag.warn(summary, lines.join("\n"), path);
  }
}

/** `groups[i]` of the first element that names the input (the reconciler trims what it is given). */
function pathOf(input: string, requested: readonly string[] | null): AttributePath {
  const index = (requested ?? []).findIndex((r) => r.trim() === input);
  return index >= 0 ? ["groups", index] : ["groups"];
}

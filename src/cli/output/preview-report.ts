import { formatDuration } from "../../reconciler/preview";
import type { Counts, SyncPreviewResult } from "../../reconciler/preview";
import { textTable, type Cell } from "./preview-table";
import { guardLines, UntrustedText } from "../../untrusted-text";
import { renderFindings } from "./findings";
import { MARK, type Style } from "./style";
import { basisLine, connectorSection } from "./preview-connector";
import { NOTHING_READ } from "./preview-markdown";

/** Human-readable report of a sync preview: tables of counts, targets, then findings with their fixes. */

const MAX_GROUP_ROWS = 15;
const MAX_ENTITLEMENT_ROWS = 15;

function row(counts: Counts): { keys: string[]; values: number[] } {
  return { keys: Object.keys(counts), values: Object.values(counts) };
}

function ofTotal(seen: number, reported: number | null): string | number {
  return reported !== null && reported !== seen ? `${seen} of ${reported}` : seen;
}

/** "What ConductorOne will show": the connector view next to Twingate's counts. */
function connectorLines(result: SyncPreviewResult, view: NonNullable<SyncPreviewResult["connectorView"]>, style: Style): string[] {
  const section = connectorSection(result, view, MAX_ENTITLEMENT_ROWS);
  const lines = [style.bold(section.title), `  ${basisLine(view)}`, ""];
  lines.push(...textTable(section.comparison.header, section.comparison.rows), "");
  lines.push(...textTable(section.entitlements.header, section.entitlements.rows));
  if (section.entitlements.rest > 0) lines.push(`  … and ${section.entitlements.rest} more group entitlement(s) (see --json)`);
  if (section.roleMapping) lines.push("", ...textTable(section.roleMapping.header, section.roleMapping.rows));
  return lines;
}

/** What Twingate holds, counted: the summary table and the users and groups by kind. */
function countLines(result: SyncPreviewResult): string[] {
  const lines: string[] = [];
  const u = result.users;
  const g = result.groups;
  lines.push(
    ...textTable(
      ["", "count"],
      [
        ["users", ofTotal(u.total, u.reported)],
        ["groups", ofTotal(g.total, g.reported)],
        ["group memberships", result.memberships],
        ["role grants", Object.values(result.roleGrants).reduce((a, b) => a + b, 0)],
        ["provisionable groups", g.provisionable.length],
      ],
    ),
  );
  lines.push("");
  for (const [title, counts] of [
    ["users by role", result.roleGrants],
    ["users by state", u.byState],
    ["users by type", u.byType],
    ["groups by type", { ...g.byType, active: g.active, inactive: g.inactive, empty: g.empty }],
  ] as const) {
    const r = row(counts);
    lines.push(...textTable([title, ...r.keys], [["", ...r.values]]));
  }
  return lines;
}

export function renderPreviewReport(result: SyncPreviewResult, style: Style): string {
  const lines: string[] = [];
  const where = result.network ? `${result.network.label} (${result.endpoint ?? result.network.input})` : "(no network)";
  lines.push(style.bold(`ConductorOne sync preview for Twingate network ${where}`));
  if (!result.complete && result.stoppedReason === "time-budget") lines.push(style.warn(`${MARK.warning} partial counts: the time budget ran out`));
  if (!result.complete && result.stoppedReason === "api-error") lines.push(style.fail(`${MARK.failed} partial counts: an API error stopped the preview`));
  lines.push("");
  const g = result.groups;
  // Nothing read is not an empty tenant: no tables of zeros.
  if (result.pagesRead === 0) lines.push(NOTHING_READ);
  else lines.push(...countLines(result));
  if (result.connectorView) lines.push("", ...connectorLines(result, result.connectorView, style));
  if (result.requestedGroups) {
    const r = result.requestedGroups;
    lines.push("", style.bold("provisioning targets"));
    const rows: Cell[][] = r.found.map((f) => [
      f.name,
      f.type,
      f.isActive ? "active" : "inactive",
      f.members,
      f.type.value === "MANUAL" && f.isActive ? style.ok(`${MARK.passed} provisionable`) : style.fail(`${MARK.failed} not provisionable`),
    ]);
    for (const m of r.missing) rows.push([UntrustedText.of(m), "-", "-", "-", style.fail(`${MARK.failed} not found`)]);
    for (const m of r.unverified) rows.push([UntrustedText.of(m), "-", "-", "-", style.warn(`${MARK.warning} not reached`)]);
    lines.push(...textTable(["group", "type", "state", "members", "verdict"], rows));
  }
  if (g.provisionable.length > 0) {
    const shown = [...g.provisionable].sort((a, b) => b.members - a.members).slice(0, MAX_GROUP_ROWS);
    lines.push("", style.bold(`provisionable groups (MANUAL, active): ${g.provisionable.length}${g.provisionable.length > shown.length ? `, largest ${shown.length} shown` : ""}`));
    lines.push(...textTable(["group", "members"], shown.map((p) => [p.name, p.members])));
  }
  const findings = result.findings;
  if (findings.length > 0) lines.push("");
  lines.push(...renderFindings(findings, style));
  lines.push("");
  const errors = findings.filter((f) => f.severity === "error").length;
  const summary =
    `${result.requests} request(s) (lower bound ${result.lowerBound} at page size ${result.pageSize}) in ${formatDuration(result.durationMs)}`;
  lines.push(errors > 0 ? style.fail(`${MARK.failed} ${errors} error finding(s) — ${summary}`) : style.ok(`${MARK.passed} preview ${result.complete ? "complete" : "partial"} — ${summary}`));
  return guardLines(lines.join("\n") + "\n");
}

import { formatDuration } from "../../reconciler/preview";
import type { Counts, SyncPreviewResult } from "../../reconciler/preview";
import { guardLines, UntrustedText } from "../../untrusted-text";
import { mdFindings, mdTable, mdText } from "../github/markdown";
import { connectorSection, type ConnectorCell } from "./preview-connector";

/** Markdown of a sync preview: for a PR comment (`--markdown`) and the GitHub job summary. */

const MAX_GROUP_ROWS = 25;
const MAX_ENTITLEMENT_ROWS = 30;

function cells(rows: ConnectorCell[][]): Array<Array<string | number>> {
  return rows.map((r) => r.map((c) => (typeof c === "number" ? c : mdText(c))));
}

/** "What ConductorOne will show": the connector view next to Twingate's counts, for a PR reviewer. */
function connectorMarkdown(result: SyncPreviewResult, view: NonNullable<SyncPreviewResult["connectorView"]>): string[] {
  const section = connectorSection(result, view, MAX_ENTITLEMENT_ROWS);
  const out = [
    `#### ${section.title}`,
    "",
    `Modelled connector: **${mdText(view.version)}**, ${mdText(view.basis.runsBehind)} — ${mdText(view.basis.summary)}`,
    "",
  ];
  out.push(mdTable(section.comparison.header, cells(section.comparison.rows)), "");
  out.push(`<details><summary>Entitlements ConductorOne will show (${view.entitlements.length})</summary>`, "");
  out.push(mdTable(section.entitlements.header, cells(section.entitlements.rows), ["l", "r", "r", "l"]));
  if (section.entitlements.rest > 0) out.push("", `… and ${section.entitlements.rest} more group entitlement(s)`);
  out.push("", "</details>", "");
  if (section.roleMapping) {
    out.push("<details><summary>Twingate roles as ConductorOne shows them</summary>", "");
    out.push(mdTable(section.roleMapping.header, cells(section.roleMapping.rows), ["l", "l", "l", "r"]), "", "</details>", "");
  }
  out.push("<details><summary>How this is modelled (sources, what is inferred)</summary>", "");
  out.push(...view.basis.sources.map((s) => `- ${mdText(s)}`), ...view.basis.caveats.map((c) => `- ${mdText(c)}`), "", "</details>", "");
  return out;
}

function countsRows(counts: Counts): Array<[string, number]> {
  return Object.entries(counts).map(([k, n]) => [mdText(k), n]);
}

function status(result: SyncPreviewResult): string {
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.filter((f) => f.severity === "warning").length;
  if (errors > 0) return `❌ ${errors} error(s), ${warnings} warning(s)`;
  if (!result.complete) return `⚠️ incomplete, ${warnings} warning(s)`;
  return warnings > 0 ? `⚠️ ${warnings} warning(s)` : "✅ no problems";
}

/** Said instead of counts when nothing was read (the first request failed): they would all be zero. */
export const NOTHING_READ = "Nothing was read from Twingate, so there are no counts: see the findings below.";

/** What Twingate holds, counted: the summary table and the users and groups by kind. */
function countsMarkdown(result: SyncPreviewResult): string[] {
  const out: string[] = [];
  const u = result.users;
  const g = result.groups;
  out.push(
    mdTable(
      ["What Twingate holds (every page read)", "Count"],
      [
        ["Users", u.reported !== null && u.reported !== u.total ? `${u.total} of ${u.reported}` : u.total],
        ["Groups", g.reported !== null && g.reported !== g.total ? `${g.total} of ${g.reported}` : g.total],
        ["Group memberships", result.memberships],
        ["Role grants", Object.values(result.roleGrants).reduce((a, b) => a + b, 0)],
        ["Provisionable groups (MANUAL, active)", g.provisionable.length],
      ],
      ["l", "r"],
    ),
  );
  out.push("");
  out.push("<details><summary>Users and groups by kind</summary>", "");
  out.push(mdTable(["Twingate role", "Users"], countsRows(result.roleGrants), ["l", "r"]), "");
  out.push(mdTable(["User state", "Users"], countsRows(u.byState), ["l", "r"]), "");
  out.push(mdTable(["User type", "Users"], countsRows(u.byType), ["l", "r"]), "");
  out.push(
    mdTable(
      ["Group type", "Groups"],
      [...countsRows(g.byType), ["active", g.active], ["inactive", g.inactive], ["empty", g.empty]],
      ["l", "r"],
    ),
  );
  out.push("", "</details>", "");
  return out;
}

export function renderPreviewMarkdown(result: SyncPreviewResult): string {
  const where = result.network ? `\`${mdText(result.network.label)}\`` : "(no network)";
  const out: string[] = [];
  out.push(`### ConductorOne sync preview for Twingate network ${where}`);
  out.push("");
  out.push(`**${status(result)}** · ${result.complete ? "complete" : "**partial counts**"} · ${result.requests} request(s) (lower bound ${result.lowerBound} at page size ${result.pageSize}) in ${formatDuration(result.durationMs)}`);
  out.push("");
  const g = result.groups;
  // Nothing read is not an empty tenant: no table of zeros.
  if (result.pagesRead === 0) out.push(NOTHING_READ, "");
  else out.push(...countsMarkdown(result));
  if (result.connectorView) out.push(...connectorMarkdown(result, result.connectorView));
  if (result.requestedGroups) {
    const r = result.requestedGroups;
    const rows: Array<[string, string, string, number | string]> = r.found.map((f) => [
      mdText(f.input),
      mdText(f.type),
      f.type.value === "MANUAL" && f.isActive ? "✅ provisionable" : f.type.value !== "MANUAL" ? "❌ not MANUAL" : "❌ inactive",
      f.members,
    ]);
    for (const m of r.missing) rows.push([mdText(UntrustedText.of(m)), "—", "❌ not found", "—"]);
    for (const m of r.unverified) rows.push([mdText(UntrustedText.of(m)), "—", "⚠️ not reached", "—"]);
    out.push("**Provisioning targets**", "", mdTable(["Group", "Type", "Verdict", "Members"], rows, ["l", "l", "l", "r"]), "");
  }
  if (g.provisionable.length > 0) {
    const shown = g.provisionable.slice(0, MAX_GROUP_ROWS);
    out.push(`<details><summary>Provisionable groups (${g.provisionable.length})</summary>`, "");
    out.push(mdTable(["Group", "Members"], shown.map((p) => [mdText(p.name), p.members]), ["l", "r"]));
    if (g.provisionable.length > shown.length) out.push("", `… and ${g.provisionable.length - shown.length} more`);
    out.push("", "</details>", "");
  }
  if (result.findings.length > 0) {
    out.push("**Findings**", "", ...mdFindings(result.findings), "");
  }
  return guardLines(out.join("\n"));
}

import type { ConductorOneErrorCode, SyncFinding, SyncState, SyncWaitOutcome } from "../../conductorone";
import { mdTable, mdText } from "../github/markdown";
import { MARK, type Style } from "./style";

/** A sync finding, or an API failure (code C1_*) as one. */
export type ReportFinding = Omit<SyncFinding, "code"> & { code: string };

/**
 * What `c1-twingate connector status` reports: the connector's sync state (or the API failure
 * that prevented reading it) and its findings. One object, rendered as text, JSON and markdown.
 */
export interface ConnectorStatusReport {
  ok: boolean;
  appId: string;
  connectorId: string;
  /** The ConductorOne server used; null when the settings were refused before any request. */
  server: string | null;
  state: SyncState | null;
  findings: ReportFinding[];
  /** When --wait was given. */
  wait?: { outcome: SyncWaitOutcome; elapsedMs: number; polls: number };
  /** When the API could not be read. */
  error?: { code: ConductorOneErrorCode; message: string };
}

export const MAPPING_NOTE = "labels are inferred from the API status (UNVERIFIED mapping, docs/conductorone-sync.md)";

export function renderConnectorStatus(report: ConnectorStatusReport, style: Style): string {
  const lines: string[] = [];
  const who = `connector ${report.connectorId} of app ${report.appId}`;
  const state = report.state;
  if (state) {
    const headline = `${state.uiLabel} — ${who}${report.server ? ` (${report.server})` : ""}`;
    lines.push(report.ok ? style.ok(`${MARK.passed} ${headline}`) : style.fail(`${MARK.failed} ${headline}`));
    lines.push(`  status ${state.status ?? "(none)"} · started ${state.startedAt ?? "-"} · completed ${state.completedAt ?? "-"}`);
    if (state.lastError) lines.push(`  last error: ${state.lastError}`);
    if (state.disabledReason) lines.push(`  disabled: ${state.disabledReason}`);
  } else {
    lines.push(style.fail(`${MARK.failed} could not read ${who}${report.server ? ` (${report.server})` : ""}`));
  }
  if (report.wait) lines.push(`  waited ${Math.round(report.wait.elapsedMs / 1000)} s over ${report.wait.polls} poll(s): ${report.wait.outcome}`);
  const problems = report.findings.filter((f) => f.severity !== "info");
  if (problems.length > 0) lines.push("");
  for (const finding of problems) {
    const mark = finding.severity === "error" ? style.fail(MARK.failed) : style.warn(MARK.warning);
    lines.push(`${mark} ${finding.severity} ${style.dim(`[${finding.code}]`)} ${finding.message}`);
    if (finding.fix) lines.push(`    fix: ${finding.fix}`);
  }
  if (state) lines.push(style.dim(`  (${MAPPING_NOTE})`));
  return lines.join("\n") + "\n";
}

export function renderConnectorMarkdown(report: ConnectorStatusReport): string {
  const state = report.state;
  const lines = [`### ${report.ok ? "✅" : "❌"} ConductorOne connector \`${mdText(report.connectorId)}\`: ${state ? mdText(state.uiLabel) : "unreadable"}`, ""];
  if (state) {
    lines.push(
      mdTable(
        ["Field", "Value"],
        [
          ["app", mdText(report.appId)],
          ["status", mdText(state.status ?? "(none)")],
          ["startedAt", mdText(state.startedAt ?? "-")],
          ["completedAt", mdText(state.completedAt ?? "-")],
          ["lastError", mdText(state.lastError ?? "-")],
        ],
      ),
    );
    lines.push("", `_${mdText(MAPPING_NOTE)}_`);
  }
  const problems = report.findings.filter((f) => f.severity !== "info");
  if (problems.length > 0) {
    lines.push("", "**Findings**", "");
    for (const f of problems) lines.push(`- **${f.severity}** \`${f.code}\`: ${mdText(f.message)}${f.fix ? `<br>Fix: ${mdText(f.fix)}` : ""}`);
  }
  return lines.join("\n") + "\n";
}

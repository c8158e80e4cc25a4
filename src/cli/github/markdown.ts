import { displayed, neutralise, type UntrustedText } from "../../untrusted-text";

/**
 * Markdown text from untrusted values (group names come from the tenant): neutralised first
 * (no control characters, no line starting with `::`), then escaped so nothing turns into
 * formatting, links, HTML, table cells or mentions in a PR comment or job summary.
 */
export function mdText(value: string | UntrustedText): string {
  return neutralise(displayed(value), 4000)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    // With [ and ] escaped no link can form, so ( ) ! need no escape.
    .replace(/[\\`*_{}[\]|~]/g, (c) => `\\${c}`)
    .replace(/@/g, "@\u200b")
    .replace(/\r?\n|\r/g, " ");
}

export function mdTable(header: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>, align?: readonly ("l" | "r")[]): string {
  const sep = header.map((_, i) => ((align?.[i] ?? "l") === "r" ? "---:" : "---"));
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(header), line(sep), ...rows.map(line)].join("\n");
}

/** At most this many findings are listed in markdown; the rest are counted. */
export const MAX_MD_FINDINGS = 30;

/** Findings as a markdown list: severity icon, code, message, fix. */
export function mdFindings(findings: ReadonlyArray<{ severity: "error" | "warning" | "info"; code: string; message: string; fix?: string }>): string[] {
  const icon = { error: "❌", warning: "⚠️", info: "ℹ️" } as const;
  const out = findings
    .slice(0, MAX_MD_FINDINGS)
    .map((f) => `- ${icon[f.severity]} **${f.severity}** \`${f.code}\`: ${mdText(f.message)}${f.fix ? `<br>**Fix:** ${mdText(f.fix)}` : ""}`);
  if (findings.length > MAX_MD_FINDINGS) out.push(`- … and ${findings.length - MAX_MD_FINDINGS} more finding(s)`);
  return out;
}

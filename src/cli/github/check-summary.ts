import type { CredentialCheckResult } from "../../reconciler/types";
import { guardLines } from "../../untrusted-text";
import { mdFindings, mdTable, mdText } from "./markdown";

/** Job summary section of a credential check. */
export function renderCheckMarkdown(result: CredentialCheckResult): string {
  const where = result.network ? `\`${mdText(result.network.label)}\`` : "(no network)";
  const lines: string[] = [];
  lines.push(`### ${result.ok ? "✅" : "❌"} Twingate credential check for ${where}`);
  lines.push("");
  lines.push(`Required: **${result.required}** · permission found: **${result.permission}** · ${result.requests} request(s) in ${result.durationMs} ms`);
  if (result.counts) lines.push("", `Tenant: ${result.counts.users ?? "an unknown number of"} users, ${result.counts.groups ?? "an unknown number of"} groups`);
  lines.push("");
  lines.push(mdTable(["Step", "Status", "Detail"], result.steps.map((s) => [mdText(s.name), s.status, mdText(s.detail)])));
  const problems = result.findings.filter((f) => f.severity !== "info");
  if (problems.length > 0) lines.push("", "**Findings**", "", ...mdFindings(problems));
  return guardLines(lines.join("\n") + "\n");
}

import type { AttributePath, Diagnostics } from "../tfplugin";
import type { Finding, FindingSubject } from "../reconciler/types";

/**
 * Reconciler findings as Terraform diagnostics: the message becomes the summary, the fix the
 * detail, and the finding's subject picks the attribute Terraform underlines. Subjects without
 * an attribute in the block (the endpoint comes from the provider's base_url, the tenant is
 * nobody's input) are reported on the block itself.
 */

export type SubjectPaths = Partial<Record<FindingSubject, AttributePath>>;

/** Attribute names shared by the credential check resource and data sources. */
export const CREDENTIAL_PATHS: SubjectPaths = { network: ["network"], api_key: ["api_key"], require: ["require"] };

export function reportFindings(findings: readonly Finding[], diag: Diagnostics, paths: SubjectPaths, context: string): void {
  for (const finding of findings) {
    if (finding.severity === "info") continue;
    const path = finding.subject ? paths[finding.subject] : undefined;
    const summary = `${context}: ${finding.message}`;
    const detail = detailOf(finding);
    if (finding.severity === "error") diag.error(summary, detail, path);
    else diag.warn(summary, detail, path);
  }
}

function detailOf(finding: Finding): string {
  const lines: string[] = [];
  if (finding.fix) lines.push(`To fix: ${finding.fix.replace(/\.$/, "")}.`);
  if (finding.subject === "endpoint") lines.push('The endpoint comes from the provider "c1twingate" block (base_url, base_domain).');
  lines.push(`(${finding.code})`);
  return lines.join("\n");
}

import type { SyncFinding } from "../conductorone/sync-findings";
import { MAX_SUMMARY_CHARS, type Diagnostics } from "../tfplugin";

/**
 * ConductorOne sync findings as Terraform diagnostics: the finding's short form is the summary;
 * its explanation, the fix, where the fix is made, and the code are the detail. A finding about the Twingate key or
 * domain names the integration's attribute: it lives in another resource
 * (conductorone_integration_twingate, or the TwingateIntegration construct), so no attribute
 * of this block is underlined. Info findings are not diagnostics.
 */

const WHERE: Record<NonNullable<SyncFinding["subject"]>, string | undefined> = {
  twingate_apikey: "Change twingate_apikey of the ConductorOne Twingate integration (conductorone_integration_twingate, or apiKey of TwingateIntegration).",
  twingate_domain: "Change twingate_domain of the ConductorOne Twingate integration (conductorone_integration_twingate, or network of TwingateIntegration).",
  connector: undefined,
};

export interface SyncReportOptions {
  /** Report errors as warnings (a data source asked to warn only). */
  warnOnly?: boolean;
  /** A line added to every diagnostic's detail, e.g. what became of the resource. */
  note?: string;
}

export function reportSyncFindings(findings: readonly SyncFinding[], diag: Diagnostics, context: string, options: SyncReportOptions = {}): void {
  for (const f of findings) {
    if (f.severity === "info") continue;
    const lines: string[] = [];
    const summary = `${context}: ${f.summary ?? f.message}`;
    // Terraform's headline is capped: the whole text goes into the detail when it would be cut.
    if (summary.length > MAX_SUMMARY_CHARS) lines.push(f.summary ?? f.message);
    if (f.explanation) lines.push(f.explanation);
    if (f.fix) lines.push(`To fix: ${f.fix.replace(/\.$/, "")}.`);
    const where = f.subject ? WHERE[f.subject] : undefined;
    if (where) lines.push(where);
    if (options.note) lines.push(options.note);
    lines.push(`(${f.code})`);
    if (f.severity === "error" && !options.warnOnly) diag.error(summary, lines.join("\n"));
    else diag.warn(summary, lines.join("\n"));
  }
}

import type { AttributePath, Diagnostics } from "../tfplugin";
import { renderFix, type SettingNames } from "../reconciler/settings";
import type { Finding, FindingSubject } from "../reconciler/types";
import { PROVIDER_SETTING_NAMES } from "./settings";

/**
 * Reconciler findings as Terraform diagnostics: the message becomes the summary, the fix the
 * detail, and the finding's subject picks the attribute Terraform underlines. Subjects without
 * an attribute in the block (the endpoint comes from the provider's base_url, the tenant is
 * nobody's input) are reported on the block itself. Findings of one code are aggregated into
 * one diagnostic, so a tenant with 300 odd groups gives one warning, not 300. A fix that
 * changes one of our settings names the HCL attribute the user can change (never a CLI flag),
 * with a larger value than the one in force.
 */

export type SubjectPaths = Partial<Record<FindingSubject, AttributePath>>;

/** Attribute names shared by the credential check resource and data sources. */
export const CREDENTIAL_PATHS: SubjectPaths = { network: ["network"], api_key: ["api_key"], require: ["require"] };

export interface ReportOptions {
  /**
   * The block checks the live API at plan time, which Terraform also does in the refresh that
   * starts `terraform destroy` and `plan -destroy` (a normal plan, indistinguishable for a
   * provider): name the way out in every error, since a check has nothing to delete.
   */
  destroyWayOut?: boolean;
  /**
   * How fixes name our settings in this block's terms. Default: the provider block's
   * attributes (what a credential check can change); a data source with settings of its own
   * (the sync preview's time_budget_seconds, allow_partial) passes its names.
   */
  settingNames?: SettingNames;
}

/** The fixes of a group of findings, each rendered for the block once, in order of first appearance. */
export function fixesOf(findings: readonly Finding[], names: SettingNames = PROVIDER_SETTING_NAMES): string[] {
  return [...new Set(findings.map((f) => renderFix(f, names)).filter((f): f is string => !!f))];
}

/** Findings of one code listed in one aggregated diagnostic. */
const LISTED_PER_DIAGNOSTIC = 5;
const MAX_LISTED_MESSAGE = 200;

export const DESTROY_WAY_OUT =
  "If this happened during terraform destroy (or plan -destroy): Terraform refreshes, and so re-checks, before it destroys, but a check has nothing to delete. " +
  "Run terraform destroy -refresh=false to destroy without the check.";

export function reportFindings(findings: readonly Finding[], diag: Diagnostics, paths: SubjectPaths, context: string, options: ReportOptions = {}): void {
  for (const group of byCode(findings.filter((f) => f.severity !== "info"))) {
    const [first] = group;
    if (!first) continue;
    const subjects = new Set(group.map((f) => f.subject));
    const path = subjects.size === 1 && first.subject ? paths[first.subject] : undefined;
    const summary = group.length === 1 ? `${context}: ${first.message}` : `${context}: ${group.length} findings ${first.code}, e.g. ${shorten(first.message)}`;
    const lines: string[] = [];
    if (group.length > 1) {
      for (const f of group.slice(0, LISTED_PER_DIAGNOSTIC)) lines.push(`- ${shorten(f.message)}`);
      if (group.length > LISTED_PER_DIAGNOSTIC) lines.push(`- … and ${group.length - LISTED_PER_DIAGNOSTIC} more`);
    }
    for (const fix of fixesOf(group, options.settingNames)) lines.push(`To fix: ${fix.replace(/\.$/, "")}.`);
    if (group.some((f) => f.subject === "endpoint")) lines.push('The endpoint comes from the provider "c1twingate" block (base_url, base_domain).');
    if (group.some((f) => f.subject === "environment")) {
      lines.push("Proxies and trusted CAs come from the environment terraform runs in (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, SSL_CERT_FILE, SSL_CERT_DIR), not from the configuration.");
    }
    if (first.severity === "error" && options.destroyWayOut) lines.push(DESTROY_WAY_OUT);
    lines.push(`(${first.code})`);
    if (first.severity === "error") diag.error(summary, lines.join("\n"), path);
    else diag.warn(summary, lines.join("\n"), path);
  }
}

/** Groups findings by code and severity, in order of first appearance. */
function byCode(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.code}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

function shorten(text: string): string {
  return text.length <= MAX_LISTED_MESSAGE ? text : `${text.slice(0, MAX_LISTED_MESSAGE)}…`;
}

import type { Severity } from "../../reconciler/types";
import { neutralise } from "../../untrusted-text";
import { MARK, type Style } from "./style";

/**
 * Findings for the terminal: mark, severity, code, message, then the fix. Messages are ours
 * with server text already neutralised; they are neutralised again and capped here, the last
 * gate before a terminal or CI log, and at most {@link MAX_FINDINGS_SHOWN} are printed.
 */
export const MAX_FINDINGS_SHOWN = 20;

/**
 * What a surface needs of a finding: the reconciler's findings and the ConductorOne sync
 * findings both have this shape (their codes are separate closed unions).
 */
export interface PresentedFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly fix?: string;
}
/** Longest message printed for one finding (server text inside is capped already). */
export const MAX_MESSAGE_CHARS = 2_000;

export function renderFindings(findings: readonly PresentedFinding[], style: Style): string[] {
  const out: string[] = [];
  for (const finding of findings.slice(0, MAX_FINDINGS_SHOWN)) {
    const mark =
      finding.severity === "error" ? style.fail(MARK.failed) : finding.severity === "warning" ? style.warn(MARK.warning) : style.dim("i");
    out.push(`${mark} ${finding.severity} ${style.dim(`[${finding.code}]`)} ${neutralise(finding.message, MAX_MESSAGE_CHARS)}`);
    if (finding.fix) out.push(`    fix: ${neutralise(finding.fix, MAX_MESSAGE_CHARS)}`);
  }
  if (findings.length > MAX_FINDINGS_SHOWN) out.push(`… and ${findings.length - MAX_FINDINGS_SHOWN} more finding(s) (see --json)`);
  return out;
}

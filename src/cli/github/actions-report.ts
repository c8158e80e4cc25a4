import type { PresentedFinding } from "../output/findings";
import { neutralise } from "../../untrusted-text";
import { annotation, type AnnotationLevel } from "./workflow-commands";
import { appendJobSummaryOrWarn } from "./job-summary";

/**
 * What `check` and `preview` tell GitHub Actions: one annotation per error or warning finding
 * (info findings stay in the summary only, so the Checks tab is not flooded) and a markdown
 * section in the job summary.
 */

export interface ActionsReport {
  /** Names the command and network, e.g. "c1-twingate preview acme"; the annotations' title prefix. */
  title: string;
  findings: readonly PresentedFinding[];
  summaryMarkdown: string;
}

export interface ActionsIo {
  env: NodeJS.ProcessEnv;
  /** Where workflow commands go: the runner reads stdout (stderr when stdout carries JSON). */
  commands: (line: string) => void;
  /** Problems of the reporting itself (never fatal to the command). */
  warn: (line: string) => void;
}

/** GitHub sets GITHUB_ACTIONS=true in every step; "false" or empty means not in Actions. */
export function isGitHubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.GITHUB_ACTIONS;
  return value !== undefined && value !== "" && value.toLowerCase() !== "false" && value !== "0";
}

const LEVEL: Record<PresentedFinding["severity"], AnnotationLevel | null> = { error: "error", warning: "warning", info: null };

/** GitHub shows at most 10 annotations of each level per step; more are counted in one notice. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;
/** Longest annotation message (GitHub truncates long ones anyway; a log line stays readable). */
export const MAX_ANNOTATION_CHARS = 4_000;

export function findingAnnotations(title: string, findings: readonly PresentedFinding[]): string[] {
  const lines: string[] = [];
  const shown = { error: 0, warning: 0, notice: 0 };
  let rest = 0;
  for (const finding of findings) {
    const level = LEVEL[finding.severity];
    if (level === null) continue;
    if (shown[level] >= MAX_ANNOTATIONS_PER_LEVEL) {
      rest++;
      continue;
    }
    shown[level]++;
    const message = finding.fix ? `${neutralise(finding.message, MAX_ANNOTATION_CHARS)}\nFix: ${neutralise(finding.fix, MAX_ANNOTATION_CHARS)}` : neutralise(finding.message, MAX_ANNOTATION_CHARS);
    lines.push(annotation(level, message, { title: `${title}: ${finding.code}` }));
  }
  if (rest > 0) lines.push(annotation("notice", `${rest} more finding(s) not annotated: see the job summary or the command's output`, { title }));
  return lines;
}

/** Emit the annotations and append the job summary. Returns what was done, for tests and logs. */
export function reportToGitHubActions(report: ActionsReport, io: ActionsIo): { annotations: number; summaryWritten: boolean } {
  const lines = findingAnnotations(report.title, report.findings);
  for (const line of lines) io.commands(line);
  const summaryWritten = appendJobSummaryOrWarn(report.summaryMarkdown, io.env, io.warn);
  return { annotations: lines.length, summaryWritten };
}

/**
 * Diagnostic text is printed by Terraform as is: with `-no-color` each detail line starts at the
 * beginning of a terminal or CI log line. Text a provider passes on (an API's error message, a
 * name from a server) must not be able to drive the terminal (ANSI/OSC escapes, carriage
 * returns, bidi overrides) or the CI runner (a GitHub workflow command is a line that begins
 * with `::`, or the legacy `##[command]` anywhere in a line), nor flood the log. Every diagnostic the framework sends goes through here.
 */
import { once } from "../../lazy";
import { defuseWorkflowCommands } from "../../untrusted-text";

export const MAX_SUMMARY_CHARS = 300;
export const MAX_DETAIL_CHARS = 4000;
/** Diagnostics per RPC answer; the rest are counted in one last diagnostic. */
export const MAX_DIAGNOSTICS = 50;

// Control (Cc), format (Cf: bidi overrides, zero-width characters), unpaired surrogates, and the
// Unicode line/paragraph separators. Newlines are handled separately. Built on first use (building
// a \p{…} regular expression costs at every process start); only used with `replace` (lastIndex stays 0).
const UNSAFE = once(() => /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu);

function escapeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * A line whose first non-blank characters are `::` would be a workflow command in GitHub Actions,
 * and terraform word-wraps diagnostics (at 78 columns, or the terminal's width), so a `::` after
 * any space can become a line start; the legacy `##[command]` syntax is run from anywhere in a
 * line: every `::` and every `##[` is defused, wherever it is (see untrusted-text).
 */
const defuseCommand = defuseWorkflowCommands;

function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  // Never leave half a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}… (${text.length - cut.length} more characters)`;
}

function escapeUnsafe(text: string): string {
  return text.replace(/\t/g, " ").replace(UNSAFE(), escapeChar);
}

/** One line: line breaks become spaces, other unsafe characters are shown escaped (`\x1b`). */
export function neutraliseSummary(text: string): string {
  return cap(defuseCommand(escapeUnsafe(text.replace(/\r\n|\r|\n/g, " ")).trim()), MAX_SUMMARY_CHARS);
}

/**
 * A summary and its detail for the wire. A summary longer than MAX_SUMMARY_CHARS is cut at a
 * word boundary ("…"), and the whole of it opens the detail, so nothing is lost: terraform shows
 * the summary as the error's headline and the detail under it.
 */
export function neutraliseDiagnostic(summary: string, detail: string): { summary: string; detail: string } {
  const one = defuseCommand(escapeUnsafe(summary.replace(/\r\n|\r|\n/g, " ")).trim());
  if (one.length <= MAX_SUMMARY_CHARS) return { summary: one, detail: neutraliseDetail(detail) };
  let cut = one.slice(0, MAX_SUMMARY_CHARS - 1);
  const space = cut.lastIndexOf(" ");
  if (space >= MAX_SUMMARY_CHARS * 0.6) cut = cut.slice(0, space);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return { summary: `${cut.replace(/[\s,;:]+$/, "")}…`, detail: neutraliseDetail(detail.trim() === "" ? one : `${one}\n\n${detail}`) };
}

/** Several lines: line breaks kept (`\r\n` and lone `\r` become `\n`), no `::` nor `##[` anywhere (so no line, however wrapped, holds a workflow command). */
export function neutraliseDetail(text: string): string {
  const lines = text.replace(/\r\n|\r/g, "\n").split("\n").map((line) => defuseCommand(escapeUnsafe(line)));
  return cap(lines.join("\n"), MAX_DETAIL_CHARS);
}

import { appendFileSync } from "node:fs";
import { CodedError } from "../../errors";

/** The job summary file could not be written (GITHUB_STEP_SUMMARY points somewhere unwritable). */
export class JobSummaryWriteError extends CodedError {
  readonly code = "GH_SUMMARY_WRITE_FAILED";
  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    super(
      `could not append the job summary to GITHUB_STEP_SUMMARY=${JSON.stringify(path)}: ${reason}. ` +
        `The runner sets this variable to a writable file; unset it when running outside GitHub Actions`,
      options,
    );
  }
}

/**
 * Largest section one command appends, in characters. GitHub accepts 1 MiB per step summary
 * (other steps share it); a report longer than this was inflated by the server and is cut.
 */
export const MAX_SUMMARY_CHARS = 256 * 1024;

/** Append markdown to the file named by GITHUB_STEP_SUMMARY; false when the variable is unset. */
export function appendJobSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const path = env.GITHUB_STEP_SUMMARY;
  if (path === undefined || path.trim().length === 0) return false;
  const capped =
    markdown.length > MAX_SUMMARY_CHARS
      ? `${markdown.slice(0, MAX_SUMMARY_CHARS)}\n\n… (cut: the report was ${markdown.length} characters, more than ${MAX_SUMMARY_CHARS})\n`
      : markdown;
  try {
    // Append, never overwrite: other steps of the job write their own sections.
    appendFileSync(path, capped.endsWith("\n") ? capped : `${capped}\n`, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "write failed";
    throw new JobSummaryWriteError(path, reason, { cause: error });
  }
  return true;
}

/**
 * {@link appendJobSummary} for reporters whose summary is a courtesy: a summary that cannot be
 * written is said through `warn` (its code and the fix), never fatal to the command.
 */
export function appendJobSummaryOrWarn(markdown: string, env: NodeJS.ProcessEnv, warn: (line: string) => void = (line) => void process.stderr.write(`${line}\n`)): boolean {
  try {
    return appendJobSummary(markdown, env);
  } catch (error) {
    if (!(error instanceof JobSummaryWriteError)) throw error;
    warn(`c1-twingate: [${error.code}] ${error.message}`);
    return false;
  }
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findingAnnotations, isGitHubActions, reportToGitHubActions } from "../../src/cli/github/actions-report";
import { appendJobSummary, JobSummaryWriteError, MAX_SUMMARY_CHARS } from "../../src/cli/github/job-summary";
import { UntrustedText } from "../../src/untrusted-text";
import { mdText } from "../../src/cli/github/markdown";
import { escapeData, escapeProperty, workflowCommand } from "../../src/cli/github/workflow-commands";

describe("workflow command escaping", () => {
  it("escapes %, CR and LF in messages, and also : and , in properties", () => {
    expect(escapeData("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext: a, b");
    expect(escapeProperty("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext%3A a%2C b");
    // % first, so an escape sequence in the input is not decoded back by the runner.
    expect(escapeData("%0A")).toBe("%250A");
  });

  it("builds one line per command, without properties when none are given", () => {
    expect(workflowCommand("warning", {}, "a\nb")).toBe("::warning::a%0Ab");
    expect(workflowCommand("error", { title: "x: y", line: 3, file: undefined }, "m")).toBe("::error title=x%3A y,line=3::m");
  });

  it("annotates errors and warnings but not info findings, with the fix on an escaped second line", () => {
    const lines = findingAnnotations("c1-twingate preview acme", [
      { code: "TG_UNAUTHORIZED", severity: "error", message: "bad, really", fix: "do x" },
      { code: "PREVIEW_EMPTY_GROUPS", severity: "warning", message: "hmm" },
      { code: "PREVIEW_ADMIN_USERS", severity: "info", message: "fyi" },
    ]);
    expect(lines).toEqual([
      "::error title=c1-twingate preview acme%3A TG_UNAUTHORIZED::bad, really%0AFix: do x",
      "::warning title=c1-twingate preview acme%3A PREVIEW_EMPTY_GROUPS::hmm",
    ]);
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  });

  it("annotates at most 10 findings per level, then one notice with the count of the rest", () => {
    const errors = Array.from({ length: 15 }, (_, i) => ({ code: "TG_UNAUTHORIZED" as const, severity: "error" as const, message: `e${i}` }));
    const warnings = Array.from({ length: 12 }, (_, i) => ({ code: "PREVIEW_EMPTY_GROUPS" as const, severity: "warning" as const, message: `w${i}` }));
    const lines = findingAnnotations("c1-twingate preview acme", [...errors, ...warnings]);
    expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith("::warning "))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith("::notice "))).toEqual([expect.stringContaining("7 more finding(s) not annotated")]);
  });

  it("recognises GitHub Actions from GITHUB_ACTIONS", () => {
    expect(isGitHubActions({ GITHUB_ACTIONS: "true" })).toBe(true);
    expect(isGitHubActions({})).toBe(false);
    expect(isGitHubActions({ GITHUB_ACTIONS: "false" })).toBe(false);
  });
});

describe("job summary", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "c1tg-summary-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("appends to GITHUB_STEP_SUMMARY and does nothing without it", () => {
    const file = join(dir, "s.md");
    writeFileSync(file, "before\n");
    expect(appendJobSummary("# one", { GITHUB_STEP_SUMMARY: file })).toBe(true);
    expect(appendJobSummary("# two\n", { GITHUB_STEP_SUMMARY: file })).toBe(true);
    expect(readFileSync(file, "utf8")).toBe("before\n# one\n# two\n");
    expect(appendJobSummary("x", {})).toBe(false);
  });

  it("caps one command's section, saying it was cut", () => {
    const file = join(dir, "big.md");
    appendJobSummary("x".repeat(MAX_SUMMARY_CHARS * 3), { GITHUB_STEP_SUMMARY: file });
    const written = readFileSync(file, "utf8");
    expect(written.length).toBeLessThan(MAX_SUMMARY_CHARS + 200);
    expect(written).toContain(`the report was ${MAX_SUMMARY_CHARS * 3} characters`);
  });

  it("reports an unwritable summary file as a warning, not a failure", () => {
    const bad = join(dir, "no-such-dir", "s.md");
    expect(() => appendJobSummary("x", { GITHUB_STEP_SUMMARY: bad })).toThrow(JobSummaryWriteError);
    const warnings: string[] = [];
    const commands: string[] = [];
    const done = reportToGitHubActions(
      { title: "t", findings: [{ code: "TG_TIMEOUT", severity: "error", message: "m" }], summaryMarkdown: "x" },
      { env: { GITHUB_STEP_SUMMARY: bad }, commands: (l) => commands.push(l), warn: (l) => warnings.push(l) },
    );
    expect(done).toEqual({ annotations: 1, summaryWritten: false });
    expect(commands).toEqual(["::error title=t%3A TG_TIMEOUT::m"]);
    expect(warnings[0]).toContain("GH_SUMMARY_WRITE_FAILED");
  });
});

describe("markdown escaping of tenant values", () => {
  it("neutralises HTML, table pipes, links, emphasis and mentions", () => {
    const out = mdText("<img src=x> | [a](b) *c* @team\nnext");
    expect(out).not.toMatch(/<img/);
    expect(out).toContain("&lt;img src=x&gt;");
    expect(out).toContain("\\|");
    expect(out).toContain("\\[a\\](b)");
    expect(out).toContain("\\*c\\*");
    expect(out).toContain("@\u200bteam");
    expect(out).not.toContain("\n");
  });

  it("neutralises server text first: no control characters, no line starting with ::", () => {
    const out = mdText(UntrustedText.of("::error::x\n::set-output name=a::b\u001b[31m"));
    expect(out).not.toMatch(/[\u0000-\u001f]/);
    expect(out.startsWith("::")).toBe(false);
  });
});

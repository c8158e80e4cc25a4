/**
 * Every diagnostic the framework sends is safe for a terminal and a CI log, whatever text a hook
 * passes on (Terraform with -no-color prints detail lines at the start of a log line).
 */
import { AttributeError, attr, defineProvider, defineResource, MAX_DETAIL_CHARS, MAX_DIAGNOSTICS, MAX_SUMMARY_CHARS, neutraliseDetail, neutraliseSummary } from "../../../src/tfplugin";
import { runtimeHarness } from "../../helpers/tfplugin-runtime";

const HOSTILE = [
  "\n::error title=X::pwned",
  "::set-output name=permission::write",
  "   ::add-mask::acme",
  "x ##[error]Injected ##[set-output name=permission;]write",
  "##[add-mask]acme and ##[stop-commands]tok123, through ignorables #\u034f#[warning]w and :\ufe0f:error::v",
  "\u001b[31mred\u001b[0m and \u001b]0;window title\u0007 and \u001b]8;;https://evil.example\u001b\\link",
  "carriage\rreturn, bell\u0007, nul\u0000, del\u007f, c1 \u009b31m, nel\u0085",
  "bidi \u202eoverride\u202c, isolate \u2066x\u2069, zero width \u200b, separator \u2028 here",
  "lone surrogate \ud800 end",
].join("\n");

/** Control (Cc) and format (Cf) characters, separators, lone surrogates: none may reach Terraform, except newlines in details. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;

function expectSafe(text: string, multiline: boolean): void {
  const lines = text.split("\n");
  if (!multiline) expect(lines).toHaveLength(1);
  for (const line of lines) {
    expect(line).not.toMatch(UNSAFE);
    expect(line.trimStart().startsWith("::")).toBe(false);
    // Terraform word-wraps details: a `::` anywhere could land at a line start.
    expect(line).not.toContain("::");
    // The runner's legacy syntax is found anywhere in a line (IndexOf), ignorable characters skipped.
    expect(line.replace(/[\p{Mn}\p{Cf}\p{Cc}]/gu, "")).not.toContain("##[");
    expect(line.replace(/[\p{Mn}\p{Cf}\p{Cc}]/gu, "")).not.toContain("::");
  }
}

const provider = defineProvider({
  typeName: "loud",
  version: "1.0.0",
  resources: {
    loud_x: defineResource()({
      schema: { attributes: { mode: attr.string({ required: true }) } },
      plan({ config, diag }) {
        if (config.mode === "hostile") throw new AttributeError(["mode"], `server said: ${HOSTILE}`, `details: ${HOSTILE}`);
        if (config.mode === "huge") diag.error(`${"s".repeat(1_000_000)}`, `${"d\n".repeat(1_000_000)}`);
        if (config.mode === "long-summary") diag.error(`${"word ".repeat(80)}and the end of the sentence`, "the fix is here");
        if (config.mode === "many") for (let i = 0; i < 500; i++) diag.warn(`warning ${i}`, "");
        if (config.mode === "many-then-error") {
          for (let i = 0; i < 500; i++) diag.warn(`warning ${i}`, "");
          diag.error("the one error", "");
        }
      },
      create: async () => ({}),
      read: async ({ state }) => state,
      delete: async () => undefined,
    }),
  },
});

async function planWith(mode: string) {
  const h = runtimeHarness(provider);
  await h.configure();
  return (await h.plan("loud_x", { config: { mode } })).diagnostics;
}

describe("diagnostic text", () => {
  it("neutralises escapes, controls, bidi overrides and workflow commands, and shows what it escaped", async () => {
    const [d] = await planWith("hostile");
    expect(d).toBeDefined();
    expectSafe(d?.summary ?? "", false);
    expectSafe(d?.detail ?? "", true);
    expect(d?.summary).toContain("\\x1b[31mred");
    expect(d?.detail).toContain("\\u202eoverride");
    expect(d?.detail).toContain(":\\:set-output name=permission:\\:write");
    expect(d?.detail).toContain("   :\\:add-mask:\\:acme");
    expect(d?.summary).toContain("server said:  :\\:error title=X:\\:pwned");
    expect(d?.detail).toContain("x #\\#[error]Injected #\\#[set-output name=permission;]write");
    expect(d?.detail).toContain("#\\#[add-mask]acme and #\\#[stop-commands]tok123");
  });

  it("caps the length of a summary and a detail", async () => {
    const [d] = await planWith("huge");
    expect(d?.summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(d?.summary).toMatch(/s…$/);
    expect((d?.detail ?? "").length).toBeLessThanOrEqual(MAX_DETAIL_CHARS + 40);
    expect(d?.detail).toMatch(/… \(\d+ more characters\)$/);
  });

  it("cuts a long summary at a word and opens the detail with the whole of it: nothing is lost", async () => {
    const [d] = await planWith("long-summary");
    expect(d?.summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(d?.summary).toMatch(/word…$/);
    expect(d?.detail).toBe(`${"word ".repeat(80)}and the end of the sentence\n\nthe fix is here`);
  });

  it("sends at most MAX_DIAGNOSTICS, counting the rest in a last one that keeps an error an error", async () => {
    const warnings = await planWith("many");
    expect(warnings).toHaveLength(MAX_DIAGNOSTICS);
    expect(warnings.at(-1)).toMatchObject({ severity: "WARNING", summary: `${500 - MAX_DIAGNOSTICS + 1} more diagnostics not shown` });
    const withError = await planWith("many-then-error");
    expect(withError).toHaveLength(MAX_DIAGNOSTICS);
    expect(withError.at(-1)).toMatchObject({ severity: "ERROR" });
    expect(withError.at(-1)?.detail).toContain("1 error(s)");
  });

  it("leaves ordinary text alone", () => {
    const text = "Twingate refused the API key for acme.twingate.com (HTTP 401): see Settings → API.\nTo fix: generate a new key — then retry.\n(TG_UNAUTHORIZED)";
    expect(neutraliseDetail(text)).toBe(text);
    expect(neutraliseSummary("Missing required argument")).toBe("Missing required argument");
    expect(neutraliseSummary("emoji 👍 and accents é stay")).toBe("emoji 👍 and accents é stay");
  });
});

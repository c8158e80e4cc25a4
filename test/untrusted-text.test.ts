import { defuseWorkflowCommands, guardJson, guardLines, listWithRest, neutralise, quoted, UntrustedText } from "../src/untrusted-text";
import { inspect } from "node:util";

/** Go's wordwrap as terraform uses it: break at any Unicode space when the line would pass `width`. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(/(?<=\s)|(?=\s)/u)) {
      if (line.length + word.length > width && /\s/u.test(word)) {
        lines.push(line);
        line = "";
      } else line += word;
    }
    lines.push(line);
  }
  return lines;
}

describe("neutralise", () => {
  it("shows control, escape, bidi and invisible characters escaped, on one line", () => {
    expect(neutralise("a\nb\r\tc")).toBe("a\\nb\\r\\tc");
    expect(neutralise("\u001b[31mred\u001b]8;;x\u0007")).toBe("\\x1b[31mred\\x1b]8;;x\\x07");
    expect(neutralise("\u202egnp.exe\u2066\u200b\ufeff\u0085")).toBe("\\u202egnp.exe\\u2066\\u200b\\ufeff\\x85");
    expect(neutralise("tag\u{e0041}")).toBe("tag\\u{e0041}");
    expect(neutralise("lone \ud800 surrogate")).toBe("lone \ufffd surrogate");
  });

  it("leaves no :: anywhere, so no wrapping can start a line with one", () => {
    expect(neutralise("::error::x")).toBe(":\\:error:\\:x");
    expect(neutralise("  ::set-output name=a::b")).toBe("  :\\:set-output name=a:\\:b");
    expect(neutralise("a\n::error::x")).toBe("a\\n:\\:error:\\:x");
    expect(neutralise("p x ::error title=Injected::pwned")).toBe("p x :\\:error title=Injected:\\:pwned");
    expect(neutralise(":::")).toBe(":\\:\\:");
    expect(neutralise("IPv6 ::1 inside")).toBe("IPv6 :\\:1 inside");
  });

  it("property (fixed seed): text with :: anywhere, wrapped at whitespace at every width, never has a line starting with ::", () => {
    let seed = 0x5eed05;
    const r = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pieces = ["::", ":", " ", "  ", "\t", "\n", "error", "title=X", "::stop-commands::", "a", "\u3000", "\u00a0", "\u2028", "\\", "::set-output name=p::write"];
    for (let i = 0; i < 2000; i++) {
      let text = "";
      const n = 1 + Math.floor(r() * 30);
      for (let k = 0; k < n; k++) text += pieces[Math.floor(r() * pieces.length)];
      const shown = neutralise(text, 10_000);
      expect(shown).not.toContain("::");
      for (let width = 1; width <= 120; width += 7) for (const line of wrap(shown, width)) expect(line.trim().startsWith("::")).toBe(false);
    }
  });

  it("leaves no legacy ##[command] anywhere (the runner finds `##[` mid-line), shown as #\\#[", () => {
    const repro = "x ##[error]Injected ##[set-output name=permission;]write";
    expect(neutralise(repro)).toBe("x #\\#[error]Injected #\\#[set-output name=permission;]write");
    expect(neutralise("##[add-mask]acme")).toBe("#\\#[add-mask]acme");
    expect(neutralise("###[stop-commands]tok123")).not.toContain("##[");
    expect(neutralise("# # [ and #[x] and ## [y] stay")).toBe("# # [ and #[x] and ## [y] stay");
  });

  it("looks through characters the runner's culture-sensitive search may ignore", () => {
    // Raw (as diagnostic-text and guardLines see them after their own escaping).
    for (const gap of ["\u200b", "\u034f", "\ufe0f", "\u0000", "\u00ad"]) {
      expect(defuseWorkflowCommands(`#${gap}#[error]x`)).not.toMatch(/#[^\\]*#[^\\]*\[/u);
      expect(defuseWorkflowCommands(`:${gap}:error:${gap}:x`)).not.toMatch(/:[^\\]?:/u);
    }
  });

  it("property (fixed seed): generated texts with every runner syntax, wrapped at whitespace at every width, hold no command", () => {
    let seed = 0x1e6ac9;
    const r = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pieces = ["##[", "#", "[", "]", "##", " ", "\n", "error", "add-mask]", "set-output name=p;]write", "::", ":", "\u200b", "\u034f", "\u3000", "##[stop-commands]t"];
    const bad: string[] = [];
    for (let i = 0; i < 1000; i++) {
      let text = "";
      const n = 1 + Math.floor(r() * 30);
      for (let k = 0; k < n; k++) text += pieces[Math.floor(r() * pieces.length)];
      const guarded = guardLines(text);
      for (const [shown, anywhere] of [[neutralise(text, 10_000), true], [defuseWorkflowCommands(text), true], [guarded, false]] as const) {
        if (shown.includes("##[") || (anywhere && shown.includes("::"))) bad.push(shown);
        for (let width = 1; width <= 120; width += 7) {
          for (const line of wrap(shown, width)) {
            // Ignorables removed, as a culture-sensitive IndexOf would skip them.
            const seen = line.replace(/[\p{Cf}\p{Mn}\p{Cc}]/gu, "");
            if (seen.includes("##[") || (anywhere && seen.trim().startsWith("::"))) bad.push(line);
          }
        }
        if (!anywhere && guarded.split("\n").some((l) => l.replace(/[\p{Cf}\p{Mn}\p{Cc}]/gu, "").trim().startsWith("::"))) bad.push(guarded);
      }
    }
    expect(bad).toEqual([]);
  });

  it("caps the length, counting what was cut, without splitting a character", () => {
    expect(neutralise("x".repeat(10), 4)).toBe("xxxx… (6 more characters)");
    expect(neutralise("😀😀😀", 2)).toBe("😀😀… (2 more characters)");
  });
});

describe("guardLines and lists", () => {
  it("escapes a leading :: on any line of a whole output", () => {
    expect(guardLines("ok\n::error::x\n  ::warning::y\nfine ::z")).toBe("ok\n\\::error::x\n  \\::warning::y\nfine ::z");
  });

  it("escapes every legacy ##[ of a whole output, and a leading :: after any Unicode blank", () => {
    expect(guardLines("ok ##[error]x\n##[add-mask]y")).toBe("ok #\\#[error]x\n#\\#[add-mask]y");
    expect(guardLines("\u3000\u00a0::error::x")).toBe("\u3000\u00a0\\::error::x");
    expect(guardLines("\u200b::error::x")).toBe("\u200b\\::error::x");
  });

  it("guardJson keeps JSON valid and equal while no ##[ is left in the document", () => {
    const value = { message: "x ##[error]Injected ##[set-output name=p;]w", z: "#\u200b#[add-mask]a", ok: "# [ fine" };
    const guarded = guardJson(JSON.stringify(value, null, 2));
    expect(guarded).not.toContain("##[");
    expect(guarded.replace(/[\p{Cf}]/gu, "")).not.toContain("##[");
    expect(JSON.parse(guarded)).toEqual(value);
  });

  it("lists at most N items and counts the rest", () => {
    expect(listWithRest(["a", "b", "c"], 5)).toBe("a; b; c");
    expect(listWithRest(["a", "b", "c", "d"], 2)).toBe("a; b and 2 more");
  });
});

describe("UntrustedText", () => {
  it("renders neutralised everywhere by default, and keeps the received value for data", () => {
    const t = UntrustedText.of("Eng\n::error::x");
    expect(`${t}`).toBe("Eng\\n:\\:error:\\:x");
    expect(JSON.stringify({ t })).toBe('{"t":"Eng\\\\n:\\\\:error:\\\\:x"}');
    expect(inspect(t)).toBe('"Eng\\\\n:\\\\:error:\\\\:x"');
    expect(t.value).toBe("Eng\n::error::x");
    expect(quoted(t)).toBe('"Eng\\n:\\:error:\\:x"');
    expect(quoted("a\u001bb")).toBe('"a\\x1bb"');
  });
});

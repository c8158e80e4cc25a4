import { guardLines, listWithRest, neutralise, quoted, UntrustedText } from "../src/untrusted-text";
import { inspect } from "node:util";

describe("neutralise", () => {
  it("shows control, escape, bidi and invisible characters escaped, on one line", () => {
    expect(neutralise("a\nb\r\tc")).toBe("a\\nb\\r\\tc");
    expect(neutralise("\u001b[31mred\u001b]8;;x\u0007")).toBe("\\x1b[31mred\\x1b]8;;x\\x07");
    expect(neutralise("\u202egnp.exe\u2066\u200b\ufeff\u0085")).toBe("\\u202egnp.exe\\u2066\\u200b\\ufeff\\x85");
    expect(neutralise("tag\u{e0041}")).toBe("tag\\u{e0041}");
    expect(neutralise("lone \ud800 surrogate")).toBe("lone \ufffd surrogate");
  });

  it("never lets the text begin a line with ::", () => {
    expect(neutralise("::error::x")).toBe("\\::error::x");
    expect(neutralise("  ::set-output name=a::b")).toBe("  \\::set-output name=a::b");
    expect(neutralise("a\n::error::x")).toBe("a\\n::error::x");
    expect(neutralise("IPv6 ::1 inside")).toBe("IPv6 ::1 inside");
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

  it("lists at most N items and counts the rest", () => {
    expect(listWithRest(["a", "b", "c"], 5)).toBe("a; b; c");
    expect(listWithRest(["a", "b", "c", "d"], 2)).toBe("a; b and 2 more");
  });
});

describe("UntrustedText", () => {
  it("renders neutralised everywhere by default, and keeps the received value for data", () => {
    const t = UntrustedText.of("Eng\n::error::x");
    expect(`${t}`).toBe("Eng\\n::error::x");
    expect(JSON.stringify({ t })).toBe('{"t":"Eng\\\\n::error::x"}');
    expect(inspect(t)).toBe('"Eng\\\\n::error::x"');
    expect(t.value).toBe("Eng\n::error::x");
    expect(quoted(t)).toBe('"Eng\\n::error::x"');
    expect(quoted("a\u001bb")).toBe('"a\\x1bb"');
  });
});

import { neutralize, redactSecrets, sanitizeServerText, type RedactionNeedle } from "../../src/conductorone";
import { serverMessageOf } from "../../src/conductorone/server-text";

const KEY = "tgk_Canary0123456789abcdefGHIJKLmnop";
const needles: RedactionNeedle[] = [{ value: KEY, partial: true }];

describe("redactSecrets: every usual encoding, any case, partial echoes", () => {
  const encodings: Array<[string, string]> = [
    ["verbatim", KEY],
    ["upper case", KEY.toUpperCase()],
    ["lower case", KEY.toLowerCase()],
    ["base64", Buffer.from(KEY).toString("base64")],
    ["base64url", Buffer.from(KEY).toString("base64url")],
    ["percent-encoded", encodeURIComponent(`${KEY}/`)],
    ["hex", Buffer.from(KEY).toString("hex")],
    ["a 14-character run", KEY.slice(5, 19)],
  ];
  it.each(encodings)("%s", (_, form) => {
    const out = redactSecrets(`key rejected: ${form} (see docs)`, needles);
    expect(out).toContain("[redacted]");
    expect(out.toLowerCase()).not.toContain(KEY.slice(4, 16).toLowerCase());
    expect(out).toContain("key rejected:");
  });

  it.each([0, 1, 2])("inside a longer base64 blob at byte alignment %d", (pad) => {
    const blob = Buffer.from(`${"x".repeat(pad)}token=${KEY};more`).toString("base64");
    const out = redactSecrets(`blob ${blob}`, needles);
    // What is left must no longer decode to the key.
    const rest = out.split("[redacted]").join("");
    expect(Buffer.from(rest.replace(/^blob /, ""), "base64").toString("latin1")).not.toContain(KEY.slice(0, 12));
    expect(out).toContain("[redacted]");
  });

  it("a JSON-escaped echo is caught once the JSON is decoded (serverMessageOf)", () => {
    const escaped = `{"code":3,"message":"bad key \\u0074${KEY.slice(1)}"}`;
    const message = serverMessageOf(escaped, needles)!;
    expect(message).toContain("[redacted]");
    expect(message).not.toContain(KEY.slice(1, 13));
  });

  it("leaves text without the secret alone", () => {
    expect(redactSecrets("connector sync failed: 401 Unauthorized", needles)).toBe("connector sync failed: 401 Unauthorized");
  });

  it("property: for 500 generated secrets, texts and encodings, no 12-character run of the secret survives", () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    for (let i = 0; i < 500; i++) {
      const secret = Array.from({ length: 20 + rnd(40) }, () => alphabet[rnd(alphabet.length)]).join("");
      const forms = [secret, secret.toUpperCase(), Buffer.from(secret).toString("base64"), encodeURIComponent(secret), secret.slice(rnd(6), rnd(6) + 14)];
      const form = forms[rnd(forms.length)]!;
      const text = `${"lorem ".repeat(rnd(4))}${form}${" ipsum".repeat(rnd(4))}`;
      const out = redactSecrets(text, [{ value: secret, partial: true }]).toLowerCase();
      for (let at = 0; at + 12 <= secret.length; at++) expect(out.includes(secret.slice(at, at + 12).toLowerCase())).toBe(false);
    }
  });
});

describe("neutralize: safe in terminals and GitHub logs", () => {
  it("removes ANSI/OSC escapes and control characters", () => {
    const out = neutralize("a\u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 b\u0000c\u007fd\u202ee");
    expect(out).toBe("ared link bcde");
  });

  it("no line can begin with :: and no workflow command survives", () => {
    const out = neutralize("x\n::error title=X::owned\n::set-output name=permission::write\r\n::add-mask::acme");
    expect(out).not.toMatch(/(^|\n)::/);
    expect(out).not.toContain("::");
    expect(out.split("\n")).toHaveLength(1);
  });

  it("caps the length and says how much was cut", () => {
    const out = neutralize("y".repeat(5000), 300);
    expect(out).toMatch(/^y{300}… \(4700 more characters\)$/);
  });

  it("sanitizeServerText redacts before cutting (a secret split by the cap is still caught)", () => {
    const text = `${"z".repeat(290)}${KEY}`;
    const out = sanitizeServerText(text, needles, 300);
    expect(out).not.toContain(KEY.slice(0, 10));
  });
});

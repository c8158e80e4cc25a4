import { MIN_ECHO_CHARS, SecretEchoes } from "../src/secret-echoes";

const KEY = "tgk_EchoCanary_5f1e9a3c7b2d8e4f";
const echoes = new SecretEchoes(KEY);
const bytes = Buffer.from(KEY);

describe("SecretEchoes", () => {
  it.each([
    ["verbatim", `error: ${KEY} is bad`],
    ["upper case", KEY.toUpperCase()],
    ["lower case", `x${KEY.toLowerCase()}x`],
    ["hex", bytes.toString("hex")],
    ["HEX", bytes.toString("hex").toUpperCase()],
    ["base64", bytes.toString("base64")],
    ["base64, offset 1", Buffer.concat([Buffer.from("a"), bytes]).toString("base64")],
    ["base64, offset 2", Buffer.concat([Buffer.from("ab"), bytes]).toString("base64")],
    ["base64url", bytes.toString("base64url")],
    ["base64 of the lower-cased key", Buffer.from(KEY.toLowerCase()).toString("base64")],
    ["percent-encoded bytes", [...bytes].map((b) => `%${b.toString(16)}`).join("")],
    ["\\u escapes in the text", [...KEY].map((c) => `\\u00${c.charCodeAt(0).toString(16)}`).join("")],
    ["\\x escapes in the text", [...KEY].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join("")],
    ["HTML character references", [...KEY].map((c) => `&#${c.charCodeAt(0)};`).join("")],
    ["mixed plain and escaped", `${KEY.slice(0, 6)}${[...KEY.slice(6)].map((c) => `%${c.charCodeAt(0).toString(16)}`).join("")}`],
    ["a partial echo of the minimum length", `see ${KEY.slice(7, 7 + MIN_ECHO_CHARS)} here`],
  ])("finds and redacts the key written %s", (_label, text) => {
    expect(echoes.found(text)).toBe(true);
    const redacted = echoes.redact(text);
    // Direct forms are cut out precisely; escaped ones withhold the whole string.
    expect(redacted).toMatch(/\[redacted\]|\[text withheld: it contained a secret\]/);
    expect(echoes.found(redacted)).toBe(false);
  });

  it("leaves text without the key alone, including runs shorter than the minimum", () => {
    for (const text of ["", "plain words about keys", KEY.slice(0, MIN_ECHO_CHARS - 1), Buffer.from("other-secret-value").toString("base64"), "%41%42%43"]) {
      expect(echoes.found(text)).toBe(false);
      expect(echoes.redact(text)).toBe(text);
    }
  });

  it("redacts every occurrence and keeps the text around them", () => {
    expect(echoes.redact(`a ${KEY} b ${KEY.toUpperCase()} c`)).toBe("a [redacted] b [redacted] c");
  });

  it("finds a short secret only whole", () => {
    const short = new SecretEchoes("abcdefghi");
    expect(short.found("xxABCDEFGHIxx")).toBe(true);
    expect(short.found("abcdefgh")).toBe(false);
  });
});

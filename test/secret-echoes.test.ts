import { MIN_ECHO_CHARS, publicEnvelopeOf, SecretEchoes } from "../src/secret-echoes";

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

describe("SecretEchoes' arguments and window sets", () => {
  it("refuses a minimum echo length that is not a positive integer (0 or a fraction would match every text)", () => {
    for (const bad of [0, -1, 0.5, 12.5, Number.NaN]) expect(() => new SecretEchoes("Abcdefghijklmnop", bad)).toThrow(RangeError);
    expect(new SecretEchoes("Abcdefghijklmnop", 1).found("a harmless note")).toBe(true);
  });

  it("finds the echoes of a secret whose characters all share their low bits (hashes that cluster)", () => {
    const chars = "\u4000\u8000\uc000";
    let secret = "";
    for (let i = 0; i < 400; i++) secret += chars[(i * 7 + (i >> 3)) % 3];
    const echoes = new SecretEchoes(secret);
    expect(echoes.found(`x${secret.slice(100, 112)}x`)).toBe(true);
    expect(echoes.redact(`before ${secret.slice(200, 230)} after`)).toBe("before [redacted] after");
    expect(echoes.found("\u4000\u8000".repeat(5_000))).toBe(secret.includes("\u4000\u8000".repeat(6)));
  });
});

describe("SecretEchoes and an RFC 8959 secret-token envelope", () => {
  // ConductorOne's client secrets: secret-token:conductorone.com:v1:<base64url of an Ed25519 JWK>.
  const payload = Buffer.from(JSON.stringify({ kty: "OKP", crv: "Ed25519", x: "Qx9vT2mB7rWk3ZpLs0aFe8Yh", d: "nU4cJ6tR1yXo5VqGi2wEz7Kb" })).toString("base64url");
  const secret = `secret-token:conductorone.com:v1:${payload}`;
  const echoes = new SecretEchoes(secret);

  it("takes the scheme and name segments as the public envelope", () => {
    expect(publicEnvelopeOf(secret)).toBe("secret-token:conductorone.com:v1:");
    expect(publicEnvelopeOf("sim-rw-0123456789abcdef")).toBe("");
    // A payload shorter than a partial echo: nothing is public, the whole value is the secret.
    expect(publicEnvelopeOf("secret-token:x:short")).toBe("");
  });

  it("does not take words of the envelope for echoes", () => {
    for (const text of ["ConductorOne connector sync: waited 3 s", "see conductorone.com for the API", "SECRET-TOKEN:CONDUCTORONE.COM"]) {
      expect(echoes.found(text)).toBe(false);
      expect(echoes.redact(text)).toBe(text);
    }
  });

  it("still finds the whole secret, a run of its payload, and a run reaching from the envelope into it", () => {
    expect(echoes.found(`x ${secret} y`)).toBe(true);
    expect(echoes.found(`token ${payload.slice(10, 10 + MIN_ECHO_CHARS)} seen`)).toBe(true);
    expect(echoes.found(`...com:v1:${payload.slice(0, 4)}`)).toBe(true);
    expect(echoes.redact(`got ${secret.toUpperCase()}`)).not.toContain(payload.toUpperCase().slice(0, MIN_ECHO_CHARS));
  });
});

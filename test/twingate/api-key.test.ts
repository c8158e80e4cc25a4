import { inspect } from "node:util";
import { ApiKey, apiKeyProblem, assertNoKeyIn, InputContainsKeyError, InvalidApiKeyError } from "../../src/twingate/api-key";

const KEY = "tgk_ApiKeyCanary_8a7b6c5d4e3f";

describe("ApiKey", () => {
  it("never prints itself; trims blanks at both ends", () => {
    const key = new ApiKey(`  ${KEY}\n`);
    expect(key.reveal()).toBe(KEY);
    for (const shown of [String(key), JSON.stringify({ key }), inspect(key)]) expect(shown).not.toContain(KEY);
  });

  it.each([
    ["", "is empty"],
    ["   ", "is empty"],
    [`${KEY}\n${KEY}`, "contains a newline at position 30 of 59"],
    [`${KEY.slice(0, 4)}\t${KEY.slice(4)}`, "contains a tab at position 5"],
    [`${KEY} ${KEY}`, "contains a space at position 30 of 59"],
    [`${KEY}\u00a0x`, "contains a non-breaking space (U+00A0) at position 30 of 31"],
    [`${KEY}\u201d`, "a curly closing double quote ” (U+201D)"],
    ["k".repeat(4097), "is 4 097 characters long, more than 4 096"],
    ["1234567", "is 7 characters long, fewer than 8"],
    [`"${KEY}"`, "is wrapped in quotes (its first and last characters are a double quote"],
    [`'${KEY}'`, "is wrapped in quotes (its first and last characters are a single quote"],
    [`"${KEY}`, "starts with a double quote"],
    [`${KEY}'`, "ends with a single quote"],
    [`TWINGATE_API_KEY=${KEY}`, "starts with a variable name and = (its first 17 characters"],
    [`TF_VAR_api_key=${KEY}`.replace("api_key", "API_KEY"), "starts with a variable name and ="],
    // Issue 8 round 2: the surrounding shape in any case, and what a shell, YAML or a header adds.
    [`twingate_api_key=${KEY}`, "starts with a variable name and = (its first 17 characters"],
    [`Twingate_Api_Key=${KEY}`, "starts with a variable name and ="],
    [`tf_var_api_key = ${KEY}`, "starts with a variable name and = (its first 17 characters"],
    [`api_key: ${KEY}`, "starts with a variable name and : (its first 9 characters"],
    [`X-API-KEY:${KEY}`, "starts with a variable name and :"],
    [`TWINGATE_API_KEY="${KEY}"`, "starts with a variable name and ="],
    [`export TWINGATE_API_KEY=${KEY}`, "starts with export, a variable name and = (its first 24 characters"],
    [`EXPORT twingate_api_key=${KEY}`, "starts with export, a variable name and ="],
    [`Bearer ${KEY}`, "starts with an authorization scheme such as Bearer (its first 7 characters)"],
    [`bearer  ${KEY}`, "starts with an authorization scheme such as Bearer"],
    [`Token: ${KEY}`, "starts with an authorization scheme such as Bearer"],
  ])("%#: a key %p is refused: it %s", (value, problem) => {
    expect(apiKeyProblem(value)).toContain(problem);
    const err = (() => {
      try {
        return new ApiKey(value);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InvalidApiKeyError);
    expect((err as Error).message).toContain(problem);
    expect((err as Error).message).not.toContain(KEY.slice(4, 16));
    for (const word of ["TWINGATE_API_KEY", "twingate_api_key", "tf_var", "X-API-KEY"]) expect((err as Error).message.toLowerCase()).not.toContain(word.toLowerCase());
  });

  it("keeps keys with _, - or . inside and base64 padding (= at the end only) as keys", () => {
    for (const key of [`${KEY}==`, `${KEY}=`, `${KEY}-x.y_z`, "AbCdEfGh+/IjKl==", `Bearer${KEY}`, `export${KEY}`]) expect(apiKeyProblem(key)).toBeNull();
  });

  it("refuses, for any case of a name before = or :, what surrounds the key: generated names never pass", () => {
    let seed = 0x8a;
    const r = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-";
    for (let i = 0; i < 300; i++) {
      let name = "aAbB_cC"[Math.floor(r() * 7)] as string;
      for (let k = Math.floor(r() * 20); k > 0; k--) name += alphabet[Math.floor(r() * alphabet.length)];
      const separator = ["=", ":", " = ", ": "][Math.floor(r() * 4)] as string;
      const value = `${name}${separator}${KEY}`;
      const problem = apiKeyProblem(value);
      expect({ value, problem: problem?.startsWith("starts with") }).toEqual({ value, problem: true });
      expect(problem).not.toContain(name.length >= 6 ? name : KEY);
      expect(problem).not.toContain(KEY.slice(4, 16));
    }
  });

  it("refuses an input that holds the key, naming the field only", () => {
    const key = new ApiKey(KEY);
    expect(() => assertNoKeyIn(key, { network: "acme", base_url: undefined, groups: ["a", `x${KEY.toLowerCase()}`] })).toThrow(InputContainsKeyError);
    try {
      assertNoKeyIn(key, { base_domain: `${KEY}.example` });
    } catch (e) {
      expect((e as InputContainsKeyError).field).toBe("base_domain");
      expect((e as Error).message).not.toContain(KEY.slice(4, 16));
    }
    expect(() => assertNoKeyIn(key, { network: "acme", groups: ["Contractors"] })).not.toThrow();
  });
});

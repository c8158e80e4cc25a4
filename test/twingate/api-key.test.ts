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
    expect((err as Error).message).not.toContain("TWINGATE_API_KEY");
  });

  it("keeps keys with = or _ inside, and a lower-case prefix with =, as keys", () => {
    for (const key of [`${KEY}==`, `tgk_a=b_${KEY}`, `abc_DEF=${KEY}`]) expect(apiKeyProblem(key)).toBeNull();
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

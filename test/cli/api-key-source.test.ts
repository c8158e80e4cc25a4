/**
 * Breaker finding 9: `--api-key-env "$KEY"` (the key instead of its variable's name) must not be
 * shown back, also when the key is upper case and so looks like a variable name.
 */
import { readApiKey, showableEnvName } from "../../src/cli/api-key-source";

const KEY = "CANARY7YC2KQ9LM4VP8RZ3WN6KS1TB5HD0";

describe("--api-key-env names shown back", () => {
  it("shows conventional variable names", () => {
    for (const name of ["TWINGATE_API_KEY", "TG_KEY_PROD", "ACME_TWINGATE_TOKEN", "KEY"]) expect(showableEnvName(name, { TWINGATE_API_KEY: "sim-key-0001-abcdef" })).toBe(true);
  });

  it("hides a name that is, or holds, or is held by the value of a secret variable, and key-shaped names", () => {
    expect(showableEnvName(KEY, { TWINGATE_API_KEY: KEY })).toBe(false);
    expect(showableEnvName(KEY.slice(0, 20), { TWINGATE_API_KEY: KEY.toLowerCase() })).toBe(false);
    expect(showableEnvName(KEY, { OTHER_SECRET: `x${KEY}y` })).toBe(false);
    expect(showableEnvName("AB12CD34EF56GH78IJ90KL12", {})).toBe(false);
  });

  it("a missing variable named by the key itself: the message never shows it", async () => {
    const error = await readApiKey({ apiKeyEnv: KEY, apiKeyStdin: false }, { TWINGATE_API_KEY: KEY }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain("its name is not shown");
    expect((error as Error).message).not.toContain(KEY.slice(0, 10));
  });
});

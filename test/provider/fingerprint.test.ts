import { fingerprint, matchesFingerprint, newSalt, saltOf } from "../../src/provider/fingerprint";
import { ApiKey } from "../../src/twingate/api-key";

describe("key fingerprints", () => {
  const key = new ApiKey("sim-rw-7Yc2kQ9vLm4TzX8pR1sN6bWd3HfJ0aGe");

  it("keeps the salt inside, so the same key and salt give the same value", () => {
    const salt = newSalt();
    const fp = fingerprint(key, salt);
    expect(saltOf(fp)).toBe(salt);
    expect(fingerprint(key, salt)).toBe(fp);
    expect(fp).not.toContain(key.reveal());
    expect(matchesFingerprint(key, fp)).toBe(true);
  });

  it("differs for another key or another salt, and rejects foreign values", () => {
    const salt = newSalt();
    const fp = fingerprint(key, salt);
    expect(matchesFingerprint(new ApiKey("sim-rw-other-key-0000000000"), fp)).toBe(false);
    expect(fingerprint(key, newSalt())).not.toBe(fp);
    expect(saltOf("sha256:abc")).toBeUndefined();
    expect(matchesFingerprint(key, null)).toBe(false);
  });
});

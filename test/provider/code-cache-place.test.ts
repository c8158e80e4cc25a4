// The code cache's place, and what a user is told when it is refused (load-engine.ts
// judgeCodeCachePlace, code-cache-notice.ts): a refused place turns the cache off, which makes every
// plan slower, so the provider logs why and `c1-twingate provider install` says so.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CODE_CACHE_OFF, CODE_CACHE_PLACE_FIX, codeCacheRefusal, codeCacheRefusalText } from "../../src/provider/code-cache-notice";
import { judgeCodeCachePlace } from "../../src/provider/load-engine";
import { generateSelfSignedCertificate } from "../../src/tfplugin";
import { runCli } from "../helpers/cli";
import { healthOf, preloadFixture, spawnProvider } from "./spawned-provider";

const posix = process.platform !== "win32";
const noHome = (): string => {
  throw new Error("no home");
};

/** A home whose ~/.cache others (the group) may write, as one made under umask 002 is. */
function homeWithSharedCache(): string {
  const home = mkdtempSync(join(tmpdir(), "cache-place-"));
  mkdirSync(join(home, ".cache"));
  chmodSync(join(home, ".cache"), 0o775);
  return home;
}

describe("the code cache's place", () => {
  let home = "";
  beforeEach(() => (home = homeWithSharedCache()));
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  (posix ? it : it.skip)("is refused, with the directory at fault and its fix, when the group may write a directory above it", () => {
    const place = judgeCodeCachePlace({ HOME: home }, noHome);
    expect(place).toEqual({ refused: join(home, ".cache", "c1-twingate", "v8"), problem: expect.objectContaining({ reason: expect.stringContaining(`group or others may write ${join(home, ".cache")} (mode 0775`) }) });
    if (!("refused" in place)) throw new Error("unreachable");
    const refusal = codeCacheRefusal(place);
    expect(refusal.fix).toBe(`Make it writable by you only: chmod go-w ${join(home, ".cache")}, or set C1TG_CODE_CACHE_DIR to a directory only you can write (made 0700 if missing)`);
    const text = codeCacheRefusalText(place);
    expect(text).toContain(CODE_CACHE_OFF);
    expect(text).toContain(`Its place, ${join(home, ".cache", "c1-twingate", "v8")}, is not private: group or others may write`);
    // Judging makes nothing.
    expect(readdirSync(join(home, ".cache"))).toEqual([]);
  });

  it("is the directory's real path once that directory is private, and off when asked or without a home", () => {
    chmodSync(join(home, ".cache"), 0o700);
    expect(judgeCodeCachePlace({ HOME: home }, noHome)).toEqual({ dir: join(home, ".cache", "c1-twingate", "v8") });
    expect(judgeCodeCachePlace({ HOME: home, C1TG_CODE_CACHE_DIR: "off" }, noHome)).toEqual({ off: true });
    expect(judgeCodeCachePlace({}, noHome)).toEqual({ off: true });
  });

  (posix ? it : it.skip)("is refused, never followed, when `..` comes after a link that leads nowhere; the general fix is not said twice", () => {
    symlinkSync(join(home, "missing"), join(home, "dangling"));
    const place = judgeCodeCachePlace({ HOME: home, C1TG_CODE_CACHE_DIR: `${home}/dangling/../v8` }, noHome);
    if (!("refused" in place)) throw new Error(`not refused: ${JSON.stringify(place)}`);
    expect(place.problem.reason).toContain("a symbolic link that leads nowhere");
    expect(codeCacheRefusal(place).fix).toBe(CODE_CACHE_PLACE_FIX);
  });
});

describe("a provider whose code cache's place is refused", () => {
  const fixture = preloadFixture("cache-place-", "");
  let home = "";
  beforeEach(() => (home = homeWithSharedCache()));
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  (posix ? it : it.skip)("logs why, and the fix, as a warning; keeps nothing there; and says nothing of it when the place is private", async () => {
    const clientCert = generateSelfSignedCertificate({ curve: "P-521" });
    const run = async (): Promise<string> => {
      // C1TG_CODE_CACHE_DIR empty: the place comes from HOME, as for a user who set nothing.
      const started = await spawnProvider({ preload: fixture.trap, clientCert, protocols: "6", env: { HOME: home, C1TG_CODE_CACHE_DIR: "", TF_LOG_PROVIDER: "warn" } });
      fixture.children.push(started.child);
      // Answered: the server is up, and its start-up warnings are logged before it serves.
      expect(await healthOf(started.line, clientCert)).toEqual({ status: "SERVING" });
      await new Promise((resolve) => (started.child.once("exit", resolve), started.child.kill("SIGTERM")));
      return started.stderr();
    };
    const refused = await run();
    const lines = refused.split("\n").filter((l) => l.includes(CODE_CACHE_OFF));
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] as string) as Record<string, string>;
    expect(line).toMatchObject({ "@level": "warn", "@message": CODE_CACHE_OFF, place: join(home, ".cache", "c1-twingate", "v8"), fix: expect.stringContaining(`chmod go-w ${join(home, ".cache")}`) });
    expect(line.reason).toContain("mode 0775");
    expect(existsSync(join(home, ".cache", "c1-twingate"))).toBe(false);

    chmodSync(join(home, ".cache"), 0o700);
    const kept = await run();
    expect(kept).not.toContain(CODE_CACHE_OFF);
    // The TLS key kept there now (plugin-identity.ts): the cache's place is in use.
    expect(readdirSync(join(home, ".cache", "c1-twingate", "v8"))).toContain("plugin-tls-identity");
  });
});

describe("c1-twingate provider install", () => {
  let home = "";
  beforeEach(() => (home = homeWithSharedCache()));
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  (posix ? it : it.skip)("says when the provider would run without its code cache here, why, and how to fix it (text and --json)", async () => {
    const env = { HOME: home, C1TG_CACHE_DIR: join(home, "installs"), TF_CLI_CONFIG_FILE: join(home, "none.tfrc") };
    const text = await runCli(["provider", "install", "--script", "--mirror", join(home, "mirror")], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Start-up: ${CODE_CACHE_OFF}. Its place, ${join(home, ".cache", "c1-twingate", "v8")}, is not private: group or others may write ${join(home, ".cache")} (mode 0775`);
    expect(text.stdout).toContain(`chmod go-w ${join(home, ".cache")}, or set C1TG_CODE_CACHE_DIR`);
    const json = await runCli(["provider", "install", "--script", "--mirror", join(home, "mirror"), "--json"], { env });
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { codeCache: unknown }).codeCache).toEqual({
      refused: { place: join(home, ".cache", "c1-twingate", "v8"), reason: expect.stringContaining("mode 0775"), fix: expect.stringContaining("chmod go-w") },
    });

    chmodSync(join(home, ".cache"), 0o700);
    const fine = await runCli(["provider", "install", "--script", "--mirror", join(home, "mirror")], { env });
    expect(fine.code).toBe(0);
    expect(fine.stdout).not.toContain(CODE_CACHE_OFF);
  });
});

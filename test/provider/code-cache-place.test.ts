// The code cache's place, and what a user is told when it is refused (load-engine.ts
// judgeCodeCachePlace, code-cache-notice.ts): a refused place turns the cache off, which makes every
// plan slower, so the provider logs why and `c1-twingate provider install` says so.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CODE_CACHE_OFF, CODE_CACHE_PLACE_FIX, codeCacheProblem, codeCacheProblemText } from "../../src/provider/code-cache-notice";
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
    const problem = codeCacheProblem(place);
    expect(problem?.fix).toBe(`Make that directory writable by you only: chmod go-w ${join(home, ".cache")}, or set C1TG_CODE_CACHE_DIR to a directory only you can write (made 0700 if missing)`);
    const text = codeCacheProblemText(problem as NonNullable<typeof problem>);
    expect(text).toContain(CODE_CACHE_OFF);
    expect(text).toContain(`Its place, ${join(home, ".cache", "c1-twingate", "v8")}, cannot be used: group or others may write`);
    // Judging makes nothing.
    expect(readdirSync(join(home, ".cache"))).toEqual([]);
  });

  it("is the directory's real path once that directory is private, and off when asked (in the ways people write it) or without a home", () => {
    chmodSync(join(home, ".cache"), 0o700);
    const used = judgeCodeCachePlace({ HOME: home }, noHome);
    expect(used).toEqual({ dir: join(home, ".cache", "c1-twingate", "v8") });
    expect(codeCacheProblem(used)).toBeUndefined();
    for (const off of ["off", "OFF", "false", "no", "None", "0", "off ", "disabled"]) expect(judgeCodeCachePlace({ HOME: home, C1TG_CODE_CACHE_DIR: off }, noHome)).toEqual({ off: true });
    expect(judgeCodeCachePlace({}, noHome)).toEqual({ off: true });
    expect(codeCacheProblem({ off: true })).toBeUndefined();
  });

  (posix ? it : it.skip)("is refused, never followed, when `..` comes after a link that leads nowhere, named as the place it would have been; the general fix is not said twice", () => {
    symlinkSync(join(home, "missing"), join(home, "dangling"));
    const place = judgeCodeCachePlace({ HOME: home, C1TG_CODE_CACHE_DIR: `${home}/dangling/../v8` }, noHome);
    if (!("refused" in place)) throw new Error(`not refused: ${JSON.stringify(place)}`);
    expect(place.refused).toBe(`${home}/dangling/../v8`);
    expect(place.problem.reason).toContain("a symbolic link that leads nowhere");
    expect(codeCacheProblem(place)?.fix).toBe(CODE_CACHE_PLACE_FIX);
    // A relative XDG_CACHE_HOME is ignored (the XDG spec): the place is the one under HOME.
    const viaHome = judgeCodeCachePlace({ HOME: `${home}/dangling/../h`, XDG_CACHE_HOME: "relative/dir" }, noHome);
    expect(viaHome).toMatchObject({ refused: `${home}/dangling/../h/.cache/c1-twingate/v8` });
  });

  it("refuses `~` or `$NAME` no shell expanded, instead of making a directory of that name where the provider runs", () => {
    for (const given of ["~/cc", "$HOME/cc", "${XDG_CACHE_HOME}/x"]) {
      const place = judgeCodeCachePlace({ HOME: home, C1TG_CODE_CACHE_DIR: given }, noHome);
      expect(codeCacheProblem(place)).toEqual({ place: given, reason: expect.stringMatching(/^C1TG_CODE_CACHE_DIR holds [~$], which no shell expanded: give the directory's full path$/), fix: CODE_CACHE_PLACE_FIX });
    }
  });

  (posix ? it : it.skip)("is said when its way cannot be walked: a link to something missing (a volume not mounted), a path too long, a loop", () => {
    chmodSync(join(home, ".cache"), 0o700);
    symlinkSync(join(home, "missing-volume", "cache"), join(home, ".cache", "c1-twingate"));
    expect(codeCacheProblem(judgeCodeCachePlace({ HOME: home }, noHome))).toEqual({
      place: join(home, ".cache", "c1-twingate", "v8"),
      reason: `${join(home, ".cache", "c1-twingate")}, above it, is a symbolic link to something that does not exist`,
      fix: CODE_CACHE_PLACE_FIX,
    });
    const deep = join(home, ...Array.from({ length: 22 }, () => "b".repeat(200)));
    expect(codeCacheProblem(judgeCodeCachePlace({ HOME: home, C1TG_CODE_CACHE_DIR: deep }, noHome))?.reason).toBe(`its path is longer than a path may be (${Buffer.byteLength(deep)} bytes, at most 4095)`);
    expect(readdirSync(home).filter((n) => n.startsWith("b"))).toEqual([]);
    symlinkSync("loop", join(home, "loop"));
    expect(codeCacheProblem(judgeCodeCachePlace({ HOME: home, C1TG_CODE_CACHE_DIR: join(home, "loop", "x") }, noHome))?.reason).toBe(`symbolic links on its way loop (ELOOP at ${join(home, "loop", "x")})`);
  });

  (posix ? it : it.skip)("never advises chmod on a directory shared on purpose (sticky, as /tmp) or on what is not a directory", () => {
    const shared = join(home, "shared");
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    const sticky = codeCacheProblem(judgeCodeCachePlace({ HOME: home, C1TG_CODE_CACHE_DIR: shared }, noHome));
    expect(sticky).toEqual({ place: shared, reason: "group or others may write it (mode 1777)", fix: CODE_CACHE_PLACE_FIX });
    const file = join(home, "afile");
    writeFileSync(file, "");
    expect(codeCacheProblem(judgeCodeCachePlace({ HOME: home, C1TG_CODE_CACHE_DIR: file }, noHome))).toEqual({ place: file, reason: "it is not a directory", fix: CODE_CACHE_PLACE_FIX });
    expect(codeCacheProblem(judgeCodeCachePlace({ HOME: home, C1TG_CODE_CACHE_DIR: join(file, "sub") }, noHome))).toEqual({ place: join(file, "sub"), reason: `${file}, above it, is not a directory`, fix: CODE_CACHE_PLACE_FIX });
    expect(codeCacheProblem(judgeCodeCachePlace({ HOME: home, C1TG_CODE_CACHE_DIR: "/dev/null" }, noHome))?.fix).toBe(CODE_CACHE_PLACE_FIX);
  });

  (posix ? it : it.skip)("is said when it is private but could never be written: a name too long, a directory of root's that this user cannot write", () => {
    chmodSync(join(home, ".cache"), 0o700);
    const long = join(home, "x".repeat(300));
    expect(codeCacheProblem(judgeCodeCachePlace({ HOME: home, C1TG_CODE_CACHE_DIR: long }, noHome))).toEqual({
      place: long,
      reason: "a name on its way is longer than a file name may be (300 bytes, at most 255)",
      fix: CODE_CACHE_PLACE_FIX,
    });
    // Root's ~/.cache in a user's home (a container build run as root): private, and closed to the user.
    const theirs = mkdtempSync(join(tmpdir(), "cache-place-user-"));
    mkdirSync(join(theirs, ".cache"), { mode: 0o755 });
    const expected = { place: join(theirs, ".cache", "c1-twingate", "v8"), reason: `it would be made in ${join(theirs, ".cache")}, which you cannot write`, fix: CODE_CACHE_PLACE_FIX };
    try {
      if (process.getuid?.() === 0) {
        // access(2) lets root write anywhere: the user's answer for that directory, the rest as it is.
        const asUser = (dir: string): boolean => dir !== join(theirs, ".cache");
        expect(codeCacheProblem(judgeCodeCachePlace({ HOME: theirs }, noHome), asUser)).toEqual(expected);
        expect(codeCacheProblem(judgeCodeCachePlace({ HOME: theirs }, noHome))).toBeUndefined();
      } else {
        chmodSync(join(theirs, ".cache"), 0o500);
        expect(codeCacheProblem(judgeCodeCachePlace({ HOME: theirs }, noHome))).toEqual(expected);
      }
    } finally {
      chmodSync(join(theirs, ".cache"), 0o700);
      rmSync(theirs, { recursive: true, force: true });
    }
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
    expect(text.stdout).toContain(`Start-up: ${CODE_CACHE_OFF}. Its place, ${join(home, ".cache", "c1-twingate", "v8")}, cannot be used: group or others may write ${join(home, ".cache")} (mode 0775`);
    expect(text.stdout).toContain(`chmod go-w ${join(home, ".cache")}, or set C1TG_CODE_CACHE_DIR`);
    // The place comes from the environment: shown on one line, its control characters escaped.
    const odd = join(home, "odd\nStart-up: fake\u001b[31m");
    mkdirSync(odd);
    chmodSync(odd, 0o777);
    const escaped = await runCli(["provider", "install", "--script", "--mirror", join(home, "mirror")], { env: { ...env, C1TG_CODE_CACHE_DIR: join(odd, "v8") } });
    expect(escaped.stdout.split("\n").filter((l) => l.startsWith("Start-up:"))).toEqual([expect.stringContaining("odd\\nStart-up: fake\\x1b[31m")]);
    // Nor, in --json, a `##[` a CI log would read as a workflow command (the JSON still parses to the same path).
    const command = join(home, "ww", "##[error]fake");
    mkdirSync(command, { recursive: true });
    chmodSync(join(home, "ww"), 0o777);
    const guarded = await runCli(["provider", "install", "--script", "--mirror", join(home, "mirror"), "--json"], { env: { ...env, C1TG_CODE_CACHE_DIR: command } });
    expect(guarded.stdout).not.toContain("##[");
    expect((JSON.parse(guarded.stdout) as { codeCache: { refused: { place: string } } }).codeCache.refused.place).toBe(command);
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

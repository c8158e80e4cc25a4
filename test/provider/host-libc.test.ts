import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExecutableHostLibcError } from "../../src/provider/errors";
import { linuxRuntimeNote, linuxRuntimeRequirement } from "../../src/provider/executables";
import { checkExecutableHost, detectHostLibc, type LibcProbe } from "../../src/provider/host-libc";
import { installC1twingateProvider } from "../../src/provider/install";
import { runCli } from "../helpers/cli";
import { PROVIDER_BUNDLE } from "./provider-bundle";

const PRELOAD = ["-r", join(__dirname, "..", "helpers", "fake-libc-preload.cjs")];

function probe(platform: NodeJS.Platform, glibc: string | undefined, musl?: string): LibcProbe {
  return { platform, glibcVersionRuntime: () => glibc, muslLoader: () => musl };
}

const refusal = (p: LibcProbe) => {
  try {
    checkExecutableHost(detectHostLibc(p));
  } catch (error) {
    return error;
  }
  return undefined;
};

describe("the executable form's C library requirement on this host", () => {
  it("passes glibc 2.36 and the minimum 2.28", () => {
    expect(detectHostLibc(probe("linux", "2.36"))).toEqual({ kind: "glibc", version: "2.36" });
    expect(refusal(probe("linux", "2.36"))).toBeUndefined();
    expect(refusal(probe("linux", "2.28"))).toBeUndefined();
    expect(refusal(probe("linux", "3.0"))).toBeUndefined();
  });

  it("refuses glibc 2.27 (the executables need GLIBC_2.28), naming the version and the way out", () => {
    const error = refusal(probe("linux", "2.27", "/lib/ld-musl-x86_64.so.1"));
    expect(error).toBeInstanceOf(ExecutableHostLibcError);
    expect((error as ExecutableHostLibcError).code).toBe("C1TG_EXECUTABLE_HOST_LIBC");
    expect((error as Error).message).toMatch(/C library is glibc 2\.27, .*need glibc >= 2\.28 .*GLIBCXX_3\.4\.21.*provider install --script/);
    expect(refusal(probe("linux", "2.9"))).toBeInstanceOf(ExecutableHostLibcError); // 2.9 < 2.28, not "2.9" > "2.28"
  });

  it("refuses musl, telling to install --script (apk add nodejs) or use a glibc-based image", () => {
    const p = probe("linux", undefined, "/lib/ld-musl-aarch64.so.1");
    expect(detectHostLibc(p)).toEqual({ kind: "musl", loader: "/lib/ld-musl-aarch64.so.1" });
    const error = refusal(p) as Error;
    expect(error).toBeInstanceOf(ExecutableHostLibcError);
    expect(error.message).toMatch(/C library is musl \(\/lib\/ld-musl-aarch64\.so\.1; Alpine/);
    expect(error.message).toMatch(/c1-twingate provider install --script .*node >= 20; on Alpine: apk add nodejs.*glibc-based image/);
  });

  it("refuses a Linux that reports no glibc and has no musl loader, saying so", () => {
    expect(detectHostLibc(probe("linux", undefined))).toEqual({ kind: "other" });
    expect((refusal(probe("linux", undefined)) as Error).message).toMatch(/a C library other than glibc .*--script/);
  });

  it("does not apply off Linux (macOS and Windows executables are Node's own builds there)", () => {
    const neverAsked = { platform: "darwin" as const, glibcVersionRuntime: () => { throw new Error("asked"); }, muslLoader: () => { throw new Error("asked"); } };
    expect(detectHostLibc(neverAsked)).toEqual({ kind: "not-linux" });
    expect(refusal(neverAsked)).toBeUndefined();
    expect(refusal(probe("win32", undefined))).toBeUndefined();
  });

  it("finds this machine's glibc the documented way (Node's diagnostic report header)", () => {
    const libc = detectHostLibc();
    if (process.platform !== "linux") expect(libc).toEqual({ kind: "not-linux" });
    else expect(libc).toEqual(existsSync("/lib/ld-musl-x86_64.so.1") || existsSync("/lib/ld-musl-aarch64.so.1") ? { kind: "musl", loader: expect.any(String) } : { kind: "glibc", version: expect.stringMatching(/^\d+\.\d+/) });
  });

  it("names the requirement for the linux executables provider package builds, once, and nothing without them", () => {
    const exe = (...platforms: string[]) => platforms.map((platform) => ({ platform, form: "executable" as const }));
    expect(linuxRuntimeRequirement(exe("darwin_arm64", "windows_amd64"))).toBeNull();
    expect(linuxRuntimeNote(exe("darwin_arm64"))).toEqual([]);
    expect(linuxRuntimeRequirement(exe("linux_amd64", "darwin_arm64", "linux_arm64"))).toBe(
      "the linux_amd64, linux_arm64 executables need glibc >= 2.28 (GLIBC_2.28), libstdc++.so.6 with GLIBCXX_3.4.21 (GCC 5 or later) and libgcc_s.so.1; not musl (Alpine)",
    );
    expect(linuxRuntimeRequirement(exe("linux_arm64"))).toMatch(/^the linux_arm64 executable needs glibc >= 2\.28 /);
    const note = linuxRuntimeNote(exe("linux_amd64")).join("\n");
    expect(note.match(/glibc >= 2\.28/g)).toHaveLength(1);
    expect(note).toMatch(/Alpine\/musl .*apk add nodejs, then c1-twingate provider install --script.*glibc-based image/);
  });

  it("counts only the linux packages that are executables: a script one runs on the runner's node, whatever its libc", () => {
    const archives = [
      { platform: "linux_amd64", form: "executable" as const },
      { platform: "linux_arm64", form: "script" as const },
    ];
    expect(linuxRuntimeRequirement(archives)).toMatch(/^the linux_amd64 executable needs glibc/);
    expect(linuxRuntimeRequirement([{ platform: "linux_arm64", form: "script" }])).toBeNull();
    expect(linuxRuntimeNote([{ platform: "linux_amd64", form: "script" }])).toEqual([]);
  });
});

describe("provider install on a musl or old-glibc Linux", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "c1tg-libc-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("refuses the executable form before building anything, and installs nothing", async () => {
    const mirrorDir = join(root, "mirror");
    const attempt = installC1twingateProvider({ bundle: PROVIDER_BUNDLE, mirrorDir, caches: { runtimeCacheDir: join(root, "rt"), buildCacheDir: join(root, "build") }, libcProbe: probe("linux", undefined, "/lib/ld-musl-x86_64.so.1") });
    await expect(attempt).rejects.toThrow(ExecutableHostLibcError);
    expect(existsSync(mirrorDir)).toBe(false);
    expect(existsSync(join(root, "rt"))).toBe(false); // no Node runtime downloaded
    const script = await installC1twingateProvider({ form: "script", bundle: PROVIDER_BUNDLE, mirrorDir, libcProbe: probe("linux", undefined, "/lib/ld-musl-x86_64.so.1") });
    expect(script.packages.length).toBeGreaterThan(0);
  });

  it("c1-twingate provider install: exit 1 with the coded message on musl; --script still installs", async () => {
    const env = { HOME: root, C1TG_CACHE_DIR: join(root, "cache") };
    const refused = await runCli(["provider", "install"], { env, nodeArgs: PRELOAD });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/\[C1TG_EXECUTABLE_HOST_LIBC\] .*C library is musl \(\/lib\/ld-musl-x86_64\.so\.1; Alpine.*need glibc >= 2\.28.*provider install --script/);
    expect(existsSync(join(root, ".terraform.d"))).toBe(false);
    expect(existsSync(join(root, "cache"))).toBe(false);

    const script = await runCli(["provider", "install", "--script"], { env, nodeArgs: PRELOAD });
    expect(script.stderr).toBe("");
    expect(script.code).toBe(0);
    expect(existsSync(join(root, ".terraform.d/plugins/c1twingate.invalid/local/c1twingate/0.1.0/linux_amd64/terraform-provider-c1twingate_v0.1.0"))).toBe(true);
  });

  it("c1-twingate provider package on musl: refused before anything is downloaded or built (the build runs the glibc Node), saying to build on a glibc host", async () => {
    const out = join(root, "out");
    const run = await runCli(["provider", "package", "--platform", "linux_amd64", "--out", out], { env: { HOME: root, C1TG_CACHE_DIR: join(root, "pkg-cache") }, nodeArgs: PRELOAD });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\[C1TG_EXECUTABLE_HOST_LIBC\] .*C library is musl .*To make executables for other machines .* run that on a glibc-based host/);
    expect(existsSync(join(root, "pkg-cache"))).toBe(false);
    expect(existsSync(join(out, "executables"))).toBe(false);
  });

  it("c1-twingate provider install on glibc 2.27: refused, naming the version", async () => {
    const run = await runCli(["provider", "install", "--json"], { env: { HOME: root, C1TG_CACHE_DIR: join(root, "cache"), FAKE_GLIBC: "2.27" }, nodeArgs: PRELOAD });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\[C1TG_EXECUTABLE_HOST_LIBC\] .*C library is glibc 2\.27, .*need glibc >= 2\.28/);
  });
});

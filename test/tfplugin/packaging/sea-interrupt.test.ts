/**
 * A build of a single executable stopped by a signal (Ctrl-C, a cancelled CI job) while postject
 * injects the blob: the injector is killed with it, and neither the build's work directory nor an
 * executable is left behind. The builder runs in its own Node process (as the CLI does), and is
 * sent SIGTERM once its injector is seen running (Linux: /proc).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { currentPlatform } from "../../../src/tfplugin";
import { SEA_SENTINEL_FUSE } from "../../../src/tfplugin/packaging/sea";
import { TEST_CACHES } from "../../provider/executable-fixture";
import { PROVIDER_BUNDLE } from "../../provider/provider-bundle";
import { processesWith, until } from "../../helpers/processes";

jest.setTimeout(600_000);

const REPO = join(__dirname, "..", "..", "..");

describe("a single-executable build stopped by a signal", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "c1tg-sea-interrupt-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("kills postject and removes its work directory on SIGTERM during the injection, then ends by the signal", async () => {
    const outDir = join(dir, "out");
    const script = join(dir, "build.ts");
    // No build cache: the blob is really injected (a cached executable would be copied instead).
    writeFileSync(
      script,
      `import { buildSingleExecutable } from ${JSON.stringify(join(REPO, "src/tfplugin/packaging/sea"))};
buildSingleExecutable({ script: ${JSON.stringify(PROVIDER_BUNDLE)}, platform: ${JSON.stringify(currentPlatform())}, outFile: ${JSON.stringify(join(outDir, "provider"))}, runtimeCacheDir: ${JSON.stringify(TEST_CACHES.runtimeCacheDir)} })
  .then(() => process.stdout.write("built\\n"), (e) => { process.stderr.write(String(e && e.message)); process.exit(3); });`,
    );
    // The build works in a private temp dir (mkdtemp in TMPDIR), never beside --out.
    const temp = join(dir, "tmp");
    mkdirSync(temp);
    const builder = spawn(process.execPath, ["--import", "tsx", script], { cwd: REPO, env: { ...process.env, TMPDIR: temp }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    builder.stdout.on("data", (d: Buffer) => (output += d.toString()));
    builder.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => builder.on("close", (code, signal) => resolve({ code, signal })));

    // The injector's command line holds the fuse and a path inside the build's work directory.
    const [injector] = await until(() => {
      if (builder.exitCode !== null) throw new Error(`the build ended before injecting: ${output}`);
      const pids = processesWith(SEA_SENTINEL_FUSE, temp);
      return pids.length > 0 ? pids : undefined;
    });
    const work = readdirSync(temp).filter((e) => e.startsWith("c1tg-sea-"));
    expect(work).toHaveLength(1);
    expect(statSync(join(temp, work[0] ?? "")).mode & 0o777).toBe(0o700);
    builder.kill("SIGTERM");

    const end = await exited;
    expect({ ...end, output }).toEqual({ code: null, signal: "SIGTERM", output: "" });
    await until(() => (processesWith(SEA_SENTINEL_FUSE, temp).length === 0 ? true : undefined));
    expect(existsSync(`/proc/${injector}`) && readFileSync(`/proc/${injector}/cmdline`, "latin1").includes(temp)).toBe(false);
    // (tsx keeps its own cache there too.)
    expect(readdirSync(temp).filter((e) => e.startsWith("c1tg-"))).toEqual([]);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });
});

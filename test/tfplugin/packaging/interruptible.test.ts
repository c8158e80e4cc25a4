/**
 * The interrupt scope shared by every step of an executable build (interruptible.ts): handlers
 * installed once while any scope is open, and on a signal every running step and every registered
 * dir of every scope, nested or concurrent, is dealt with before the signal is raised again.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { interruptible, interruptScopeOpen, runStep } from "../../../src/tfplugin/packaging/interruptible";

const REPO = join(__dirname, "..", "..", "..");

describe("interruptible", () => {
  it("installs its handlers once while any scope is open, nested or overlapping, and removes them after the last", async () => {
    const before = process.listenerCount("SIGTERM");
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const outer = interruptible(async () => {
      await interruptible(async () => expect(process.listenerCount("SIGTERM")).toBe(before + 1));
      await gate;
    });
    const other = interruptible(async () => expect(interruptScopeOpen()).toBe(true));
    await other;
    expect(process.listenerCount("SIGTERM")).toBe(before + 1);
    release();
    await outer;
    expect(process.listenerCount("SIGTERM")).toBe(before);
    expect(interruptScopeOpen()).toBe(false);
    await expect(interruptible(async () => Promise.reject(new Error("failed")))).rejects.toThrow("failed");
    expect(process.listenerCount("SIGTERM")).toBe(before);
  });

  it("on SIGTERM kills the steps and removes the dirs of two concurrent builds, then lets the host's own handler run", async () => {
    const root = mkdtempSync(join(tmpdir(), "c1tg-interruptible-"));
    try {
      const script = join(root, "two-builds.ts");
      writeFileSync(
        script,
        `import { mkdirSync } from "node:fs";
import { interruptible, runStep, withDirectory } from ${JSON.stringify(join(REPO, "src/tfplugin/packaging/interruptible"))};
// The host's own handler: exit 7 once the builds reported how their steps ended (not after a fixed delay a busy machine can miss).
let heard = false;
process.on("SIGTERM", () => { process.stdout.write("host handler\\n"); heard = true; });
const build = (dir: string) => interruptible(() => { mkdirSync(dir); return withDirectory(dir, () => interruptible(() => runStep("sleep", ["300"], { cwd: dir, timeoutMs: 600_000 }))); });
Promise.all([build(${JSON.stringify(join(root, "a"))}), build(${JSON.stringify(join(root, "b"))})]).then((steps) => { process.stdout.write(JSON.stringify(steps.map((s) => s.signal)) + "\\n"); if (heard) process.exit(7); });
process.stdout.write("started\\n");`,
      );
      mkdirSync(join(root, "out"));
      const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (d: Buffer) => (output += d.toString()));
      child.stderr.on("data", (d: Buffer) => (output += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
      const end = Date.now() + 60_000;
      while (!(output.includes("started") && existsSync(join(root, "a")) && existsSync(join(root, "b")))) {
        if (Date.now() > end || child.exitCode !== null) throw new Error(`the builds did not start: ${output}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => setTimeout(r, 200)); // the sleeps spawned
      child.kill("SIGTERM");
      expect(await exited).toBe(7);
      expect(output).toBe(`started\nhost handler\n["SIGKILL","SIGKILL"]\n`);
      expect(existsSync(join(root, "a"))).toBe(false);
      expect(existsSync(join(root, "b"))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("runStep", () => {
  it("refuses a relative working directory: the step's relative paths would name other files there", async () => {
    const step = await runStep("true", [], { cwd: "some/dir", timeoutMs: 10_000 });
    expect(step.code).toBeNull();
    expect(step.error?.message).toMatch(/working directory must be an absolute path, not "some\/dir"/);
    const ok = await runStep("true", [], { cwd: tmpdir(), timeoutMs: 10_000 });
    expect(ok.code).toBe(0);
  });
});

/**
 * dist/cli.js compiles the CLI (dist/cli-main.js) with a V8 code cache (src/cli/bootstrap.ts):
 * the first run on a machine writes it, later runs use it and behave the same; `off` and
 * `node --enable-source-maps` (whose stack traces need Node's own loader) compile as usual.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "c1tg-cli-cache-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cacheFiles = (cache: string): string[] => {
  try {
    return readdirSync(cache).filter((f) => f.endsWith(".v8cache"));
  } catch {
    return [];
  }
};

describe("the CLI's code cache", () => {
  it("is written by the first run and used by the next, with the same output", async () => {
    const cache = join(dir, "v8");
    const first = await runCli(["check", "--help"], { env: { C1TG_CODE_CACHE_DIR: cache } });
    expect(first.code).toBe(0);
    expect(cacheFiles(cache)).toHaveLength(1);
    const [file] = cacheFiles(cache);
    const second = await runCli(["check", "--help"], { env: { C1TG_CODE_CACHE_DIR: cache } });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stdout).toContain("--network");
    expect(cacheFiles(cache)).toEqual([file]);
  });

  it("a corrupt cache costs only a plain compile", async () => {
    const cache = join(dir, "corrupt");
    await runCli(["--version"], { env: { C1TG_CODE_CACHE_DIR: cache } });
    const [file = ""] = cacheFiles(cache);
    writeFileSync(join(cache, file), Buffer.from("not a V8 code cache"));
    const run = await runCli(["--version"], { env: { C1TG_CODE_CACHE_DIR: cache } });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("writes nothing when off, or under --enable-source-maps", async () => {
    const off = await runCli(["--version"], { env: { C1TG_CODE_CACHE_DIR: "off", HOME: dir } });
    expect(off.code).toBe(0);
    const cache = join(dir, "maps");
    const maps = await runCli(["--version"], { env: { C1TG_CODE_CACHE_DIR: cache, NODE_OPTIONS: "--enable-source-maps" } });
    expect(maps.code).toBe(0);
    expect(maps.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(cacheFiles(cache)).toEqual([]);
    expect(cacheFiles(join(dir, ".cache", "c1-twingate", "v8"))).toEqual([]);
  });
});

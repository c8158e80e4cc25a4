/**
 * dist/cli.js compiles the CLI (dist/cli-main.js) with a V8 code cache (src/cli/bootstrap.ts):
 * the first run on a machine writes it, later runs use it and behave the same; a damaged cache
 * file of any kind costs a plain compile; the directory stays bounded; `off`, no home directory
 * and `node --enable-source-maps` (whose stack traces need Node's own loader) compile as usual.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { codeCacheDir } from "../../src/provider/load-engine";
import { MAX_CACHE_FILES } from "../../src/tfplugin/packaging/lazy-module";
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

  // A damaged file of every kind: V8 does not check the payload itself (a flipped byte in the
  // middle crashed Node with exit 133/139, and every later run with it, before the checksum).
  const damages: Array<[string, (bytes: Buffer) => Buffer]> = [
    ["not a cache at all", () => Buffer.from("not a V8 code cache")],
    ["empty", () => Buffer.alloc(0)],
    ["cut short", (b) => b.subarray(0, Math.floor(b.length / 2))],
    ["trailing bytes", (b) => Buffer.concat([b, Buffer.from("tail")])],
    ...[100, 1_000, 50_000, 300_000, 600_000, 900_000].map((at): [string, (bytes: Buffer) => Buffer] => [
      `64 bytes flipped at ${at}`,
      (b) => {
        const out = Buffer.from(b);
        for (let i = at; i < Math.min(at + 64, out.length); i++) out[i] = (out[i] as number) ^ 0xff;
        return out;
      },
    ]),
    ["all but the first 64 bytes zeroed (a file not flushed before a crash)", (b) => Buffer.concat([b.subarray(0, 64), Buffer.alloc(b.length - 64)])],
  ];

  it.each(damages)("a damaged cache (%s) costs only a plain compile, and is rewritten", async (_name, damage) => {
    const cache = mkdtempSync(join(dir, "damaged-"));
    await runCli(["check", "--help"], { env: { C1TG_CODE_CACHE_DIR: cache } });
    const [file = ""] = cacheFiles(cache);
    const good = readFileSync(join(cache, file));
    writeFileSync(join(cache, file), damage(good));
    const run = await runCli(["check", "--help"], { env: { C1TG_CODE_CACHE_DIR: cache } });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(run.stdout).toContain("--network");
    // The process that found it damaged wrote a good one: the next run uses it.
    expect(readFileSync(join(cache, file)).length).toBeGreaterThan(64);
    const next = await runCli(["check", "--help"], { env: { C1TG_CODE_CACHE_DIR: cache } });
    expect(next.stdout).toBe(run.stdout);
  });

  it("keeps only the newest cache files, one per build", async () => {
    const cache = join(dir, "many");
    mkdirSync(cache);
    for (let i = 0; i < MAX_CACHE_FILES + 8; i++) {
      const old = join(cache, `${String(i).padStart(40, "0")}.v8cache`);
      writeFileSync(old, "old");
      utimesSync(old, new Date(2020, 0, 1), new Date(2020, 0, 1 + i));
    }
    const run = await runCli(["--version"], { env: { C1TG_CODE_CACHE_DIR: cache } });
    expect(run.code).toBe(0);
    const left = cacheFiles(cache);
    expect(left).toHaveLength(MAX_CACHE_FILES);
    // The one just written is kept; the oldest went first.
    expect(left.filter((f) => !f.startsWith("0000"))).toHaveLength(1);
    expect(left).not.toContain(`${"0".repeat(40)}.v8cache`);
  });

  it("no home directory at all: no cache, no crash", () => {
    const noHome = () => {
      throw new Error("uv_os_homedir returned ENOENT");
    };
    expect(codeCacheDir({}, noHome)).toBeUndefined();
    expect(codeCacheDir({ XDG_CACHE_HOME: "/x" }, noHome)).toBe(join("/x", "c1-twingate", "v8"));
    expect(codeCacheDir({ HOME: dir }, noHome)).toBe(join(dir, ".cache", "c1-twingate", "v8"));
    expect(codeCacheDir({ C1TG_CODE_CACHE_DIR: "off", HOME: dir }, noHome)).toBeUndefined();
  });

  it("a home that does not exist (a service user's /nonexistent) means no cache, and is never created", async () => {
    const missing = join(dir, "nonexistent");
    expect(codeCacheDir({ HOME: missing })).toBeUndefined();
    const run = await runCli(["--version"], { env: { HOME: missing } });
    expect(run.code).toBe(0);
    expect(existsSync(missing)).toBe(false);
  });

  it("an absolute directory from a relative C1TG_CODE_CACHE_DIR; a relative XDG_CACHE_HOME is ignored, as the XDG spec says", () => {
    expect(codeCacheDir({ C1TG_CODE_CACHE_DIR: "rel/v8", HOME: dir })).toBe(resolve("rel/v8"));
    expect(codeCacheDir({ XDG_CACHE_HOME: "rel", HOME: dir })).toBe(join(dir, ".cache", "c1-twingate", "v8"));
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

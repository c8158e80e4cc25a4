import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLazyModule, splitLazyModules } from "../../../src/tfplugin/packaging/lazy-module";
import { lazyModuleComment } from "../../../src/tfplugin/packaging/lazy-module-comment";

describe("lazy modules", () => {
  const source = 'module.exports = { hello: () => "*/ not the end of anything" };\n';
  const code = 'const MARK = "/*@lazy-module "; console.log(MARK);\n';

  it("split off only the comments that end the bundle, whatever the code or the module contains", () => {
    const bundle = `${code}${lazyModuleComment("a", source)}${lazyModuleComment("b", "exports.b = 2;")}\n`;
    expect(splitLazyModules(bundle)).toEqual({ code, modules: [{ name: "a", source }, { name: "b", source: "exports.b = 2;" }] });
    expect(splitLazyModules(code)).toEqual({ code, modules: [] });
  });

  it("read back from the bundle file, with a clear error when it is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "lazy-"));
    try {
      const file = join(dir, "bundle.js");
      writeFileSync(file, `${code}${lazyModuleComment("engine", source)}`);
      expect(readLazyModule("engine", file)).toBe(source);
      expect(() => readLazyModule("other", file)).toThrow(/carries no lazy module "other": rebuild it/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("are found only in a comment that really ends the file", () => {
    const comment = lazyModuleComment("engine", source);
    for (const bundle of ["", "\n\n", `${code}${comment.slice(0, -2)}`, `${code}${comment} x`, `${comment.slice(0, -2)} */ */`, "/*@lazy-module */"])
      expect(splitLazyModules(bundle)).toEqual({ code: bundle, modules: [] });
    expect(splitLazyModules(`${comment} \t\r\n`)).toEqual({ code: "", modules: [{ name: "engine", source }] });
  });

  it("are compressed, the same bytes for the same source, and unicode survives", () => {
    const big = `${"exports.tables = [" + Array.from({ length: 2000 }, (_, i) => `"row ${i % 50} ✓ ü 𝒜"`).join(",")}];\n`;
    const comment = lazyModuleComment("big", big);
    expect(comment).toMatch(/^\/\*@lazy-module big zlib [A-Za-z0-9+/=]+\*\/$/);
    expect(comment.length).toBeLessThan(big.length / 4);
    expect(lazyModuleComment("big", big)).toBe(comment);
    expect(splitLazyModules(`${code}${comment}`).modules).toEqual([{ name: "big", source: big }]);
  });

  it("carry a checksum: no single changed character of the data decodes (raw DEFLATE often did, to other code)", () => {
    const big = `${"exports.tables = [" + Array.from({ length: 500 }, (_, i) => `"row ${i} of the table"`).join(",")}];\n`;
    const comment = lazyModuleComment("big", big);
    const start = comment.indexOf(" zlib ") + 6;
    const end = comment.length - 2;
    let tried = 0;
    for (let at = start; at < end - 4; at += Math.max(1, Math.floor((end - start) / 60))) {
      const swapped = `${comment.slice(0, at)}${comment[at] === "A" ? "B" : "A"}${comment.slice(at + 1)}`;
      expect(() => splitLazyModules(`${code}${swapped}`)).toThrow();
      tried++;
    }
    expect(tried).toBeGreaterThan(40);
  });

  it("may ride uncompressed with their SHA-256 (read before the provider's handshake, without node:zlib); no changed character decodes", () => {
    const text = `${"exports.rows = [" + Array.from({ length: 300 }, (_, i) => `"row ${i} ✓"`).join(",")}];\n`;
    const comment = lazyModuleComment("serve", text, { compress: false });
    expect(comment).toMatch(/^\/\*@lazy-module serve sha256=[0-9a-f]{64} [A-Za-z0-9+/=]+\*\/$/);
    expect(splitLazyModules(`${code}${comment}`).modules).toEqual([{ name: "serve", source: text }]);
    const start = comment.lastIndexOf(" ") + 1;
    const end = comment.length - 2;
    let tried = 0;
    for (let at = start; at < end - 4; at += Math.max(1, Math.floor((end - start) / 60))) {
      const swapped = `${comment.slice(0, at)}${comment[at] === "A" ? "B" : "A"}${comment.slice(at + 1)}`;
      expect(() => splitLazyModules(`${code}${swapped}`)).toThrow(/lazy module "serve" is damaged \(its SHA-256 does not match the one recorded beside it\): the file was changed after it was built; build it or install the provider again/);
      tried++;
    }
    expect(tried).toBeGreaterThan(40);
  });

  it("read the older forms (raw DEFLATE, none), and refuse an encoding they do not know", () => {
    const raw = `/*@lazy-module old deflate ${require("node:zlib").deflateRawSync(Buffer.from(source)).toString("base64")}*/`;
    expect(splitLazyModules(`${code}${raw}`)).toEqual({ code, modules: [{ name: "old", source }] });
    const plain = `/*@lazy-module old ${Buffer.from(source, "utf8").toString("base64")}*/`;
    expect(splitLazyModules(`${code}${plain}`)).toEqual({ code, modules: [{ name: "old", source }] });
    const unknown = `/*@lazy-module future zstd ${Buffer.from(source, "utf8").toString("base64")}*/`;
    expect(() => splitLazyModules(`${code}${unknown}`)).toThrow(/lazy module "future" is in an encoding this build cannot read \("zstd"\): rebuild/);
  });
});

describe("compileCommonJs", () => {
  it("saves a V8 code cache at exit that the next process uses, and survives a corrupt one", () => {
    const { execFileSync } = require("node:child_process") as typeof import("node:child_process");
    const { readdirSync } = require("node:fs") as typeof import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "codecache-"));
    try {
      const cacheDir = join(dir, "v8");
      const script = join(dir, "run.ts");
      writeFileSync(
        script,
        `import { compileCommonJs } from ${JSON.stringify(join(__dirname, "../../../src/tfplugin/packaging/lazy-module"))};
const { factory, cache } = compileCommonJs("exports.sum = (a, b) => a + b;", "m.js", ${JSON.stringify(cacheDir)});
const mod = { exports: {} as { sum?: (a: number, b: number) => number } };
factory(mod.exports, require, mod, "m.js", ".");
process.stdout.write(cache + " " + mod.exports.sum?.(2, 3));`,
      );
      const tsx = join(__dirname, "../../../node_modules/.bin/tsx");
      const run = (): string => execFileSync(tsx, [script], { encoding: "utf8" });
      expect(run()).toBe("miss 5");
      expect(readdirSync(cacheDir)).toEqual([expect.stringMatching(/^[0-9a-f]{40}\.v8cache$/)]);
      expect(run()).toBe("hit 5");
      writeFileSync(join(cacheDir, readdirSync(cacheDir)[0] ?? ""), "garbage");
      expect(run()).toBe("rejected 5");
      expect(run()).toBe("hit 5");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes a cache again when a process did what the cache's writer had not, so it holds the functions of both, then leaves it", () => {
    // Terraform's schema-only process writes serve's cache first, the validating one main's; the planning one runs more of both.
    const { execFileSync } = require("node:child_process") as typeof import("node:child_process");
    const { readdirSync, readFileSync: read } = require("node:fs") as typeof import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "codecache-coverage-"));
    try {
      const cacheDir = join(dir, "v8");
      const script = join(dir, "run.ts");
      const bodies = Array.from({ length: 40 }, (_, i) => `exports.f${i} = (n) => { let s = 0; for (let j = 0; j < n; j++) s += (j * ${i + 1}) % 7; return s; };`).join("\n");
      writeFileSync(
        script,
        `import { compileCommonJs } from ${JSON.stringify(join(__dirname, "../../../src/tfplugin/packaging/lazy-module"))};
import { noteCoverage } from ${JSON.stringify(join(__dirname, "../../../src/tfplugin/packaging/cache-coverage"))};
const [did, calls] = JSON.parse(process.argv[2] ?? "[]") as [string[], number[]];
for (const d of did) noteCoverage(d);
const { factory, cache } = compileCommonJs(${JSON.stringify(bodies)}, "m.js", ${JSON.stringify(cacheDir)});
const mod = { exports: {} as Record<string, (n: number) => number> };
factory(mod.exports, require, mod, "m.js", ".");
for (const c of calls) mod.exports["f" + c]?.(3);
process.stdout.write(cache);`,
      );
      const tsx = join(__dirname, "../../../node_modules/.bin/tsx");
      const run = (did: string[], calls: number[]): string => execFileSync(tsx, [script, JSON.stringify([did, calls])], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
      const file = (): Buffer => read(join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith(".v8cache")) ?? ""));
      /** What the cache's writer had done, and the size of its V8 data. */
      const kept = (): { did: string[]; v8: number } => {
        const data = file().subarray(32);
        const end = 4 + data.readUInt32BE(0);
        return { did: JSON.parse(data.toString("utf8", 4, end)) as string[], v8: data.length - end };
      };
      expect(run(["/schema"], [0])).toBe("miss");
      const first = kept();
      expect(first.did).toEqual(["/schema"]);
      const bytes = file();
      // The same work again: the cache is used and left as it is.
      expect(run(["/schema"], [0])).toBe("hit");
      expect(file().equals(bytes)).toBe(true);
      // More work: used, then written again with both (more compiled functions: more V8 data).
      expect(run(["/schema", "/plan"], Array.from({ length: 40 }, (_, i) => i))).toBe("hit");
      const second = kept();
      expect(second.did).toEqual(["/plan", "/schema"]);
      expect(second.v8).toBeGreaterThan(first.v8);
      // Less work, or work already seen, leaves it: it settles.
      const settled = file();
      expect(run(["/schema"], [0])).toBe("hit");
      expect(run(["/plan"], [1])).toBe("hit");
      expect(file().equals(settled)).toBe(true);
      // Work the union had not seen: written again, keeping what it had.
      expect(run(["/apply"], [2])).toBe("hit");
      expect(kept().did).toEqual(["/apply", "/plan", "/schema"]);
      expect(kept().v8).toBeGreaterThanOrEqual(second.v8);
      // A header this code would not write (bloated: a tester's 3 million entries slowed every start by seconds) is not read: the cache is made again.
      const { createHash } = require("node:crypto") as typeof import("node:crypto");
      const name = join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith(".v8cache")) ?? "");
      const v8 = file().subarray(32).subarray(4 + file().subarray(32).readUInt32BE(0));
      const header = Buffer.from(JSON.stringify(Array.from({ length: 2000 }, (_, i) => `/bloat/${i}`)));
      const length = Buffer.alloc(4);
      length.writeUInt32BE(header.length);
      const data = Buffer.concat([length, header, v8]);
      writeFileSync(name, Buffer.concat([createHash("sha256").update(data).digest(), data]));
      expect(run(["/schema"], [0])).toBe("rejected");
      expect(kept().did).toEqual(["/schema"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits at once when its cache dir cannot be made (Node 20's recursive mkdir never returns under /proc/1)", () => {
    const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
    const dir = mkdtempSync(join(tmpdir(), "codecache-"));
    try {
      const script = join(dir, "run.ts");
      writeFileSync(
        script,
        `import { compileCommonJs } from ${JSON.stringify(join(__dirname, "../../../src/tfplugin/packaging/lazy-module"))};
process.stdout.write(compileCommonJs("exports.x = 1;", "m.js", "/proc/1/c1tg-cache/v8").cache);`,
      );
      const r = spawnSync(join(__dirname, "../../../node_modules/.bin/tsx"), [script], { encoding: "utf8", timeout: 60_000 });
      expect({ status: r.status, signal: r.signal, stdout: r.stdout }).toEqual({ status: 0, signal: null, stdout: "miss" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("compileCommonJs trusts a cache only where no one else could have written it", () => {
  const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
  const fs = require("node:fs") as typeof import("node:fs");
  // Two sources of the same length: V8 checks a cache against its source's length, not its text.
  const built = 'exports.v = "from the source that was built";';
  const planted = 'exports.v = "from a planted cache file!!!!!";';
  let dir = "";
  let cacheDir = "";
  let script = "";
  /** One process: compiles `source` through compileCommonJs (or, with `plant`, writes the V8 data of `planted` at `plant`). */
  const run = (args: { source?: string; plant?: string }, env: NodeJS.ProcessEnv = {}): { status: number | null; out: string } => {
    const r = spawnSync(join(__dirname, "../../../node_modules/.bin/tsx"), [script, JSON.stringify(args)], { encoding: "utf8", timeout: 60_000, env: { ...process.env, NODE_OPTIONS: "", ...env } });
    return { status: r.status, out: r.stdout };
  };
  const cacheFiles = (): string[] => fs.readdirSync(cacheDir).filter((f) => f.endsWith(".v8cache"));

  beforeEach(() => {
    expect(planted.length).toBe(built.length);
    dir = mkdtempSync(join(tmpdir(), "codecache-trust-"));
    cacheDir = join(dir, "v8");
    script = join(dir, "run.ts");
    writeFileSync(
      script,
      `import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { Script } from "node:vm";
import { compileCommonJs } from ${JSON.stringify(join(__dirname, "../../../src/tfplugin/packaging/lazy-module"))};
const args = JSON.parse(process.argv[2] ?? "{}") as { source?: string; plant?: string };
if (args.plant) {
  const v8 = new Script("(function (exports, require, module, __filename, __dirname) {" + ${JSON.stringify(planted)} + "\\n})").createCachedData();
  // The file's form (lazy-module.ts encodeCodeCache, cache-file.ts): digest, then [length][JSON coverage][V8 data].
  const header = Buffer.from("[]");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  const data = Buffer.concat([length, header, v8]);
  writeFileSync(args.plant, Buffer.concat([createHash("sha256").update(data).digest(), data]));
} else {
  const { factory, cache } = compileCommonJs(args.source ?? "", "m.js", ${JSON.stringify(cacheDir)});
  const mod = { exports: {} as { v?: string } };
  factory(mod.exports, require, mod, "m.js", ".");
  process.stdout.write(cache + " " + mod.exports.v);
}`,
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("runs a planted cache file when its directory is private (the threat), and never once others may write the directory or the file", () => {
    expect(run({ source: built })).toEqual({ status: 0, out: "miss from the source that was built" });
    const [name = ""] = cacheFiles();
    const file = join(cacheDir, name);
    expect(run({ plant: file }).status).toBe(0);
    // What V8 does with such a file where no check stops it: runs the planted code.
    expect(run({ source: built })).toEqual({ status: 0, out: "hit from a planted cache file!!!!!" });
    fs.chmodSync(cacheDir, 0o777);
    const plantedBytes = fs.readFileSync(file);
    expect(run({ source: built })).toEqual({ status: 0, out: "miss from the source that was built" });
    // Nor is a cache written into such a directory, where the next process could not trust it either.
    expect(fs.readFileSync(file).equals(plantedBytes)).toBe(true);
    fs.chmodSync(cacheDir, 0o700);
    fs.chmodSync(file, 0o666);
    expect(run({ source: built })).toEqual({ status: 0, out: "miss from the source that was built" });
    if (process.getuid?.() === 0) {
      // Owned by another user (possible to arrange only as root): refused as well.
      run({ plant: file });
      fs.chmodSync(file, 0o600);
      fs.chownSync(file, 65534, 65534);
      expect(run({ source: built })).toEqual({ status: 0, out: "miss from the source that was built" });
    }
  });

  it("never blocks on, or follows, what is put where a cache file should be (a FIFO, a symlink)", () => {
    expect(run({ source: built }).out).toBe("miss from the source that was built");
    const [name = ""] = cacheFiles();
    const file = join(cacheDir, name);
    fs.renameSync(file, join(dir, "elsewhere.v8cache"));
    fs.symlinkSync(join(dir, "elsewhere.v8cache"), file);
    expect(run({ source: built })).toEqual({ status: 0, out: "miss from the source that was built" });
    fs.rmSync(file);
    expect(spawnSync("mkfifo", [file]).status).toBe(0);
    // Opening a FIFO for reading would wait for a writer forever; the provider would never start.
    expect(run({ source: built })).toEqual({ status: 0, out: "miss from the source that was built" });
    // The process replaced it with a cache at exit, which the next one uses.
    expect(run({ source: built })).toEqual({ status: 0, out: "hit from the source that was built" });
  });

  it("says nothing and exits 0 when the cache cannot be written (a file where the directory should be)", () => {
    const r = spawnSync(join(__dirname, "../../../node_modules/.bin/tsx"), [script, JSON.stringify({ source: built })], { encoding: "utf8", timeout: 60_000, env: { ...process.env, NODE_OPTIONS: "" } });
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 0, stdout: "miss from the source that was built", stderr: "" });
    fs.rmSync(cacheDir, { recursive: true, force: true });
    writeFileSync(cacheDir, "a file, not a directory");
    const blocked = spawnSync(join(__dirname, "../../../node_modules/.bin/tsx"), [script, JSON.stringify({ source: built })], { encoding: "utf8", timeout: 60_000, env: { ...process.env, NODE_OPTIONS: "" } });
    expect({ status: blocked.status, stdout: blocked.stdout, stderr: blocked.stderr }).toEqual({ status: 0, stdout: "miss from the source that was built", stderr: "" });
  });

  it("makes no directory inside one that belongs to someone else (root running with another user's HOME)", () => {
    const { mayMakeDirectory } = require("../../../src/tfplugin/packaging/private-file") as typeof import("../../../src/tfplugin/packaging/private-file");
    expect(mayMakeDirectory(join(dir, "a", "b", "v8"))).toBe(true);
    if (process.getuid?.() === 0) {
      const home = join(dir, "someone");
      fs.mkdirSync(home);
      fs.chownSync(home, 65534, 65534);
      expect(mayMakeDirectory(join(home, ".cache", "c1-twingate", "v8"))).toBe(false);
      const cacheScript = script.replace(/run\.ts$/, "home.ts");
      writeFileSync(
        cacheScript,
        `import { compileCommonJs } from ${JSON.stringify(join(__dirname, "../../../src/tfplugin/packaging/lazy-module"))};
process.stdout.write(compileCommonJs("exports.x = 1;", "m.js", ${JSON.stringify(join(home, ".cache", "c1-twingate", "v8"))}).cache);`,
      );
      const r = spawnSync(join(__dirname, "../../../node_modules/.bin/tsx"), [cacheScript], { encoding: "utf8", timeout: 60_000, env: { ...process.env, NODE_OPTIONS: "" } });
      expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 0, stdout: "miss", stderr: "" });
      expect(fs.readdirSync(home)).toEqual([]);
    }
  });

  it("keeps one cache per set of Node options (V8 flags), and removes staged files a killed process left", () => {
    const old = join(cacheDir, `${"0".repeat(40)}.v8cache.0badc0de.tmp`);
    const fresh = join(cacheDir, `${"1".repeat(40)}.v8cache.0c0ffee0.tmp`);
    fs.mkdirSync(cacheDir, { mode: 0o700 });
    writeFileSync(old, "half a cache");
    writeFileSync(fresh, "being written by another process");
    fs.utimesSync(old, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    expect(run({ source: built }).out).toBe("miss from the source that was built");
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
    const flags = { NODE_OPTIONS: "--max-old-space-size=512" };
    expect(run({ source: built }, flags).out).toBe("miss from the source that was built");
    expect(run({ source: built }, flags).out).toBe("hit from the source that was built");
    expect(run({ source: built }).out).toBe("hit from the source that was built");
    expect(cacheFiles()).toHaveLength(2);
  });
});

describe("runLazyModule", () => {
  it("runs a bundle's lazy main with a code cache (miss, then hit) and lets it read the bundle's other lazy modules", () => {
    const { execFileSync } = require("node:child_process") as typeof import("node:child_process");
    const { readdirSync } = require("node:fs") as typeof import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "lazy-main-"));
    try {
      const cacheDir = join(dir, "v8");
      const bootstrap = join(dir, "bootstrap.ts");
      // A bundle as scripts/build.mjs lays out the provider: bootstrap code, then "main", then "engine".
      const bundle = join(dir, "bundle.js");
      const main = `const lm = require(${JSON.stringify(join(__dirname, "../../../src/tfplugin/packaging/lazy-module"))});
module.exports = { engine: lm.readLazyModule("engine", __filename), dir: __dirname };`;
      writeFileSync(bundle, `// bootstrap\n${lazyModuleComment("main", main)}\n${lazyModuleComment("engine", "exports.e = 1;")}`);
      writeFileSync(
        bootstrap,
        `import { runLazyModule } from ${JSON.stringify(join(__dirname, "../../../src/tfplugin/packaging/lazy-module"))};
const { exports, cache } = runLazyModule("main", ${JSON.stringify(bundle)}, require, ${JSON.stringify(cacheDir)});
process.stdout.write(cache + " " + JSON.stringify(exports));`,
      );
      const tsx = join(__dirname, "../../../node_modules/.bin/tsx");
      const run = (): string => execFileSync(tsx, [bootstrap], { encoding: "utf8" });
      const exported = JSON.stringify({ engine: "exports.e = 1;", dir });
      expect(run()).toBe(`miss ${exported}`);
      expect(readdirSync(cacheDir)).toHaveLength(1);
      expect(run()).toBe(`hit ${exported}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

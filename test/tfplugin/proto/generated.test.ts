/**
 * src/tfplugin/proto/gen/ and src/tfplugin/proto/static/ are generated from proto/ (`npm run proto`:
 * buf with protoc-gen-es and ts-proto, all from node_modules, offline) and never edited:
 * regenerating must give the committed files, byte for byte, and nothing more or less.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "../../..");
const GENERATED = ["src/tfplugin/proto/gen", "src/tfplugin/proto/static"];

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

it("the committed TypeScript is what proto/ generates", () => {
  const out = mkdtempSync(join(tmpdir(), "tfplugin-proto-gen-"));
  try {
    const bin = join(ROOT, "node_modules", ".bin");
    execFileSync(join(bin, "buf"), ["generate", "--output", out], {
      cwd: ROOT,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, BUF_CACHE_DIR: join(out, ".buf-cache") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const dir of GENERATED) {
      const generated = files(join(out, dir));
      const committed = files(join(ROOT, dir));
      expect([...generated.keys()].sort()).toEqual([...committed.keys()].sort());
      expect(generated.size).toBeGreaterThanOrEqual(5);
      for (const [path, text] of generated) {
        // On a difference: run `npm run proto` and commit the result (never edit these by hand).
        expect({ path: `${dir}/${path}`, text: committed.get(path) }).toEqual({ path: `${dir}/${path}`, text });
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lazyModuleComment, readLazyModule, splitLazyModules } from "../../../src/tfplugin/packaging/lazy-module";

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
});

/**
 * What a user downloads (issue 12 §6): the packed tarball carries the license, points at the
 * repository, ships declarations only for the public entry points (nothing of the demo's
 * stand-in provider), source maps beside the bundles, and every relative link of the README and
 * the docs lands on a file inside the package.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, normalize } from "node:path";
import { packedPackage, ROOT, tarballFiles } from "./packed-package";

jest.setTimeout(600_000);

interface Manifest {
  license: string;
  repository?: { type: string; url: string };
  homepage?: string;
  bugs?: { url: string };
  exports: Record<string, unknown>;
  files: string[];
}

/** Relative markdown links `[text](target)` of a document, without anchors or absolute URLs. */
function relativeLinks(markdown: string): string[] {
  const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? "");
  return links.filter((l) => !/^[a-z]+:/i.test(l) && !l.startsWith("#")).map((l) => l.split("#")[0] ?? "");
}

describe("the packed package", () => {
  let files: string[];
  let manifest: Manifest;
  let unpacked: string;

  beforeAll(() => {
    const { tarball } = packedPackage();
    files = tarballFiles(tarball);
    unpacked = mkdtempSync(join(tmpdir(), "c1tg-contents-"));
    execFileSync("tar", ["-xzf", tarball, "-C", unpacked, "--strip-components=1"]);
    manifest = JSON.parse(readFileSync(join(unpacked, "package.json"), "utf8")) as Manifest;
  });
  afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

  it("carries the MPL-2.0 text its license field names", () => {
    expect(manifest.license).toBe("MPL-2.0");
    expect(files).toContain("LICENSE");
    const text = readFileSync(join(unpacked, "LICENSE"), "utf8");
    expect(text.startsWith("Mozilla Public License Version 2.0\n")).toBe(true);
    expect(text).toContain('Exhibit B - "Incompatible With Secondary Licenses" Notice');
  });

  it("names its repository, homepage and issue tracker", () => {
    expect(manifest.repository?.type).toBe("git");
    const repo = (manifest.repository?.url ?? "").replace(/^git\+/, "").replace(/\.git$/, "");
    expect(repo).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(manifest.homepage?.startsWith(repo)).toBe(true);
    expect(manifest.bugs?.url).toBe(`${repo}/issues`);
  });

  it("ships declarations for the public entry points only (none of the stand-in), and the stand-in bundle for the sandbox", () => {
    const declarations = files.filter((f) => f.endsWith(".d.ts"));
    expect(declarations).toContain("dist/types/constructs/index.d.ts");
    expect(declarations).toContain("dist/types/src/index.d.ts");
    // The stand-in ConductorOne provider is shipped as one executable bundle for `c1-twingate sandbox`, nothing else of it.
    expect(files.filter((f) => /standins|stand-in|conductorone-provider-schema|terraform-provider-conductorone/.test(f))).toEqual(["dist/terraform-provider-conductorone"]);
    // Nothing that no public entry point reaches: the CLI, the provider's main, test code.
    expect(declarations.filter((f) => /^dist\/types\/(src\/cli|src\/provider|test|bench|scripts)\//.test(f))).toEqual([]);
    // Every export's declaration file is in the package.
    for (const [entry, target] of Object.entries(manifest.exports)) {
      if (typeof target !== "object" || target === null) continue;
      const types = (target as { types?: string }).types;
      if (types) expect({ entry, shipped: files.includes(normalize(types)) }).toEqual({ entry, shipped: true });
    }
  });

  it("ships a source map beside each bundle a user may read a stack trace of", () => {
    for (const bundle of ["dist/constructs.js", "dist/index.js", "dist/cli-main.js"]) {
      expect(files).toContain(`${bundle}.map`);
      const code = readFileSync(join(unpacked, bundle), "utf8");
      expect(code.trimEnd().endsWith(`//# sourceMappingURL=${bundle.split("/").pop()}.map`)).toBe(true);
      const map = JSON.parse(readFileSync(join(unpacked, `${bundle}.map`), "utf8")) as { sources: string[]; sourcesContent?: string[] };
      expect(map.sources.some((s) => s.endsWith(".ts"))).toBe(true);
      // The TypeScript travels inside the map: the package has no src/.
      expect(map.sourcesContent?.length).toBe(map.sources.length);
      // Paths relative to the repository, never this machine's.
      expect(map.sources.filter((s) => s.includes(ROOT))).toEqual([]);
    }
  });

  it("keeps class names in the library, so errors print as InvalidIntegrationPropsError", () => {
    const code = readFileSync(join(unpacked, "dist", "constructs.js"), "utf8");
    // A named binding (JavaScript names the class after it) and esbuild's keep-names helper for the rest.
    expect(code).toMatch(/\bInvalidIntegrationPropsError = class extends CodedError\b/);
    expect(code).toContain("__name(");
    // Not minified: no line Node could print above an error is more than a few hundred characters of code.
    const longest = Math.max(...code.split("\n").filter((l) => !l.startsWith("//# sourceMappingURL")).map((l) => l.length));
    expect(longest).toBeLessThan(2_000);
  });

  it("resolves every relative link of the README and docs to a file in the package", () => {
    const documents = files.filter((f) => f.endsWith(".md"));
    expect(documents).toEqual(expect.arrayContaining(["README.md", "docs/constructs.md", "docs/pipelines.md", "docs/security.md"]));
    const broken: string[] = [];
    for (const doc of documents) {
      for (const link of relativeLinks(readFileSync(join(unpacked, doc), "utf8"))) {
        const target = normalize(join(dirname(doc), link));
        if (!files.includes(target) && !files.some((f) => f.startsWith(`${target.replace(/\/$/, "")}/`))) broken.push(`${doc} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("resolves ./engine for TypeScript's node10 resolution too (cdktf init's tsconfig), through typesVersions", () => {
    const typesVersions = (manifest as unknown as { typesVersions?: Record<string, Record<string, string[]>> }).typesVersions;
    expect(typesVersions?.["*"]?.engine).toEqual(["dist/types/src/index.d.ts"]);
    expect(files).toContain("dist/types/src/index.d.ts");
  });

  it("documents every entry point it exports", () => {
    const readme = readFileSync(join(unpacked, "README.md"), "utf8");
    for (const entry of Object.keys(manifest.exports).filter((e) => e !== "./package.json")) {
      const specifier = entry === "." ? "cdktf-twingate-conductorone" : `cdktf-twingate-conductorone/${entry.replace(/^\.\//, "")}`;
      expect({ entry, documented: readme.includes(`"${specifier}"`) }).toEqual({ entry, documented: true });
    }
  });

  it("ships the pull-request workflow and the plain HCL example the README points to", () => {
    expect(files).toEqual(expect.arrayContaining(["examples/github/plan-check.yml", "examples/preview/all-gaps.md", "examples/terraform/main.tf", "examples/terraform/README.md"]));
  });
});

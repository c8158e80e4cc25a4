/**
 * Runs a GitHub Actions workflow's jobs the way a runner would, far enough to test a workflow a
 * user copies: jobs in `needs` order, the matrix, each `run:` step in order with bash
 * (`bash --noprofile --norc -eo pipefail`), a fresh workspace (a copy of the repository) and HOME
 * per job, the GITHUB_* files (step summary, outputs), and `if:` on step outputs. `uses:` steps
 * are emulated only for actions whose effect the machine already has (node and terraform on
 * PATH, the checkout); anything else fails the run, so the workflow cannot grow a step this
 * harness silently ignores. Expressions: the few forms a portable workflow needs (secrets,
 * matrix, steps/needs outputs, fromJSON, == and != against a literal, ||); others fail loudly.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface Annotation {
  level: "error" | "warning" | "notice";
  title: string;
  message: string;
}

export interface StepRun {
  job: string;
  matrix: Record<string, string>;
  name: string;
  /** "success", "failure", or "skipped" (its `if:` was false, or an earlier step failed). */
  outcome: "success" | "failure" | "skipped";
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** What the step appended to GITHUB_STEP_SUMMARY. */
  summary: string;
  outputs: Record<string, string>;
  annotations: Annotation[];
  /** Names of the environment variables the step ran with, beyond the runner's own. */
  envNames: string[];
}

export interface WorkflowRunOptions {
  /** The user's repository (copied for each job, without node_modules and build output). */
  repository: string;
  /** Scratch space for the run. */
  workDir: string;
  /** Repository secrets; a missing one reads as "" (as on a fork's pull request). */
  secrets: Record<string, string>;
  /** The pull_request event payload (GITHUB_EVENT_PATH). */
  event: unknown;
  /** What every step's environment also holds: PATH, the npm cache, test-only settings. */
  runnerEnv: NodeJS.ProcessEnv;
  /** Prepares a job's fresh HOME (e.g. providers that a real runner would download). */
  prepareHome?: (home: string) => void;
  timeoutMs: number;
}

interface StepDef {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

interface JobDef {
  needs?: string | string[];
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown> };
  steps: StepDef[];
}

export interface WorkflowDef {
  env?: Record<string, string>;
  jobs: Record<string, JobDef>;
}

/** Actions whose effect is already there on this machine, and so are run as no-ops (checkout is the job's copy). */
const EMULATED_ACTIONS = [/^actions\/checkout@v4$/, /^actions\/setup-node@v4$/, /^hashicorp\/setup-terraform@v3$/, /^actions\/cache@v4$/];

export function readWorkflow(file: string): WorkflowDef {
  return parse(readFileSync(file, "utf8")) as WorkflowDef;
}

interface Context {
  secrets: Record<string, string>;
  matrix: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string>; outcome: string }>;
  needs: Record<string, { outputs: Record<string, string> }>;
}

/** Evaluates one expression body (inside `${{ }}`) of the supported forms. */
export function evaluate(expression: string, ctx: Context): string {
  const e = expression.trim();
  // `a || b` of comparisons (no parentheses, no strings holding "||"): true when either is.
  if (e.includes("||")) return String(e.split("||").some((part) => evaluate(part, ctx) === "true"));
  let m = /^fromJSON\((.*)\)$/.exec(e);
  if (m) return evaluate(m[1] ?? "", ctx);
  m = /^(.*?)\s*(==|!=)\s*'([^']*)'$/.exec(e);
  if (m) {
    const equal = evaluate(m[1] ?? "", ctx) === m[3];
    return String(m[2] === "==" ? equal : !equal);
  }
  m = /^secrets\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(e);
  if (m) return ctx.secrets[m[1] ?? ""] ?? "";
  m = /^matrix\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(e);
  if (m) return ctx.matrix[m[1] ?? ""] ?? "";
  m = /^steps\.([A-Za-z_][A-Za-z0-9_-]*)\.outputs\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(e);
  if (m) return ctx.steps[m[1] ?? ""]?.outputs[m[2] ?? ""] ?? "";
  m = /^needs\.([A-Za-z_][A-Za-z0-9_-]*)\.outputs\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(e);
  if (m) return ctx.needs[m[1] ?? ""]?.outputs[m[2] ?? ""] ?? "";
  throw new Error(`expression not supported by the test runner: \${{ ${e} }} (keep the workflow to secrets, matrix, steps/needs outputs, fromJSON, ==, != and ||)`);
}

/** `${{ … }}` occurrences in a string, evaluated. */
export function interpolate(text: string, ctx: Context): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_m, body: string) => evaluate(body, ctx));
}

/** `name=value` lines and `name<<DELIM` … `DELIM` blocks, as GitHub reads GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2] ?? "", i + 1);
      out[heredoc[1] ?? ""] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (line.includes("=")) {
      const at = line.indexOf("=");
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

/** Workflow commands the runner turns into annotations (`::error title=T::message`, escapes undone). */
export function parseAnnotations(stdout: string): Annotation[] {
  const unescape = (s: string): string => s.replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
  const annotations: Annotation[] = [];
  for (const line of stdout.split("\n")) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props = Object.fromEntries((m[2] ?? "").split(",").filter(Boolean).map((p) => [p.slice(0, p.indexOf("=")), unescape(p.slice(p.indexOf("=") + 1))]));
    annotations.push({ level: m[1] as Annotation["level"], title: props.title ?? "", message: unescape(m[3] ?? "") });
  }
  return annotations;
}

function jobOrder(jobs: Record<string, JobDef>): string[] {
  const order: string[] = [];
  const visit = (name: string): void => {
    if (order.includes(name)) return;
    const needs = jobs[name]?.needs;
    for (const dep of typeof needs === "string" ? [needs] : (needs ?? [])) visit(dep);
    order.push(name);
  };
  for (const name of Object.keys(jobs)) visit(name);
  return order;
}

function matrixOf(job: JobDef, ctx: Context): Record<string, string>[] {
  const matrix = job.strategy?.matrix;
  if (!matrix) return [{}];
  const axes = Object.entries(matrix).map(([axis, values]): [string, string[]] => {
    const list = typeof values === "string" ? (JSON.parse(interpolate(values, ctx)) as unknown) : values;
    if (!Array.isArray(list)) throw new Error(`matrix.${axis} is not a list`);
    return [axis, list.map(String)];
  });
  return axes.reduce<Record<string, string>[]>((combos, [axis, values]) => combos.flatMap((c) => values.map((v) => ({ ...c, [axis]: v }))), [{}]);
}

function copyRepository(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (src) => !/(^|\/)(node_modules|cdktf\.out|\.terraform|\.git)(\/|$)/.test(src.slice(from.length)),
  });
}

function runBash(script: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs every job; returns every step, in the order run. */
export async function runWorkflow(workflow: WorkflowDef, options: WorkflowRunOptions): Promise<StepRun[]> {
  const runs: StepRun[] = [];
  const needs: Context["needs"] = {};
  const eventPath = join(options.workDir, "event.json");
  mkdirSync(options.workDir, { recursive: true });
  writeFileSync(eventPath, JSON.stringify(options.event));
  let jobIndex = 0;
  for (const jobName of jobOrder(workflow.jobs)) {
    const job = workflow.jobs[jobName];
    if (!job) continue;
    const base: Context = { secrets: options.secrets, matrix: {}, steps: {}, needs };
    const combos = matrixOf(job, base);
    const jobOutputs: Record<string, string> = {};
    for (const matrix of combos) {
      jobIndex += 1;
      const root = join(options.workDir, `job-${jobIndex}-${jobName}`);
      const workspace = join(root, "workspace");
      const home = join(root, "home");
      const temp = join(root, "tmp");
      for (const d of [home, temp]) mkdirSync(d, { recursive: true });
      copyRepository(options.repository, workspace);
      options.prepareHome?.(home);
      const ctx: Context = { secrets: options.secrets, matrix, steps: {}, needs };
      let failed = false;
      for (const [index, step] of job.steps.entries()) {
        const name = step.name ?? step.run?.split("\n")[0] ?? step.uses ?? `step ${index + 1}`;
        const skip = (): void => void runs.push({ job: jobName, matrix, name, outcome: "skipped", exitCode: null, stdout: "", stderr: "", summary: "", outputs: {}, annotations: [], envNames: [] });
        const condition = step.if === undefined ? "true" : evaluate(step.if.replace(/^\$\{\{(.*)\}\}$/, "$1"), ctx);
        if (failed || condition !== "true") {
          skip();
          if (step.id) ctx.steps[step.id] = { outputs: {}, outcome: "skipped" };
          continue;
        }
        if (step.uses !== undefined) {
          if (!EMULATED_ACTIONS.some((re) => re.test(step.uses ?? ""))) throw new Error(`${jobName}: action ${step.uses} is not emulated by the test runner`);
          runs.push({ job: jobName, matrix, name, outcome: "success", exitCode: 0, stdout: "", stderr: "", summary: "", outputs: {}, annotations: [], envNames: [] });
          continue;
        }
        const summaryFile = join(temp, `summary-${index}.md`);
        const outputFile = join(temp, `output-${index}.txt`);
        writeFileSync(summaryFile, "");
        writeFileSync(outputFile, "");
        const declared: Record<string, string> = {};
        for (const block of [workflow.env, job.env, step.env]) for (const [k, v] of Object.entries(block ?? {})) declared[k] = interpolate(String(v), ctx);
        const env: NodeJS.ProcessEnv = {
          ...options.runnerEnv,
          HOME: home,
          RUNNER_TEMP: temp,
          CI: "true",
          GITHUB_ACTIONS: "true",
          GITHUB_WORKSPACE: workspace,
          GITHUB_EVENT_NAME: "pull_request",
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REPOSITORY: "acme/infra",
          GITHUB_STEP_SUMMARY: summaryFile,
          GITHUB_OUTPUT: outputFile,
          ...declared,
        };
        const result = await runBash(interpolate(step.run ?? "", ctx), workspace, env, options.timeoutMs);
        const outputs = parseOutputFile(readFileSync(outputFile, "utf8"));
        const outcome = result.code === 0 ? "success" : "failure";
        if (step.id) ctx.steps[step.id] = { outputs, outcome };
        runs.push({
          job: jobName,
          matrix,
          name,
          outcome,
          exitCode: result.code,
          stdout: result.stdout,
          stderr: result.stderr,
          summary: existsSync(summaryFile) ? readFileSync(summaryFile, "utf8") : "",
          outputs,
          annotations: parseAnnotations(result.stdout),
          envNames: Object.keys(declared).sort(),
        });
        if (outcome === "failure") failed = true;
      }
      // Job outputs: the last matrix combination's values, as GitHub documents for matrices.
      for (const [k, v] of Object.entries(job.outputs ?? {})) jobOutputs[k] = interpolate(v, ctx);
    }
    needs[jobName] = { outputs: jobOutputs };
  }
  return runs;
}

import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { runCli, runCliMany } from "../helpers/cli";
import { startHostileServer, type HostileServer } from "../hostile/server";

/**
 * Issue 8 §3 and §4 end to end: text from a hostile server (workflow commands, ANSI/OSC escapes,
 * bidi controls, a 10 MB message) is neutralised at every CLI sink, and output stays small.
 * The only lines that start with `::` are the annotations the CLI means to write.
 */

const KEY = "sim-untrusted-output-key-0123";
let hostile: HostileServer;
let sim: RunningSimulator;
let dir: string;
beforeAll(async () => {
  hostile = await startHostileServer();
  sim = await startSimulator({ rateLimit: false });
  dir = mkdtempSync(join(tmpdir(), "c1tg-untrusted-"));
});
afterAll(async () => {
  await hostile.close();
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\ufeff]/;
const OUR_COMMAND = /^::(error|warning|notice) title=c1-twingate (check|preview) /;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
}

async function run(args: string[], index: string, key = KEY): Promise<Outcome> {
  const summary = join(dir, `summary-${index}.md`);
  const r = await runCli(args, { env: { TWINGATE_API_KEY: key, GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary } });
  return { code: r.code, stdout: r.stdout, stderr: r.stderr, summary: existsSync(summary) ? readFileSync(summary, "utf8") : "" };
}

function expectInert(o: Outcome, label: string): void {
  for (const [name, text] of [
    ["stdout", o.stdout],
    ["stderr", o.stderr],
    ["summary", o.summary],
  ] as const) {
    const bad = CONTROL.exec(text);
    if (bad) throw new Error(`${label}: ${name} holds U+${bad[0].codePointAt(0)!.toString(16).padStart(4, "0")}`);
    for (const line of text.split("\n")) {
      if (/^\s*::/.test(line) && !OUR_COMMAND.test(line)) throw new Error(`${label}: ${name} has a line that GitHub would run: ${line.slice(0, 120)}`);
    }
  }
}

describe("server text at the CLI sinks", () => {
  it("workflow commands and escapes from the server are inert in the terminal, JSON, markdown, annotations and summary", async () => {
    const cases: Array<{ label: string; args: string[] }> = [];
    for (const where of ["gql", "400", "403", "probe"]) {
      for (const output of [[], ["--json"]]) {
        cases.push({ label: `check inject~${where} ${output.join(" ")}`.trim(), args: ["check", "--network", "acme", "--require", "write", "--base-url", hostile.baseUrl(`inject~${where}`), ...output] });
      }
    }
    for (const where of ["group", "role"]) {
      for (const output of [[], ["--json"], ["--markdown"]]) {
        cases.push({ label: `preview inject~${where} ${output.join(" ")}`.trim(), args: ["preview", "--network", "acme", "--base-url", hostile.baseUrl(`inject~${where}`), ...output] });
      }
    }
    const outcomes = await runCliMany(cases.length, 4, (i) => run(cases[i]!.args, `inject-${i}`));
    outcomes.forEach((o, i) => {
      const { label } = cases[i]!;
      expectInert(o, label);
      // Not vacuous: the injected text is there, shown escaped.
      expect(`${o.stdout}${o.summary}`).toMatch(/Injected|\\x1b|\\u202e/);
    });
    // The preview showed the hostile group name, neutralised, as data.
    const preview = outcomes.find((_o, i) => cases[i]!.label === "preview inject~group")!;
    expect(preview.stdout).toContain("\\n:\\:error title=Injected");
    expect(preview.code).toBe(0);
  }, 180_000);

  it("a 10 MB server message produces a bounded output", async () => {
    const o = await run(["check", "--network", "acme", "--base-url", hostile.baseUrl("long~gql")], "long");
    expect(o.code).toBe(1);
    expect(o.stdout).toContain("TG_GRAPHQL_ERRORS");
    expect(o.stdout.length).toBeLessThan(16 * 1024);
    expect(o.summary.length).toBeLessThan(16 * 1024);
    expect(o.stderr.length).toBeLessThan(4 * 1024);
    expectInert(o, "long");
  });

  it("15 missing groups are one error annotation (one per kind), naming the first ten", async () => {
    const groups = Array.from({ length: 15 }, (_, i) => `Missing ${i}`).join(",");
    const o = await run(["preview", "--network", "acme", "--base-url", sim.baseUrl, "--groups", groups], "many", DEMO_KEYS.readOnly);
    expect(o.code).toBe(1);
    const commands = o.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(commands.filter((l) => l.startsWith("::error "))).toEqual([expect.stringContaining("15 provisioning target groups do not exist in the network")]);
    expect(commands[0]).toContain('"Missing 9" and 5 more');
    expectInert(o, "many");
  });
});

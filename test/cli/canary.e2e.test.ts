import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSimulator, type RunningSimulator } from "../../src/simulator";
import { runCliMany, runCli, type CliRun } from "../helpers/cli";
import { encodeKey, leakOf as hostileLeakOf, startHostileServer, type Encoding, type HostileServer, type Where } from "../hostile/server";

/**
 * Issue 8 §2 end to end: a canary key through every route into the CLI (the environment, the
 * command line where it does not belong, every other flag, a server echoing it in many
 * encodings), with every output searched: stdout, stderr, --json, --markdown, the GitHub
 * annotations and the job summary. The search is independent of the redactor under test: any
 * 12-character run of the key, or of exactly what the hostile server sent, in any case.
 */

const CANARY = "tgk_CliCanary_7Qx2Lm9Vp4Rz8Wn3Ks6";
// Keys that look like names to a looser rule (breaker finding 9): letters and digits only, and all upper case.
const ALNUM_KEY = "Canary7Yc2kQ9Lm4Vp8Rz3Wn6Ks1Tb5Hd0";
const UPPER_KEY = "CANARY7YC2KQ9LM4VP8RZ3WN6KS1TB5HD0";
// Another network's key, swapped in for the network name (breaker finding 3).
const OTHER_KEY = "GlobexKey8Qm2Xv7Tz4Lp1Wr9Ks3Hn6Jd0Fc5Ya";

let sim: RunningSimulator;
let hostile: HostileServer;
let dir: string;
beforeAll(async () => {
  sim = await startSimulator({ rateLimit: false });
  sim.network("acme")!.addToken({ key: CANARY, permission: "read-write" });
  hostile = await startHostileServer();
  dir = mkdtempSync(join(tmpdir(), "c1tg-canary-"));
});
afterAll(async () => {
  await sim.close();
  await hostile.close();
  rmSync(dir, { recursive: true, force: true });
});

/** 12-character runs of the needle (any case), and the redactor's normalised views of the canary (test/hostile/server.ts). */
function leakOf(output: string, needle: string): string | null {
  return hostileLeakOf(output, CANARY, needle);
}

interface Route {
  name: string;
  args: string[];
  /** The key as the environment or stdin holds it (undefined: none). */
  key?: string;
  stdin?: string;
  /** What else must not appear (what a hostile server sent). */
  needles?: string[];
  /** The exit code this route must end with. */
  code: number;
}

const OUTPUTS = [[], ["--json"]] as const;

function routes(): Route[] {
  const s = sim.baseUrl;
  const r: Route[] = [
    // The key where it belongs: outputs must still not show it.
    { name: "env, check read", args: ["check", "--network", "acme", "--base-url", s], key: CANARY, code: 0 },
    { name: "env, check write", args: ["check", "--network", "acme", "--require", "write", "--base-url", s], key: CANARY, code: 0 },
    { name: "stdin, preview", args: ["preview", "--network", "acme", "--base-url", s, "--api-key-stdin"], stdin: `${CANARY}\n`, code: 0 },
    { name: "env, preview markdown", args: ["preview", "--network", "acme", "--base-url", s, "--markdown"], key: CANARY, code: 0 },
    // The key on the command line: usage errors that name the option only.
    { name: "--api-key=KEY", args: ["check", "--network", "acme", `--api-key=${CANARY}`], code: 2 },
    { name: "--api-key KEY", args: ["check", "--network", "acme", "--api-key", CANARY], code: 2 },
    { name: "--token=KEY", args: ["preview", `--token=${CANARY}`, "--network", "acme"], code: 2 },
    { name: "-kKEY", args: ["check", `-k${CANARY}`], code: 2 },
    { name: `--${CANARY}`, args: ["check", `--${CANARY}`], code: 2 },
    { name: "KEY as a command", args: [CANARY], code: 2 },
    { name: "KEY as an argument", args: ["check", CANARY, "--network", "acme"], code: 2 },
    { name: "--api-key-env KEY", args: ["check", "--network", "acme", "--api-key-env", CANARY], code: 2 },
    { name: "--ALNUM_KEY", args: ["check", "--network", "acme", `--${ALNUM_KEY}`], code: 2, needles: [ALNUM_KEY] },
    { name: "-ALNUM_KEY", args: ["check", "--network", "acme", `-${ALNUM_KEY}`], code: 2, needles: [ALNUM_KEY] },
    { name: "--api-key-env UPPER_KEY (the key itself, in upper case)", args: ["check", "--network", "acme", "--api-key-env", UPPER_KEY], key: UPPER_KEY, code: 2, needles: [UPPER_KEY] },
    { name: "--network OTHER_KEY", args: ["check", "--network", OTHER_KEY, "--base-url", s], key: CANARY, code: 1, needles: [OTHER_KEY] },
    { name: "--api-key-env KEY_SHAPED_NAME", args: ["check", "--network", "acme", "--api-key-env", CANARY.replace(/[^A-Za-z0-9]/g, "_")], code: 2 },
    { name: "--time-budget KEY", args: ["check", "--network", "acme", "--time-budget", CANARY], key: "sim-other-key-123456", code: 2 },
    { name: "--require KEY", args: ["check", "--network", "acme", "--require", CANARY], key: "sim-other-key-123456", code: 2 },
    // The key in a field that is not secret (variables swapped): refused before any request, never repeated.
    { name: "--network KEY", args: ["check", "--network", CANARY, "--base-url", s], key: CANARY, code: 1 },
    { name: "--network key lower-cased", args: ["check", "--network", CANARY.toLowerCase()], key: CANARY, code: 1 },
    { name: "--network https://KEY.twingate.com", args: ["preview", "--network", `https://${CANARY.toLowerCase()}.twingate.com`], key: CANARY, code: 1 },
    { name: "--base-url with KEY", args: ["check", "--network", "acme", "--base-url", `https://{network}.${CANARY.toLowerCase()}.example`], key: CANARY, code: 1 },
    { name: "--base-domain KEY", args: ["check", "--network", "acme", "--base-domain", CANARY], key: CANARY, code: 1 },
    { name: "--groups with KEY", args: ["preview", "--network", "acme", "--base-url", s, "--groups", `Contractors,${CANARY}`], key: CANARY, code: 1 },
    // A mangled key: refused by shape, not shown.
    { name: "key with a zero-width space", args: ["check", "--network", "acme", "--base-url", s], key: `${CANARY.slice(0, 9)}\u200b${CANARY.slice(9)}`, code: 1 },
  ];
  // A server that echoes the key back, encoded, in every place it can.
  const encodings: Encoding[] = ["plain", "upper", "json-escapes", "base64-offset1", "base64url", "hex", "percent-all", "html-entities", "partial", "split-escape"];
  const wheres: Where[] = ["gql", "403", "probe", "location"];
  for (const encoding of encodings) {
    for (const where of wheres) {
      r.push({
        name: `check echo ${encoding} in ${where}`,
        args: ["check", "--network", "acme", "--require", "write", "--base-url", hostile.baseUrl(`echo-${encoding}~${where}`)],
        key: CANARY,
        needles: [encodeKey(CANARY, encoding)],
        code: 1,
      });
    }
    for (const where of ["group", "role"] as Where[]) {
      r.push({
        name: `preview echo ${encoding} in ${where}`,
        args: ["preview", "--network", "acme", "--base-url", hostile.baseUrl(`echo-${encoding}~${where}`)],
        key: CANARY,
        needles: [encodeKey(CANARY, encoding)],
        code: 0,
      });
    }
  }
  return r;
}

describe("a canary key never appears in any CLI output", () => {
  it("through every route, in text and JSON, with GitHub annotations and the job summary", async () => {
    // Text and --json for each route, except where --json is not added (a usage error, --markdown):
    // there the second run was the same command again, so each of those runs once.
    const all = routes().flatMap((route) => (route.code === 2 || route.args.includes("--markdown") ? [{ route, extra: [] as string[] }] : OUTPUTS.map((extra) => ({ route, extra: [...extra] }))));
    const runs = await runCliMany(all.length, 4, async (i) => {
      const { route, extra } = all[i]!;
      const summary = join(dir, `summary-${i}.md`);
      const run = await runCli([...route.args, ...extra], {
        env: { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary, ...(route.key !== undefined ? { TWINGATE_API_KEY: route.key } : {}) },
        ...(route.stdin !== undefined ? { stdin: route.stdin } : {}),
      });
      return { ...run, stdout: `${run.stdout}\n--- summary ---\n${existsSync(summary) ? readFileSync(summary, "utf8") : ""}` };
    });
    const problems: string[] = [];
    runs.forEach((run: CliRun, i) => {
      const { route, extra } = all[i]!;
      const label = `${route.name} ${extra.join(" ")}`.trim();
      const output = `${run.stdout}\n${run.stderr}`;
      if (run.code !== route.code) problems.push(`${label}: exit ${run.code}, expected ${route.code}\n${output.slice(0, 600)}`);
      // Not vacuous: every run said something.
      if (output.replace("--- summary ---", "").trim().length === 0) problems.push(`${label}: no output at all`);
      for (const needle of [CANARY, ...(route.needles ?? [])]) {
        const leak = leakOf(output, needle);
        if (leak !== null) problems.push(`${label}: ${JSON.stringify(leak)} appears in the output`);
      }
    });
    expect(problems).toEqual([]);
    // The hostile server did receive the key and echo it: the redaction was exercised.
    expect(hostile.requests.filter((r) => r.mode.startsWith("echo-") && r.key === CANARY).length).toBeGreaterThan(40);
  }, 300_000);

  it("names the option, never its value, and points to the key sources", async () => {
    const run = await runCli(["check", "--network", "acme", `--api-key=${CANARY}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--api-key is not an option");
    expect(run.stderr).toContain("--api-key-env");
    expect(run.stderr).toContain("--api-key-stdin");
    const other = await runCli(["check", "--network", "acme", `--frobnicate=${CANARY}`]);
    expect(other.stderr).toContain("unknown option --frobnicate:");
  });

  it("a network that holds the key is refused by name, before any request (no DNS lookup of <key>.twingate.com)", async () => {
    sim.resetStats();
    const run = await runCli(["check", "--network", CANARY.toLowerCase(), "--json"], { env: { TWINGATE_API_KEY: CANARY } });
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { findings: Array<{ code: string; subject: string; message: string }>; requests: number; network: unknown };
    expect(result.findings[0]).toMatchObject({ code: "TG_INPUT_CONTAINS_KEY", subject: "network" });
    expect(result.findings[0]!.message).toMatch(/the network value contains the Twingate API key/);
    expect(result.requests).toBe(0);
    expect(result.network).toBeNull();
  });
});

/**
 * The key redactor on 16 MiB adversarial response bodies (issue 8 findings 6, 8): each body goes
 * the way a real answer goes (JSON.parse, then every string through the ServerTextGate, judged
 * together), in a process of its own so its peak RSS is its own. Prints MB/s and peak RSS (VmHWM)
 * per body, next to the baseline RSS of a process that only builds the body.
 * Not a test: it prints figures. Run: npx tsx bench/redaction.bench.ts [case...]
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { SecretEchoes } from "../src/secret-echoes";
import { SeededRandom } from "../src/simulator/random";
import { ServerTextGate } from "../src/twingate/server-text";

const KEY = "tgk_BenchCanary_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d";
const MIB = 1024 * 1024;
const SIZE = 16 * MIB;

function message(text: string): string {
  return JSON.stringify({ errors: [{ message: text }] });
}

function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.floor(bytes / unit.length));
}

/** Pseudo-random, fixed seed. */
function rng(seed: number): () => number {
  const random = new SeededRandom(seed);
  return () => random.next();
}

const CASES: Record<string, () => string> = {
  "16 M 'A' + one %41 (one message)": () => message(`${"A".repeat(SIZE - 64)}%41`),
  "the key repeated (one message)": () => message(repeatTo(KEY, SIZE - 64)),
  "%41 repeated": () => message(repeatTo("%41", SIZE - 64)),
  "&#x41; repeated": () => message(repeatTo("&#x41;", SIZE - 64)),
  "\\\\u0041 repeated (escapes in the text)": () => message(repeatTo("\\u0041", SIZE - 64)),
  "\\\\101 octal repeated": () => message(repeatTo("\\101", SIZE - 64)),
  "random base64 alphabet": () => {
    const r = rng(1);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const out = Buffer.alloc(SIZE - 64);
    for (let i = 0; i < out.length; i++) out[i] = alphabet.charCodeAt(Math.floor(r() * 64));
    return message(out.toString("latin1"));
  },
  "fullwidth letters (NFKC)": () => message(repeatTo("ＡＢＣＤ", (SIZE - 64) / 3)),
  "500 k short group names": () => {
    const r = rng(2);
    const nodes: Array<{ id: string; name: string }> = [];
    let bytes = 0;
    while (bytes < SIZE - 1024) {
      const name = `Group ${Math.floor(r() * 1e9).toString(36)} team`;
      nodes.push({ id: `R3JvdXA6${Math.floor(r() * 1e9)}`, name });
      bytes += name.length + 40;
    }
    return JSON.stringify({ data: { groups: { edges: nodes.map((node) => ({ node })) } } });
  },
  "4.15 M one-character strings (over the value cap)": () => `{"errors":[{"message":"x"}],"data":[${'"a",'.repeat(4_150_000)}"a"]}`,
  "3 M empty objects (over the value cap)": () => `[${"{},".repeat(3_000_000)}{}]`,
  "990 k one-character strings (under the value cap)": () => `{"errors":[{"message":"x"}],"data":[${'"a",'.repeat(990_000)}"a"]}`,
  "nesting 200 000 deep": () => `{"data":${"[".repeat(200_000)}${"]".repeat(200_000)}}`,
};

function vmHwmMb(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

const child = process.env.REDACTION_BENCH_CASE;
if (child !== undefined) {
  const make = CASES[child];
  if (make === undefined) throw new Error(`no case ${child}`);
  const body = make();
  const baseline = vmHwmMb();
  if (process.env.REDACTION_BENCH_BASELINE === "1") {
    process.stdout.write(JSON.stringify({ baseline }));
  } else {
    const gate = new ServerTextGate(new SecretEchoes(KEY));
    const started = process.hrtime.bigint();
    let outcome: string;
    try {
      // The real path: ServerBody.json() → JSON.parse + redactJson through the gate.
      outcome = readJson(gate, body);
    } catch (err) {
      outcome = `threw ${(err as Error).name}`;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stdout.write(JSON.stringify({ baseline, seconds, peak: vmHwmMb(), bytes: Buffer.byteLength(body), outcome }));
  }
} else {
  const only = process.argv.slice(2);
  const names = Object.keys(CASES).filter((n) => only.length === 0 || only.some((o) => n.includes(o)));
  console.log(`key ${KEY.length} characters; body ~16 MiB each; one process per body\n`);
  console.log(["body".padEnd(40), "MB/s".padStart(8), "seconds".padStart(8), "peak RSS".padStart(10), "build-only RSS".padStart(15), "  outcome"].join(""));
  for (const name of names) {
    const run = spawnSync(process.execPath, ["--import", "tsx", __filename], { env: { ...process.env, REDACTION_BENCH_CASE: name }, encoding: "utf8", maxBuffer: 1e6 });
    if (run.status !== 0) {
      console.log(`${name}: failed ${run.stderr.slice(0, 400)}`);
      continue;
    }
    const r = JSON.parse(run.stdout) as { baseline: number; seconds: number; peak: number; bytes: number; outcome: string };
    const mbps = r.bytes / MIB / r.seconds;
    console.log(
      [name.padEnd(40), mbps.toFixed(1).padStart(8), r.seconds.toFixed(2).padStart(8), `${r.peak.toFixed(0)} MB`.padStart(10), `${r.baseline.toFixed(0)} MB`.padStart(15), `  ${r.outcome}`].join(""),
    );
  }
}

function readJson(gate: ServerTextGate, body: string): string {
  const reading = gate.body(body).json();
  if (!reading.ok) return `refused: ${reading.problem}`;
  const text = JSON.stringify(reading.value);
  return text.includes("withheld") ? "withheld" : text.includes("[redacted]") ? "redacted" : "passed";
}

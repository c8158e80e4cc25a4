/**
 * Where a `terraform plan` spends its time, read from its own trace log (`TF_LOG=trace`, with
 * `TF_LOG_PROVIDER=trace` for the provider's "rpc done" lines): terraform's work before the first
 * plugin start (with a provider installed as an executable, most of it is terraform hashing the
 * package against the lock file's `h1:` hash), then per provider process: spawn → handshake line →
 * each RPC (as terraform logs the call, and the provider's own handler time) → Close → exit.
 * Used by bench/provider.bench.ts; the figures are milliseconds on terraform's clock.
 */

interface Line {
  ms: number;
  text: string;
}

interface ProcessTimeline {
  spawn: number;
  handshake?: number;
  rpcs: { name: string; at: number; handlerMs?: number }[];
  close?: number;
  exit?: number;
}

const LINE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z) \[[A-Z]+\]\s+(.*)$/;

function parse(stderr: string): Line[] {
  const lines: Line[] = [];
  for (const raw of stderr.split("\n")) {
    const m = LINE.exec(raw);
    if (m?.[1] && m[2] !== undefined) lines.push({ ms: Date.parse(m[1]), text: m[2] });
  }
  return lines;
}

/** The processes terraform started, in order, from a trace log of one command. */
export function pluginProcesses(stderr: string): { start: number; end: number; beforeFirstPlugin: number; hashMs?: number; processes: ProcessTimeline[] } {
  const lines = parse(stderr);
  const processes: ProcessTimeline[] = [];
  let current: ProcessTimeline | undefined;
  let hashMs: number | undefined;
  for (const [i, line] of lines.entries()) {
    const t = line.text;
    if (t.startsWith("providercache.fillMetaCache: including")) hashMs = (lines[i + 1]?.ms ?? line.ms) - line.ms;
    else if (t.startsWith("provider: starting plugin:")) processes.push((current = { spawn: line.ms, rpcs: [] }));
    else if (!current) continue;
    else if (t.startsWith("provider: using plugin:")) current.handshake = line.ms;
    else if (t.startsWith("GRPCProvider.v6: Close")) current.close = line.ms;
    else if (t.startsWith("provider: plugin exited")) current.exit = line.ms;
    else {
      const rpc = /^GRPCProvider\.v6: ([A-Z]\w+)$/.exec(t);
      if (rpc?.[1]) current.rpcs.push({ name: rpc[1], at: line.ms });
      const done = /rpc done: .*tf_rpc=(\w+).*duration_ms=([\d.]+)/.exec(t) ?? /rpc done: .*duration_ms=([\d.]+).*tf_rpc=(\w+)/.exec(t);
      if (done) {
        const [name, ms] = done[0].indexOf("tf_rpc") < done[0].indexOf("duration_ms") ? [done[1], done[2]] : [done[2], done[1]];
        const call = [...current.rpcs].reverse().find((r) => r.name === name && r.handlerMs === undefined);
        if (call) call.handlerMs = Number(ms);
      }
    }
  }
  const start = lines[0]?.ms ?? 0;
  return { start, end: lines.at(-1)?.ms ?? start, beforeFirstPlugin: (processes[0]?.spawn ?? start) - start, ...(hashMs === undefined ? {} : { hashMs }), processes };
}

/** Printable lines: one per process, then the totals. */
export function describePlanTimeline(stderr: string): string[] {
  const { start, end, beforeFirstPlugin, hashMs, processes } = pluginProcesses(stderr);
  const d = (a?: number, b?: number): string => (a === undefined || b === undefined ? "?" : String(Math.round(b - a)));
  const out = [`terraform before the first plugin start ${beforeFirstPlugin} ms (of which hashing the installed package for the lock file ~${hashMs ?? "?"} ms)`];
  let sum = { boot: 0, rpc: 0, exit: 0 };
  for (const [i, p] of processes.entries()) {
    // Each RPC: from terraform logging the call to the next event (next call, or Close); the provider's handler time in brackets.
    const events = p.rpcs.map((r, j) => {
      const next = p.rpcs[j + 1]?.at ?? p.close;
      return `${r.name} ${d(r.at, next)}${r.handlerMs === undefined ? "" : ` [${r.handlerMs}]`}`;
    });
    out.push(`process ${i + 1}: spawn→handshake ${d(p.spawn, p.handshake)}, handshake→first call ${d(p.handshake, p.rpcs[0]?.at)}; ${events.join(", ")}; Close→exited ${d(p.close, p.exit)}; alive ${d(p.spawn, p.exit)}`);
    if (p.handshake !== undefined) sum.boot += p.handshake - p.spawn;
    if (p.handshake !== undefined && p.close !== undefined) sum.rpc += p.close - p.handshake;
    if (p.close !== undefined && p.exit !== undefined) sum.exit += p.exit - p.close;
  }
  const alive = processes.reduce((a, p) => a + (p.exit ?? p.spawn) - p.spawn, 0);
  out.push(`total ${end - start} ms: ${processes.length} processes alive ${alive} (boots ${sum.boot}, handshake→Close ${sum.rpc}, exits ${sum.exit}); terraform alone ${end - start - alive}`);
  return out;
}

/**
 * What the terraform canary tests search afterwards: each run's TF_LOG=trace file, the state
 * (and its backup) kept at chosen moments, and every host name the provider process resolved
 * (fixtures/dns-spy.cjs, preloaded with NODE_OPTIONS).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RunResult, TerraformWorkspace } from "../helpers/terraform";

const DNS_SPY = join(__dirname, "fixtures", "dns-spy.cjs");

export interface CanaryTrail {
  /** terraform with a trace log of its own and the DNS spy in the provider; failures are returned, not thrown. */
  run(args: string[], env?: NodeJS.ProcessEnv): Promise<RunResult>;
  /** Keeps the state and its backup as they are now. */
  keepState(): void;
  /** Every trace log written so far. */
  traces(): string;
  /** Every state kept so far. */
  states(): string;
  /** The host names the provider resolved so far, one a line. */
  dnsQueries(): string;
}

export function canaryTrail(ws: TerraformWorkspace, baseEnv: NodeJS.ProcessEnv = {}): CanaryTrail {
  const traceFiles: string[] = [];
  const kept: string[] = [];
  const dnsFile = join(ws.root, "dns.log");
  const read = (file: string): string => (existsSync(file) ? readFileSync(file, "utf8") : "");
  return {
    run(args, env = {}) {
      const trace = join(ws.root, `trace-${traceFiles.length}.log`);
      traceFiles.push(trace);
      return ws.run(args, { allowFailure: true, env: { TF_LOG: "trace", TF_LOG_PATH: trace, NODE_OPTIONS: `--require ${DNS_SPY}`, DNS_SPY_FILE: dnsFile, ...baseEnv, ...env } });
    },
    keepState() {
      for (const file of ["terraform.tfstate", "terraform.tfstate.backup"]) if (existsSync(join(ws.dir, file))) kept.push(read(join(ws.dir, file)));
    },
    traces: () => traceFiles.map(read).join("\n"),
    states: () => kept.join("\n"),
    dnsQueries: () => read(dnsFile),
  };
}

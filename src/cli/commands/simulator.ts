import { readFileSync } from "node:fs";
import type { Command } from "commander";
import * as z from "zod";
import { CodedError } from "../../errors";
import {
  CONTROL_ROUTES,
  DEMO_KEYS,
  DEMO_NETWORKS,
  FaultSpecError,
  SCENARIO_NAMES,
  SimulatorConfigError,
  SimulatorOptionsError,
  SimulatorTokenError,
  TenantSpecError,
  parseFault,
  parseSimulatorConfig,
  startSimulator,
  tenantScenario,
  type Fault,
  type NetworkSpec,
  type RunningSimulator,
  type SimulatorConfig,
  type SimulatorOptions,
} from "../../simulator";
import { collect, parseFlags } from "../flags";
import { UsageError } from "../usage-error";

const wholeNumber = (flag: string, min: number, max: number) => {
  const message = `${flag} must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
};

const SimulatorFlags = z.object({
  port: wholeNumber("--port", 0, 65535).optional(),
  config: z.string().min(1, "--config needs a file path").optional(),
  scenario: z.enum(SCENARIO_NAMES, { error: `--scenario must be one of ${SCENARIO_NAMES.join(", ")}` }).optional(),
  listScenarios: z.boolean().default(false),
  users: wholeNumber("--users", 0, 1_000_000).optional(),
  seed: z.coerce.number({ error: "--seed must be an integer" }).int("--seed must be an integer").default(42),
  shard: z.string().regex(/^[a-z0-9-]+$/, "--shard must be a label such as us1").optional(),
  readOnlyMutation: z.enum(["http-403", "graphql-error", "ok-false"], { error: "--read-only-mutation must be http-403, graphql-error or ok-false" }).optional(),
  rateLimit: z.boolean().default(true),
  readsPerMinute: wholeNumber("--reads-per-minute", 1, 1_000_000).optional(),
  writesPerMinute: wholeNumber("--writes-per-minute", 1, 1_000_000).optional(),
  defaultPageSize: wholeNumber("--default-page-size", 1, 10_000).optional(),
  maxPageSize: wholeNumber("--max-page-size", 1, 10_000).optional(),
  fault: z.array(z.string()).default([]),
  control: z.boolean().default(true),
  log: z.boolean().default(false),
});
type Flags = z.output<typeof SimulatorFlags>;

const DEFAULT_PORT = 4567;

const HELP_AFTER = `
Networks: without --config, the demo networks acme (25 users, 8 groups) and globex, with demo keys
printed at start. --scenario, --users and --seed replace the tenant of the first network.

Config file (--config FILE, JSON; flags override it): startSimulator()'s options as data.
  {
    "networks": [
      { "name": "acme", "scenario": "large-group",
        "tokens": [{ "name": "ci", "key": "sim-ci-key-0001", "permission": "read" }] },
      { "name": "corp", "tenant": { "seed": 1, "users": 30,
          "extraUsers": [{ "email": "ana@corp.example", "role": "ADMIN", "state": "PENDING" }],
          "extraGroups": [{ "name": "Ops", "type": "MANUAL", "members": ["ana@corp.example"] }],
          "unknownValues": { "roles": [{ "value": "BILLING", "count": 2 }] },
          "defaultPageSize": 50 },
        "tokens": [{ "name": "rw", "key": "sim-corp-rw-0001", "permission": "read-write", "revoked": false }] }
    ],
    "rateLimit": { "reads": 60, "writes": 20, "windowMs": 60000 },
    "shard": "us1", "readOnlyMutation": "graphql-error", "maxPageSize": 100,
    "faults": [{ "kind": "status", "status": 503, "times": 2 }]
  }
  permission: read | read-write | read-write-provision. Fault kinds: latency {ms}, status {status,
  retryAfter?, body?}, drop, html, malformed-json, wrong-shape; each with times?, network?, method?.

Scenarios (--scenario NAME, or "scenario" in the config; --list-scenarios describes them):
  ${SCENARIO_NAMES.join(", ")}

Control endpoint (on by default, loopback only, same port; --no-control turns it off):
${CONTROL_ROUTES.map((r) => `  ${r.method.padEnd(6)} /_simulator${r.path.padEnd(30)} ${r.does}`).join("\n")}
  e.g. curl -X POST http://127.0.0.1:4567/_simulator/networks/acme/tokens/revoke -d '{"name":"read-write"}'
`;

/** `c1-twingate simulator`: run the local Twingate API simulator until interrupted. */
export function registerSimulator(program: Command): void {
  program
    .command("simulator")
    .description("run the local Twingate API simulator on 127.0.0.1 (demo networks acme and globex, or your own from --config)")
    .option("--port <port>", `port to listen on (0 = any free port; default ${DEFAULT_PORT})`)
    .option("--config <file>", "JSON config: networks, tenants (declared users/groups, unknown values), tokens, limits, faults")
    .option("--scenario <name>", "serve a named tenant scenario as the first network's tenant")
    .option("--list-scenarios", "print the named scenarios and the gap each shows, then exit")
    .option("--users <count>", "replace the first network's tenant with a generated one of this many users")
    .option("--seed <seed>", "seed of the generated tenant (with --users)", "42")
    .option("--shard <label>", "answer 308 from the plain host to a regional one, like Twingate's sharded hosts")
    .option("--read-only-mutation <behaviour>", "how a read-only key's mutation fails: http-403, graphql-error or ok-false")
    .option("--no-rate-limit", "disable the rate limits (default 60 reads / 20 writes per minute per network)")
    .option("--reads-per-minute <n>", "read limit per network and minute")
    .option("--writes-per-minute <n>", "write limit per network and minute")
    .option("--default-page-size <n>", "page size without first/last, for tenants that set none (default 50)")
    .option("--max-page-size <n>", "largest first/last accepted (default 100)")
    .option("--fault <json>", "queue a fault at start (repeatable), e.g. '{\"kind\":\"status\",\"status\":503}'", collect)
    .option("--no-control", "do not serve the control endpoint /_simulator/")
    .option("--log", "print one line per request to stderr (method, path, status, ms; never a key)")
    .addHelpText("after", HELP_AFTER)
    .action(async (raw: unknown) => {
      const flags = parseFlags(SimulatorFlags, raw);
      if (flags.listScenarios) return listScenarios();
      const { options, faults, demo } = buildOptions(flags);
      const sim = await start(options, flags.config);
      try {
        for (const fault of faults) sim.faults.push(fault);
        process.stdout.write(banner(sim, options.networks ?? DEMO_NETWORKS, demo));
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
        });
      } finally {
        await sim.close();
      }
    });
}

function listScenarios(): void {
  const text = SCENARIO_NAMES.map((name) => {
    const scenario = tenantScenario(name);
    return `${name}\n  ${scenario.shows}\n  groups to provision: ${scenario.groupsToProvision.join(", ")}\n`;
  });
  process.stdout.write(text.join(""));
}

/** Errors in what the user wrote (file or flags) are usage errors (exit 2), named by where they came from. */
const INPUT_ERRORS = [SimulatorConfigError, TenantSpecError, SimulatorOptionsError, SimulatorTokenError, FaultSpecError];

function asUsage(error: unknown, source: string | undefined): unknown {
  if (error instanceof CodedError && INPUT_ERRORS.some((kind) => error instanceof kind)) {
    const where = source === undefined || error instanceof SimulatorConfigError ? "" : `${source}: `;
    return new UsageError(`${where}[${error.code}] ${error.message}`);
  }
  return error;
}

/** Reads a simulator config file; `flag` is the option the user gave it with (messages name it). */
export function readConfig(file: string, flag = "--config"): SimulatorConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new UsageError(`${flag} ${file} cannot be read (${code}); give the path of a JSON simulator config.`);
  }
  try {
    return parseSimulatorConfig(text, file);
  } catch (error) {
    throw asUsage(error, file);
  }
}

function parseFaultFlag(text: string): Fault {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`--fault must be a JSON object such as '{"kind":"status","status":503,"times":2}'; got ${JSON.stringify(text.slice(0, 80))}`);
  }
  try {
    return parseFault(json);
  } catch (error) {
    throw asUsage(error, "--fault");
  }
}

/** Config file first, flags over it. */
function buildOptions(flags: Flags): { options: SimulatorOptions; faults: Fault[]; demo: boolean } {
  const config = flags.config === undefined ? { options: {}, faults: [] } : readConfig(flags.config);
  const networks: NetworkSpec[] = [...(config.options.networks ?? DEMO_NETWORKS)];
  const first = networks[0];
  if (first !== undefined) {
    if (flags.scenario !== undefined && flags.users !== undefined) {
      throw new UsageError("--scenario and --users both replace the first network's tenant; use one of them.");
    }
    if (flags.scenario !== undefined) networks[0] = { name: first.name, tokens: first.tokens, scenario: flags.scenario };
    if (flags.users !== undefined) networks[0] = { name: first.name, tokens: first.tokens, tenant: { seed: flags.seed, users: flags.users } };
  }
  const options: SimulatorOptions = {
    ...config.options,
    networks,
    port: flags.port ?? config.options.port ?? DEFAULT_PORT,
    control: flags.control,
    ...(flags.shard !== undefined && { shard: flags.shard }),
    ...(flags.readOnlyMutation !== undefined && { readOnlyMutation: flags.readOnlyMutation }),
    ...(flags.defaultPageSize !== undefined && { defaultPageSize: flags.defaultPageSize }),
    ...(flags.maxPageSize !== undefined && { maxPageSize: flags.maxPageSize }),
    ...(flags.log && { log: (line: string) => void process.stderr.write(`${line}\n`) }),
  };
  if (!flags.rateLimit) {
    options.rateLimit = false;
  } else if (flags.readsPerMinute !== undefined || flags.writesPerMinute !== undefined) {
    const base = config.options.rateLimit === false || config.options.rateLimit?.windowMs !== 60_000 ? {} : config.options.rateLimit;
    options.rateLimit = {
      ...base,
      windowMs: 60_000,
      ...(flags.readsPerMinute !== undefined && { reads: flags.readsPerMinute }),
      ...(flags.writesPerMinute !== undefined && { writes: flags.writesPerMinute }),
    };
  }
  const faults = [...config.faults, ...flags.fault.map(parseFaultFlag)];
  return { options, faults, demo: config.options.networks === undefined };
}

async function start(options: SimulatorOptions, configFile: string | undefined): Promise<RunningSimulator> {
  try {
    return await startSimulator(options);
  } catch (error) {
    throw asUsage(error, configFile);
  }
}

function banner(sim: RunningSimulator, networks: readonly NetworkSpec[], demo: boolean): string {
  const lines = [
    `Twingate API simulator listening, base URL ${sim.baseUrl}`,
    ...networks.map((spec) => {
      const network = sim.network(spec.name);
      const tenant = network?.tenant;
      const tokens = (network?.listTokens() ?? [])
        .map((t, i) => `${t.name ?? `#${i + 1}`} (${t.permission}${t.revoked ? ", revoked" : ""})`)
        .join(", ");
      const what = spec.scenario !== undefined ? `scenario ${spec.scenario}, ` : "";
      return `  network ${spec.name}: ${what}${tenant?.userCount ?? 0} users, ${tenant?.groupCount ?? 0} groups; tokens ${tokens}`;
    }),
  ];
  // Demo keys only open the simulator: printing them is the point. Keys from a config file are never printed.
  if (demo) {
    lines.push(`  keys for acme: read-write ${DEMO_KEYS.readWrite}, read-only ${DEMO_KEYS.readOnly}, revoked ${DEMO_KEYS.revoked}`);
    lines.push(`  try: TWINGATE_API_KEY=${DEMO_KEYS.readWrite} npx -p cdktf-twingate-conductorone c1-twingate check --network acme --require write --base-url '${sim.baseUrl}'`);
  }
  if (sim.controlUrl !== undefined) lines.push(`  control endpoint ${sim.controlUrl} (see c1-twingate simulator --help)`);
  lines.push("Press Ctrl-C to stop.", "");
  return lines.join("\n");
}

/**
 * The simulator config file read by `c1-twingate simulator --config FILE`: the JSON
 * form of startSimulator()'s options (networks with tenants or scenarios, tokens,
 * limits) plus faults queued at start. Decoded with the same zod schemas the
 * library uses, so the file accepts exactly what the library does.
 *
 *   {
 *     "networks": [
 *       { "name": "acme", "scenario": "large-group",
 *         "tokens": [{ "name": "ci", "key": "sim-ci-key-0001", "permission": "read" }] },
 *       { "name": "corp", "tenant": { "seed": 1, "users": 30,
 *           "extraUsers": [{ "email": "ana@corp.example", "role": "ADMIN", "state": "PENDING" }],
 *           "extraGroups": [{ "name": "Ops", "members": ["ana@corp.example"] }] },
 *         "tokens": [{ "key": "sim-corp-rw-0001", "permission": "read-write" }] }
 *     ],
 *     "rateLimit": { "reads": 60, "writes": 20 },
 *     "faults": [{ "kind": "status", "status": 503, "times": 2 }]
 *   }
 */
import * as z from "zod";
import { describeIssues, SimulatorConfigError } from "./errors";
import { faultSchema, type Fault } from "./faults";
import { NETWORK_NAME, tokenSchema } from "./network";
import { rateLimitSchema, readOnlyMutationSchema, shardSchema, type SimulatorOptions } from "./options";
import { SCENARIO_NAMES } from "./scenarios";
import { tenantSpecSchema } from "./tenant-spec";

const configSchema = z.strictObject({
  port: z.number().int().min(0).max(65535).optional(),
  networks: z
    .array(
      z
        .strictObject({
          name: z.string().regex(NETWORK_NAME, "must be a lower-case DNS label such as acme"),
          tenant: tenantSpecSchema.optional(),
          scenario: z.enum(SCENARIO_NAMES, { error: `must be one of ${SCENARIO_NAMES.join(", ")}` }).optional(),
          tokens: z.array(tokenSchema).min(1, "must list at least one token"),
        })
        .refine((n) => n.tenant === undefined || n.scenario === undefined, "sets both tenant and scenario; keep one of them"),
    )
    .min(1, "must list at least one network (or leave networks out for the demo networks)")
    .optional(),
  readOnlyMutation: readOnlyMutationSchema.optional(),
  rateLimit: rateLimitSchema.optional(),
  shard: shardSchema.optional(),
  defaultPageSize: z.number().int().min(1).optional(),
  maxPageSize: z.number().int().min(1).optional(),
  faults: z.array(faultSchema).optional(),
});

/** A decoded config file: options for startSimulator() and faults to queue once it listens. */
export interface SimulatorConfig {
  options: SimulatorOptions;
  faults: Fault[];
}

/**
 * Decodes a config file's text. `source` names the file in messages.
 * Throws SimulatorConfigError (code SIM_INVALID_CONFIG) naming every bad field; never quotes a key.
 */
export function parseSimulatorConfig(text: string, source: string): SimulatorConfig {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    // V8's message may quote the text (and so a key): report only where it broke.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    throw new SimulatorConfigError(`${source} is not valid JSON${position === undefined ? "" : ` (at ${lineColumn(text, Number(position))})`}; fix the file.`);
  }
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    throw new SimulatorConfigError(`${source} is not a valid simulator config: ${describeIssues(parsed.error.issues)}. Fix these fields.`);
  }
  const { faults, ...options } = parsed.data;
  return { options: options as SimulatorOptions, faults: (faults ?? []) as Fault[] };
}

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position).split("\n");
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

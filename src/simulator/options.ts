/** Simulator options: the public shape, defaults, and the decoder that checks them. */
import * as z from "zod";
import { describeIssues, SimulatorOptionsError } from "./errors";
import { NETWORK_NAME, type NetworkSpec } from "./network";
import type { RateLimits } from "./rate-limiter";
import { MAX_PAGE_SIZE } from "./relay";
import { SCENARIO_NAMES } from "./scenarios";
import type { ReadOnlyMutationMode } from "./schema";

export interface SimulatorOptions {
  /** Default 0 (ephemeral); the host is always 127.0.0.1. */
  port?: number;
  /** Default: DEMO_NETWORKS. */
  networks?: NetworkSpec[];
  /** How a read-only token's mutation fails. Default "graphql-error". */
  readOnlyMutation?: ReadOnlyMutationMode;
  /** Per network; default 60 reads / 20 writes per 60 000 ms. false disables limiting. */
  rateLimit?: { reads?: number; writes?: number; windowMs?: number } | false;
  /** Clock of the rate limiter and of mutations' updatedAt, in ms. Default Date.now. */
  now?: () => number;
  /** e.g. "us1": the apex answers 308 to the regional path `/<network>.us1/...`. */
  shard?: string;
  /**
   * Page size when a connection gets neither first nor last, for every network whose tenant
   * spec (or scenario) does not set its own `defaultPageSize`. Default 50 (DEFAULT_PAGE_SIZE).
   */
  defaultPageSize?: number;
  /** Largest first/last accepted. Default 100. */
  maxPageSize?: number;
  /** One line per request ("METHOD path status ms"); never includes a key. */
  log?: (line: string) => void;
  /**
   * Serve the control endpoint under `/_simulator/` on the same loopback port (revoke a key,
   * queue faults, change limits, read a tenant's ground truth while running). Default false.
   */
  control?: boolean;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { reads: 60, writes: 20, windowMs: 60_000 };

export const rateLimitSchema = z.union([
  z.literal(false),
  z.object({
    reads: z.number().int().min(1).optional(),
    writes: z.number().int().min(1).optional(),
    windowMs: z.number().int().min(1).optional(),
  }),
]);
export const shardSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, "must be a DNS label such as us1");
export const readOnlyMutationSchema = z.enum(["http-403", "graphql-error", "ok-false"]);
const fn = <T>() => z.custom<T>((v) => typeof v === "function", "must be a function");

const optionsSchema = z.strictObject({
  port: z.number().int().min(0).max(65535).optional(),
  networks: z
    .array(
      z.strictObject({
        name: z.string().regex(NETWORK_NAME, "must be a lower-case DNS label such as acme"),
        tenant: z.unknown().optional(),
        scenario: z.enum(SCENARIO_NAMES, { error: `must be one of ${SCENARIO_NAMES.join(", ")}` }).optional(),
        tokens: z.array(z.unknown()),
      }),
    )
    .optional(),
  readOnlyMutation: readOnlyMutationSchema.optional(),
  rateLimit: rateLimitSchema.optional(),
  now: fn<() => number>().optional(),
  shard: shardSchema.optional(),
  defaultPageSize: z.number().int().min(1).optional(),
  maxPageSize: z.number().int().min(1).optional(),
  log: fn<(line: string) => void>().optional(),
  control: z.boolean().optional(),
});

const patchSchema = z.strictObject({
  readOnlyMutation: readOnlyMutationSchema.optional(),
  rateLimit: rateLimitSchema.optional(),
  // null clears the shard: the plain host answers again.
  shard: shardSchema.nullable().optional(),
});

export type SimulatorPatch = Partial<Pick<SimulatorOptions, "readOnlyMutation" | "rateLimit">> & { shard?: string | null };

/** Throws SimulatorOptionsError naming every bad field. */
export function checkOptions(options: SimulatorOptions): void {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new SimulatorOptionsError(`Invalid simulator options: ${describeIssues(parsed.error.issues)}. Fix these options of startSimulator().`);
  }
  const names = (options.networks ?? []).map((n) => n.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) {
    throw new SimulatorOptionsError(`Network "${duplicate}" is declared twice; give every network a unique name.`);
  }
  const both = (options.networks ?? []).find((n) => n.tenant !== undefined && n.scenario !== undefined);
  if (both) {
    throw new SimulatorOptionsError(`Network "${both.name}" sets both tenant and scenario; keep one of them.`);
  }
  // Without the option, each tenant's own default (50 unless set) is checked when its network is built.
  if (options.defaultPageSize !== undefined) checkPageSizes("defaultPageSize", options.defaultPageSize, options.maxPageSize ?? MAX_PAGE_SIZE);
}

/** A default page larger than the largest accepted page cannot be served honestly. */
export function checkPageSizes(what: string, defaultPage: number, maxPage: number): void {
  if (defaultPage > maxPage) {
    throw new SimulatorOptionsError(`${what} ${defaultPage} exceeds maxPageSize ${maxPage}; lower ${what} or raise maxPageSize.`);
  }
}

export function checkPatch(patch: SimulatorPatch): void {
  const parsed = patchSchema.safeParse(patch);
  if (!parsed.success) {
    throw new SimulatorOptionsError(`Invalid setOptions() patch: ${describeIssues(parsed.error.issues)}. Fix these fields.`);
  }
}

export function resolveRateLimits(rateLimit: SimulatorOptions["rateLimit"]): RateLimits | false {
  if (rateLimit === false) return false;
  return { ...DEFAULT_RATE_LIMITS, ...rateLimit };
}

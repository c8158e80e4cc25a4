import * as z from "zod";
import { C1SimulatorOptionsError } from "./errors";
import { seedAppSchema, seedUserSchema, type SeedApp, type SeedUser } from "./seed";
import type { SyncBehaviour } from "./store";

/** Options of {@link startConductorOneSimulator}, their defaults, and the decoder that checks them. */
export interface ConductorOneSimulatorOptions {
  /** Default 0 (any free port); the host is always 127.0.0.1. */
  port?: number;
  /** The simulator's clock (ms since the epoch): token expiry, sync progress, timestamps. Default Date.now. */
  now?: () => number;
  /** Lifetime of issued access tokens, seconds. Default 600 (the docs' example). */
  tokenTtlS?: number;
  sync?: {
    /** Wait in the queue before a sync starts, ms. Default 2000. */
    queueMs?: number;
    /** Duration of a sync, ms. Default 5000. */
    runMs?: number;
    /** Queue another sync this long after each one ends. Default: none (only on demand). */
    resyncEveryMs?: number;
    /** How syncs end unless set per connector. Default `{kind: "twingate"}`. */
    behaviour?: SyncBehaviour;
  };
  /** Where a Twingate connector's sync sends its requests. */
  twingate?: {
    /** URL template with {network}, e.g. a Twingate simulator's baseUrl. Default https://{network}.twingate.com. */
    baseUrl?: string;
    timeoutMs?: number;
  };
  /**
   * How GET answers a connector deleted through the API (a DELETE, or its app's). `"not-found"`
   * (the default): an error status, 404 NOT_FOUND, as reported for the real API (issue 11), so the
   * official provider's read fails ("failure to invoke API") instead of dropping it from state.
   * `"deleted-at"`: the connector with `deletedAt` set, which the provider's read removes from
   * state (conductorone-api.md §6 allows either). Also settable later: setDeletedConnectorRead().
   */
  deletedConnectorRead?: DeletedConnectorRead;
  /** Answer connector config secrets (twingate_apikey) as given, to prove clients scrub them. Default false. */
  echoSecretConfig?: boolean;
  /** How often (real ms) due sync transitions are applied without a request; 0 = only on requests. Default 250. */
  tickMs?: number;
  /** The directory's users (ids generated unless given; see seed.ts). Default two demo users. */
  users?: SeedUser[];
  /** Apps that exist already, e.g. the app an IdP integration created, with their entitlements. */
  apps?: SeedApp[];
  /** One line per request ("METHOD path status") and per sync transition; never a token, key or body. */
  log?: (line: string) => void;
}

/** See ConductorOneSimulatorOptions.deletedConnectorRead. */
export type DeletedConnectorRead = "not-found" | "deleted-at";
export const DELETED_CONNECTOR_READS: readonly DeletedConnectorRead[] = ["not-found", "deleted-at"];

export const DEMO_USERS = [
  { email: "ada.admin@acme.example", displayName: "Ada Admin" },
  { email: "owen.owner@acme.example", displayName: "Owen Owner" },
];

const behaviourSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("twingate") }),
  z.strictObject({ kind: z.literal("succeed") }),
  z.strictObject({ kind: z.literal("fail"), lastError: z.string().min(1) }),
  z.strictObject({ kind: z.literal("disable"), reason: z.string().optional() }),
  z.strictObject({ kind: z.literal("never-finish") }),
  z.strictObject({ kind: z.literal("never-start") }),
]);

const ms = z.number().int().min(0);
const fn = <T>() => z.custom<T>((v) => typeof v === "function", "must be a function");

const optionsSchema = z.strictObject({
  port: z.number().int().min(0).max(65535).optional(),
  now: fn<() => number>().optional(),
  tokenTtlS: z.number().int().min(1).optional(),
  sync: z
    .strictObject({
      queueMs: ms.optional(),
      runMs: ms.optional(),
      resyncEveryMs: z.number().int().min(1).optional(),
      behaviour: behaviourSchema.optional(),
    })
    .optional(),
  twingate: z.strictObject({ baseUrl: z.string().min(1).optional(), timeoutMs: z.number().int().min(1).optional() }).optional(),
  deletedConnectorRead: z.enum(DELETED_CONNECTOR_READS).optional(),
  echoSecretConfig: z.boolean().optional(),
  tickMs: ms.optional(),
  users: z.array(seedUserSchema).optional(),
  apps: z.array(seedAppSchema).optional(),
  log: fn<(line: string) => void>().optional(),
});

export function checkOptions(options: ConductorOneSimulatorOptions): void {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(options)"}: ${i.message}`).join("; ");
    throw new C1SimulatorOptionsError(`invalid ConductorOne simulator options: ${problems}. Fix these options of startConductorOneSimulator()`);
  }
}

export function checkDeletedConnectorRead(mode: DeletedConnectorRead): void {
  if (!DELETED_CONNECTOR_READS.includes(mode)) {
    throw new C1SimulatorOptionsError(`invalid deleted-connector read ${JSON.stringify(mode)}: use ${DELETED_CONNECTOR_READS.map((m) => `"${m}"`).join(" or ")}`);
  }
}

export function checkBehaviour(behaviour: SyncBehaviour): void {
  const parsed = behaviourSchema.safeParse(behaviour);
  if (!parsed.success) {
    throw new C1SimulatorOptionsError(
      `invalid sync behaviour ${JSON.stringify(behaviour)}: use {kind: "twingate" | "succeed" | "never-finish" | "never-start"}, {kind: "fail", lastError} or {kind: "disable", reason?}`,
    );
  }
}

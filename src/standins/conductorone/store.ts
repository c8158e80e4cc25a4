/**
 * The JSON file behind the stand-in's tenant (json-file-tenant.ts): seeded users, apps and
 * app entitlements, the objects Terraform created, and an event log with a sequence number
 * per change, so tests can assert what was created and in which order.
 *
 * Every change re-reads the file and replaces it atomically (write + rename): tests and
 * demos may edit or delete it between terraform runs. Secrets never reach it: a Twingate
 * key is written as "<set>", a credential's client secret not at all.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { StandinStateFileError } from "./errors";
import { nowRfc3339 } from "./ids";

export const STATE_FILE_ENV = "C1_STANDIN_STATE_FILE";
export const DEFAULT_STATE_FILE = "./conductorone-standin.json";
/** Bumped when the file's shape changes; an older file is refused with a clear message. */
export const STATE_FILE_VERSION = 2;

const idRef = z.object({ app_id: z.string().nullable().default(null), id: z.string().nullable().default(null) });

const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  display_name: z.string().nullable().default(null),
  username: z.string().nullable().default(null),
  status: z.string().default("ENABLED"),
  type: z.string().default("USER_TYPE_HUMAN"),
  department: z.string().nullable().default(null),
  job_title: z.string().nullable().default(null),
  employment_status: z.string().nullable().default(null),
  role_ids: z.array(z.string()).default([]),
  manager_ids: z.array(z.string()).default([]),
  created_at: z.string().nullable().default(null),
});

const appSchema = z.object({
  id: z.string(),
  display_name: z.string(),
  description: z.string().nullable().default(null),
  /** false for seeded apps (e.g. created by an IdP integration), true for apps Terraform created. */
  managed: z.boolean().default(false),
  grant_policy_id: z.string().nullable().default(null),
  revoke_policy_id: z.string().nullable().default(null),
  certify_policy_id: z.string().nullable().default(null),
  monthly_cost_usd: z.number().nullable().default(null),
  identity_matching: z.string().nullable().default(null),
  instructions: z.string().nullable().default(null),
  strict_access_entitlement_provisioning: z.boolean().nullable().default(null),
  annotations: z.record(z.string(), z.string()).nullable().default(null),
  app_entitlement_owner_refs: z.array(idRef).nullable().default(null),
  match_baton_ref: z
    .object({ app_id: z.string().nullable().default(null), connector_id: z.string().nullable().default(null), external_id: z.string().nullable().default(null) })
    .nullable()
    .default(null),
  is_directory: z.boolean().default(false),
  user_count: z.string().default("0"),
  created_at: z.string().nullable().default(null),
  updated_at: z.string().nullable().default(null),
});

const appEntitlementSchema = z.object({
  app_id: z.string(),
  id: z.string(),
  display_name: z.string(),
  slug: z.string().nullable().default(null),
  alias: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
  app_resource_id: z.string().nullable().default(null),
  app_resource_type_id: z.string().nullable().default(null),
  created_at: z.string().nullable().default(null),
});

/** A connector created by an integration resource (`conductorone_integration_twingate` or `_baton`). */
const integrationSchema = z.object({
  id: z.string(),
  app_id: z.string(),
  catalog_id: z.string(),
  display_name: z.string(),
  twingate_domain: z.string().nullable().default(null),
  /** Never the key: "<set>" or null. */
  twingate_apikey: z.enum(["<set>"]).nullable().default(null),
  user_ids: z.array(z.string()).default([]),
  created_at: z.string(),
  updated_at: z.string(),
  /** Set when the connector was deleted in ConductorOne (the provider then drops it from state). */
  deleted_at: z.string().nullable().default(null),
});

const connectorOwnerSchema = z.object({
  app_id: z.string(),
  connector_id: z.string(),
  role_slug: z.string(),
  user_ref_id: z.string(),
  created_at: z.string(),
});

const connectorOwnerEntitlementSchema = z.object({
  app_id: z.string(),
  connector_id: z.string(),
  role_slug: z.string(),
  app_entitlement_ref_app_id: z.string(),
  app_entitlement_ref_id: z.string(),
  created_at: z.string(),
});

const connectorCredentialSchema = z.object({
  id: z.string(),
  app_id: z.string(),
  connector_id: z.string(),
  display_name: z.string(),
  client_id: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  expires_time: z.string().nullable().default(null),
  last_used_at: z.string().nullable().default(null),
});

const eventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.enum(["create", "update", "delete"]),
  type: z.string(),
  id: z.string(),
});

const stateSchema = z.object({
  version: z.literal(STATE_FILE_VERSION),
  sequence: z.number().int().min(0),
  users: z.array(userSchema),
  apps: z.array(appSchema),
  app_entitlements: z.array(appEntitlementSchema).default([]),
  integrations: z.array(integrationSchema),
  connector_owners: z.array(connectorOwnerSchema),
  connector_owner_entitlements: z.array(connectorOwnerEntitlementSchema).default([]),
  connector_credentials: z.array(connectorCredentialSchema).default([]),
  events: z.array(eventSchema),
});

export type StandinUser = z.infer<typeof userSchema>;
export type StandinApp = z.infer<typeof appSchema>;
export type StandinAppEntitlement = z.infer<typeof appEntitlementSchema>;
export type StandinIntegration = z.infer<typeof integrationSchema>;
export type StandinConnectorOwner = z.infer<typeof connectorOwnerSchema>;
export type StandinConnectorOwnerEntitlement = z.infer<typeof connectorOwnerEntitlementSchema>;
export type StandinConnectorCredential = z.infer<typeof connectorCredentialSchema>;
export type StandinEvent = z.infer<typeof eventSchema>;
export type StandinState = z.infer<typeof stateSchema>;

/** Seed data: users, pre-existing apps and their entitlements, with only the fields that matter filled in. */
export interface StandinSeed {
  users?: z.input<typeof userSchema>[];
  apps?: z.input<typeof appSchema>[];
  app_entitlements?: z.input<typeof appEntitlementSchema>[];
}

export function emptyState(): StandinState {
  return {
    version: STATE_FILE_VERSION,
    sequence: 0,
    users: [],
    apps: [],
    app_entitlements: [],
    integrations: [],
    connector_owners: [],
    connector_owner_entitlements: [],
    connector_credentials: [],
    events: [],
  };
}

/** The state file named by C1_STANDIN_STATE_FILE (relative to the working directory), or the default. */
export function stateFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const named = env[STATE_FILE_ENV];
  return resolve(named && named.trim() !== "" ? named : DEFAULT_STATE_FILE);
}

/** Reads a state file; a missing file is an empty tenant. */
export function readStandinState(path: string): StandinState {
  if (!existsSync(path)) return emptyState();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new StandinStateFileError(path, "it is not valid JSON", { cause: err });
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new StandinStateFileError(path, `${first ? `${first.path.join(".") || "(root)"}: ${first.message}` : "unexpected shape"}`);
  }
  return parsed.data;
}

function writeState(path: string, state: StandinState): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, path);
}

/** Writes a fresh state file holding the given users, apps and app entitlements (what tests and the demo start from). */
export function seedStandinState(path: string, seed: StandinSeed): StandinState {
  const state = emptyState();
  state.users = (seed.users ?? []).map((u) => userSchema.parse(u));
  state.apps = (seed.apps ?? []).map((a) => appSchema.parse(a));
  state.app_entitlements = (seed.app_entitlements ?? []).map((e) => appEntitlementSchema.parse(e));
  writeState(path, state);
  return state;
}

/** Parses one app as the file holds it (defaults filled in). */
export const parseStandinApp = (app: z.input<typeof appSchema>): StandinApp => appSchema.parse(app);

/** Read-modify-write access to one state file, recording an event for every change. */
export class StandinStore {
  constructor(readonly path: string) {}

  read(): StandinState {
    return readStandinState(this.path);
  }

  /** Runs `change` on the current state and saves it; `record` adds events with the next sequence numbers. */
  update<T>(change: (state: StandinState, record: (action: StandinEvent["action"], type: string, id: string) => void) => T): T {
    const state = this.read();
    const result = change(state, (action, type, id) => {
      state.sequence += 1;
      state.events.push({ seq: state.sequence, at: nowRfc3339(), action, type, id });
    });
    writeState(this.path, state);
    return result;
  }
}

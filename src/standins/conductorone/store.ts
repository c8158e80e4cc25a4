/**
 * The stand-in's "ConductorOne tenant": one JSON file holding seeded users and
 * apps, the objects Terraform created, and an event log with a sequence number
 * per change, so tests can assert what was created and in which order.
 *
 * Every change re-reads the file and replaces it atomically (write + rename):
 * tests and demos may edit or delete it between terraform runs.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { StandinStateFileError } from "./errors";
import { nowRfc3339 } from "./ids";

export const STATE_FILE_ENV = "C1_STANDIN_STATE_FILE";
export const DEFAULT_STATE_FILE = "./conductorone-standin.json";

const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  display_name: z.string().nullable().default(null),
  username: z.string().nullable().default(null),
  status: z.string().default("ENABLED"),
  type: z.string().default("USER_TYPE_HUMAN"),
  department: z.string().nullable().default(null),
  job_title: z.string().nullable().default(null),
  created_at: z.string().nullable().default(null),
});

const appSchema = z.object({
  id: z.string(),
  display_name: z.string(),
  description: z.string().nullable().default(null),
  /** false for seeded apps (e.g. created by an IdP integration), true for apps Terraform created. */
  managed: z.boolean().default(false),
  created_at: z.string().nullable().default(null),
  updated_at: z.string().nullable().default(null),
});

const integrationSchema = z.object({
  id: z.string(),
  app_id: z.string(),
  twingate_domain: z.string().nullable(),
  /** Never the key: "<set>" or null. */
  twingate_apikey: z.enum(["<set>"]).nullable(),
  user_ids: z.array(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
});

const connectorOwnerSchema = z.object({
  app_id: z.string(),
  connector_id: z.string(),
  role_slug: z.string(),
  user_ref_id: z.string(),
  created_at: z.string(),
});

const eventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.enum(["create", "update", "delete"]),
  type: z.string(),
  id: z.string(),
});

const stateSchema = z.object({
  version: z.literal(1),
  sequence: z.number().int().min(0),
  users: z.array(userSchema),
  apps: z.array(appSchema),
  integrations: z.array(integrationSchema),
  connector_owners: z.array(connectorOwnerSchema),
  events: z.array(eventSchema),
});

export type StandinUser = z.infer<typeof userSchema>;
export type StandinApp = z.infer<typeof appSchema>;
export type StandinIntegration = z.infer<typeof integrationSchema>;
export type StandinConnectorOwner = z.infer<typeof connectorOwnerSchema>;
export type StandinEvent = z.infer<typeof eventSchema>;
export type StandinState = z.infer<typeof stateSchema>;

/** Seed data: users and pre-existing apps, with only the fields that matter filled in. */
export interface StandinSeed {
  users?: z.input<typeof userSchema>[];
  apps?: z.input<typeof appSchema>[];
}

export function emptyState(): StandinState {
  return { version: 1, sequence: 0, users: [], apps: [], integrations: [], connector_owners: [], events: [] };
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

/** Writes a fresh state file holding the given users and apps (what the tests and the demo start from). */
export function seedStandinState(path: string, seed: StandinSeed): StandinState {
  const state = emptyState();
  state.users = (seed.users ?? []).map((u) => userSchema.parse(u));
  state.apps = (seed.apps ?? []).map((a) => appSchema.parse(a));
  writeState(path, state);
  return state;
}

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

import { readFileSync } from "node:fs";
import * as z from "zod";
import { C1SimulatorSeedError } from "./errors";
import { ksuid, KSUID_PATTERN } from "./ids";
import { newAppEntitlementRecord, newAppRecord, newUserRecord } from "./records";
import type { AppEntitlementRecord, AppRecord, TenantStore, UserRecord } from "./store";

/**
 * What a simulated tenant holds before anyone calls its API: users (the directory), and apps
 * that exist already (e.g. the app an IdP integration created) with their entitlements (e.g. an
 * IdP group's "member" entitlement, for connector owners by group). The same shape from code
 * (`startConductorOneSimulator({ users, apps })`, `seedUser`, `seedApp`) and from a JSON file
 * (`c1-twingate c1-simulator --seed FILE`). Field names are the API's (camelCase, `App`, `User`,
 * `AppEntitlement` of terraform-provider-conductorone v1.5.0); an id may be given (27-character
 * KSUID shape, so a stack can name it) or left out (a fresh KSUID).
 */

const id = z.string().regex(KSUID_PATTERN, "must be 27 characters 0-9, A-Z, a-z (the shape of ConductorOne's KSUID ids)");
const text = z.string();

export const seedUserSchema = z.strictObject({
  id: id.optional(),
  email: z.string().min(3, "must be an email address").includes("@", { error: "must be an email address" }),
  displayName: text.optional(),
  username: text.optional(),
  status: z.enum(["ENABLED", "DISABLED", "DELETED"]).optional(),
  type: z.enum(["USER_TYPE_HUMAN", "USER_TYPE_SERVICE", "USER_TYPE_SYSTEM", "USER_TYPE_AGENT"]).optional(),
  department: text.optional(),
  jobTitle: text.optional(),
  employmentStatus: text.optional(),
  employmentType: text.optional(),
  roleIds: z.array(text).optional(),
  managerIds: z.array(text).optional(),
});

export const seedEntitlementSchema = z.strictObject({
  id: id.optional(),
  displayName: z.string().min(1),
  /** Default "member" (a group's membership entitlement). */
  slug: text.optional(),
  alias: text.optional(),
  description: text.optional(),
  appResourceTypeId: text.optional(),
  appResourceId: text.optional(),
});

export const seedAppSchema = z.strictObject({
  id: id.optional(),
  displayName: z.string().min(1),
  description: text.optional(),
  isDirectory: z.boolean().optional(),
  isManuallyManaged: z.boolean().optional(),
  entitlements: z.array(seedEntitlementSchema).optional(),
});

export const seedSchema = z.strictObject({
  users: z.array(seedUserSchema).optional(),
  apps: z.array(seedAppSchema).optional(),
});

export type SeedUser = z.input<typeof seedUserSchema>;
export type SeedAppEntitlement = z.input<typeof seedEntitlementSchema>;
export type SeedApp = z.input<typeof seedAppSchema>;
/** `{ users, apps }`: the tenant's directory and existing apps. */
export type SimulatorSeed = z.input<typeof seedSchema>;

function check<T extends z.ZodType>(schema: T, value: unknown, source: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
  throw new C1SimulatorSeedError(`${source} is not a valid simulator seed: ${problems}. Fix these fields (see docs/conductorone-sync.md, "Seeding")`);
}

/** Check a seed (from code or a file); `source` names it in the error. */
export function parseSeed(value: unknown, source: string): z.output<typeof seedSchema> {
  return check(seedSchema, value, source);
}

/** Read and check a seed file (JSON `{ "users": [...], "apps": [...] }`). */
export function readSeedFile(path: string): z.output<typeof seedSchema> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new C1SimulatorSeedError(`cannot read the seed file ${path} (${(error as NodeJS.ErrnoException).code ?? "unreadable"}); check the path`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new C1SimulatorSeedError(`the seed file ${path} is not valid JSON (${error instanceof Error ? error.message : "parse error"}); fix its syntax`);
  }
  return parseSeed(json, `the seed file ${path}`);
}

/** Puts seeded objects into a tenant, refusing ids already taken and a second user with the same email. */
export class Seeder {
  constructor(
    private readonly store: TenantStore,
    private readonly now: () => number,
  ) {}

  #id(given: string | undefined, what: string): string {
    if (given === undefined) return ksuid(this.now());
    if (this.store.hasId(given)) throw new C1SimulatorSeedError(`${what} id ${given} is already taken in the simulator; give each seeded object its own id`);
    return given;
  }

  user(input: SeedUser): UserRecord {
    const u = check(seedUserSchema, input, "a seeded user");
    if ([...this.store.users.values()].some((existing) => existing.email === u.email)) {
      throw new C1SimulatorSeedError(`a user with the email ${u.email} is already seeded; ConductorOne's user search would find both (seed each email once)`);
    }
    const record = newUserRecord(this.#id(u.id, "user"), new Date(this.now()).toISOString(), u);
    this.store.users.set(record.id, record);
    return record;
  }

  app(input: SeedApp): { app: AppRecord; entitlements: AppEntitlementRecord[] } {
    const a = check(seedAppSchema, input, "a seeded app");
    const app = newAppRecord(this.#id(a.id, "app"), new Date(this.now()).toISOString(), a);
    this.store.apps.set(app.id, app);
    const entitlements = (a.entitlements ?? []).map((e) => this.entitlement(app.id, e));
    return { app, entitlements };
  }

  entitlement(appId: string, input: SeedAppEntitlement): AppEntitlementRecord {
    if (!this.store.liveApp(appId)) throw new C1SimulatorSeedError(`cannot seed an entitlement of app ${appId}: the simulator has no such app; seed the app first`);
    const e = check(seedEntitlementSchema, input, "a seeded app entitlement");
    const record = newAppEntitlementRecord(this.#id(e.id, "app entitlement"), appId, new Date(this.now()).toISOString(), e);
    this.store.appEntitlements.set(record.id, record);
    return record;
  }

  all(seed: SimulatorSeed): void {
    const s = parseSeed(seed, "the simulator's seed");
    for (const user of s.users ?? []) this.user(user);
    for (const app of s.apps ?? []) this.app(app);
  }
}

/**
 * The simulated tenant's objects, in the API's own field names (camelCase, RFC 3339 timestamps).
 * Secret config values are kept in memory only and never put in an answer unless the simulator
 * is told to echo them (to prove clients scrub them).
 */

/** An app, with the fields of the API's `App` (terraform-provider-conductorone v1.5.0 `models/shared/app.go`). */
export interface AppRecord {
  id: string;
  displayName: string;
  description: string;
  grantPolicyId: string | null;
  revokePolicyId: string | null;
  certifyPolicyId: string | null;
  monthlyCostUsd: number | null;
  identityMatching: string | null;
  instructions: string | null;
  strictAccessEntitlementProvisioning: boolean | null;
  annotations: Record<string, string>;
  matchBatonRef: { appId: string | null; connectorId: string | null; externalId: string | null } | null;
  /** CreateAppRequest only: kept, never answered (the API's App has no such field). */
  appEntitlementOwnerRefs: Array<{ appId: string | null; id: string | null }>;
  isDirectory: boolean;
  isManuallyManaged: boolean;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** An app entitlement (e.g. the "member" entitlement of an IdP group), the API's `AppEntitlement`. */
export interface AppEntitlementRecord {
  id: string;
  appId: string;
  displayName: string;
  slug: string;
  alias: string;
  description: string;
  appResourceTypeId: string | null;
  appResourceId: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** A user, with the fields of the API's `User` this simulator keeps (`models/shared/user.go`). */
export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  username: string;
  status: "ENABLED" | "DISABLED" | "DELETED";
  type: "USER_TYPE_HUMAN" | "USER_TYPE_SERVICE" | "USER_TYPE_SYSTEM" | "USER_TYPE_AGENT";
  department: string | null;
  jobTitle: string | null;
  employmentStatus: string | null;
  employmentType: string | null;
  roleIds: string[];
  managerIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ConnectorStatusRecord {
  status: string;
  startedAt: string | null;
  completedAt: string | null;
  updatedAt: string | null;
  lastError: string;
}

/** How a connector's syncs end. "twingate": as the simulated Twingate network answers its key/domain. */
export type SyncBehaviour =
  | { kind: "twingate" }
  | { kind: "succeed" }
  | { kind: "fail"; lastError: string }
  | { kind: "disable"; reason?: string }
  | { kind: "never-finish" }
  | { kind: "never-start" };

export interface ProbeOutcome {
  ok: boolean;
  /** The connector's lastError on failure. */
  lastError?: string;
  users?: number;
  groups?: number;
}

export interface SyncRun {
  queuedAt: number;
  /** When it starts (leaves the queue). */
  startAt: number;
  phase: "queued" | "running";
  behaviour?: SyncBehaviour;
  probe?: Promise<ProbeOutcome>;
}

export interface ConnectorRecord {
  id: string;
  appId: string;
  catalogId: string;
  displayName: string;
  description: string;
  userIds: string[];
  /** `@type` plus the other members, secrets included (never answered as they are). */
  config: Record<string, unknown> | null;
  configUpdatedAt: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  status: ConnectorStatusRecord | null;
  syncDisabledAt: string | null;
  syncDisabledReason: string | null;
  syncDisabledCategory: string | null;
  canResumeSync: boolean;
  /** Set by the test (setSyncBehaviour); otherwise the tenant default applies. */
  behaviour: SyncBehaviour | undefined;
  run: SyncRun | null;
  /** What the last finished sync saw (simulator insight, not an API field). */
  lastSync: ProbeOutcome | null;
  /** Number of syncs started. */
  syncs: number;
}

export interface CredentialRecord {
  id: string;
  appId: string;
  connectorId: string;
  displayName: string;
  clientId: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  expiresTime: string | null;
  lastUsedAt: string | null;
}

export interface OwnerRecord {
  appId: string;
  connectorId: string;
  roleSlug: string;
  userId: string;
  createdAt: string;
}

/** A group owner of a connector: the members of an app entitlement (`connectorOwnerEntitlement`). */
export interface OwnerEntitlementRecord {
  appId: string;
  connectorId: string;
  roleSlug: string;
  entitlementAppId: string;
  entitlementId: string;
  createdAt: string;
}

/** The objects a change can touch, in the API's words. */
export type ChangedObject = "app" | "connector" | "connector_owner_user" | "connector_owner_entitlement" | "connector_credential";

/**
 * One change the API made, in order (simulator insight, not an API): what tests and the demo
 * read to show what ConductorOne received. `summary` never holds a secret.
 */
export interface ChangeRecord {
  seq: number;
  at: string;
  action: "create" | "update" | "delete";
  object: ChangedObject;
  id: string;
  summary: string;
}

export class TenantStore {
  readonly apps = new Map<string, AppRecord>();
  readonly users = new Map<string, UserRecord>();
  readonly connectors = new Map<string, ConnectorRecord>();
  readonly credentials = new Map<string, CredentialRecord>();
  readonly appEntitlements = new Map<string, AppEntitlementRecord>();
  readonly owners: OwnerRecord[] = [];
  readonly ownerEntitlements: OwnerEntitlementRecord[] = [];
  readonly changes: ChangeRecord[] = [];

  liveApp(id: string): AppRecord | undefined {
    const app = this.apps.get(id);
    return app && app.deletedAt === null ? app : undefined;
  }

  /** A connector of that app (deleted ones too: Get answers them with deletedAt set). */
  connector(appId: string, id: string): ConnectorRecord | undefined {
    const connector = this.connectors.get(id);
    return connector && connector.appId === appId ? connector : undefined;
  }

  liveAppEntitlement(appId: string, id: string): AppEntitlementRecord | undefined {
    const entitlement = this.appEntitlements.get(id);
    return entitlement && entitlement.appId === appId && entitlement.deletedAt === null && this.liveApp(appId) ? entitlement : undefined;
  }

  /** Whether an id is taken by any object (seeded ids must be unique across kinds). */
  hasId(id: string): boolean {
    return this.apps.has(id) || this.users.has(id) || this.appEntitlements.has(id) || this.connectors.has(id) || this.credentials.has(id);
  }

  connectorsOf(appId: string): ConnectorRecord[] {
    return [...this.connectors.values()].filter((c) => c.appId === appId && c.deletedAt === null).sort((a, b) => a.id.localeCompare(b.id));
  }
}

const SECRET_KEY = /apikey|api_key|secret|token|password/i;

/** The connector config as the API answers it: secret values left out unless `echoSecrets`. */
export function configForAnswer(config: Record<string, unknown> | null, echoSecrets: boolean): Record<string, unknown> | null {
  if (config === null) return null;
  if (echoSecrets) return config;
  const configuration = config.configuration;
  if (configuration === null || typeof configuration !== "object") return config;
  const kept = Object.fromEntries(Object.entries(configuration as Record<string, unknown>).filter(([key]) => !SECRET_KEY.test(key)));
  return { ...config, configuration: kept };
}

/** The Twingate domain and key of an EnvConfig (`configuration.twingate_*.stringValue`). */
export function twingateSettingsOf(config: Record<string, unknown> | null): { domain: string | undefined; apiKey: string | undefined } {
  const configuration = (config?.configuration ?? {}) as Record<string, { stringValue?: unknown } | undefined>;
  const value = (key: string): string | undefined => {
    const v = configuration[key]?.stringValue;
    return typeof v === "string" && v.length > 0 ? v : undefined;
  };
  return { domain: value("twingate_domain"), apiKey: value("twingate_apikey") };
}

import * as z from "../zod-mini";
import { UntrustedText } from "../untrusted-text";
import { C1_ID_PATTERN, C1_ID_RULE } from "./ids";
import { Secret } from "./secret";
import { parseTimestamp, type Timestamp } from "./timestamp";

/**
 * The shapes of ConductorOne API answers this project reads (field names from
 * terraform-provider-conductorone v1.5.0 `internal/sdk/models/shared/*.go` and `openapi.yaml`;
 * reference §2–3). Every field is optional in the API; ids are required here because nothing
 * can be done without them. Unknown keys are dropped. A connector's `config` is reduced to its
 * `@type` and the Twingate domain: secret config values never enter this program's objects.
 *
 * Every string of an answer was already scrubbed of every known secret before these schemas
 * run (ServerTextRedactor.redactJson, in the client's one decode path). On top of that, what a
 * connector says about its sync is typed for display: text as {@link UntrustedText} (shown only
 * neutralised), timestamps parsed ({@link Timestamp}: re-formatted, never the server's
 * characters), `status.status` as a known value or UntrustedText. Data that round-trips to a
 * user's configuration (display names, descriptions) stays plain (scrubbed) text.
 */

/** An id this client may send back in a path (ids.ts). */
const c1IdSchema = z.string().check(z.regex(C1_ID_PATTERN, `not ${C1_ID_RULE}`));

/** `schema`, absent or null read as null (classic zod's `schema.nullish().transform((v) => v ?? null)`). */
function nullIfAbsent<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.nullish(schema),
    z.transform((v) => v ?? null),
  );
}

const text = nullIfAbsent(z.string());
/** Server text that is only ever shown: typed so that every string form of it is neutralised. */
const shownText = z.pipe(
  z.nullish(z.string()),
  z.transform((v) => (v ? UntrustedText.of(v) : null)),
);
/** An RFC 3339 time, parsed; an absent or unparsable one is null (its characters are never kept). */
const timestamp = z.pipe(
  z.nullish(z.string()),
  z.transform((v): Timestamp | null => (v ? (parseTimestamp(v) ?? null) : null)),
);
const stringList = z.pipe(
  z.nullish(z.array(z.string())),
  z.transform((v) => v ?? []),
);

export const ENV_CONFIG_TYPE = "type.googleapis.com/c1.api.app.v1.EnvConfig";

/** `status.status` values of the OpenAPI enum; others are tolerated (x-speakeasy-unknown-values: allow). */
export const SYNC_STATUSES = ["SYNC_STATUS_UNSPECIFIED", "SYNC_STATUS_RUNNING", "SYNC_STATUS_DONE", "SYNC_STATUS_ERROR", "SYNC_STATUS_DISABLED"] as const;
export type KnownSyncStatus = (typeof SYNC_STATUSES)[number];
/** A known `status.status`, or an unknown one kept as untrusted text (shown neutralised). */
export type SyncStatusValue = KnownSyncStatus | UntrustedText;

function isKnownSyncStatus(v: string): v is KnownSyncStatus {
  return (SYNC_STATUSES as readonly string[]).includes(v);
}

const syncStatus = z.pipe(
  z.nullish(z.string()),
  z.transform((v): SyncStatusValue | null => (v ? (isKnownSyncStatus(v) ? v : UntrustedText.of(v)) : null)),
);

/** A status value as plain text for state or JSON: known values as they are, unknown ones neutralised. */
export function syncStatusText(status: SyncStatusValue | null): string | null {
  return status === null ? null : typeof status === "string" ? status : status.shown();
}

export const connectorStatusSchema = z.object({
  status: syncStatus,
  startedAt: timestamp,
  completedAt: timestamp,
  updatedAt: timestamp,
  lastError: shownText,
});
export type ConnectorStatus = z.output<typeof connectorStatusSchema>;

const envConfigSchema = z.object({
  configuration: z.nullish(z.object({ twingate_domain: z.nullish(z.partial(z.object({ stringValue: z.string() }))) })),
});

const configSchema = z.pipe(
  z.nullish(z.looseObject({ "@type": z.nullish(z.string()) })),
  z.transform((config) => {
    if (!config) return null;
    const type = config["@type"] ?? null;
    const env = type === ENV_CONFIG_TYPE ? envConfigSchema.safeParse(config) : undefined;
    return { type, twingateDomain: env?.success ? (env.data.configuration?.twingate_domain?.stringValue ?? null) : null };
  }),
);

export const connectorSchema = z.object({
  id: c1IdSchema,
  appId: c1IdSchema,
  catalogId: text,
  displayName: text,
  description: text,
  userIds: stringList,
  config: configSchema,
  /** When the config (e.g. the Twingate key or domain) was last saved; read-only in the OpenAPI file. */
  configUpdatedAt: timestamp,
  status: nullIfAbsent(connectorStatusSchema),
  syncDisabledAt: timestamp,
  syncDisabledReason: shownText,
  syncDisabledCategory: shownText,
  canResumeSync: nullIfAbsent(z.boolean()),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp,
});
export type Connector = z.output<typeof connectorSchema>;

export const connectorViewEnvelope = z.object({ connectorView: z.object({ connector: connectorSchema }) });

const flag = nullIfAbsent(z.boolean());

/** The API's `App` (`models/shared/app.go`): what an app resource stores and a data source returns. */
export const appSchema = z.object({
  id: z.string().check(z.minLength(1)),
  displayName: text,
  description: text,
  parentAppId: text,
  isDirectory: flag,
  isManuallyManaged: flag,
  grantPolicyId: text,
  revokePolicyId: text,
  certifyPolicyId: text,
  monthlyCostUsd: nullIfAbsent(z.number()),
  identityMatching: text,
  instructions: text,
  strictAccessEntitlementProvisioning: flag,
  annotations: nullIfAbsent(z.record(z.string(), z.string())),
  matchBatonRef: nullIfAbsent(z.object({ appId: text, connectorId: text, externalId: text })),
  accessModel: text,
  appAccountId: text,
  appAccountName: text,
  /** int64: protobuf JSON may send it as a string. */
  connectorVersion: nullIfAbsent(z.union([z.number(), z.pipe(z.string().check(z.regex(/^-?\d+$/)), z.transform(Number))])),
  defaultRequestCatalogId: text,
  enableConnectorSourcedOwnership: flag,
  revokeGrantSources: flag,
  userCount: text,
  createdAt: text,
  updatedAt: text,
  deletedAt: text,
});
export type App = z.output<typeof appSchema>;

/** The API's `User` (`models/shared/user.go`), the fields this project reads. */
export const userSchema = z.object({
  id: z.string().check(z.minLength(1)),
  email: text,
  emails: stringList,
  displayName: text,
  username: text,
  usernames: stringList,
  status: text,
  type: text,
  directoryStatus: text,
  department: text,
  jobTitle: text,
  employmentStatus: text,
  employmentType: text,
  roleIds: stringList,
  managerIds: stringList,
  createdAt: text,
  updatedAt: text,
  deletedAt: text,
});
export type User = z.output<typeof userSchema>;

/** The API's `AppEntitlement` (e.g. the "member" entitlement of an IdP group). */
export const appEntitlementSchema = z.object({
  id: z.string().check(z.minLength(1)),
  appId: text,
  displayName: text,
  slug: text,
  alias: text,
  description: text,
  appResourceTypeId: text,
  appResourceId: text,
  createdAt: text,
  updatedAt: text,
  deletedAt: text,
});
export type AppEntitlement = z.output<typeof appEntitlementSchema>;

export const connectorCredentialSchema = z.object({
  id: z.string().check(z.minLength(1)),
  appId: text,
  connectorId: text,
  displayName: text,
  clientId: text,
  /** Only on creation; wrapped at once so it cannot be printed. */
  clientSecret: z.pipe(
    z.nullish(z.string()),
    z.transform((v) => (v ? new Secret(v, "connector client secret") : null)),
  ),
  createdAt: text,
  updatedAt: text,
  deletedAt: text,
  expiresTime: text,
  lastUsedAt: text,
});
export type ConnectorCredential = z.output<typeof connectorCredentialSchema>;

export const connectorOwnerUserSchema = z.object({
  appId: text,
  connectorId: text,
  roleSlug: text,
  createdAt: text,
  user: nullIfAbsent(userSchema),
});
export type ConnectorOwnerUser = z.output<typeof connectorOwnerUserSchema>;

/** A group owner of a connector: the members of an app entitlement (`ConnectorOwnerEntitlement`). */
export const connectorOwnerEntitlementSchema = z.object({
  appId: text,
  connectorId: text,
  roleSlug: text,
  createdAt: text,
  appEntitlement: nullIfAbsent(appEntitlementSchema),
});
export type ConnectorOwnerEntitlement = z.output<typeof connectorOwnerEntitlementSchema>;

/** `{list, nextPageToken}`; an empty or missing token ends the listing. */
export function pageSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    list: z.pipe(
      z.nullish(z.array(item)),
      z.transform((v) => (v ?? []) as z.output<T>[]),
    ),
    nextPageToken: z.pipe(
      z.nullish(z.string()),
      z.transform((v) => v ?? ""),
    ),
  });
}

import { configForAnswer, type AppEntitlementRecord, type AppRecord, type ConnectorRecord, type CredentialRecord, type OwnerEntitlementRecord, type OwnerRecord, type TenantStore, type UserRecord } from "./store";

/**
 * The simulator's records as the API answers them (field names of terraform-provider-conductorone
 * v1.5.0 `internal/sdk/models/shared/*.go`): absent values left out, as protobuf JSON does.
 * Secret connector config values are never answered unless `echoSecretConfig` (to prove
 * clients scrub them).
 */
export class JsonShapes {
  constructor(
    private readonly store: TenantStore,
    private readonly echoSecretConfig: boolean,
  ) {}

  app(a: AppRecord): Record<string, unknown> {
    // appEntitlementOwnerRefs is a CreateAppRequest field only: the App has none.
    const { appEntitlementOwnerRefs: _refs, deletedAt, ...fields } = a;
    const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
    return { ...present, ...(deletedAt ? { deletedAt } : {}), userCount: "0" };
  }

  appEntitlement(e: AppEntitlementRecord): Record<string, unknown> {
    const { deletedAt, ...fields } = e;
    return { ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)), ...(deletedAt ? { deletedAt } : {}) };
  }

  user(u: UserRecord): Record<string, unknown> {
    const present = Object.fromEntries(Object.entries(u).filter(([, v]) => v !== null));
    return { ...present, emails: [u.email], usernames: [u.username], directoryStatus: u.status, origin: "USER_ORIGIN_LOCAL" };
  }

  /**
   * `userIds` is not answered: since ConductorOne's release of July 10 2026 the integration's
   * user ids are no longer returned (reference conductorone-provider.md §3); owners are
   * connector owner users/entitlements instead.
   */
  connector(c: ConnectorRecord): Record<string, unknown> {
    return {
      id: c.id,
      appId: c.appId,
      catalogId: c.catalogId,
      displayName: c.displayName,
      description: c.description,
      ...(c.config ? { config: configForAnswer(c.config, this.echoSecretConfig) } : {}),
      ...(c.configUpdatedAt ? { configUpdatedAt: c.configUpdatedAt } : {}),
      ...(c.status ? { status: { ...c.status } } : {}),
      ...(c.syncDisabledAt ? { syncDisabledAt: c.syncDisabledAt, syncDisabledReason: c.syncDisabledReason, syncDisabledCategory: c.syncDisabledCategory } : {}),
      canResumeSync: c.canResumeSync,
      connectorApiVersion: 1,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      ...(c.deletedAt ? { deletedAt: c.deletedAt } : {}),
    };
  }

  connectorView(c: ConnectorRecord): Record<string, unknown> {
    return { connectorView: { connector: this.connector(c), appPath: "", usersPath: "", capabilitiesPath: "" }, expanded: [] };
  }

  credential(k: CredentialRecord, clientSecret?: string): Record<string, unknown> {
    return { ...k, deletedAt: k.deletedAt ?? undefined, ...(clientSecret ? { clientSecret } : {}) };
  }

  ownerUser(o: OwnerRecord): Record<string, unknown> {
    const user = this.store.users.get(o.userId);
    return { appId: o.appId, connectorId: o.connectorId, roleSlug: o.roleSlug, createdAt: o.createdAt, ...(user ? { user: this.user(user) } : {}) };
  }

  ownerEntitlement(o: OwnerEntitlementRecord): Record<string, unknown> {
    const entitlement = this.store.appEntitlements.get(o.entitlementId);
    return {
      appId: o.appId,
      connectorId: o.connectorId,
      roleSlug: o.roleSlug,
      createdAt: o.createdAt,
      ...(entitlement ? { appEntitlement: this.appEntitlement(entitlement) } : {}),
    };
  }
}

/**
 * The ConductorOne tenant the stand-in talks to, shaped after the API calls the real provider
 * makes (conductorone-api.md §2): apps, app entitlements, connectors, connector owners and
 * connector credentials. Resources and data sources only see this interface, so the JSON file
 * (JsonFileTenant) can be swapped for the ConductorOne API simulator without touching them.
 * `undefined` from a get is the API's 404.
 */
import { StandinReferenceError } from "./errors";
import { newClientId, newId, newSecret, nowRfc3339 } from "./ids";
import {
  parseStandinApp,
  StandinStore,
  type StandinApp,
  type StandinAppEntitlement,
  type StandinConnectorCredential,
  type StandinConnectorOwner,
  type StandinConnectorOwnerEntitlement,
  type StandinIntegration,
  type StandinUser,
} from "./store";

/** What a user may set on an app (`conductorone_app` arguments). */
export type AppInput = Omit<StandinApp, "id" | "managed" | "is_directory" | "user_count" | "created_at" | "updated_at">;

/** A connector to create: `config` null is the API's CreateDelegated (no config), otherwise Create with config. */
export interface ConnectorInput {
  readonly app_id: string;
  readonly catalog_id: string;
  readonly display_name: string;
  readonly user_ids: readonly string[];
  readonly config: { readonly twingate_domain: string | null; readonly twingate_apikey_set: boolean } | null;
}

/** An update: with `config` the API's update mask is "config" (user ids are not applied), without it "displayName,userIds". */
export type ConnectorChange = { readonly config: NonNullable<ConnectorInput["config"]> } | { readonly user_ids: readonly string[] };

export type OwnerUserKey = Pick<StandinConnectorOwner, "app_id" | "connector_id" | "role_slug" | "user_ref_id">;
export type OwnerEntitlementKey = Pick<StandinConnectorOwnerEntitlement, "app_id" | "connector_id" | "role_slug" | "app_entitlement_ref_app_id" | "app_entitlement_ref_id">;

export interface ConductorOneTenant {
  listUsers(): Promise<readonly StandinUser[]>;
  listApps(): Promise<readonly StandinApp[]>;
  getApp(id: string): Promise<StandinApp | undefined>;
  createApp(input: AppInput): Promise<StandinApp>;
  updateApp(id: string, input: AppInput): Promise<StandinApp | undefined>;
  deleteApp(id: string): Promise<void>;
  getAppEntitlement(appId: string, id: string): Promise<StandinAppEntitlement | undefined>;
  createConnector(input: ConnectorInput, type: string): Promise<StandinIntegration>;
  getConnector(appId: string, id: string): Promise<StandinIntegration | undefined>;
  updateConnector(appId: string, id: string, change: ConnectorChange, type: string): Promise<StandinIntegration | undefined>;
  deleteConnector(appId: string, id: string, type: string): Promise<void>;
  getUser(id: string): Promise<StandinUser | undefined>;
  createConnectorOwnerUser(key: OwnerUserKey): Promise<StandinConnectorOwner>;
  getConnectorOwnerUser(key: OwnerUserKey): Promise<StandinConnectorOwner | undefined>;
  deleteConnectorOwnerUser(key: OwnerUserKey): Promise<void>;
  createConnectorOwnerEntitlement(key: OwnerEntitlementKey): Promise<StandinConnectorOwnerEntitlement>;
  getConnectorOwnerEntitlement(key: OwnerEntitlementKey): Promise<StandinConnectorOwnerEntitlement | undefined>;
  deleteConnectorOwnerEntitlement(key: OwnerEntitlementKey): Promise<void>;
  /** RotateCredential: a new credential; the client secret is returned once and stored nowhere. */
  rotateCredential(appId: string, connectorId: string): Promise<{ credential: StandinConnectorCredential; clientSecret: string }>;
  getCredential(appId: string, connectorId: string, id: string): Promise<StandinConnectorCredential | undefined>;
  revokeCredential(appId: string, connectorId: string, id: string): Promise<void>;
}

const sameOwner = (a: OwnerUserKey, b: OwnerUserKey): boolean =>
  a.app_id === b.app_id && a.connector_id === b.connector_id && a.role_slug === b.role_slug && a.user_ref_id === b.user_ref_id;
const sameEntitlementOwner = (a: OwnerEntitlementKey, b: OwnerEntitlementKey): boolean =>
  a.app_id === b.app_id &&
  a.connector_id === b.connector_id &&
  a.role_slug === b.role_slug &&
  a.app_entitlement_ref_app_id === b.app_entitlement_ref_app_id &&
  a.app_entitlement_ref_id === b.app_entitlement_ref_id;

const CONNECTOR_OWNER_USER = "conductorone_connector_owner_user";
const CONNECTOR_OWNER_ENTITLEMENT = "conductorone_connector_owner_entitlement";
const CONNECTOR_CREDENTIAL = "conductorone_connector_credential";
const APP = "conductorone_app";

/** The tenant kept in the stand-in's JSON file (store.ts). */
export class JsonFileTenant implements ConductorOneTenant {
  constructor(private readonly store: StandinStore) {}

  async listUsers() {
    return this.store.read().users;
  }

  async listApps() {
    return this.store.read().apps;
  }

  async getApp(id: string) {
    return this.store.read().apps.find((a) => a.id === id);
  }

  async createApp(input: AppInput) {
    return this.store.update((state, record) => {
      const at = nowRfc3339();
      const app = parseStandinApp({ ...input, id: newId(), managed: true, created_at: at, updated_at: at });
      state.apps.push(app);
      record("create", APP, app.id);
      return app;
    });
  }

  async updateApp(id: string, input: AppInput) {
    return this.store.update((state, record) => {
      const i = state.apps.findIndex((a) => a.id === id);
      const found = state.apps[i];
      if (!found) return undefined;
      const app = parseStandinApp({ ...found, ...input, updated_at: nowRfc3339() });
      state.apps[i] = app;
      record("update", APP, id);
      return app;
    });
  }

  async deleteApp(id: string) {
    this.store.update((state, record) => {
      state.apps = state.apps.filter((a) => a.id !== id);
      record("delete", APP, id);
    });
  }

  async getAppEntitlement(appId: string, id: string) {
    return this.store.read().app_entitlements.find((e) => e.app_id === appId && e.id === id);
  }

  async createConnector(input: ConnectorInput, type: string) {
    return this.store.update((state, record) => {
      if (!state.apps.some((a) => a.id === input.app_id)) {
        throw new StandinReferenceError("app", input.app_id, "Create the app first (conductorone_app) or seed it in the stand-in state file.");
      }
      const at = nowRfc3339();
      const connector: StandinIntegration = {
        id: newId(),
        app_id: input.app_id,
        catalog_id: input.catalog_id,
        display_name: input.display_name,
        twingate_domain: input.config?.twingate_domain ?? null,
        twingate_apikey: input.config?.twingate_apikey_set ? "<set>" : null,
        user_ids: [...input.user_ids],
        created_at: at,
        updated_at: at,
        deleted_at: null,
      };
      state.integrations.push(connector);
      record("create", type, connector.id);
      return connector;
    });
  }

  async getConnector(appId: string, id: string) {
    return this.store.read().integrations.find((c) => c.app_id === appId && c.id === id);
  }

  async updateConnector(appId: string, id: string, change: ConnectorChange, type: string) {
    return this.store.update((state, record) => {
      const found = state.integrations.find((c) => c.app_id === appId && c.id === id && c.deleted_at === null);
      if (!found) return undefined;
      if ("config" in change) {
        found.twingate_domain = change.config.twingate_domain;
        found.twingate_apikey = change.config.twingate_apikey_set ? "<set>" : null;
      } else {
        found.user_ids = [...change.user_ids];
      }
      found.updated_at = nowRfc3339();
      record("update", type, id);
      return found;
    });
  }

  async deleteConnector(appId: string, id: string, type: string) {
    this.store.update((state, record) => {
      state.integrations = state.integrations.filter((c) => !(c.app_id === appId && c.id === id));
      state.connector_owners = state.connector_owners.filter((o) => o.connector_id !== id);
      state.connector_owner_entitlements = state.connector_owner_entitlements.filter((o) => o.connector_id !== id);
      state.connector_credentials = state.connector_credentials.filter((c) => c.connector_id !== id);
      record("delete", type, id);
    });
  }

  async getUser(id: string) {
    return this.store.read().users.find((u) => u.id === id);
  }

  private requireConnector(state: { integrations: StandinIntegration[] }, appId: string, connectorId: string): void {
    if (!state.integrations.some((c) => c.id === connectorId && c.app_id === appId && c.deleted_at === null)) {
      throw new StandinReferenceError("connector", connectorId, `No connector with that id exists on app "${appId}"; create the integration first.`);
    }
  }

  async createConnectorOwnerUser(key: OwnerUserKey) {
    return this.store.update((state, record) => {
      this.requireConnector(state, key.app_id, key.connector_id);
      if (!state.users.some((u) => u.id === key.user_ref_id)) {
        throw new StandinReferenceError("user", key.user_ref_id, "Use the id of an existing ConductorOne user (seed it in the stand-in state file).");
      }
      const owner = { ...key, created_at: nowRfc3339() };
      state.connector_owners = [...state.connector_owners.filter((o) => !sameOwner(o, key)), owner];
      record("create", CONNECTOR_OWNER_USER, JSON.stringify(key));
      return owner;
    });
  }

  async getConnectorOwnerUser(key: OwnerUserKey) {
    return this.store.read().connector_owners.find((o) => sameOwner(o, key));
  }

  async deleteConnectorOwnerUser(key: OwnerUserKey) {
    this.store.update((state, record) => {
      state.connector_owners = state.connector_owners.filter((o) => !sameOwner(o, key));
      record("delete", CONNECTOR_OWNER_USER, JSON.stringify(key));
    });
  }

  async createConnectorOwnerEntitlement(key: OwnerEntitlementKey) {
    return this.store.update((state, record) => {
      this.requireConnector(state, key.app_id, key.connector_id);
      if (!state.app_entitlements.some((e) => e.app_id === key.app_entitlement_ref_app_id && e.id === key.app_entitlement_ref_id)) {
        throw new StandinReferenceError(
          "app entitlement",
          `${key.app_entitlement_ref_app_id}/${key.app_entitlement_ref_id}`,
          "Use an entitlement of an existing app (seed it in the stand-in state file under app_entitlements).",
        );
      }
      const owner = { ...key, created_at: nowRfc3339() };
      state.connector_owner_entitlements = [...state.connector_owner_entitlements.filter((o) => !sameEntitlementOwner(o, key)), owner];
      record("create", CONNECTOR_OWNER_ENTITLEMENT, JSON.stringify(key));
      return owner;
    });
  }

  async getConnectorOwnerEntitlement(key: OwnerEntitlementKey) {
    return this.store.read().connector_owner_entitlements.find((o) => sameEntitlementOwner(o, key));
  }

  async deleteConnectorOwnerEntitlement(key: OwnerEntitlementKey) {
    this.store.update((state, record) => {
      state.connector_owner_entitlements = state.connector_owner_entitlements.filter((o) => !sameEntitlementOwner(o, key));
      record("delete", CONNECTOR_OWNER_ENTITLEMENT, JSON.stringify(key));
    });
  }

  async rotateCredential(appId: string, connectorId: string) {
    return this.store.update((state, record) => {
      this.requireConnector(state, appId, connectorId);
      const at = nowRfc3339();
      const credential: StandinConnectorCredential = {
        id: newId(),
        app_id: appId,
        connector_id: connectorId,
        display_name: "Terraform",
        client_id: newClientId(),
        created_at: at,
        updated_at: at,
        expires_time: null,
        last_used_at: null,
      };
      state.connector_credentials.push(credential);
      record("create", CONNECTOR_CREDENTIAL, credential.id);
      return { credential, clientSecret: newSecret() };
    });
  }

  async getCredential(appId: string, connectorId: string, id: string) {
    return this.store.read().connector_credentials.find((c) => c.app_id === appId && c.connector_id === connectorId && c.id === id);
  }

  async revokeCredential(appId: string, connectorId: string, id: string) {
    this.store.update((state, record) => {
      state.connector_credentials = state.connector_credentials.filter((c) => !(c.app_id === appId && c.connector_id === connectorId && c.id === id));
      record("delete", CONNECTOR_CREDENTIAL, id);
    });
  }
}

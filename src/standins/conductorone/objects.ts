/**
 * The API's objects as the real provider stores them in Terraform state, from what the
 * ConductorOne API answers (through src/conductorone, which checks every answer): one mapping
 * per object, shared by the resources and data sources that return it. A field the API leaves
 * out is the protobuf default the provider would store (false, "", 0, the enum's UNSPECIFIED)
 * for Optional+Computed arguments, and null for computed-only ones.
 */
import type { App, AppEntitlement, ConnectorCredential, User } from "../../conductorone";
import type { Result } from "./define";
import { toSeconds } from "./ids";

/** The API's App as the provider stores it (`app_entitlement_owner_refs` is not part of an App: the resource keeps its own). */
export function appObject(app: App): Result {
  return {
    id: app.id,
    display_name: app.displayName,
    description: app.description ?? "",
    grant_policy_id: app.grantPolicyId,
    revoke_policy_id: app.revokePolicyId,
    certify_policy_id: app.certifyPolicyId,
    monthly_cost_usd: app.monthlyCostUsd ?? 0,
    identity_matching: app.identityMatching ?? "APP_USER_IDENTITY_MATCHING_UNSPECIFIED",
    instructions: app.instructions ?? "",
    strict_access_entitlement_provisioning: app.strictAccessEntitlementProvisioning ?? false,
    annotations: app.annotations ?? {},
    match_baton_ref: app.matchBatonRef ? { app_id: app.matchBatonRef.appId, connector_id: app.matchBatonRef.connectorId, external_id: app.matchBatonRef.externalId } : null,
    access_model: app.accessModel ?? "APP_ACCESS_MODEL_UNSPECIFIED",
    app_account_id: app.appAccountId,
    app_account_name: app.appAccountName,
    // The simulator keeps no user mapping; the shape is the real one (an object).
    app_user_mapper: { app_id: app.id, mapping_cases: [] },
    connector_version: app.connectorVersion,
    created_at: toSeconds(app.createdAt),
    updated_at: toSeconds(app.updatedAt),
    default_request_catalog_id: app.defaultRequestCatalogId,
    enable_connector_sourced_ownership: app.enableConnectorSourcedOwnership ?? false,
    is_directory: app.isDirectory ?? false,
    is_manually_managed: app.isManuallyManaged ?? false,
    parent_app_id: app.parentAppId,
    revoke_grant_sources: app.revokeGrantSources ?? false,
    user_count: app.userCount ?? "0",
  };
}

/** The API's User as the provider nests it (attributes the API does not answer stay null). */
export function userObject(u: User): Result {
  return {
    id: u.id,
    email: u.email,
    emails: u.emails,
    display_name: u.displayName,
    username: u.username,
    usernames: u.usernames,
    status: u.status,
    type: u.type,
    department: u.department,
    job_title: u.jobTitle,
    employment_status: u.employmentStatus,
    employment_type: u.employmentType,
    role_ids: u.roleIds,
    manager_ids: u.managerIds,
    directory_status: u.directoryStatus,
    created_at: toSeconds(u.createdAt),
    updated_at: toSeconds(u.updatedAt),
    deleted_at: toSeconds(u.deletedAt),
  };
}

/** The API's AppEntitlement as the provider nests it. */
export function entitlementObject(e: AppEntitlement): Result {
  return {
    id: e.id,
    app_id: e.appId,
    display_name: e.displayName,
    slug: e.slug,
    alias: e.alias,
    description: e.description,
    app_resource_id: e.appResourceId,
    app_resource_type_id: e.appResourceTypeId,
    created_at: toSeconds(e.createdAt),
    deleted_at: toSeconds(e.deletedAt),
  };
}

/** A connector credential (never its secret, which the API returns once). */
export function credentialObject(c: ConnectorCredential): Result {
  return {
    id: c.id,
    app_id: c.appId,
    connector_id: c.connectorId,
    client_id: c.clientId,
    display_name: c.displayName,
    created_at: toSeconds(c.createdAt),
    updated_at: toSeconds(c.updatedAt),
    expires_time: toSeconds(c.expiresTime),
    last_used_at: toSeconds(c.lastUsedAt),
  };
}

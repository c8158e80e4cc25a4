/**
 * The API's objects as the real provider stores them in Terraform state, from what the
 * tenant keeps: one mapping per object, shared by the resources and data sources that
 * return it. Attributes the tenant does not keep are null (or the API's default).
 */
import type { Result } from "./define";
import type { StandinApp, StandinAppEntitlement, StandinConnectorCredential, StandinUser } from "./store";

/** The API's App as the provider stores it. */
export function appObject(app: StandinApp): Result {
  return {
    id: app.id,
    display_name: app.display_name,
    description: app.description ?? "",
    grant_policy_id: app.grant_policy_id,
    revoke_policy_id: app.revoke_policy_id,
    certify_policy_id: app.certify_policy_id,
    monthly_cost_usd: app.monthly_cost_usd ?? 0,
    identity_matching: app.identity_matching ?? "APP_USER_IDENTITY_MATCHING_UNSPECIFIED",
    instructions: app.instructions ?? "",
    strict_access_entitlement_provisioning: app.strict_access_entitlement_provisioning ?? false,
    annotations: app.annotations ?? {},
    app_entitlement_owner_refs: app.app_entitlement_owner_refs,
    match_baton_ref: app.match_baton_ref,
    access_model: "ACCESS_MODEL_UNSPECIFIED",
    app_account_id: null,
    app_account_name: null,
    app_user_mapper: { app_id: app.id, mapping_cases: [] },
    connector_version: null,
    created_at: app.created_at,
    updated_at: app.updated_at,
    default_request_catalog_id: null,
    enable_connector_sourced_ownership: false,
    is_directory: app.is_directory,
    is_manually_managed: !app.managed,
    parent_app_id: null,
    revoke_grant_sources: false,
    user_count: app.user_count,
  };
}

/** The API's User as the provider nests it (attributes the stand-in does not keep stay null). */
export function userObject(u: StandinUser): Result {
  return {
    id: u.id,
    email: u.email,
    emails: [u.email],
    display_name: u.display_name,
    username: u.username,
    usernames: u.username === null ? [] : [u.username],
    status: u.status,
    type: u.type,
    department: u.department,
    job_title: u.job_title,
    employment_status: u.employment_status,
    role_ids: u.role_ids,
    manager_ids: u.manager_ids,
    directory_status: "DIRECTORY_STATUS_ENABLED",
    created_at: u.created_at,
    updated_at: u.created_at,
    deleted_at: null,
  };
}

/** The API's AppEntitlement as the provider nests it. */
export function entitlementObject(e: StandinAppEntitlement): Result {
  return {
    id: e.id,
    app_id: e.app_id,
    display_name: e.display_name,
    slug: e.slug,
    alias: e.alias,
    description: e.description,
    app_resource_id: e.app_resource_id,
    app_resource_type_id: e.app_resource_type_id,
    created_at: e.created_at,
    deleted_at: null,
  };
}

/** A connector credential (never its secret, which the API returns once). */
export function credentialObject(c: StandinConnectorCredential): Result {
  return {
    id: c.id,
    app_id: c.app_id,
    connector_id: c.connector_id,
    client_id: c.client_id,
    display_name: c.display_name,
    created_at: c.created_at,
    updated_at: c.updated_at,
    expires_time: c.expires_time,
    last_used_at: c.last_used_at,
  };
}

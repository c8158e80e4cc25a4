/**
 * `conductorone_app` (schema: the document). Apps.Create / Get / Update / Delete; a Get that
 * finds nothing (404) removes the app from state, as the real provider does. Changing
 * `app_entitlement_owner_refs` or `match_baton_ref` replaces the app (RequiresReplaceIfConfigured
 * in the document), other arguments update it in place.
 */
import { z } from "zod";
import { standinResource, type Result, type Values } from "../define";
import { planUpdatedAt } from "../plan-updated-at";
import type { StandinApp } from "../store";
import type { AppInput } from "../tenant";

export const APP = "conductorone_app";

const str = z.string().nullable();
const ref = z.object({ app_id: str, id: str });
const appArguments = z.object({
  display_name: z.string(),
  description: str,
  grant_policy_id: str,
  revoke_policy_id: str,
  certify_policy_id: str,
  monthly_cost_usd: z.union([z.number(), z.string().transform(Number)]).nullable(),
  identity_matching: str,
  instructions: str,
  strict_access_entitlement_provisioning: z.boolean().nullable(),
  annotations: z.record(z.string(), z.string()).nullable(),
  app_entitlement_owner_refs: z.array(ref).nullable(),
  match_baton_ref: z.object({ app_id: str, connector_id: str, external_id: str }).nullable(),
});

function input(config: Values): AppInput {
  return appArguments.parse(config);
}

/** The API's App as the provider stores it. */
function appState(app: StandinApp): Result {
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

export const app = standinResource(APP, {
  plan: ({ prior, planned }) => planUpdatedAt(prior, planned),
  async create({ config, ctx }) {
    return appState(await ctx.tenant.createApp(input(config)));
  },
  async read({ state, ctx }) {
    const found = await ctx.tenant.getApp(z.string().parse(state.id));
    return found ? appState(found) : null;
  },
  async update({ config, prior, ctx }) {
    const id = z.string().parse(prior.id);
    const updated = await ctx.tenant.updateApp(id, input(config));
    if (!updated) throw new Error(`app "${id}" no longer exists in ConductorOne (deleted outside Terraform); run terraform apply -refresh-only, then apply again`);
    return appState(updated);
  },
  async delete({ prior, ctx }) {
    await ctx.tenant.deleteApp(z.string().parse(prior.id));
  },
});

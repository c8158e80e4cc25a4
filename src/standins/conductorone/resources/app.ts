/**
 * `conductorone_app` (schema: the document). Apps.Create / Get / Update / Delete through the
 * ConductorOne API; a Get answered 404 removes the app from state, as the real provider does, and
 * so does a delete of an app already gone (200 or 404 accepted). Changing
 * `app_entitlement_owner_refs` or `match_baton_ref` replaces the app (RequiresReplaceIfConfigured
 * in the document), other arguments update it in place (every updatable field in the mask).
 * The API's App has no owner refs: they are sent on create and kept from state afterwards.
 */
import * as z from "zod";
import { C1NotFoundError, type AppInput, type CreateAppInput } from "../../../conductorone";
import { standinResource, type Result, type Values } from "../define";
import { appObject } from "../objects";

export const APP = "conductorone_app";

const str = z.string().nullable();
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
  app_entitlement_owner_refs: z.array(z.object({ app_id: str, id: str })).nullable(),
  match_baton_ref: z.object({ app_id: str, connector_id: str, external_id: str }).nullable(),
});

/** The fields of an App a configuration sets (null: not sent). */
function appInput(config: Values): AppInput {
  const v = appArguments.parse(config);
  return {
    displayName: v.display_name,
    description: v.description,
    grantPolicyId: v.grant_policy_id,
    revokePolicyId: v.revoke_policy_id,
    certifyPolicyId: v.certify_policy_id,
    monthlyCostUsd: v.monthly_cost_usd,
    identityMatching: v.identity_matching,
    instructions: v.instructions,
    strictAccessEntitlementProvisioning: v.strict_access_entitlement_provisioning,
    annotations: v.annotations,
    matchBatonRef: v.match_baton_ref && { appId: v.match_baton_ref.app_id, connectorId: v.match_baton_ref.connector_id, externalId: v.match_baton_ref.external_id },
  };
}

function createInput(config: Values): CreateAppInput {
  const refs = appArguments.shape.app_entitlement_owner_refs.parse(config.app_entitlement_owner_refs ?? null);
  return { ...appInput(config), appEntitlementOwnerRefs: refs?.map((r) => ({ appId: r.app_id ?? "", id: r.id ?? "" })) ?? null };
}

/** Every field of AppInput: an update sends the planned value of each. */
const UPDATE_MASK: ReadonlyArray<keyof AppInput> = [
  "displayName",
  "description",
  "grantPolicyId",
  "revokePolicyId",
  "certifyPolicyId",
  "monthlyCostUsd",
  "identityMatching",
  "instructions",
  "strictAccessEntitlementProvisioning",
  "annotations",
  "matchBatonRef",
];

const ownerRefs = (values: Values): Result => ({ app_entitlement_owner_refs: values.app_entitlement_owner_refs ?? null });

export const app = standinResource(APP, {
  async create({ config, ctx }) {
    return { ...appObject(await ctx.api.createApp(createInput(config))), ...ownerRefs(config) };
  },
  async read({ state, ctx }) {
    try {
      return { ...appObject(await ctx.api.getApp(z.string().parse(state.id))), ...ownerRefs(state) };
    } catch (error) {
      if (error instanceof C1NotFoundError) return null;
      throw error;
    }
  },
  async update({ config, prior, planned, ctx }) {
    // Prior state overlaid with the known planned values (define.ts): an argument left unset, planned
    // unknown, sends what the API held (Optional+Computed).
    const updated = await ctx.api.updateApp(z.string().parse(prior.id), appInput(planned), UPDATE_MASK);
    return { ...appObject(updated), ...ownerRefs(config) };
  },
  async delete({ prior, ctx }) {
    try {
      await ctx.api.deleteApp(z.string().parse(prior.id));
    } catch (error) {
      if (!(error instanceof C1NotFoundError)) throw error;
    }
  },
});

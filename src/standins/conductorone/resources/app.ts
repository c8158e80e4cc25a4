/**
 * `conductorone_app` (schema: the document). Apps.Create / Get / Update / Delete; a Get that
 * finds nothing (404) removes the app from state, as the real provider does. Changing
 * `app_entitlement_owner_refs` or `match_baton_ref` replaces the app (RequiresReplaceIfConfigured
 * in the document), other arguments update it in place.
 */
import { z } from "zod";
import { standinResource, type Values } from "../define";
import { planUpdatedAt } from "../plan-updated-at";
import { appObject } from "../objects";
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

export const app = standinResource(APP, {
  plan: ({ prior, planned }) => planUpdatedAt(prior, planned),
  async create({ config, ctx }) {
    return appObject(await ctx.tenant.createApp(input(config)));
  },
  async read({ state, ctx }) {
    const found = await ctx.tenant.getApp(z.string().parse(state.id));
    return found ? appObject(found) : null;
  },
  async update({ config, prior, ctx }) {
    const id = z.string().parse(prior.id);
    const updated = await ctx.tenant.updateApp(id, input(config));
    if (!updated) throw new Error(`app "${id}" no longer exists in ConductorOne (deleted outside Terraform); run terraform apply -refresh-only, then apply again`);
    return appObject(updated);
  },
  async delete({ prior, ctx }) {
    await ctx.tenant.deleteApp(z.string().parse(prior.id));
  },
});

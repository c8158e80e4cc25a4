/**
 * `conductorone_connector_credential` (schema: the document): RotateCredential on create, which
 * returns the client secret once (kept in Terraform state as the real provider does, never in
 * the stand-in's file); GetCredentials on read (404 removes it from state; the secret is never
 * read back); RevokeCredential on delete. Imported by JSON {app_id, connector_id, id}.
 */
import { z } from "zod";
import { standinResource } from "../define";
import { rememberSecret } from "../secrets";
import { credentialObject } from "../objects";

export const CONNECTOR_CREDENTIAL = "conductorone_connector_credential";

const parent = z.object({ app_id: z.string().nullable(), connector_id: z.string().nullable() });

export const connectorCredential = standinResource(CONNECTOR_CREDENTIAL, {
  async create({ config, ctx, diag }) {
    const { app_id, connector_id } = parent.parse(config);
    if (app_id === null || connector_id === null) {
      diag.error("Missing connector", "Set app_id and connector_id: a credential belongs to one connector (RotateCredential is called on /api/v1/apps/{app_id}/connectors/{connector_id}).", [app_id === null ? "app_id" : "connector_id"]);
      return {};
    }
    const { credential, clientSecret } = await ctx.tenant.rotateCredential(app_id, connector_id);
    rememberSecret(clientSecret);
    return { ...credentialObject(credential), client_secret: clientSecret };
  },
  async read({ state, ctx }) {
    const key = z.object({ app_id: z.string(), connector_id: z.string(), id: z.string() }).parse(state);
    rememberSecret(typeof state.client_secret === "string" ? state.client_secret : null);
    const found = await ctx.tenant.getCredential(key.app_id, key.connector_id, key.id);
    return found ? credentialObject(found) : null;
  },
  async delete({ prior, ctx }) {
    const key = z.object({ app_id: z.string(), connector_id: z.string(), id: z.string() }).parse(prior);
    await ctx.tenant.revokeCredential(key.app_id, key.connector_id, key.id);
  },
});

/**
 * `conductorone_connector_credential` (schema: the document): RotateCredential on create, which
 * returns the client secret once (kept in Terraform state as the real provider does, nowhere
 * else); GetCredentials on read (404 removes it from state; the secret is never read back);
 * RevokeCredential on delete (404 accepted). Imported by JSON {app_id, connector_id, id}.
 */
import * as z from "zod";
import { standinResource } from "../define";
import { rememberSecret } from "../secrets";
import { credentialObject } from "../objects";

export const CONNECTOR_CREDENTIAL = "conductorone_connector_credential";

const parent = z.object({ app_id: z.string().nullable(), connector_id: z.string().nullable() });
const key = z.object({ app_id: z.string(), connector_id: z.string(), id: z.string() });

export const connectorCredential = standinResource(CONNECTOR_CREDENTIAL, {
  async create({ config, ctx, diag }) {
    const { app_id, connector_id } = parent.parse(config);
    if (app_id === null || connector_id === null) {
      diag.error("Missing connector", "Set app_id and connector_id: a credential belongs to one connector (RotateCredential is called with {appId, connectorId}).", [app_id === null ? "app_id" : "connector_id"]);
      return {};
    }
    const credential = await ctx.api.rotateCredential(app_id, connector_id);
    const secret = credential.clientSecret?.reveal() ?? null;
    rememberSecret(secret);
    return { ...credentialObject(credential), client_secret: secret };
  },
  async read({ state, ctx }) {
    const k = key.parse(state);
    rememberSecret(typeof state.client_secret === "string" ? state.client_secret : null);
    const found = await ctx.api.getCredential(k.app_id, k.connector_id, k.id);
    return found ? credentialObject(found) : null;
  },
  async delete({ prior, ctx }) {
    const k = key.parse(prior);
    await ctx.api.revokeCredential(k.app_id, k.connector_id, k.id);
  },
});

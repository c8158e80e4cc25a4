import * as z from "zod";
import { ksuid } from "../ids";
import type { CredentialRecord } from "../store";
import { ID, ok, parse, type ApiContext, type Register } from "./context";

/**
 * Connector credentials (reference §2.1): RotateCredential `POST /api/v1/apps/connectors/credentials`
 * returns the client secret once; GetCredentials never does; RevokeCredential ends the credential
 * and every token it obtained. The client-id suffix of connector credentials is UNVERIFIED
 * (reference §1.2); "cc" here.
 */

const rotateBody = z.looseObject({ appId: z.string().min(1, "appId is required"), connectorId: z.string().min(1, "connectorId is required") });

export function registerCredentials(r: Register, ctx: ApiContext): void {
  const credential = `/api/v1/apps/${ID}/connectors/${ID}/credentials/${ID}`;

  r("POST", "/api/v1/apps/connectors/credentials", (_, __, body) => {
    const b = parse(rotateBody, body);
    ctx.connector(b.appId, b.connectorId);
    const pair = ctx.authority.createClient("cc");
    const at = ctx.at();
    const record: CredentialRecord = {
      id: ksuid(ctx.now()),
      appId: b.appId,
      connectorId: b.connectorId,
      displayName: "Connector credential",
      clientId: pair.clientId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      expiresTime: null,
      lastUsedAt: null,
    };
    ctx.store.credentials.set(record.id, record);
    ctx.record("create", "connector_credential", record.id, `credential ${record.clientId} of connector ${b.connectorId}`);
    return ok({ credential: ctx.json.credential(record, pair.clientSecret) });
  });

  r("GET", credential, ([a, c, k]) => ok({ credential: ctx.json.credential(ctx.credential(a!, c!, k!)) }));

  r("POST", credential, ([a, c, k]) => {
    const record = ctx.credential(a!, c!, k!);
    record.deletedAt = ctx.at();
    ctx.authority.revokeClient(record.clientId);
    ctx.record("delete", "connector_credential", record.id, `credential ${record.clientId} of connector ${c}`);
    return ok({});
  });
}

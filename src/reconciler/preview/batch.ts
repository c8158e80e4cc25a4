import * as z from "../../zod-mini";
import {
  GROUPS_FIELD,
  groupsConnectionSchema,
  memberPageField,
  memberPageSchema,
  usersConnectionSchema,
  usersField,
} from "./queries";

/**
 * One request of a preview: aliased root fields, one per connection page it carries. The
 * document and its zod schema depend only on the shape (which chains are in it, how many member
 * pages, whether users carry `isAdmin`), so both are built once per shape and cached: at most
 * 2 × 2 × 2 × (K + 1) of them.
 */
export interface BatchShape {
  users: boolean;
  groups: boolean;
  memberPages: number;
  /** Select `User.isAdmin` (dropped only after the API refused the field). */
  isAdmin: boolean;
}

export interface BatchRequest {
  shape: BatchShape;
  usersAfter: string | null;
  groupsAfter: string | null;
  /** Continuation pages: the group and the cursor its previous member page ended at. */
  members: ReadonlyArray<{ groupId: string; after: string }>;
}

export type BatchResponse = {
  users?: z.infer<typeof usersConnectionSchema>;
  groups?: z.infer<typeof groupsConnectionSchema>;
} & Record<`m${number}`, z.infer<typeof memberPageSchema> | undefined>;

interface Prepared {
  document: string;
  schema: z.ZodMiniType<BatchResponse>;
}

const cache = new Map<string, Prepared>();

function prepare(shape: BatchShape): Prepared {
  const key = `${shape.users ? "u" : ""}${shape.groups ? "g" : ""}${shape.isAdmin ? "a" : ""}${shape.memberPages}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const vars = ["$first: Int!"];
  const fields: string[] = [];
  const keys: Record<string, z.ZodMiniType> = {};
  if (shape.users) {
    vars.push("$usersAfter: String");
    fields.push(usersField(shape.isAdmin));
    keys.users = usersConnectionSchema;
  }
  if (shape.groups) {
    vars.push("$groupsAfter: String");
    fields.push(GROUPS_FIELD);
    keys.groups = groupsConnectionSchema;
  }
  for (let n = 0; n < shape.memberPages; n++) {
    vars.push(`$g${n}: ID!`, `$a${n}: String!`);
    fields.push(memberPageField(n));
    // A group deleted while we read it answers null: its count stops there.
    keys[`m${n}`] = memberPageSchema;
  }
  const prepared: Prepared = {
    document: `query PreviewBatch(${vars.join(", ")}) { ${fields.join(" ")} }`,
    schema: z.object(keys) as unknown as z.ZodMiniType<BatchResponse>,
  };
  cache.set(key, prepared);
  return prepared;
}

export function batchDocument(request: BatchRequest, first: number): { document: string; schema: z.ZodMiniType<BatchResponse>; variables: Record<string, unknown> } {
  const { document, schema } = prepare(request.shape);
  const variables: Record<string, unknown> = { first };
  if (request.shape.users) variables.usersAfter = request.usersAfter;
  if (request.shape.groups) variables.groupsAfter = request.groupsAfter;
  request.members.forEach((m, n) => {
    variables[`g${n}`] = m.groupId;
    variables[`a${n}`] = m.after;
  });
  return { document, schema, variables };
}

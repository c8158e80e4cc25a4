import type { CtyValue } from "../cty/values";
import type { BlockSchema } from "./schema";

/** Every attribute and block name of a schema, each mapped to a value. */
export type NullsOf<S extends BlockSchema> = { [K in keyof S["attributes"] | keyof NonNullable<S["blocks"]>]: CtyValue };

/**
 * The object Terraform sends for a configuration that sets nothing: every attribute null, an
 * absent `single` block null, a `group` block an object of nulls, `list`/`set` blocks empty and
 * `map` blocks empty. Spread it under the values a test or a hook cares about, so the object
 * always matches the schema (the codec refuses objects with missing attributes):
 * `{ ...nullsOf(schema), network: "acme" }`.
 */
export function nullsOf<S extends BlockSchema>(schema: S): NullsOf<S> {
  const out: Record<string, CtyValue> = {};
  for (const name of Object.keys(schema.attributes)) out[name] = null;
  for (const [name, b] of Object.entries(schema.blocks ?? {})) {
    out[name] = b.nesting === "single" ? null : b.nesting === "group" ? nullsOf(b.schema) : b.nesting === "map" ? {} : [];
  }
  return out as NullsOf<S>;
}

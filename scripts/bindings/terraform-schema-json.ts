/**
 * A provider's GetProviderSchema answer (tfplugin6 wire form) turned into the JSON
 * `terraform providers schema -json` prints, the input of CDKTF's binding generator.
 * Same rules as terraform 1.11's internal/command/jsonprovider: false flags, empty strings
 * and empty maps are left out, `description_kind` is always printed, `type` is the cty type
 * JSON, nested attributes have `nested_type { attributes, nesting_mode }` and no `type`.
 * test/constructs/c1twingate-schema.e2e.test.ts compares the result with terraform's own output.
 */
import type { WireNestedBlock, WireSchema, WireSchemaAttribute, WireSchemaBlock } from "../../src/tfplugin/proto/messages";

export interface JsonAttribute {
  type?: unknown;
  nested_type?: { attributes?: Record<string, JsonAttribute>; nesting_mode: string };
  description?: string;
  description_kind?: string;
  deprecated?: true;
  required?: true;
  optional?: true;
  computed?: true;
  sensitive?: true;
  write_only?: true;
}

export interface JsonBlock {
  attributes?: Record<string, JsonAttribute>;
  block_types?: Record<string, { nesting_mode: string; block: JsonBlock; min_items?: number; max_items?: number }>;
  description?: string;
  description_kind?: string;
  deprecated?: true;
}

export interface JsonSchema {
  version: number;
  block: JsonBlock;
}

export interface JsonProviderSchemas {
  format_version: "1.0";
  provider_schemas: Record<string, { provider: JsonSchema; resource_schemas?: Record<string, JsonSchema>; data_source_schemas?: Record<string, JsonSchema> }>;
}

const kind = (k: string | undefined): string => (k === "MARKDOWN" ? "markdown" : "plain");

/** Copies only the set fields, in terraform's field order. */
function flags(a: { description?: string; deprecated?: boolean; required?: boolean; optional?: boolean; computed?: boolean; sensitive?: boolean; write_only?: boolean }) {
  return {
    ...(a.deprecated ? { deprecated: true as const } : {}),
    ...(a.required ? { required: true as const } : {}),
    ...(a.optional ? { optional: true as const } : {}),
    ...(a.computed ? { computed: true as const } : {}),
    ...(a.sensitive ? { sensitive: true as const } : {}),
    ...(a.write_only ? { write_only: true as const } : {}),
  };
}

function attributes(list: readonly WireSchemaAttribute[]): Record<string, JsonAttribute> | undefined {
  if (list.length === 0) return undefined;
  const sorted = [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return Object.fromEntries(sorted.map((a) => [a.name, attribute(a)]));
}

function attribute(a: WireSchemaAttribute): JsonAttribute {
  const out: JsonAttribute = {};
  if (a.nested_type) {
    const inner = attributes(a.nested_type.attributes);
    out.nested_type = { ...(inner ? { attributes: inner } : {}), nesting_mode: a.nested_type.nesting.toLowerCase() };
  } else if (a.type && a.type.length > 0) {
    out.type = JSON.parse(Buffer.from(a.type).toString("utf8"));
  }
  if (a.description) out.description = a.description;
  out.description_kind = kind(a.description_kind);
  return { ...out, ...flags(a) };
}

function block(b: WireSchemaBlock): JsonBlock {
  const out: JsonBlock = {};
  const attrs = attributes(b.attributes);
  if (attrs) out.attributes = attrs;
  if (b.block_types.length > 0) {
    const sorted = [...b.block_types].sort((x, y) => (x.type_name < y.type_name ? -1 : 1));
    out.block_types = Object.fromEntries(
      sorted.map((t: WireNestedBlock) => [
        t.type_name,
        { nesting_mode: t.nesting.toLowerCase(), block: block(t.block), ...(t.min_items ? { min_items: t.min_items } : {}), ...(t.max_items ? { max_items: t.max_items } : {}) },
      ]),
    );
  }
  if (b.description) out.description = b.description;
  out.description_kind = kind(b.description_kind);
  if (b.deprecated) out.deprecated = true;
  return out;
}

const schema = (s: WireSchema): JsonSchema => ({ version: s.version, block: block(s.block) });

function sortedSchemas(map: Record<string, WireSchema>): Record<string, JsonSchema> | undefined {
  const names = Object.keys(map).sort();
  return names.length === 0 ? undefined : Object.fromEntries(names.map((n) => [n, schema(map[n] as WireSchema)]));
}

/** `terraform providers schema -json` for one provider, from its GetProviderSchema answer. */
export function providerSchemasJson(
  address: string,
  wire: { provider: WireSchema; resource_schemas: Record<string, WireSchema>; data_source_schemas: Record<string, WireSchema> },
): JsonProviderSchemas {
  const resources = sortedSchemas(wire.resource_schemas);
  const dataSources = sortedSchemas(wire.data_source_schemas);
  return {
    format_version: "1.0",
    provider_schemas: {
      [address]: { provider: schema(wire.provider), ...(resources ? { resource_schemas: resources } : {}), ...(dataSources ? { data_source_schemas: dataSources } : {}) },
    },
  };
}

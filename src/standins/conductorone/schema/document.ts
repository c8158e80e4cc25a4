/**
 * The ConductorOne provider's schema document (conductorone-provider-schema.json, the real
 * v1.5.0 schema in `terraform providers schema -json` form), decoded and checked with zod.
 * Besides Terraform's own keys it carries what Terraform's JSON cannot: `x_plan_modifiers`,
 * `x_validators`, `x_custom_types` and `x_import`, keyed by attribute paths such as
 * `conductorone_app.app_entitlement_owner_refs[*].app_id` (`data.` for data sources).
 * The CDKTF bindings are generated from the same file (scripts/generate-bindings.ts).
 */
import * as z from "zod";
import rawDocument from "./conductorone-provider-schema.json";

export const CONDUCTORONE_PROVIDER_ADDRESS = "registry.terraform.io/conductorone/conductorone";

export interface JsonAttribute {
  type?: unknown;
  nested_type?: { attributes?: Record<string, JsonAttribute>; nesting_mode: "single" | "list" | "set" | "map" };
  description?: string;
  description_kind?: string;
  deprecated?: boolean;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  write_only?: boolean;
}

const attributeSchema: z.ZodType<JsonAttribute> = z.lazy(() =>
  z
    .object({
      type: z.unknown().optional(),
      nested_type: z
        .object({ attributes: z.record(z.string(), attributeSchema).optional(), nesting_mode: z.enum(["single", "list", "set", "map"]) })
        .optional(),
      description: z.string().optional(),
      description_kind: z.string().optional(),
      deprecated: z.boolean().optional(),
      required: z.boolean().optional(),
      optional: z.boolean().optional(),
      computed: z.boolean().optional(),
      sensitive: z.boolean().optional(),
      write_only: z.boolean().optional(),
    })
    .refine((a) => (a.type === undefined) !== (a.nested_type === undefined), "an attribute has either a type or a nested_type"),
);

const blockSchema = z.object({
  attributes: z.record(z.string(), attributeSchema).default({}),
  block_types: z.record(z.string(), z.unknown()).optional(),
  description: z.string().optional(),
});

const typeSchema = z.object({ version: z.number().int(), block: blockSchema });
export type JsonTypeSchema = z.infer<typeof typeSchema>;

const documentSchema = z.object({
  format_version: z.string(),
  provider_schemas: z.record(
    z.string(),
    z.object({
      provider: typeSchema,
      resource_schemas: z.record(z.string(), typeSchema).default({}),
      data_source_schemas: z.record(z.string(), typeSchema).default({}),
    }),
  ),
  x_source: z.object({ tag: z.string() }).passthrough().optional(),
  x_plan_modifiers: z.record(z.string(), z.array(z.string())).default({}),
  x_validators: z.record(z.string(), z.array(z.string())).default({}),
  x_custom_types: z.record(z.string(), z.string()).default({}),
  x_import: z.record(z.string(), z.string()).default({}),
});

export type SchemaDocument = z.infer<typeof documentSchema>;

/** Decodes a schema document; a malformed one is refused with the path of the first problem. */
export function parseSchemaDocument(json: unknown): SchemaDocument {
  const parsed = documentSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`the ConductorOne schema document is malformed at ${first ? first.path.join(".") || "(root)" : "(root)"}: ${first?.message ?? "unexpected shape"}`);
  }
  if (parsed.data.provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS] === undefined) {
    throw new Error(`the ConductorOne schema document has no schema of ${CONDUCTORONE_PROVIDER_ADDRESS}`);
  }
  const stale = staleFacts(parsed.data);
  if (stale.length > 0) {
    throw new Error(
      `the ConductorOne schema document (${parsed.data.x_source?.tag ?? "no x_source.tag"}) has x_* facts for attributes it does not have: ${stale.join("; ")}. ` +
        "They were carried over from an older schema: fix or remove each one from the provider's source at that tag (docs/constructs.md, \"A newer ConductorOne provider\")",
    );
  }
  return parsed.data;
}

/** The keys of the x_* fact maps: what each fact is about, by attribute path (or type, for x_import). */
export const FACT_MAPS = ["x_plan_modifiers", "x_validators", "x_custom_types", "x_import"] as const;

/**
 * The `x_*` facts whose path names no type or attribute of the document (`x_plan_modifiers["..."]`):
 * a fact the stand-in would otherwise apply to nothing, silently.
 */
export function staleFacts(doc: Pick<SchemaDocument, "provider_schemas" | (typeof FACT_MAPS)[number]>): string[] {
  return FACT_MAPS.flatMap((map) => Object.keys(doc[map]).filter((path) => !namesSomething(doc, path)).map((path) => `${map}["${path}"]`));
}

/** True when an `x_*` key names a type (x_import) or an attribute of the document. */
function namesSomething(doc: Pick<SchemaDocument, "provider_schemas">, path: string): boolean {
  const p = parseSchemaPath(path);
  if (p.steps.length > 0) return attributeAtPath(doc, p) !== undefined;
  const provider = doc.provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS];
  return (p.kind === "data" ? provider?.data_source_schemas : provider?.resource_schemas)?.[p.type] !== undefined;
}

/** Every attribute path of the document (`conductorone_app.match_baton_ref.app_id`, `data.conductorone_user.id`, `[*]` for list/set/map elements). */
export function attributePaths(doc: Pick<SchemaDocument, "provider_schemas">): string[] {
  const provider = doc.provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS];
  const out: string[] = [];
  const walk = (prefix: string, attrs: Record<string, JsonAttribute> | undefined): void => {
    for (const [name, a] of Object.entries(attrs ?? {})) {
      const path = `${prefix}.${name}`;
      out.push(path);
      const nested = a.nested_type;
      if (nested) walk(nested.nesting_mode === "single" ? path : `${path}[*]`, nested.attributes);
    }
  };
  for (const [type, schema] of Object.entries(provider?.resource_schemas ?? {})) walk(type, schema.block.attributes);
  for (const [type, schema] of Object.entries(provider?.data_source_schemas ?? {})) walk(`data.${type}`, schema.block.attributes);
  return out.sort();
}

let loaded: SchemaDocument | undefined;
/** The committed schema document (decoded once). */
export function conductoroneSchemaDocument(): SchemaDocument {
  loaded ??= parseSchemaDocument(rawDocument);
  return loaded;
}

/** One step of an `x_*` path: an attribute name, or `[*]` for every element of a list/set/map nested attribute. */
export type SchemaPathStep = { readonly attribute: string } | { readonly each: true };

export interface SchemaPath {
  readonly kind: "resource" | "data";
  readonly type: string;
  readonly steps: readonly SchemaPathStep[];
}

/** `conductorone_app.app_entitlement_owner_refs[*].app_id` → resource conductorone_app, steps [refs, each, app_id]. */
export function parseSchemaPath(path: string): SchemaPath {
  const dataPrefix = path.startsWith("data.");
  const rest = dataPrefix ? path.slice("data.".length) : path;
  const [type, ...names] = rest.split(".");
  if (!type || !/^[a-z][a-z0-9_]*$/.test(type)) throw new Error(`"${path}" is not a schema path (type.attribute[*].attribute)`);
  const steps: SchemaPathStep[] = [];
  for (const name of names) {
    const m = /^([a-z_][a-z0-9_]*)((?:\[\*\])*)$/.exec(name);
    if (!m) throw new Error(`"${path}" is not a schema path: "${name}" is not an attribute name`);
    steps.push({ attribute: m[1] as string });
    for (let i = 0; i < (m[2] ?? "").length / 3; i++) steps.push({ each: true });
  }
  return { kind: dataPrefix ? "data" : "resource", type, steps };
}

/** The attribute a path names (undefined for a path that stops at the type or names nothing). */
export function attributeAtPath(doc: Pick<SchemaDocument, "provider_schemas">, path: SchemaPath): JsonAttribute | undefined {
  const provider = doc.provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS];
  const type = (path.kind === "data" ? provider?.data_source_schemas : provider?.resource_schemas)?.[path.type];
  if (!type) return undefined;
  let attrs: Record<string, JsonAttribute> | undefined = type.block.attributes;
  let current: JsonAttribute | undefined;
  for (const step of path.steps) {
    if ("each" in step) {
      if (!current?.nested_type || current.nested_type.nesting_mode === "single") return undefined;
      continue;
    }
    current = attrs?.[step.attribute];
    if (!current) return undefined;
    attrs = current.nested_type?.attributes;
  }
  return current;
}

/** Decodes `provider_schemas` of a `terraform providers schema -json` print (no x_* facts needed). */
export function parseProviderSchemas(json: unknown): Pick<SchemaDocument, "provider_schemas"> {
  return documentSchema.pick({ provider_schemas: true }).parse(json);
}

/**
 * Checks synthesized blocks (cdk.tf.json) against a provider schema in
 * `terraform providers schema -json` form, the way terraform's validate would: no unknown
 * argument, every required argument present, no computed-only attribute set, values of the
 * attribute's type (an interpolation `${...}` stands for any type: terraform checks it later),
 * nested blocks (`block_types`, as SDKv2 providers such as kubernetes use) given as an object
 * or a list of objects within their min/max items.
 */
interface JsonAttribute {
  type?: unknown;
  nested_type?: { attributes?: Record<string, JsonAttribute>; nesting_mode: string };
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
}

export interface JsonBlock {
  attributes?: Record<string, JsonAttribute>;
  block_types?: Record<string, JsonBlockType>;
}

interface JsonBlockType {
  nesting_mode: string;
  block: JsonBlock;
  min_items?: number;
  max_items?: number;
}

export interface JsonProviderSchema {
  provider: { block: JsonBlock };
  resource_schemas?: Record<string, { block: JsonBlock }>;
  data_source_schemas?: Record<string, { block: JsonBlock }>;
}

/** Terraform's meta-arguments and cdktf's metadata key: not part of a type's schema. */
const META = new Set(["//", "count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
const PROVIDER_META = new Set(["//", "alias", "version"]);

const isExpression = (v: unknown): boolean => typeof v === "string" && /^\$\{[\s\S]*\}$/.test(v);

function checkType(type: unknown, value: unknown, at: string, problems: string[]): void {
  if (value === null || isExpression(value)) return;
  if (type === "string") {
    if (typeof value !== "string") problems.push(`${at}: expected a string, got ${JSON.stringify(value)}`);
  } else if (type === "number") {
    if (typeof value !== "number") problems.push(`${at}: expected a number, got ${JSON.stringify(value)}`);
  } else if (type === "bool") {
    if (typeof value !== "boolean") problems.push(`${at}: expected a bool, got ${JSON.stringify(value)}`);
  } else if (type === "dynamic") {
    return;
  } else if (Array.isArray(type)) {
    const [kind, inner] = type as [string, unknown];
    if (kind === "list" || kind === "set") {
      if (!Array.isArray(value)) problems.push(`${at}: expected a ${kind}, got ${JSON.stringify(value)}`);
      else value.forEach((v, i) => checkType(inner, v, `${at}[${i}]`, problems));
    } else if (kind === "map") {
      if (typeof value !== "object" || Array.isArray(value)) problems.push(`${at}: expected a map, got ${JSON.stringify(value)}`);
      else for (const [k, v] of Object.entries(value as object)) checkType(inner, v, `${at}["${k}"]`, problems);
    } else if (kind === "object") {
      if (typeof value !== "object" || Array.isArray(value)) problems.push(`${at}: expected an object, got ${JSON.stringify(value)}`);
      else {
        const attrs = inner as Record<string, unknown>;
        for (const [k, v] of Object.entries(value as object)) {
          if (!(k in attrs)) problems.push(`${at}.${k}: not an attribute of this object type`);
          else checkType(attrs[k], v, `${at}.${k}`, problems);
        }
      }
    }
  }
}

/** A nested block: an object, or a list of objects (terraform's JSON syntax accepts both), each checked against its block. */
function checkNestedBlock(type: JsonBlockType, value: unknown, at: string, problems: string[]): void {
  if (value === null || isExpression(value)) return;
  const items = Array.isArray(value) ? value : [value];
  if (type.min_items !== undefined && items.length < type.min_items) problems.push(`${at}: at least ${type.min_items} block(s) required, got ${items.length}`);
  if (type.max_items !== undefined && type.max_items > 0 && items.length > type.max_items) problems.push(`${at}: at most ${type.max_items} block(s) allowed, got ${items.length}`);
  items.forEach((item, i) => {
    const where = Array.isArray(value) ? `${at}[${i}]` : at;
    if (typeof item !== "object" || item === null || Array.isArray(item)) problems.push(`${where}: expected a block (an object), got ${JSON.stringify(item)}`);
    else checkBlock(type.block, item as Record<string, unknown>, where, problems, new Set());
  });
}

function checkBlock(block: JsonBlock, body: Record<string, unknown>, at: string, problems: string[], meta: ReadonlySet<string>): void {
  const blockTypes = block.block_types ?? {};
  const attributes = block.attributes ?? {};
  for (const [name, type] of Object.entries(blockTypes)) {
    if (body[name] !== undefined) checkNestedBlock(type, body[name], `${at}.${name}`, problems);
    else if ((type.min_items ?? 0) > 0) problems.push(`${at}.${name}: required block missing`);
  }
  const rest = Object.fromEntries(Object.entries(body).filter(([name]) => !(name in blockTypes)));
  checkAttributes(attributes, rest, at, problems, meta, Object.keys(blockTypes));
}

function checkAttributes(
  attributes: Record<string, JsonAttribute>,
  body: Record<string, unknown>,
  at: string,
  problems: string[],
  meta: ReadonlySet<string>,
  blockNames: readonly string[] = [],
): void {
  for (const [name, value] of Object.entries(body)) {
    if (meta.has(name)) continue;
    const a = attributes[name];
    if (!a) {
      problems.push(`${at}.${name}: unknown argument (the schema has ${[...Object.keys(attributes), ...blockNames].sort().join(", ")})`);
      continue;
    }
    if (a.computed && !a.optional && !a.required) {
      problems.push(`${at}.${name}: computed-only attribute set in configuration`);
      continue;
    }
    if (a.nested_type) {
      if (value === null || isExpression(value)) continue;
      const inner = a.nested_type.attributes ?? {};
      const one = (v: unknown, where: string) => {
        if (v === null || isExpression(v)) return;
        if (typeof v !== "object" || Array.isArray(v)) problems.push(`${where}: expected an object, got ${JSON.stringify(v)}`);
        else checkAttributes(inner, v as Record<string, unknown>, where, problems, new Set());
      };
      if (a.nested_type.nesting_mode === "single") one(value, `${at}.${name}`);
      else if (a.nested_type.nesting_mode === "map") Object.entries(value as object).forEach(([k, v]) => one(v, `${at}.${name}["${k}"]`));
      else if (!Array.isArray(value)) problems.push(`${at}.${name}: expected a ${a.nested_type.nesting_mode} of objects, got ${JSON.stringify(value)}`);
      else value.forEach((v, i) => one(v, `${at}.${name}[${i}]`));
    } else {
      checkType(a.type, value, `${at}.${name}`, problems);
    }
  }
  for (const [name, a] of Object.entries(attributes)) {
    if (a.required && (body[name] === undefined || body[name] === null)) problems.push(`${at}.${name}: required argument missing`);
  }
}

interface SynthesizedStack {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  provider?: Record<string, unknown[]>;
}

/**
 * Problems of every block of one provider (types starting with `${prefix}_`, and its provider
 * configurations) in a synthesized stack; `checked` counts the blocks looked at.
 */
export function checkAgainstSchema(stack: SynthesizedStack, prefix: string, schema: JsonProviderSchema): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  const kinds = [
    ["resource", stack.resource, schema.resource_schemas ?? {}],
    ["data", stack.data, schema.data_source_schemas ?? {}],
  ] as const;
  for (const [kind, blocks, schemas] of kinds) {
    for (const [type, byName] of Object.entries(blocks ?? {})) {
      if (!type.startsWith(`${prefix}_`)) continue;
      const typeSchema = schemas[type];
      for (const [name, body] of Object.entries(byName)) {
        checked += 1;
        const at = `${kind === "data" ? "data." : ""}${type}.${name}`;
        if (!typeSchema) problems.push(`${at}: the provider has no ${kind === "data" ? "data source" : "resource"} ${type}`);
        else checkBlock(typeSchema.block, body, at, problems, META);
      }
    }
  }
  for (const [i, body] of (stack.provider?.[prefix] ?? []).entries()) {
    checked += 1;
    checkBlock(schema.provider.block, body as Record<string, unknown>, `provider.${prefix}[${i}]`, problems, PROVIDER_META);
  }
  return { problems, checked };
}

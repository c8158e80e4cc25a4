/**
 * Checks synthesized blocks (cdk.tf.json) against a provider schema in
 * `terraform providers schema -json` form, the way terraform's validate would: no unknown
 * argument, every required argument present, no computed-only attribute set, values of the
 * attribute's type (an interpolation `${...}` stands for any type: terraform checks it later).
 */
interface JsonAttribute {
  type?: unknown;
  nested_type?: { attributes?: Record<string, JsonAttribute>; nesting_mode: string };
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
}

export interface JsonProviderSchema {
  provider: { block: { attributes?: Record<string, JsonAttribute> } };
  resource_schemas?: Record<string, { block: { attributes?: Record<string, JsonAttribute> } }>;
  data_source_schemas?: Record<string, { block: { attributes?: Record<string, JsonAttribute> } }>;
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

function checkAttributes(attributes: Record<string, JsonAttribute>, body: Record<string, unknown>, at: string, problems: string[], meta: ReadonlySet<string>): void {
  for (const [name, value] of Object.entries(body)) {
    if (meta.has(name)) continue;
    const a = attributes[name];
    if (!a) {
      problems.push(`${at}.${name}: unknown argument (the schema has ${Object.keys(attributes).sort().join(", ")})`);
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
  provider?: Record<string, Array<Record<string, unknown>>>;
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
        else checkAttributes(typeSchema.block.attributes ?? {}, body, at, problems, META);
      }
    }
  }
  for (const [i, body] of (stack.provider?.[prefix] ?? []).entries()) {
    checked += 1;
    checkAttributes(schema.provider.block.attributes ?? {}, body, `provider.${prefix}[${i}]`, problems, PROVIDER_META);
  }
  return { problems, checked };
}

/**
 * One ConductorOne type (resource, data source or the provider block) derived from the
 * schema document: the framework schema the stand-in serves (types, required/optional/
 * computed, sensitive, descriptions, value validators), the cross-attribute rules
 * (NotNull, ConflictsWith), the plan modifiers (RequiresReplace, RequiresReplaceIfConfigured,
 * SuppressDiff), the import format, and `conform` to give a hook's result every attribute.
 * A fact in the document this module does not understand stops the provider at start-up,
 * so a newer schema cannot be served with a rule silently dropped.
 */
import { attr, isUnknown, parseType, valuesEqual, type AttributePath, type CtyType, type CtyTypeNode, type CtyValue, type Diagnostics, type Schema } from "../../../tfplugin";
import { CONDUCTORONE_PROVIDER_ADDRESS, parseSchemaPath, type JsonAttribute, type SchemaDocument, type SchemaPathStep } from "./document";
import { parseImportFormat, type ImportFormat } from "./import-format";
import { expandPath, pathKey, valueAt, withValueAt } from "./paths";

type AnyAttribute = Schema["attributes"][string];
type Obj = { readonly [key: string]: CtyValue };

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export type PlanModifier = "RequiresReplace" | "RequiresReplaceIfConfigured" | "SuppressDiff" | "UseStateForUnknown";

interface PathFact<T> {
  readonly steps: readonly SchemaPathStep[];
  readonly fact: T;
}

type Rule = { readonly kind: "NotNull" } | { readonly kind: "ConflictsWith"; readonly siblings: readonly string[] };

export interface DerivedType {
  readonly name: string;
  readonly kind: "resource" | "data" | "provider";
  readonly schema: Schema;
  /** The document's attributes of this type (for conform). */
  readonly attributes: Readonly<Record<string, JsonAttribute>>;
  readonly importFormat: ImportFormat | undefined;
  /** NotNull / ConflictsWith rules over a configuration (values may be unknown). */
  validate(config: CtyValue, diag: Diagnostics): void;
  /**
   * Runs the document's plan modifiers over a plan, as terraform-plugin-framework runs attribute
   * plan modifiers (after it marked every computed attribute left null unknown on a change; see
   * the provider's computedPlanning): in document order, parents before their nested attributes,
   * nested ones only under a known parent. UseStateForUnknown and SuppressDiff put the prior value
   * back in place of an unknown one; RequiresReplace / RequiresReplaceIfConfigured return the
   * paths whose change replaces the object.
   */
  applyPlanModifiers(args: { config: CtyValue; prior: CtyValue; planned: CtyValue }): { planned: CtyValue; requiresReplace: AttributePath[] };
  /** A hook's result with every attribute present, however deep (missing ones null). */
  conform(values: Readonly<Record<string, unknown>>): Record<string, CtyValue>;
}

function parseValidator(text: string, where: string): { value?: (v: unknown) => string | undefined; rule?: Rule } {
  if (text === "IsRFC3339") return { value: (v) => (typeof v === "string" && RFC3339.test(v) ? undefined : `${where.split(".").pop()} must be an RFC 3339 timestamp, got ${JSON.stringify(v)}`) };
  if (text === "NotNull") return { rule: { kind: "NotNull" } };
  const oneOf = /^OneOf\((.*)\)$/.exec(text);
  if (oneOf) {
    const allowed = (oneOf[1] ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
    return { value: (v) => (typeof v === "string" && allowed.includes(v) ? undefined : `value must be one of: ${allowed.map((a) => `"${a}"`).join(", ")}, got ${JSON.stringify(v)}`) };
  }
  const conflicts = /^ConflictsWith\(siblings: (.*)\)$/.exec(text);
  if (conflicts) return { rule: { kind: "ConflictsWith", siblings: (conflicts[1] ?? "").split(",").map((s) => s.trim()) } };
  throw new Error(`x_validators["${where}"]: the stand-in does not know the validator "${text}"; teach src/standins/conductorone/schema/derive.ts`);
}

function parsePlanModifier(text: string, where: string): PlanModifier {
  if (text === "RequiresReplace" || text === "RequiresReplaceIfConfigured" || text === "UseStateForUnknown") return text;
  if (text.startsWith("SuppressDiff(")) return "SuppressDiff";
  throw new Error(`x_plan_modifiers["${where}"]: the stand-in does not know the plan modifier "${text}"; teach src/standins/conductorone/schema/derive.ts`);
}

/** Facts of one type from an `x_*` map, keyed by attribute path. */
function factsOf<T>(map: Readonly<Record<string, readonly string[]>>, kind: "resource" | "data", type: string, parse: (text: string, where: string) => T): PathFact<T>[] {
  const out: PathFact<T>[] = [];
  for (const [where, texts] of Object.entries(map)) {
    const path = parseSchemaPath(where);
    if (path.kind !== kind || path.type !== type) continue;
    for (const text of texts) out.push({ steps: path.steps, fact: parse(text, where) });
  }
  return out;
}

/** The framework attribute for one document attribute (validators attached by path). */
function toAttribute(a: JsonAttribute, validators: ReadonlyMap<string, ((v: unknown) => string | undefined)[]>, prefix: string): AnyAttribute {
  const options = {
    ...(a.required ? { required: true as const } : {}),
    ...(a.optional ? { optional: true as const } : {}),
    ...(a.computed ? { computed: true as const } : {}),
    ...(a.sensitive ? { sensitive: true as const } : {}),
    ...(a.description !== undefined ? { description: a.description } : {}),
    ...(validators.has(prefix) ? { validators: validators.get(prefix) } : {}),
  };
  if (a.nested_type) {
    const inner = Object.fromEntries(
      Object.entries(a.nested_type.attributes ?? {}).map(([name, child]) => [
        name,
        toAttribute(child, validators, `${prefix}${a.nested_type?.nesting_mode === "single" ? "" : "[*]"}.${name}`),
      ]),
    );
    return attr.nested(a.nested_type.nesting_mode, inner, options);
  }
  return attr.object(parseType(a.type) as CtyType<unknown>, options);
}

/** Fills a value to the full shape of its attribute: every object attribute present, null when not given. */
function conformValue(a: JsonAttribute, value: unknown): CtyValue {
  if (value === null || value === undefined) return null;
  if (isUnknown(value)) return value;
  const nested = a.nested_type;
  if (nested) {
    const one = (v: unknown): CtyValue => conformObject(nested.attributes ?? {}, v);
    if (nested.nesting_mode === "single") return one(value);
    if (nested.nesting_mode === "map") return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, one(v)]));
    return (value as unknown[]).map(one);
  }
  return conformTyped(parseType(a.type), value);
}

function conformTyped(type: CtyTypeNode, value: unknown): CtyValue {
  if (value === null || value === undefined) return null;
  if (isUnknown(value)) return value;
  switch (type.kind) {
    case "object":
      return Object.fromEntries(Object.entries(type.attributes).map(([k, t]) => [k, conformTyped(t, (value as Record<string, unknown>)[k])]));
    case "list":
    case "set":
      return (value as unknown[]).map((v) => conformTyped(type.element, v));
    case "map":
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, conformTyped(type.element, v)]));
    default:
      return value as CtyValue;
  }
}

function conformObject(attributes: Readonly<Record<string, JsonAttribute>>, value: unknown): CtyValue {
  if (value === null || value === undefined) return null;
  if (isUnknown(value)) return value;
  const v = value as Record<string, unknown>;
  return Object.fromEntries(Object.entries(attributes).map(([k, a]) => [k, conformValue(a, v[k])]));
}

function stepsKey(steps: readonly SchemaPathStep[]): string {
  return steps.map((s) => ("attribute" in s ? `.${s.attribute}` : "[*]")).join("").slice(1);
}

/**
 * Derives a type. `kind: "provider"` derives the provider block (no x_* facts apply).
 * Throws on a type the document lacks or a fact this module does not understand.
 */
export function deriveType(doc: SchemaDocument, kind: "resource" | "data" | "provider", name: string): DerivedType {
  const provider = doc.provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS];
  const typeSchema = kind === "provider" ? provider?.provider : (kind === "data" ? provider?.data_source_schemas : provider?.resource_schemas)?.[name];
  if (!typeSchema) throw new Error(`the ConductorOne schema document has no ${kind === "data" ? "data source" : kind} ${name}`);
  const attributes = typeSchema.block.attributes;
  const factKind = kind === "provider" ? null : kind;

  const validatorFacts = factKind ? factsOf(doc.x_validators, factKind, name, parseValidator) : [];
  const valueValidators = new Map<string, ((v: unknown) => string | undefined)[]>();
  const rules: PathFact<Rule>[] = [];
  for (const { steps, fact } of validatorFacts) {
    if (fact.value) valueValidators.set(stepsKey(steps), [...(valueValidators.get(stepsKey(steps)) ?? []), fact.value]);
    if (fact.rule) rules.push({ steps, fact: fact.rule });
  }
  const modifiers = factKind === "resource" ? factsOf(doc.x_plan_modifiers, "resource", name, parsePlanModifier) : [];
  if (factKind === "data" && factsOf(doc.x_plan_modifiers, "data", name, parsePlanModifier).length > 0) {
    throw new Error(`x_plan_modifiers names data source ${name}: plan modifiers exist only on resources`);
  }
  const importText = factKind === "resource" ? doc.x_import[name] : undefined;
  const importFormat = importText === undefined ? undefined : parseImportFormat(name, importText);

  const schema: Schema = {
    version: typeSchema.version,
    ...(typeSchema.block.description !== undefined ? { description: typeSchema.block.description } : {}),
    attributes: Object.fromEntries(Object.entries(attributes).map(([n, a]) => [n, toAttribute(a, valueValidators, n)])),
  };

  return {
    name,
    kind,
    schema,
    attributes,
    importFormat,

    validate(config, diag) {
      for (const { steps, fact } of rules) {
        for (const path of expandPath(config, steps)) {
          const value = valueAt(config, path);
          const parent = valueAt(config, path.slice(0, -1));
          if (parent === null || isUnknown(parent) || isUnknown(value)) continue;
          const attribute = String(path[path.length - 1]);
          if (fact.kind === "NotNull" && value === null) {
            diag.error("Missing Attribute Value", `${attribute} must not be null when its parent is set.`, path);
          } else if (fact.kind === "ConflictsWith" && value !== null) {
            const set = fact.siblings.filter((s) => (parent as Obj)[s] !== null && (parent as Obj)[s] !== undefined);
            if (set.length > 0) diag.error("Invalid Attribute Combination", `Attribute "${attribute}" cannot be specified when ${set.map((s) => `"${s}"`).join(", ")} is specified.`, path);
          }
        }
      }
    },

    applyPlanModifiers({ config, prior, planned }) {
      let next = planned;
      const replace = new Map<string, AttributePath>();
      // Every modifier here does nothing on create (no prior state).
      if (prior === null) return { planned: next, requiresReplace: [] };
      for (const { steps, fact } of modifiers) {
        const paths = new Map<string, AttributePath>();
        for (const p of [...expandPath(next, steps), ...expandPath(prior, steps)]) paths.set(pathKey(p), p);
        for (const path of paths.values()) {
          const before = valueAt(prior, path);
          const after = valueAt(next, path);
          const configured = valueAt(config, path);
          if (fact === "UseStateForUnknown" || fact === "SuppressDiff") {
            // Both: an unknown plan for a value the configuration does not leave unknown takes the
            // prior state's value (framework stringplanmodifier.UseStateForUnknown; Speakeasy's
            // SuppressDiff(ExplicitSuppress), whose "not on create" test is that some top-level
            // attribute of the state is known and not null). A nested one runs only under a known parent.
            const parent = valueAt(next, path.slice(0, -1));
            if (isUnknown(after) && !isUnknown(configured) && parent !== null && !isUnknown(parent)) next = withValueAt(next, path, before);
            continue;
          }
          if (valuesEqual(before, after)) continue;
          if (fact === "RequiresReplaceIfConfigured" && configured === null) continue;
          replace.set(pathKey(path), path);
        }
      }
      return { planned: next, requiresReplace: [...replace.values()] };
    },

    conform(values) {
      const out: Record<string, CtyValue> = {};
      for (const [k, v] of Object.entries(values)) {
        if (v === undefined) continue;
        const a = attributes[k];
        if (!a) throw new Error(`${name} has no attribute "${k}" (the stand-in returned it)`);
        out[k] = conformValue(a, v);
      }
      return out;
    },
  };
}

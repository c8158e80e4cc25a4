import { types, typeToJSON, type CtyType, type CtyTypeNode } from "../cty/types";
import type { Unknown } from "../cty/values";
import { ProviderDefinitionError } from "../errors";
import type { WireNestedBlock, WireSchema, WireSchemaAttribute, WireSchemaBlock } from "../proto/messages";

/**
 * Declarative schemas. Builders carry the TS type of the decoded value, so hooks
 * receive typed objects: `attr.string({ required: true })` is a `string`,
 * `attr.string({ optional: true })` a `string | null`, blocks are arrays/objects.
 */

/** Returns problem messages for a known, non-null value; nothing when it is fine. */
export type Validator<T> = (value: T) => string | readonly string[] | undefined | void;

export interface AttributeOptions<T> {
  required?: boolean;
  optional?: boolean;
  /** Set by the provider. With `optional`, the user may set it too. */
  computed?: boolean;
  /** Hidden in plan output. */
  sensitive?: boolean;
  /** Never stored in plan or state; readable from `config` in hooks only (Terraform ≥ 1.11). */
  writeOnly?: boolean;
  /**
   * Data sources only (Terraform allows no write-only arguments there): the hook reads it from
   * `config`, and the framework returns it as null, so the value (a secret) never lands in state.
   */
  notStored?: boolean;
  description?: string;
  /** Message shown as a warning when the user sets the attribute. */
  deprecation?: string;
  /** Value planned when the user leaves it unset; makes the attribute optional + computed. */
  default?: T;
  /** A change of this attribute replaces the resource instead of updating it. */
  requiresReplace?: boolean;
  /** If a plan hook marks this computed attribute unknown on update, keep the prior value instead. */
  useStateForUnknown?: boolean;
  /**
   * Computed from something Terraform may hand over differently when it re-plans at apply time:
   * the outside world (an API's answer) or a write-only argument (an ephemeral value may differ at
   * apply, even for a saved plan). Terraform requires every value known in the plan to come out
   * the same in that re-plan ("Provider produced inconsistent final plan"), so the framework plans
   * a volatile attribute as its prior value when the plan changes nothing at all, and as unknown
   * otherwise (always on create). The plan hook still reports what it observed: that decides
   * whether anything changed. Top-level computed attributes only.
   */
  volatile?: boolean;
  validators?: readonly Validator<T>[];
}

type Presence = "required" | "optional";

export interface AttributeDef<T = unknown, P extends Presence = Presence> {
  readonly kind: "attribute";
  readonly type: CtyTypeNode;
  readonly presence: P;
  readonly options: AttributeOptions<T>;
  /** For nested attributes (attr.nested): the inner object schema and its nesting. */
  readonly nested?: { readonly nesting: "single" | "list" | "set" | "map"; readonly attributes: Readonly<Record<string, AnyAttribute>> };
  readonly __value?: T;
}

// `any` only here: a record of differently-typed attributes must be assignable; values stay typed via ValueOf.
export type AnyAttribute = AttributeDef<any, Presence>;

type PresenceOf<O> = O extends { required: true } ? "required" : "optional";

function makeAttr<T, O extends AttributeOptions<T>>(type: CtyTypeNode, options: O): AttributeDef<T, PresenceOf<O>> {
  const presence = (options.required ? "required" : "optional") as PresenceOf<O>;
  return { kind: "attribute", type, presence, options };
}

export type NestedValue<A extends Record<string, AnyAttribute>> = { [K in keyof A]: ValueOf<A[K]> };

/** Attribute builders. */
export const attr = {
  string: <O extends AttributeOptions<string>>(o: O) => makeAttr<string, O>(types.string, o),
  /** Numbers are `number`, or decimal text when a double cannot hold them exactly. */
  number: <O extends AttributeOptions<number | string>>(o: O) => makeAttr<number | string, O>(types.number, o),
  bool: <O extends AttributeOptions<boolean>>(o: O) => makeAttr<boolean, O>(types.bool, o),
  list: <T, O extends AttributeOptions<T[]>>(element: CtyType<T>, o: O) => makeAttr<T[], O>(types.list(element), o),
  set: <T, O extends AttributeOptions<T[]>>(element: CtyType<T>, o: O) => makeAttr<T[], O>(types.set(element), o),
  map: <T, O extends AttributeOptions<Record<string, T>>>(element: CtyType<T>, o: O) => makeAttr<Record<string, T>, O>(types.map(element), o),
  object: <T, O extends AttributeOptions<T>>(type: CtyType<T>, o: O) => makeAttr<T, O>(type, o),
  dynamic: <O extends AttributeOptions<unknown>>(o: O) => makeAttr<unknown, O>(types.dynamic, o),
  /** Nested attributes (protocol 6): an object, or a list/set/map of objects, each with its own attribute flags. */
  nested<N extends "single" | "list" | "set" | "map", A extends Record<string, AnyAttribute>, O extends AttributeOptions<NestingOf<N, NestedValue<A>>>>(
    nesting: N,
    attributes: A,
    o: O,
  ): AttributeDef<NestingOf<N, NestedValue<A>>, PresenceOf<O>> {
    const objectType: CtyTypeNode = { kind: "object", attributes: Object.fromEntries(Object.entries(attributes).map(([k, a]) => [k, a.type])) };
    const type: CtyTypeNode = nesting === "single" ? objectType : { kind: nesting, element: objectType };
    return { ...makeAttr<NestingOf<N, NestedValue<A>>, O>(type, o), nested: { nesting, attributes } };
  },
};

type NestingOf<N, V> = N extends "single" ? V : N extends "map" ? Record<string, V> : V[];

export interface BlockSchema {
  readonly attributes: Readonly<Record<string, AnyAttribute>>;
  readonly blocks?: Readonly<Record<string, AnyBlock>>;
  readonly description?: string;
  readonly deprecated?: boolean;
}

export type BlockNesting = "single" | "group" | "list" | "set" | "map";

export interface BlockDef<S extends BlockSchema = BlockSchema, N extends BlockNesting = BlockNesting> {
  readonly kind: "block";
  readonly nesting: N;
  readonly schema: S;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export type AnyBlock = BlockDef<any, BlockNesting>;

/** Nested block builders (`rule { ... }` in HCL). */
export const block = {
  single: <S extends BlockSchema>(schema: S) => ({ kind: "block", nesting: "single", schema }) as BlockDef<S, "single">,
  group: <S extends BlockSchema>(schema: S) => ({ kind: "block", nesting: "group", schema }) as BlockDef<S, "group">,
  list: <S extends BlockSchema>(schema: S, limits: { minItems?: number; maxItems?: number } = {}) => ({ kind: "block", nesting: "list", schema, ...limits }) as BlockDef<S, "list">,
  set: <S extends BlockSchema>(schema: S, limits: { minItems?: number; maxItems?: number } = {}) => ({ kind: "block", nesting: "set", schema, ...limits }) as BlockDef<S, "set">,
  map: <S extends BlockSchema>(schema: S) => ({ kind: "block", nesting: "map", schema }) as BlockDef<S, "map">,
};

/** A resource, data source or provider schema: a block plus a version for state upgrades. */
export interface Schema extends BlockSchema {
  readonly version?: number;
}

/** The decoded TS value of an attribute (null allowed unless required). */
export type ValueOf<A> = A extends AttributeDef<infer T, infer P> ? (P extends "required" ? T : T | null) : never;

type BlockValueOf<B> =
  B extends BlockDef<infer S, infer N>
    ? N extends "single"
      ? ObjectOf<S> | null
      : N extends "group"
        ? ObjectOf<S>
        : N extends "map"
          ? Record<string, ObjectOf<S>>
          : ObjectOf<S>[]
    : never;

/** The decoded object of a schema (every attribute and block present; known values). */
export type ObjectOf<S extends BlockSchema> = { [K in keyof S["attributes"]]: ValueOf<S["attributes"][K]> } & {
  [K in keyof NonNullable<S["blocks"]>]: BlockValueOf<NonNullable<S["blocks"]>[K]>;
};

/** A value that may hold unknowns anywhere (configuration during validate/plan, planned state). */
export type Maybe<T> =
  | Unknown
  | (T extends readonly (infer E)[] ? Maybe<E>[] : T extends Record<string, unknown> ? { [K in keyof T]: Maybe<T[K]> } : T);

export type MaybeObjectOf<S extends BlockSchema> = { [K in keyof ObjectOf<S>]: Maybe<ObjectOf<S>[K]> };

/** The cty type implied by a block: an object of its attributes plus one key per nested block. */
export function impliedType(schema: BlockSchema): CtyTypeNode {
  const attributes: Record<string, CtyTypeNode> = {};
  for (const [name, a] of Object.entries(schema.attributes)) attributes[name] = a.type;
  for (const [name, b] of Object.entries(schema.blocks ?? {})) {
    const inner = impliedType(b.schema);
    attributes[name] = b.nesting === "single" || b.nesting === "group" ? inner : { kind: b.nesting, element: inner };
  }
  return { kind: "object", attributes };
}

/** The attribute flags Terraform sees (default implies optional + computed). */
export function flagsOf(a: AnyAttribute): { required: boolean; optional: boolean; computed: boolean } {
  const o = a.options;
  if (o.default !== undefined) return { required: false, optional: true, computed: true };
  return { required: !!o.required, optional: !!o.optional, computed: !!o.computed };
}

/** Checks the rules Terraform would otherwise reject at GetProviderSchema time, with a clearer message. */
export function checkSchema(where: string, schema: BlockSchema, allowWriteOnly: boolean, nested = false): void {
  const names = new Set<string>();
  for (const [name, a] of Object.entries(schema.attributes)) {
    const at = `${where}.${name}`;
    names.add(name);
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new ProviderDefinitionError(at, "attribute names must be lower-case letters, digits and _", "Rename the attribute.");
    const { required, optional, computed } = flagsOf(a);
    if (required && (optional || computed)) throw new ProviderDefinitionError(at, "required cannot be combined with optional, computed or default", "Choose one.");
    if (!required && !optional && !computed) throw new ProviderDefinitionError(at, "the attribute is neither required, optional nor computed", "Set one of them.");
    if (a.options.writeOnly) {
      if (!allowWriteOnly) throw new ProviderDefinitionError(at, "write-only attributes exist only in managed resources", "Remove writeOnly.");
      if (computed) throw new ProviderDefinitionError(at, "a write-only attribute cannot be computed (it is never stored)", "Make it required or optional.");
      if (a.options.requiresReplace) throw new ProviderDefinitionError(at, "a write-only attribute cannot force replacement (there is no prior value)", "Remove requiresReplace.");
    }
    if (a.options.notStored) {
      if (allowWriteOnly) throw new ProviderDefinitionError(at, "notStored is for data sources; a managed resource keeps a value out of state with writeOnly", "Use writeOnly instead.");
      if (computed) throw new ProviderDefinitionError(at, "a notStored attribute cannot be computed (its value is never returned)", "Make it required or optional.");
    }
    if (a.options.useStateForUnknown && !computed) throw new ProviderDefinitionError(at, "useStateForUnknown only applies to computed attributes", "Set computed: true or remove it.");
    if (a.options.volatile) {
      if (!computed) throw new ProviderDefinitionError(at, "volatile only applies to computed attributes", "Set computed: true or remove it.");
      if (a.options.useStateForUnknown) throw new ProviderDefinitionError(at, "a volatile attribute cannot keep its prior value on every update (useStateForUnknown)", "Choose one of them.");
      if (a.options.default !== undefined) throw new ProviderDefinitionError(at, "a volatile attribute cannot have a default (a default is known at plan, a volatile value is not)", "Remove the default or volatile.");
      if (nested) throw new ProviderDefinitionError(at, "volatile is supported on top-level attributes only", "Move the attribute to the top level or remove volatile.");
    }
    if (a.nested) checkSchema(at, { attributes: a.nested.attributes }, allowWriteOnly, true);
  }
  for (const [name, b] of Object.entries(schema.blocks ?? {})) {
    if (names.has(name)) throw new ProviderDefinitionError(`${where}.${name}`, "a block has the same name as an attribute", "Rename one of them.");
    checkSchema(`${where}.${name}`, b.schema, allowWriteOnly, true);
  }
}

function attributeToWire(name: string, a: AnyAttribute): WireSchemaAttribute {
  const flags = flagsOf(a);
  const wire: WireSchemaAttribute = {
    name,
    ...flags,
    sensitive: !!a.options.sensitive,
    write_only: !!a.options.writeOnly,
    description: a.options.description ?? "",
    description_kind: "PLAIN",
    deprecated: a.options.deprecation !== undefined,
  };
  if (a.nested) {
    wire.nested_type = {
      nesting: a.nested.nesting === "single" ? "SINGLE" : (a.nested.nesting.toUpperCase() as "LIST" | "SET" | "MAP"),
      attributes: Object.entries(a.nested.attributes).map(([n, inner]) => attributeToWire(n, inner)),
    };
  } else {
    wire.type = Buffer.from(JSON.stringify(typeToJSON(a.type)));
  }
  return wire;
}

function blockToWire(schema: BlockSchema): WireSchemaBlock {
  return {
    attributes: Object.entries(schema.attributes).map(([name, a]) => attributeToWire(name, a)),
    block_types: Object.entries(schema.blocks ?? {}).map(([name, b]): WireNestedBlock => {
      const wire: WireNestedBlock = { type_name: name, block: blockToWire(b.schema), nesting: b.nesting.toUpperCase() as WireNestedBlock["nesting"] };
      if (b.minItems !== undefined) wire.min_items = b.minItems;
      if (b.maxItems !== undefined) wire.max_items = b.maxItems;
      return wire;
    }),
    description: schema.description ?? "",
    description_kind: "PLAIN",
    deprecated: !!schema.deprecated,
  };
}

/** The GetProviderSchema form of a schema. */
export function schemaToWire(schema: Schema): WireSchema {
  const version = schema.version ?? 0;
  return { version, block: { ...blockToWire(schema), version } };
}

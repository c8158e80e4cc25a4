import { CtyTypeError } from "../errors";

/**
 * The cty type model (go-cty's type system as Terraform serialises it in schema
 * `type` bytes and in dynamic values). `CtyType<T>` carries a phantom TS type so
 * schema builders can derive the decoded value's shape.
 */
export type CtyTypeNode =
  | { readonly kind: "string" }
  | { readonly kind: "number" }
  | { readonly kind: "bool" }
  | { readonly kind: "dynamic" }
  | { readonly kind: "list" | "set" | "map"; readonly element: CtyTypeNode }
  | { readonly kind: "object"; readonly attributes: Readonly<Record<string, CtyTypeNode>>; readonly optional?: readonly string[] }
  | { readonly kind: "tuple"; readonly elements: readonly CtyTypeNode[] };

/** A type node tagged with the TS type of its (known, non-null) values. */
export type CtyType<T = unknown> = CtyTypeNode & { readonly __value?: T };

/** The TS type of known values of a typed cty type. */
export type ValueOfType<C> = C extends CtyType<infer T> ? T : never;

const str: CtyType<string> = Object.freeze({ kind: "string" });
const num: CtyType<number | string> = Object.freeze({ kind: "number" });
const bool: CtyType<boolean> = Object.freeze({ kind: "bool" });
const dyn: CtyType<unknown> = Object.freeze({ kind: "dynamic" });

/** Builders for cty types, e.g. `types.list(types.string)`. Numbers decode as `number | string` (string = exact decimal text). */
export const types = {
  string: str,
  number: num,
  bool,
  dynamic: dyn,
  list<T>(element: CtyType<T>): CtyType<T[]> {
    return { kind: "list", element };
  },
  set<T>(element: CtyType<T>): CtyType<T[]> {
    return { kind: "set", element };
  },
  map<T>(element: CtyType<T>): CtyType<Record<string, T>> {
    return { kind: "map", element };
  },
  object<A extends Record<string, CtyType>>(attributes: A, optional?: readonly (keyof A & string)[]): CtyType<{ [K in keyof A]: ValueOfType<A[K]> | null }> {
    return optional && optional.length > 0 ? { kind: "object", attributes, optional } : { kind: "object", attributes };
  },
  tuple<E extends CtyType[]>(...elements: E): CtyType<{ [K in keyof E]: ValueOfType<E[K]> | null }> {
    return { kind: "tuple", elements };
  },
};

/** Type → the JSON Terraform uses in schemas (`"string"`, `["list","string"]`, ...). */
export function typeToJSON(type: CtyTypeNode): unknown {
  switch (type.kind) {
    case "string":
    case "number":
    case "bool":
      return type.kind;
    case "dynamic":
      return "dynamic";
    case "list":
    case "set":
    case "map":
      return [type.kind, typeToJSON(type.element)];
    case "object": {
      const attrs: Record<string, unknown> = {};
      for (const [name, t] of Object.entries(type.attributes)) attrs[name] = typeToJSON(t);
      return type.optional && type.optional.length > 0 ? ["object", attrs, [...type.optional]] : ["object", attrs];
    }
    case "tuple":
      return ["tuple", type.elements.map(typeToJSON)];
  }
}

/** Parses the JSON form of a type (as found in schema bytes and dynamic values). */
export function parseType(json: unknown): CtyTypeNode {
  const fail = (problem: string): never => {
    throw new CtyTypeError(safeStringify(json), problem);
  };
  if (typeof json === "string") {
    switch (json) {
      case "string":
      case "number":
      case "bool":
      case "dynamic":
        return { kind: json };
      default:
        return fail(`unknown primitive type "${json}"`);
    }
  }
  if (!Array.isArray(json) || typeof json[0] !== "string") return fail("expected a string or an array starting with a type name");
  const [name, arg, extra] = json as [string, unknown, unknown];
  switch (name) {
    case "list":
    case "set":
    case "map":
      return { kind: name, element: parseType(arg) };
    case "object": {
      if (typeof arg !== "object" || arg === null || Array.isArray(arg)) return fail("an object type needs a map of attribute types");
      const attributes: Record<string, CtyTypeNode> = {};
      for (const [k, v] of Object.entries(arg)) attributes[k] = parseType(v);
      if (extra !== undefined) {
        if (!Array.isArray(extra) || !extra.every((x) => typeof x === "string")) return fail("optional attributes must be a list of names");
        return { kind: "object", attributes, optional: extra as string[] };
      }
      return { kind: "object", attributes };
    }
    case "tuple":
      if (!Array.isArray(arg)) return fail("a tuple type needs a list of element types");
      return { kind: "tuple", elements: arg.map(parseType) };
    default:
      return fail(`unknown type constructor "${name}"`);
  }
}

/** Parses type JSON given as text or bytes. */
export function parseTypeBytes(bytes: Uint8Array | string): CtyTypeNode {
  const text = typeof bytes === "string" ? bytes : Buffer.from(bytes).toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CtyTypeError(text.slice(0, 200), "not valid JSON");
  }
  return parseType(json);
}

export function typesEqual(a: CtyTypeNode, b: CtyTypeNode): boolean {
  return JSON.stringify(typeToJSON(a)) === JSON.stringify(typeToJSON(b));
}

function safeStringify(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

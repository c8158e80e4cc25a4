import { decode, encode, ExtData, ExtensionCodec } from "@msgpack/msgpack";
import { CtyDecodeError, CtyEncodeError } from "../errors";
import { isDecimalText, numberFromBigInt, numberFromText, numberToWire } from "./numbers";
import { parseTypeBytes, typeToJSON, type CtyTypeNode } from "./types";
import { DynamicValue, Unknown, UNKNOWN, type CtyValue, type Refinements } from "./values";
import { inferType } from "./infer";

/**
 * Schema-driven msgpack codec for Terraform's DynamicValue.msgpack
 * (docs/plugin-protocol/object-wire-format.md, go-cty cty/msgpack).
 */

type Path = (string | number)[];

const EXT_UNKNOWN = 0;
const EXT_REFINED_UNKNOWN = 12;
/** go-cty's plain unknown: fixext1, type 0, one zero byte (`d4 00 00`). */
const UNKNOWN_BODY = new Uint8Array([0]);

const codec = new ExtensionCodec();
codec.register({
  type: EXT_UNKNOWN,
  encode: (input) => (input instanceof Unknown ? UNKNOWN_BODY : null),
  decode: () => UNKNOWN,
});
codec.register({
  type: EXT_REFINED_UNKNOWN,
  encode: () => null,
  decode: (data) => (data.length <= 1 ? UNKNOWN : new Unknown(decodeRefinements(data))),
});

/** Decodes msgpack bytes as a value of `type`. */
export function decodeMsgpack(type: CtyTypeNode, bytes: Uint8Array): CtyValue {
  let raw: unknown;
  try {
    raw = decode(bytes, { extensionCodec: codec, useBigInt64: true });
  } catch (err) {
    throw new CtyDecodeError([], `malformed msgpack (${(err as Error).message})`);
  }
  return fromWire(type, raw, []);
}

/** Encodes a value of `type` as msgpack. Unknown values are written as `d4 00 00`. */
export function encodeMsgpack(type: CtyTypeNode, value: CtyValue): Uint8Array {
  return encode(toWire(type, value, []), { extensionCodec: codec, useBigInt64: true, ignoreUndefined: false });
}

function fromWire(type: CtyTypeNode, raw: unknown, path: Path): CtyValue {
  // Every extension value is an unknown: codes other than 0 and 12 come back as ExtData.
  if (raw instanceof Unknown) return raw;
  if (raw instanceof ExtData) return UNKNOWN;
  if (raw === null || raw === undefined) return null;
  const fail = (expected: string): never => {
    throw new CtyDecodeError(path, `expected ${expected}, got ${describe(raw)}`);
  };
  switch (type.kind) {
    case "string":
      return typeof raw === "string" ? raw : fail("a string");
    case "bool":
      return typeof raw === "boolean" ? raw : fail("a bool");
    case "number":
      if (typeof raw === "number") return raw;
      if (typeof raw === "bigint") return numberFromBigInt(raw);
      if (typeof raw === "string" && isDecimalText(raw)) return numberFromText(raw);
      return fail("a number");
    case "list":
    case "set":
      if (!Array.isArray(raw)) return fail(`a ${type.kind}`);
      return raw.map((item, i) => fromWire(type.element, item, [...path, i]));
    case "tuple":
      if (!Array.isArray(raw) || raw.length !== type.elements.length) return fail(`a tuple of ${type.elements.length} elements`);
      return type.elements.map((t, i) => fromWire(t, raw[i], [...path, i]));
    case "map": {
      if (!isRecord(raw)) return fail("a map");
      const out: Record<string, CtyValue> = {};
      for (const [k, v] of Object.entries(raw)) setKey(out, k, fromWire(type.element, v, [...path, k]));
      return out;
    }
    case "object": {
      if (!isRecord(raw)) return fail("an object");
      const out: Record<string, CtyValue> = {};
      for (const [name, t] of Object.entries(type.attributes)) {
        if (!(name in raw)) {
          if (type.optional?.includes(name)) {
            setKey(out, name, null);
            continue;
          }
          throw new CtyDecodeError([...path, name], "the attribute is missing from the object (every attribute of an object must be present)");
        }
        setKey(out, name, fromWire(t, raw[name], [...path, name]));
      }
      for (const name of Object.keys(raw)) {
        if (!(name in type.attributes)) throw new CtyDecodeError([...path, name], "unsupported attribute (not in the schema)");
      }
      return out;
    }
    case "dynamic": {
      if (!Array.isArray(raw) || raw.length !== 2) return fail("a dynamic value [type JSON, value]");
      const [typeJson, inner] = raw as [unknown, unknown];
      if (!(typeJson instanceof Uint8Array) && typeof typeJson !== "string") return fail("type JSON bytes in a dynamic value");
      const concrete = parseTypeBytes(typeJson);
      return new DynamicValue(concrete, fromWire(concrete, inner, path));
    }
  }
}

function toWire(type: CtyTypeNode, value: CtyValue | undefined, path: Path): unknown {
  if (value === undefined) throw new CtyEncodeError(path, "the value is missing (use null for no value)");
  if (value instanceof Unknown) return value;
  if (value === null) return null;
  const fail = (expected: string): never => {
    throw new CtyEncodeError(path, `expected ${expected}, got ${describe(value)}`);
  };
  switch (type.kind) {
    case "string":
      return typeof value === "string" ? value : fail("a string");
    case "bool":
      return typeof value === "boolean" ? value : fail("a bool");
    case "number":
      if (typeof value === "number") return value;
      if (typeof value === "string" && isDecimalText(value)) return numberToWire(value);
      return fail("a number (or its decimal text)");
    case "list":
    case "set":
      if (!Array.isArray(value)) return fail(`an array for a ${type.kind}`);
      return value.map((item: CtyValue, i: number) => toWire(type.element, item, [...path, i]));
    case "tuple":
      if (!Array.isArray(value) || value.length !== type.elements.length) return fail(`an array of ${type.elements.length} elements`);
      return type.elements.map((t, i) => toWire(t, (value as readonly CtyValue[])[i], [...path, i]));
    case "map": {
      if (!isPlainValueObject(value)) return fail("an object for a map");
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) setKey(out, k, toWire(type.element, v, [...path, k]));
      return out;
    }
    case "object": {
      if (!isPlainValueObject(value)) return fail("an object");
      const out: Record<string, unknown> = {};
      for (const [name, t] of Object.entries(type.attributes)) {
        const v = value[name];
        if (v === undefined && !type.optional?.includes(name)) {
          throw new CtyEncodeError([...path, name], "the attribute is missing (every attribute must be present; use null for no value)");
        }
        setKey(out, name, toWire(t, v ?? null, [...path, name]));
      }
      for (const name of Object.keys(value)) {
        if (!(name in type.attributes)) throw new CtyEncodeError([...path, name], "this attribute is not in the schema");
      }
      return out;
    }
    case "dynamic": {
      const dyn = value instanceof DynamicValue ? value : new DynamicValue(inferType(value), value);
      const typeJson = new TextEncoder().encode(JSON.stringify(typeToJSON(dyn.type)));
      return [typeJson, toWire(dyn.type, dyn.value, path)];
    }
  }
}

function decodeRefinements(data: Uint8Array): Refinements {
  let raw: unknown;
  try {
    raw = decode(data, { useBigInt64: true });
  } catch {
    return {};
  }
  if (!isRecord(raw)) return {};
  const out: { -readonly [K in keyof Refinements]: Refinements[K] } = {};
  const bound = (v: unknown): { value: number | string; inclusive: boolean } | undefined => {
    if (!Array.isArray(v) || v.length !== 2 || typeof v[1] !== "boolean") return undefined;
    const n = fromWire({ kind: "number" }, v[0], []);
    return typeof n === "number" || typeof n === "string" ? { value: n, inclusive: v[1] } : undefined;
  };
  const int = (v: unknown): number | undefined => (typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : undefined);
  // Keys are go-cty's refinement codes (cty/msgpack/unknown.go); unknown codes are ignored for forward compatibility.
  for (const [key, v] of Object.entries(raw)) {
    switch (key) {
      case "1":
        if (typeof v === "boolean") out.notNull = !v;
        break;
      case "2":
        if (typeof v === "string") out.stringPrefix = v;
        break;
      case "3": {
        const b = bound(v);
        if (b) out.numberMin = b;
        break;
      }
      case "4": {
        const b = bound(v);
        if (b) out.numberMax = b;
        break;
      }
      case "5": {
        const n = int(v);
        if (n !== undefined) out.lengthMin = n;
        break;
      }
      case "6": {
        const n = int(v);
        if (n !== undefined) out.lengthMax = n;
        break;
      }
    }
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof ExtData);
}

function isPlainValueObject(v: CtyValue): v is { readonly [key: string]: CtyValue } {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof DynamicValue);
}

/** Assigns without letting a "__proto__" key change the prototype. */
export function setKey<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (v instanceof Uint8Array) return "bytes";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

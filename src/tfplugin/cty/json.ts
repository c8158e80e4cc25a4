import { parse as parseLossless } from "lossless-json";
import { CtyDecodeError } from "../errors";
import { setKey } from "./msgpack";
import { isDecimalText, numberFromText } from "./numbers";
import { parseType, type CtyTypeNode } from "./types";
import { DynamicValue, type CtyValue } from "./values";

/**
 * Decodes cty JSON (raw state in UpgradeResourceState, DynamicValue.json).
 * Lenient on purpose, because stored state was written with an older schema:
 * attributes missing from the JSON become null and attributes the schema no
 * longer has are dropped. Numbers keep their exact text when a double cannot
 * hold them (JSON.parse would silently round 12345678901234567890).
 */
export function decodeJson(type: CtyTypeNode, json: Uint8Array | string): CtyValue {
  return fromJson(type, parseJsonExact(typeof json === "string" ? json : Buffer.from(json).toString("utf8")), []);
}

/** Parses JSON text keeping exact numbers (number, or decimal text when a double cannot hold it). */
export function parseJsonExact(text: string): unknown {
  try {
    return parseLossless(text, null, (digits: string) => numberFromText(digits));
  } catch (err) {
    throw new CtyDecodeError([], `malformed JSON (${(err as Error).message})`);
  }
}

/** Like decodeJson, for JSON already parsed (e.g. state rewritten by an upgrade hook). */
export function decodeJsonValue(type: CtyTypeNode, raw: unknown): CtyValue {
  return fromJson(type, raw, []);
}

function fromJson(type: CtyTypeNode, raw: unknown, path: (string | number)[]): CtyValue {
  if (raw === null || raw === undefined) return null;
  const fail = (expected: string): never => {
    throw new CtyDecodeError(path, `expected ${expected} in JSON, got ${Array.isArray(raw) ? "an array" : typeof raw}`);
  };
  switch (type.kind) {
    case "string":
      return typeof raw === "string" ? raw : fail("a string");
    case "bool":
      return typeof raw === "boolean" ? raw : fail("a bool");
    case "number":
      if (typeof raw === "number") return raw;
      if (typeof raw === "string" && isDecimalText(raw)) return numberFromText(raw);
      return fail("a number");
    case "list":
    case "set":
      if (!Array.isArray(raw)) return fail(`a ${type.kind}`);
      return raw.map((item, i) => fromJson(type.element, item, [...path, i]));
    case "tuple":
      if (!Array.isArray(raw) || raw.length !== type.elements.length) return fail(`a tuple of ${type.elements.length}`);
      return type.elements.map((t, i) => fromJson(t, raw[i], [...path, i]));
    case "map": {
      if (!isObject(raw)) return fail("a map");
      const out: Record<string, CtyValue> = {};
      for (const [k, v] of Object.entries(raw)) setKey(out, k, fromJson(type.element, v, [...path, k]));
      return out;
    }
    case "object": {
      if (!isObject(raw)) return fail("an object");
      const out: Record<string, CtyValue> = {};
      for (const [name, t] of Object.entries(type.attributes)) setKey(out, name, fromJson(t, raw[name], [...path, name]));
      return out;
    }
    case "dynamic": {
      // cty JSON writes a dynamic value as {"value": ..., "type": ...}.
      if (!isObject(raw) || !("type" in raw)) return fail('a dynamic value {"value", "type"}');
      const concrete = parseType(raw.type);
      return new DynamicValue(concrete, fromJson(concrete, raw.value, path));
    }
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

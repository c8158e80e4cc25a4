import { CtyEncodeError } from "../errors";
import type { CtyTypeNode } from "./types";
import { DynamicValue, Unknown, type CtyValue } from "./values";

/** The concrete type of a plain value put in a dynamic slot: arrays become tuples, objects become objects. */
export function inferType(value: CtyValue): CtyTypeNode {
  if (value === null || value instanceof Unknown) return { kind: "dynamic" };
  if (value instanceof DynamicValue) return value.type;
  if (typeof value === "string") return { kind: "string" };
  if (typeof value === "number") return { kind: "number" };
  if (typeof value === "boolean") return { kind: "bool" };
  if (Array.isArray(value)) return { kind: "tuple", elements: value.map((v: CtyValue) => inferType(v)) };
  if (typeof value === "object") {
    const attributes: Record<string, CtyTypeNode> = {};
    for (const [k, v] of Object.entries(value)) attributes[k] = inferType(v);
    return { kind: "object", attributes };
  }
  throw new CtyEncodeError([], `cannot infer a Terraform type for ${typeof value}`);
}

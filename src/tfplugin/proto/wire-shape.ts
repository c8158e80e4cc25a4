import { create, protoInt64, ScalarType, type DescEnum, type DescField, type DescMessage, type MessageShape } from "@bufbuild/protobuf";

/**
 * The bridge between protobuf-es messages (generated from proto/, what the gRPC library reads and
 * writes) and the plain objects the provider framework works with (messages.ts): field names as in
 * the .proto (`type_name`, `Error`), enums by name (`"ERROR"`), 64-bit integers as JS numbers,
 * bytes as Buffers, every absent field filled with its default (a message field with null), and a
 * set oneof member named in a virtual field (`selector: "attribute_name"`) — the shape
 * @grpc/proto-loader gives with `{ keepCase, enums: String, longs: Number, defaults, oneofs }`.
 * Driven by the generated descriptors, so a field added to a .proto needs no change here.
 */

export class WireShapeError extends Error {
  readonly code = "TFPLUGIN_WIRE_SHAPE";
}

type Plain = Record<string, unknown>;
type MessageLike = Record<string, unknown>;

/** A decoded request as the framework reads it. */
export function toWireShape(desc: DescMessage, message: object): Plain {
  const msg = message as MessageLike;
  const out: Plain = {};
  for (const field of desc.fields) {
    if (field.oneof) {
      const selected = msg[field.oneof.localName] as { case?: string; value?: unknown } | undefined;
      if (selected?.case !== field.localName) continue;
      out[field.name] = plainOf(field, selected.value);
      out[field.oneof.name] = field.name;
      continue;
    }
    out[field.name] = plainOf(field, msg[field.localName]);
  }
  return out;
}

/**
 * A response from the framework's plain object. Null and undefined fields stay at their defaults;
 * keys that are not fields are ignored (as protobufjs' fromObject does). A value of the wrong kind
 * throws WireShapeError naming the field (the server answers INTERNAL).
 */
export function fromWireShape<D extends DescMessage>(desc: D, plain: unknown, path: string = desc.typeName): MessageShape<D> {
  if (typeof plain !== "object" || plain === null || Array.isArray(plain)) throw new WireShapeError(`${path}: expected an object, got ${kindOf(plain)}`);
  const source = plain as Plain;
  const msg = create(desc) as MessageLike;
  for (const field of desc.fields) {
    const value = source[field.name];
    if (value === undefined || value === null) continue;
    const where = `${path}.${field.name}`;
    if (field.oneof) msg[field.oneof.localName] = { case: field.localName, value: messageValueOf(field, value, where) };
    else msg[field.localName] = messageValueOf(field, value, where);
  }
  return msg as MessageShape<D>;
}

// ---------------------------------------------------------------- message → plain

function plainOf(field: DescField, value: unknown): unknown {
  switch (field.fieldKind) {
    case "scalar":
      return scalarToPlain(field.scalar, value);
    case "enum":
      return enumName(field.enum, value as number);
    case "message":
      return value === undefined ? null : toWireShape(field.message, value as object);
    case "list": {
      const list = value as unknown[];
      if (field.listKind === "message") return list.map((v) => toWireShape(field.message, v as object));
      if (field.listKind === "enum") return list.map((v) => enumName(field.enum, v as number));
      return list.map((v) => scalarToPlain(field.scalar, v));
    }
    case "map": {
      const out: Plain = {};
      for (const [k, v] of Object.entries(value as Plain)) {
        out[k] = field.mapKind === "message" ? toWireShape(field.message, v as object) : field.mapKind === "enum" ? enumName(field.enum, v as number) : scalarToPlain(field.scalar, v);
      }
      return out;
    }
  }
}

function scalarToPlain(type: ScalarType, value: unknown): unknown {
  if (is64Bit(type)) return Number(value);
  // A view on the received bytes, not a copy.
  if (type === ScalarType.BYTES) {
    const bytes = value as Uint8Array;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  return value;
}

function enumName(desc: DescEnum, value: number): string | number {
  return desc.value[value]?.name ?? value;
}

// ---------------------------------------------------------------- plain → message

function messageValueOf(field: DescField, value: unknown, where: string): unknown {
  switch (field.fieldKind) {
    case "scalar":
      return scalarFromPlain(field.scalar, field.longAsString, value, where);
    case "enum":
      return enumNumber(field.enum, value, where);
    case "message":
      return fromWireShape(field.message, value, where);
    case "list": {
      if (!Array.isArray(value)) throw new WireShapeError(`${where}: expected a list, got ${kindOf(value)}`);
      return value.map((v, i) => {
        const at = `${where}[${i}]`;
        if (field.listKind === "message") return fromWireShape(field.message, v, at);
        if (field.listKind === "enum") return enumNumber(field.enum, v, at);
        return scalarFromPlain(field.scalar, field.longAsString, v, at);
      });
    }
    case "map": {
      if (typeof value !== "object" || Array.isArray(value)) throw new WireShapeError(`${where}: expected a map, got ${kindOf(value)}`);
      const out: Plain = {};
      for (const [k, v] of Object.entries(value as Plain)) {
        const at = `${where}[${JSON.stringify(k)}]`;
        out[k] = field.mapKind === "message" ? fromWireShape(field.message, v, at) : field.mapKind === "enum" ? enumNumber(field.enum, v, at) : scalarFromPlain(field.scalar, false, v, at);
      }
      return out;
    }
  }
}

function scalarFromPlain(type: ScalarType, longAsString: boolean, value: unknown, where: string): unknown {
  if (is64Bit(type)) {
    if ((typeof value === "number" && Number.isInteger(value)) || typeof value === "bigint" || (typeof value === "string" && /^-?\d+$/.test(value))) {
      const parsed = type === ScalarType.UINT64 || type === ScalarType.FIXED64 ? protoInt64.uParse(value) : protoInt64.parse(value);
      return longAsString ? parsed.toString() : parsed;
    }
    throw new WireShapeError(`${where}: expected an integer, got ${kindOf(value)}`);
  }
  switch (type) {
    case ScalarType.STRING:
      if (typeof value === "string") return value;
      break;
    case ScalarType.BOOL:
      if (typeof value === "boolean") return value;
      break;
    case ScalarType.BYTES:
      if (value instanceof Uint8Array) return value;
      if (typeof value === "string") return Buffer.from(value, "base64");
      break;
    default:
      if (typeof value === "number") return value;
  }
  throw new WireShapeError(`${where}: expected ${ScalarType[type].toLowerCase()}, got ${kindOf(value)}`);
}

function enumNumber(desc: DescEnum, value: unknown, where: string): number {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  const found = typeof value === "string" ? desc.values.find((v) => v.name === value) : undefined;
  if (found) return found.number;
  throw new WireShapeError(`${where}: ${JSON.stringify(value)} is not a ${desc.typeName} (one of ${desc.values.map((v) => v.name).join(", ")})`);
}

const is64Bit = (type: ScalarType): boolean =>
  type === ScalarType.INT64 || type === ScalarType.UINT64 || type === ScalarType.SINT64 || type === ScalarType.FIXED64 || type === ScalarType.SFIXED64;

const kindOf = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "a list" : typeof value);

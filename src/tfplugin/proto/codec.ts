/**
 * Protocol buffers wire format (protobuf.dev/programming-guides/encoding) for the messages in
 * descriptors.ts, interpreted from those descriptors: no reflection library, no code generation
 * at start-up. It hands over and takes the same plain objects @grpc/proto-loader did with
 * `{ keepCase, longs: Number, enums: String, defaults: true, oneofs: true }`:
 * - decode fills every absent field with its default (0, "", false, empty Buffer, [], {}, the
 *   enum's zero name, null for messages; a oneof's members are left absent) and names the oneof
 *   member present in a virtual field; int64 becomes a number; bytes a Buffer; enums their names
 *   (a number when unknown); unknown fields are skipped;
 * - encode writes every non-null field, enums by name or number, int64 from numbers, bigints or
 *   decimal strings, maps as entry messages, repeated scalars packed.
 * Malformed input throws ProtoDecodeError (the server answers INTERNAL, as grpc-js did).
 */

type FieldJson = { type: string; id: number; rule?: "repeated"; keyType?: string };
type NodeJson = {
  fields?: Record<string, FieldJson>;
  values?: Record<string, number>;
  nested?: Record<string, NodeJson>;
  oneofs?: Record<string, { oneof: string[] }>;
  methods?: Record<string, MethodJson>;
};
type MethodJson = { requestType: string; responseType: string; requestStream?: boolean; responseStream?: boolean };

const SCALARS = new Set(["double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes"]);

export class ProtoDecodeError extends Error {
  readonly code = "TFPLUGIN_PROTO_DECODE";
}

interface EnumType {
  kind: "enum";
  byName: Map<string, number>;
  byNumber: Map<number, string>;
  zero: string;
}

interface Field {
  name: string;
  id: number;
  repeated: boolean;
  /** Scalar type name, or a resolved message/enum. */
  type: string;
  message?: MessageType;
  enumType?: EnumType;
  /** For map fields: the key's scalar type (the value is `type`). */
  mapKey?: string;
  oneof?: string;
}

export interface MessageType {
  kind: "message";
  name: string;
  fields: Field[];
  byId: Map<number, Field>;
  oneofs: Record<string, string[]>;
}

export interface MethodType {
  name: string;
  request: MessageType;
  response: MessageType;
  requestStream: boolean;
  responseStream: boolean;
}

export interface ServiceType {
  name: string;
  methods: MethodType[];
}

/** Every message, enum and service of a protobufjs-JSON root, with type references resolved. */
export class ProtoRegistry {
  private readonly nodes = new Map<string, { json: NodeJson; scope: string }>();
  private readonly types = new Map<string, MessageType | EnumType>();

  constructor(root: NodeJson) {
    const walk = (node: NodeJson, path: string): void => {
      for (const [name, child] of Object.entries(node.nested ?? {})) {
        const full = path ? `${path}.${name}` : name;
        this.nodes.set(full, { json: child, scope: path });
        walk(child, full);
      }
    };
    walk(root, "");
  }

  service(fullName: string): ServiceType {
    const node = this.nodes.get(fullName)?.json;
    if (!node?.methods) throw new Error(`no service ${fullName} in the protocol descriptors`);
    const scope = fullName.split(".").slice(0, -1).join(".");
    return {
      name: fullName,
      methods: Object.entries(node.methods).map(([name, m]) => ({
        name,
        request: this.messageAt(this.resolve(m.requestType, scope)),
        response: this.messageAt(this.resolve(m.responseType, scope)),
        requestStream: !!m.requestStream,
        responseStream: !!m.responseStream,
      })),
    };
  }

  message(fullName: string): MessageType {
    return this.messageAt(fullName);
  }

  /** protobuf name resolution: the innermost enclosing scope that has the name wins. */
  private resolve(ref: string, scope: string): string {
    if (ref.startsWith(".")) return ref.slice(1);
    for (let s = scope; ; s = s.includes(".") ? s.slice(0, s.lastIndexOf(".")) : "") {
      const candidate = s ? `${s}.${ref}` : ref;
      if (this.nodes.has(candidate)) return candidate;
      if (s === "") break;
    }
    throw new Error(`type ${ref} referenced in ${scope} is not in the protocol descriptors`);
  }

  private messageAt(fullName: string): MessageType {
    const known = this.types.get(fullName);
    if (known?.kind === "message") return known;
    const node = this.nodes.get(fullName)?.json;
    if (!node?.fields) throw new Error(`${fullName} is not a message in the protocol descriptors`);
    // Registered before its fields resolve: messages refer to themselves (Block → NestedBlock → Block).
    const type: MessageType = { kind: "message", name: fullName, fields: [], byId: new Map(), oneofs: {} };
    this.types.set(fullName, type);
    const oneofOf = new Map<string, string>();
    for (const [oneof, { oneof: members }] of Object.entries(node.oneofs ?? {})) {
      type.oneofs[oneof] = members;
      for (const m of members) oneofOf.set(m, oneof);
    }
    for (const [name, f] of Object.entries(node.fields)) {
      const field: Field = { name, id: f.id, repeated: f.rule === "repeated", type: f.type };
      if (f.keyType) field.mapKey = f.keyType;
      const oneof = oneofOf.get(name);
      if (oneof) field.oneof = oneof;
      if (!SCALARS.has(f.type)) {
        const ref = this.resolve(f.type, fullName);
        const target = this.nodes.get(ref)?.json;
        if (target?.values) field.enumType = this.enumAt(ref, target.values);
        else field.message = this.messageAt(ref);
      }
      type.fields.push(field);
      type.byId.set(f.id, field);
    }
    return type;
  }

  private enumAt(fullName: string, values: Record<string, number>): EnumType {
    const known = this.types.get(fullName);
    if (known?.kind === "enum") return known;
    const byName = new Map(Object.entries(values));
    const byNumber = new Map(Object.entries(values).map(([k, v]) => [v, k] as const));
    const type: EnumType = { kind: "enum", byName, byNumber, zero: byNumber.get(0) ?? Object.keys(values)[0] ?? "" };
    this.types.set(fullName, type);
    return type;
  }
}

// ---------------------------------------------------------------- decoding

class Reader {
  pos = 0;
  constructor(
    readonly buf: Buffer,
    readonly end = buf.length,
  ) {}

  varint(): bigint | number {
    let result = 0;
    let shift = 0;
    while (shift < 28) {
      const b = this.byte();
      result |= (b & 0x7f) << shift;
      if (b < 0x80) return result >>> 0;
      shift += 7;
    }
    // Past 28 bits: continue in bigint (int64 and negative int32 take up to 10 bytes).
    let big = BigInt(result >>> 0);
    let s = 28n;
    for (let i = 0; i < 6; i++) {
      const b = this.byte();
      big |= BigInt(b & 0x7f) << s;
      if (b < 0x80) return big;
      s += 7n;
    }
    throw new ProtoDecodeError("varint longer than 10 bytes");
  }

  byte(): number {
    if (this.pos >= this.end) throw new ProtoDecodeError("message truncated");
    return this.buf[this.pos++] as number;
  }

  bytes(): Buffer {
    const len = Number(this.varint());
    if (this.pos + len > this.end) throw new ProtoDecodeError(`length ${len} runs past the end of the message`);
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }

  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.advance(8);
    else if (wire === 2) this.bytes();
    else if (wire === 5) this.advance(4);
    else throw new ProtoDecodeError(`unsupported wire type ${wire}`);
  }

  advance(n: number): void {
    if (this.pos + n > this.end) throw new ProtoDecodeError("message truncated");
    this.pos += n;
  }
}

const toNumber = (v: bigint | number): number => (typeof v === "number" ? v : Number(BigInt.asIntN(64, v)));
const toUint = (v: bigint | number): number => (typeof v === "number" ? v : Number(BigInt.asUintN(64, v)));
const toInt32 = (v: bigint | number): number => (typeof v === "number" ? v | 0 : Number(BigInt.asIntN(32, v)));

function scalarFromWire(type: string, r: Reader, wire: number): unknown {
  switch (type) {
    case "string":
      return r.bytes().toString("utf8");
    case "bytes":
      return Buffer.from(r.bytes());
    case "bool":
      return toUint(r.varint()) !== 0;
    case "int32":
      return toInt32(r.varint());
    case "uint32":
      return toUint(r.varint()) >>> 0;
    case "int64":
      return toNumber(r.varint());
    case "uint64":
      return toUint(r.varint());
    case "sint32":
    case "sint64": {
      const v = BigInt(r.varint());
      return Number((v >> 1n) ^ -(v & 1n));
    }
    case "double": {
      r.advance(8);
      return r.buf.readDoubleLE(r.pos - 8);
    }
    case "float": {
      r.advance(4);
      return r.buf.readFloatLE(r.pos - 4);
    }
    case "fixed32":
    case "sfixed32": {
      r.advance(4);
      return type === "fixed32" ? r.buf.readUInt32LE(r.pos - 4) : r.buf.readInt32LE(r.pos - 4);
    }
    case "fixed64":
    case "sfixed64": {
      r.advance(8);
      return Number(type === "fixed64" ? r.buf.readBigUInt64LE(r.pos - 8) : r.buf.readBigInt64LE(r.pos - 8));
    }
    default:
      throw new ProtoDecodeError(`field of type ${type} with wire type ${wire}`);
  }
}

const wireTypeOf = (type: string): number =>
  type === "double" || type === "fixed64" || type === "sfixed64" ? 1 : type === "float" || type === "fixed32" || type === "sfixed32" ? 5 : type === "string" || type === "bytes" ? 2 : 0;

function defaultOf(field: Field): unknown {
  if (field.mapKey) return {};
  if (field.repeated) return [];
  if (field.message) return null;
  if (field.enumType) return field.enumType.zero;
  switch (field.type) {
    case "string":
      return "";
    case "bytes":
      return Buffer.alloc(0);
    case "bool":
      return false;
    default:
      return 0;
  }
}

function valueFromWire(field: Field, r: Reader, wire: number): unknown {
  if (field.message) {
    if (wire !== 2) throw new ProtoDecodeError(`${field.name}: message field with wire type ${wire}`);
    const bytes = r.bytes();
    return decodeMessage(field.message, bytes);
  }
  if (field.enumType) {
    const n = toInt32(r.varint());
    return field.enumType.byNumber.get(n) ?? n;
  }
  return scalarFromWire(field.type, r, wire);
}

/** Decodes one message into a plain object with defaults (see the module comment). */
export function decodeMessage(type: MessageType, buf: Buffer): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const r = new Reader(buf);
  while (r.pos < r.end) {
    const key = toUint(r.varint());
    const id = Math.floor(key / 8);
    const wire = key & 7;
    const field = type.byId.get(id);
    if (!field) {
      r.skip(wire);
      continue;
    }
    if (field.mapKey) {
      const entry = new Reader(r.bytes());
      let k: unknown = field.mapKey === "string" ? "" : 0;
      let v: unknown = field.message ? null : defaultOf({ ...field, repeated: false, mapKey: undefined } as Field);
      while (entry.pos < entry.end) {
        const ek = toUint(entry.varint());
        if (ek >>> 3 === 1) k = scalarFromWire(field.mapKey, entry, ek & 7);
        else if (ek >>> 3 === 2) v = valueFromWire(field, entry, ek & 7);
        else entry.skip(ek & 7);
      }
      const map = (out[field.name] ??= {}) as Record<string, unknown>;
      map[String(k)] = v;
    } else if (field.repeated) {
      const list = (out[field.name] ??= []) as unknown[];
      if (wire === 2 && !field.message && field.type !== "string" && field.type !== "bytes") {
        // Packed scalars.
        const packed = new Reader(r.bytes());
        while (packed.pos < packed.end) list.push(valueFromWire(field, packed, wireTypeOf(field.type)));
      } else list.push(valueFromWire(field, r, wire));
    } else {
      out[field.name] = valueFromWire(field, r, wire);
      if (field.oneof) {
        for (const other of type.oneofs[field.oneof] ?? []) if (other !== field.name) delete out[other];
        out[field.oneof] = field.name;
      }
    }
  }
  for (const field of type.fields) if (!field.oneof && !(field.name in out)) out[field.name] = defaultOf(field);
  return out;
}

// ---------------------------------------------------------------- encoding

class Writer {
  private chunks: Buffer[] = [];
  private cur = Buffer.allocUnsafe(256);
  private pos = 0;
  length = 0;

  private ensure(n: number): void {
    if (this.pos + n <= this.cur.length) return;
    this.chunks.push(this.cur.subarray(0, this.pos));
    this.cur = Buffer.allocUnsafe(Math.max(n, 4096));
    this.pos = 0;
  }

  byte(b: number): void {
    this.ensure(1);
    this.cur[this.pos++] = b;
    this.length++;
  }

  varint(v: number | bigint): void {
    if (typeof v === "number" && v >= 0 && v <= 0x7fffffff) {
      let n = v;
      while (n > 0x7f) {
        this.byte((n & 0x7f) | 0x80);
        n >>>= 7;
      }
      this.byte(n);
      return;
    }
    let big = BigInt.asUintN(64, BigInt(v));
    while (big > 0x7fn) {
      this.byte(Number(big & 0x7fn) | 0x80);
      big >>= 7n;
    }
    this.byte(Number(big));
  }

  raw(b: Buffer | Uint8Array): void {
    this.ensure(b.length);
    this.cur.set(b, this.pos);
    this.pos += b.length;
    this.length += b.length;
  }

  finish(): Buffer {
    return Buffer.concat([...this.chunks, this.cur.subarray(0, this.pos)]);
  }
}

function int64Of(value: unknown, where: string): number | bigint {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "bigint") return value;
  if (typeof value === "string" && /^-?\d+$/.test(value)) return BigInt(value);
  throw new TypeError(`${where}: ${JSON.stringify(value)} is not an integer`);
}

function writeScalar(w: Writer, type: string, value: unknown, where: string): void {
  switch (type) {
    case "string":
      if (typeof value !== "string") throw new TypeError(`${where}: expected a string`);
      writeBytes(w, Buffer.from(value, "utf8"));
      return;
    case "bytes":
      if (typeof value === "string") writeBytes(w, Buffer.from(value, "base64"));
      else if (value instanceof Uint8Array) writeBytes(w, value);
      else throw new TypeError(`${where}: expected bytes`);
      return;
    case "bool":
      w.byte(value ? 1 : 0);
      return;
    case "sint32":
    case "sint64": {
      const v = BigInt(int64Of(value, where));
      w.varint((v << 1n) ^ (v >> 63n));
      return;
    }
    case "double":
    case "float":
    case "fixed32":
    case "sfixed32":
    case "fixed64":
    case "sfixed64": {
      const b = Buffer.alloc(type === "float" || type === "fixed32" || type === "sfixed32" ? 4 : 8);
      if (type === "double") b.writeDoubleLE(Number(value));
      else if (type === "float") b.writeFloatLE(Number(value));
      else if (type === "fixed32") b.writeUInt32LE(Number(value));
      else if (type === "sfixed32") b.writeInt32LE(Number(value));
      else if (type === "fixed64") b.writeBigUInt64LE(BigInt(int64Of(value, where)));
      else b.writeBigInt64LE(BigInt(int64Of(value, where)));
      w.raw(b);
      return;
    }
    default:
      w.varint(int64Of(value, where));
  }
}

function writeBytes(w: Writer, b: Uint8Array): void {
  w.varint(b.length);
  w.raw(b);
}

function enumNumber(field: Field, value: unknown, where: string): number {
  if (typeof value === "number") return value;
  const n = field.enumType?.byName.get(String(value));
  if (n === undefined) throw new TypeError(`${where}: ${JSON.stringify(value)} is not a value of the enum`);
  return n;
}

function writeValue(w: Writer, field: Field, value: unknown, where: string): void {
  if (field.message) writeBytes(w, encodeMessage(field.message, value as Record<string, unknown>, where));
  else if (field.enumType) w.varint(enumNumber(field, value, where));
  else writeScalar(w, field.type, value, where);
}

const valueWire = (field: Field): number => (field.message ? 2 : field.enumType ? 0 : wireTypeOf(field.type));

/** Encodes a plain object (see the module comment); throws TypeError naming the field on a value of the wrong kind. */
export function encodeMessage(type: MessageType, value: Record<string, unknown> | null | undefined, where = type.name): Buffer {
  const w = new Writer();
  if (value === null || value === undefined) return w.finish();
  if (typeof value !== "object") throw new TypeError(`${where}: expected a message object`);
  for (const field of type.fields) {
    const v = value[field.name];
    if (v === null || v === undefined) continue;
    const at = `${where}.${field.name}`;
    if (field.mapKey) {
      for (const [k, item] of Object.entries(v as Record<string, unknown>)) {
        if (item === null || item === undefined) continue;
        const entry = new Writer();
        entry.varint((1 << 3) | wireTypeOf(field.mapKey));
        writeScalar(entry, field.mapKey, field.mapKey === "string" ? k : Number(k), `${at}[key]`);
        entry.varint((2 << 3) | valueWire(field));
        writeValue(entry, field, item, `${at}[${JSON.stringify(k)}]`);
        w.varint((field.id << 3) | 2);
        writeBytes(w, entry.finish());
      }
    } else if (field.repeated) {
      if (!Array.isArray(v)) throw new TypeError(`${at}: expected an array`);
      if (!field.message && field.type !== "string" && field.type !== "bytes") {
        if (v.length === 0) continue;
        const packed = new Writer();
        v.forEach((item, i) => (field.enumType ? packed.varint(enumNumber(field, item, `${at}[${i}]`)) : writeScalar(packed, field.type, item, `${at}[${i}]`)));
        w.varint((field.id << 3) | 2);
        writeBytes(w, packed.finish());
      } else {
        v.forEach((item, i) => {
          w.varint((field.id << 3) | valueWire(field));
          writeValue(w, field, item, `${at}[${i}]`);
        });
      }
    } else {
      w.varint((field.id << 3) | valueWire(field));
      writeValue(w, field, v, at);
    }
  }
  return w.finish();
}

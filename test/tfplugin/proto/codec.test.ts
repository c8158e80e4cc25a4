/**
 * proto/codec.ts (ts-proto's static codecs, which the provider serves with) against two
 * implementations we did not write, both reading the same proto/ files: @grpc/proto-loader
 * (protobufjs, `{ keepCase, longs: Number, enums: String, defaults, oneofs }`: the plain shape the
 * framework was built on) and protobuf-es (its reflection, to walk every field). For every
 * tfplugin6 RPC, with every field of its request and response set (nested messages, lists, maps,
 * enums, oneofs, int64, bytes):
 * - a request protobufjs encodes, decoded by the codec, equals what proto-loader decodes from the
 *   same bytes (an absent message field is undefined here and null there; the codec sets no
 *   virtual oneof field: nothing in the framework reads one);
 * - a response the codec encodes decodes in protobufjs to the object the framework gave, and its
 *   bytes are protobuf-es's for the same message.
 */
import { create, fromBinary, toBinary, ScalarType, type DescField, type DescMessage } from "@bufbuild/protobuf";
import type { MethodDefinition } from "@grpc/grpc-js";
import { PROTO_PROVIDER_RPCS, PROVIDER_CODECS } from "../../../src/tfplugin/proto/codec";
import { PROVIDER_RPCS, type ProviderRpcName } from "../../../src/tfplugin/proto/messages";
import { Provider } from "../../../src/tfplugin/proto/services";
import { protocolClientDefinitions } from "../server/protocol-client";

type Plain = Record<string, unknown>;

/** A value for every field (the last enum value, the last oneof member), recursion cut at `depth`. */
function sample(desc: DescMessage, depth = 0, seed = 1): Plain {
  const out: Plain = {};
  for (const field of desc.fields) {
    if (field.oneof && field !== field.oneof.fields[field.oneof.fields.length - 1]) continue;
    const v = sampleField(field, depth, seed++);
    if (v !== undefined) out[field.name] = v;
  }
  return out;
}

function sampleField(field: DescField, depth: number, seed: number): unknown {
  const scalar = (t: ScalarType, name: string): unknown =>
    t === ScalarType.STRING ? `${name}-${seed} ✓` : t === ScalarType.BOOL ? true : t === ScalarType.BYTES ? Buffer.from(`${name}:${seed}`) : t === ScalarType.INT64 ? 1_234_567_890_123 + seed : 40 + seed;
  switch (field.fieldKind) {
    case "scalar":
      return scalar(field.scalar, field.name);
    case "enum":
      return field.enum.values[field.enum.values.length - 1]?.name;
    case "message":
      return depth >= 3 ? undefined : sample(field.message, depth + 1, seed);
    case "list":
      if (field.listKind === "message") return depth >= 3 ? [] : [sample(field.message, depth + 1, seed), sample(field.message, depth + 1, seed + 7)];
      if (field.listKind === "enum") return field.enum.values.slice(1).map((v) => v.name);
      return [scalar(field.scalar, field.name), scalar(field.scalar, `${field.name}2`)];
    case "map":
      if (field.mapKind === "message") return depth >= 3 ? {} : { a: sample(field.message, depth + 1, seed), "b.c": sample(field.message, depth + 1, seed + 3) };
      if (field.mapKind === "enum") return { a: field.enum.values[1]?.name };
      return { a: scalar(field.scalar, "a"), "b.c": scalar(field.scalar, "b") };
  }
}

/**
 * proto-loader's object in the codec's terms: absent message fields (null there) and unset oneof
 * members left out, and each oneof's virtual field (the name of the member set) dropped.
 */
function asCodecShape(desc: DescMessage, value: Plain): Plain {
  const out: Plain = {};
  for (const field of desc.fields) {
    const v = value[field.name];
    if (v === null || v === undefined) continue;
    if (field.fieldKind === "message") out[field.name] = asCodecShape(field.message, v as Plain);
    else if (field.fieldKind === "list" && field.listKind === "message") out[field.name] = (v as Plain[]).map((x) => asCodecShape(field.message, x));
    else if (field.fieldKind === "map" && field.mapKind === "message") out[field.name] = Object.fromEntries(Object.entries(v as Record<string, Plain>).map(([k, x]) => [k, asCodecShape(field.message, x)]));
    else out[field.name] = v;
  }
  return out;
}

/** The codec's object without its undefined members (absent message fields, unset oneof members). */
const defined = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString("base64") : v)));
const plainJson = (value: unknown): unknown => defined(value);

const definitions = (): Record<string, MethodDefinition<unknown, unknown>> => protocolClientDefinitions().provider as never;

it("the codecs serve exactly the RPCs of tfplugin6.Provider in proto/", () => {
  expect([...PROVIDER_RPCS].sort()).toEqual([...PROTO_PROVIDER_RPCS].sort());
});

describe.each(PROVIDER_RPCS.map((name) => [name]))("tfplugin6.Provider/%s", (name: ProviderRpcName) => {
  const method = Provider.methods.find((m) => m.name === name);
  if (!method) throw new Error(`${name} is not in proto/tfplugin6/tfplugin6.proto`);
  const codec = PROVIDER_CODECS[name];

  it("has the method's gRPC path", () => {
    expect(codec.path).toBe(`/tfplugin6.Provider/${name}`);
  });

  it("request: protobufjs bytes → the codec equals proto-loader's decoding", () => {
    const def = definitions()[name];
    if (!def) throw new Error(`proto-loader has no ${name}`);
    const bytes = def.requestSerialize(sample(method.input));
    const expected = asCodecShape(method.input, def.requestDeserialize(bytes) as Plain);
    expect(defined(codec.decodeRequest(bytes))).toEqual(plainJson(expected));
    // Empty requests get every default too.
    expect(defined(codec.decodeRequest(new Uint8Array()))).toEqual(plainJson(asCodecShape(method.input, def.requestDeserialize(Buffer.alloc(0)) as Plain)));
  });

  it("response: the codec's bytes decode in protobufjs to the framework's object, and are protobuf-es's", () => {
    const def = definitions()[name];
    if (!def) throw new Error(`proto-loader has no ${name}`);
    const plain = sample(method.output);
    const bytes = Buffer.from(codec.encodeResponse(plain as never));
    expect(def.responseDeserialize(bytes)).toEqual(def.responseDeserialize(def.responseSerialize(plain)));
    expect(bytes.length).toBeGreaterThan(0);
    // The same message, reflected by protobuf-es, re-encoded: field order and encodings agree.
    expect(Buffer.from(toBinary(method.output, fromBinary(method.output, bytes)))).toEqual(bytes);
  });
});

describe("shapes", () => {
  const step = (plain: Plain): Plain => {
    const bytes = PROVIDER_CODECS.PlanResourceChange.encodeResponse({ diagnostics: [], requires_replace: [{ steps: [plain] }] });
    return definitions().PlanResourceChange!.responseDeserialize(Buffer.from(bytes)) as Plain;
  };

  it("a oneof member set in the plain object is the one on the wire", () => {
    expect(step({ attribute_name: "name" }).requires_replace).toEqual([{ steps: [{ attribute_name: "name", selector: "attribute_name" }] }]);
    expect(step({ element_key_int: 3 }).requires_replace).toEqual([{ steps: [{ element_key_int: 3, selector: "element_key_int" }] }]);
  });

  it("null and undefined alike leave a field at its default; absent message fields decode as undefined", () => {
    const bytes = PROVIDER_CODECS.ReadResource.encodeResponse({ diagnostics: [], new_state: null as never, private: undefined });
    expect(bytes.length).toBe(0);
    const request = PROVIDER_CODECS.ReadResource.decodeRequest(new Uint8Array());
    expect(request.current_state).toBeUndefined();
    expect(request.type_name).toBe("");
  });

  it("bytes decode as Buffers", () => {
    const desc = Provider.method.readResource.input;
    const bytes = toBinary(desc, create(desc, { typeName: "t", private: Buffer.from("private-state") }));
    const request = PROVIDER_CODECS.ReadResource.decodeRequest(bytes);
    expect(Buffer.isBuffer(request.private)).toBe(true);
    expect(request.private?.toString()).toBe("private-state");
  });

  it("an enum name the .proto does not have cannot be encoded", () => {
    expect(() => PROVIDER_CODECS.GetProviderSchema.encodeResponse({ diagnostics: [{ severity: "FATAL" as never, summary: "x" }] } as never)).toThrow(/FATAL/);
  });

  it("bytes that are not protobuf are refused", () => {
    expect(() => PROVIDER_CODECS.ValidateResourceConfig.decodeRequest(Uint8Array.from([0x0a, 0x7f, 0x01]))).toThrow();
    // A field number 0, or an end-group tag, before the end: ts-proto's decoder would stop there quietly.
    expect(() => PROVIDER_CODECS.ReadResource.decodeRequest(Uint8Array.from([0x00, 0xff, 0xff, 0xff]))).toThrow(/not a proto3 message/);
    expect(() => PROVIDER_CODECS.ValidateResourceConfig.decodeRequest(Uint8Array.from([0x0c, 0xde, 0xad]))).toThrow(/not a proto3 message/);
    expect(() => PROVIDER_CODECS.ValidateResourceConfig.decodeRequest(Uint8Array.from([0x0a, 0x01, 0x61, 0x00]))).toThrow(/not a proto3 message/);
    // Unknown fields (a newer Terraform's) are skipped, as every protobuf parser skips them.
    expect(PROVIDER_CODECS.ValidateResourceConfig.decodeRequest(Uint8Array.from([0x0a, 0x01, 0x61, 0xf8, 0x07, 0x01])).type_name).toBe("a");
  });
});

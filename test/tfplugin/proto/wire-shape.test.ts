/**
 * wire-shape.ts against @grpc/proto-loader (protobufjs: an implementation we did not write) reading
 * the same proto/ files with `{ keepCase, longs: Number, enums: String, defaults, oneofs }`, the
 * plain shape the framework was built on. For every tfplugin6 RPC, with every field of its
 * request and response set (nested messages, lists, maps, enums, oneofs, int64, bytes):
 * - a request protobufjs encodes, decoded by protobuf-es and shaped by toWireShape, equals what
 *   proto-loader decodes from the same bytes;
 * - a response shaped by fromWireShape and encoded by protobuf-es decodes in protobufjs to the
 *   object the framework gave.
 */
import { fromBinary, toBinary, type DescField, type DescMessage } from "@bufbuild/protobuf";
import { ScalarType } from "@bufbuild/protobuf";
import type { MethodDefinition } from "@grpc/grpc-js";
import { PROVIDER_RPCS } from "../../../src/tfplugin/proto/messages";
import { Health, Provider } from "../../../src/tfplugin/proto/services";
import { fromWireShape, toWireShape, WireShapeError } from "../../../src/tfplugin/proto/wire-shape";
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

const definitions = (): Record<string, MethodDefinition<unknown, unknown>> => protocolClientDefinitions().provider as never;

describe.each(PROVIDER_RPCS.map((name) => [name]))("tfplugin6.Provider/%s", (name) => {
  const method = Provider.methods.find((m) => m.name === name);
  if (!method) throw new Error(`${name} is not in proto/tfplugin6/tfplugin6.proto`);

  it("request: protobufjs bytes → protobuf-es → toWireShape equals proto-loader's decoding", () => {
    const def = definitions()[name];
    if (!def) throw new Error(`proto-loader has no ${name}`);
    const bytes = def.requestSerialize(sample(method.input));
    const expected = def.requestDeserialize(bytes);
    expect(toWireShape(method.input, fromBinary(method.input, bytes))).toEqual(expected);
    // Empty requests get every default too.
    expect(toWireShape(method.input, fromBinary(method.input, new Uint8Array()))).toEqual(def.requestDeserialize(Buffer.alloc(0)));
  });

  it("response: fromWireShape → protobuf-es bytes decode in protobufjs to the framework's object", () => {
    const def = definitions()[name];
    if (!def) throw new Error(`proto-loader has no ${name}`);
    const plain = sample(method.output);
    const bytes = Buffer.from(toBinary(method.output, fromWireShape(method.output, plain)));
    expect(def.responseDeserialize(bytes)).toEqual(def.responseDeserialize(def.responseSerialize(plain)));
    expect(bytes.length).toBeGreaterThan(0);
  });
});

describe("shapes", () => {
  const step = (plain: Plain): Plain => {
    const desc = Provider.method.planResourceChange.output;
    const msg = fromWireShape(desc, { requires_replace: [{ steps: [plain] }] });
    return toWireShape(desc, msg).requires_replace as Plain;
  };

  it("a oneof member set in the plain object is the one on the wire, named in the virtual field", () => {
    expect(step({ attribute_name: "name" })).toEqual([{ steps: [{ attribute_name: "name", selector: "attribute_name" }] }]);
    expect(step({ element_key_int: 3 })).toEqual([{ steps: [{ element_key_int: 3, selector: "element_key_int" }] }]);
  });

  it("bytes become Buffers that view the received message (no copy)", () => {
    const desc = Provider.method.readResource.input;
    const bytes = toBinary(desc, fromWireShape(desc, { type_name: "t", private: Buffer.from("private-state") }));
    const plain = toWireShape(desc, fromBinary(desc, bytes));
    expect(Buffer.isBuffer(plain.private)).toBe(true);
    expect((plain.private as Buffer).toString()).toBe("private-state");
  });

  it("an enum number the .proto does not know stays a number", () => {
    const desc = Health.method.check.output;
    expect(toWireShape(desc, fromBinary(desc, Uint8Array.from([0x08, 0x09])))).toEqual({ status: 9 });
  });

  it("a value of the wrong kind is a WireShapeError naming the field and what was expected", () => {
    const desc = Provider.method.getProviderSchema.output;
    const bad = (plain: unknown): string => {
      try {
        fromWireShape(desc, plain);
      } catch (err) {
        expect(err).toBeInstanceOf(WireShapeError);
        return (err as Error).message;
      }
      throw new Error("no error");
    };
    expect(bad({ diagnostics: [{ severity: "FATAL" }] })).toBe(
      'tfplugin6.GetProviderSchema.Response.diagnostics[0].severity: "FATAL" is not a tfplugin6.Diagnostic.Severity (one of INVALID, ERROR, WARNING)',
    );
    expect(bad({ diagnostics: [{ summary: 42 }] })).toBe("tfplugin6.GetProviderSchema.Response.diagnostics[0].summary: expected string, got number");
    expect(bad({ resource_schemas: { x: { version: 1.5 } } })).toBe('tfplugin6.GetProviderSchema.Response.resource_schemas["x"].version: expected an integer, got number');
    expect(bad({ diagnostics: "none" })).toBe("tfplugin6.GetProviderSchema.Response.diagnostics: expected a list, got string");
    expect(bad([])).toBe("tfplugin6.GetProviderSchema.Response: expected an object, got a list");
  });
});

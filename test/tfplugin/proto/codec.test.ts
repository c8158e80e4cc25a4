/**
 * The descriptor-driven protobuf codec against protobufjs (an independent implementation) on the
 * same descriptors, both directions, with the options @grpc/proto-loader used
 * (keepCase, longs: Number, enums: String, defaults, oneofs).
 */
import * as protobuf from "protobufjs";
import { decodeMessage, encodeMessage, ProtoDecodeError, ProtoRegistry } from "../../../src/tfplugin/proto/codec";
import { protocolDescriptor } from "../../../src/tfplugin/proto/descriptors";

const root = protobuf.Root.fromJSON(protocolDescriptor as unknown as protobuf.INamespace);
const registry = new ProtoRegistry(protocolDescriptor);
const TO_OBJECT = { longs: Number, enums: String, defaults: true, oneofs: true } as const;

function viaProtobufjs(name: string, value: object): Buffer {
  const type = root.lookupType(name);
  return Buffer.from(type.encode(type.fromObject(value)).finish());
}
function readByProtobufjs(name: string, bytes: Buffer): unknown {
  const type = root.lookupType(name);
  return type.toObject(type.decode(bytes), TO_OBJECT);
}

const schemaResponse = {
  provider: { version: 1, block: { version: 2, attributes: [{ name: "base_url", type: Buffer.from('"string"'), optional: true, description_kind: "MARKDOWN" }], block_types: [] } },
  resource_schemas: {
    example_thing: {
      version: 3,
      block: {
        attributes: [{ name: "id", type: Buffer.from('"string"'), computed: true }],
        block_types: [{ type_name: "rule", nesting: "LIST", min_items: 0, max_items: 5, block: { attributes: [{ name: "x", type: Buffer.from('"number"'), required: true }] } }],
      },
    },
  },
  data_source_schemas: {},
  diagnostics: [{ severity: "WARNING", summary: "s", detail: "d", attribute: { steps: [{ attribute_name: "a" }, { element_key_int: 7 }, { element_key_string: "k" }] } }],
  server_capabilities: { plan_destroy: true, get_provider_schema_optional: true, move_resource_state: false },
};

const planRequest = {
  type_name: "example_thing",
  prior_state: { msgpack: Buffer.from([0xc0]) },
  proposed_new_state: { msgpack: Buffer.from([0x81, 0xa1, 0x61, 0xd4, 0x00, 0x00]) },
  config: { json: Buffer.from('{"a":1}') },
  prior_private: Buffer.from("{}"),
  client_capabilities: { deferral_allowed: true, write_only_attributes_allowed: true },
};

describe("protobuf codec", () => {
  it.each([
    ["tfplugin6.GetProviderSchema.Response", schemaResponse],
    ["tfplugin6.PlanResourceChange.Request", planRequest],
    ["tfplugin6.UpgradeResourceState.Request", { type_name: "t", version: 2 ** 40, raw_state: { json: Buffer.from("{}"), flatmap: { "a.%": "1", "a.b": "c" } } }],
    ["tfplugin6.StopProvider.Response", { Error: "" }],
    ["grpc.health.v1.HealthCheckResponse", { status: "SERVING" }],
    ["plugin.StdioData", { channel: "STDERR", data: Buffer.from("x") }],
  ])("%s: what it encodes protobufjs decodes to the same object, and back", (name, value) => {
    const type = registry.message(name);
    const ours = encodeMessage(type, value as Record<string, unknown>);
    const theirs = viaProtobufjs(name, value);
    expect(readByProtobufjs(name, ours)).toEqual(readByProtobufjs(name, theirs));
    expect(decodeMessage(type, theirs)).toEqual(readByProtobufjs(name, theirs));
    expect(decodeMessage(type, ours)).toEqual(decodeMessage(type, theirs));
  });

  it("fills defaults like proto-loader: scalars, enums by name, null messages, empty lists, maps and bytes; the oneof member named", () => {
    const empty = decodeMessage(registry.message("tfplugin6.PlanResourceChange.Request"), Buffer.alloc(0));
    expect(empty).toEqual({ type_name: "", prior_state: null, proposed_new_state: null, config: null, prior_private: Buffer.alloc(0), provider_meta: null, client_capabilities: null });
    const diag = decodeMessage(registry.message("tfplugin6.Diagnostic"), viaProtobufjs("tfplugin6.Diagnostic", { attribute: { steps: [{ element_key_int: 0 }] } }));
    expect(diag).toEqual({ severity: "INVALID", summary: "", detail: "", attribute: { steps: [{ element_key_int: 0, selector: "element_key_int" }] } });
  });

  it("skips unknown fields (a newer Terraform's additions) and keeps unknown enum numbers", () => {
    const type = registry.message("tfplugin6.Diagnostic");
    // field 99 (varint), field 98 (bytes), field 97 (fixed64), field 96 (fixed32), then severity = 7 (unknown)
    const bytes = Buffer.from([0x98, 0x06, 0x2a, 0x92, 0x06, 0x02, 0x68, 0x69, 0x89, 0x06, 1, 2, 3, 4, 5, 6, 7, 8, 0x85, 0x06, 1, 2, 3, 4, 0x08, 0x07, 0x12, 0x01, 0x73]);
    expect(decodeMessage(type, bytes)).toMatchObject({ severity: 7, summary: "s" });
  });

  it("int64 beyond 32 bits and negative values round-trip", () => {
    const type = registry.message("tfplugin6.AttributePath.Step");
    for (const n of [0, 1, 2 ** 31, 2 ** 53 - 1, -1, -(2 ** 40)]) {
      expect(decodeMessage(type, encodeMessage(type, { element_key_int: n }))).toMatchObject({ element_key_int: n });
      expect(readByProtobufjs("tfplugin6.AttributePath.Step", encodeMessage(type, { element_key_int: n }))).toMatchObject({ element_key_int: n });
    }
  });

  it("rejects a truncated message or a length past the end, and a value of the wrong kind names the field", () => {
    const type = registry.message("tfplugin6.Diagnostic");
    expect(() => decodeMessage(type, Buffer.from([0x12, 0x05, 0x61]))).toThrow(ProtoDecodeError);
    expect(() => decodeMessage(type, Buffer.from([0x08]))).toThrow(/truncated/);
    expect(() => encodeMessage(type, { severity: "LOUD" })).toThrow(/tfplugin6\.Diagnostic\.severity: "LOUD" is not a value of the enum/);
    expect(() => encodeMessage(type, { summary: 5 })).toThrow(/summary: expected a string/);
  });
});

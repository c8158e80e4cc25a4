/**
 * Protocol definitions as protobufjs JSON descriptors, kept in TS so esbuild
 * bundles them into the provider file (no .proto files to ship or find at run
 * time). Written for this project from the published protocols; names and field
 * numbers are those of:
 *   - tfplugin6 6.8/6.9 (hashicorp/terraform docs/plugin-protocol), the subset a
 *     provider of resources and data sources needs;
 *   - go-plugin's plugin.GRPCController, plugin.GRPCStdio, plugin.GRPCBroker;
 *   - grpc.health.v1.Health.
 * Fields this bridge never reads or writes are left out; protobuf skips them.
 */

import { PROVIDER_RPCS } from "./messages";

type Field = { type: string; id: number; rule?: "repeated"; keyType?: string };
type Message = { fields: Record<string, Field>; nested?: Record<string, Message | Enum>; oneofs?: Record<string, { oneof: string[] }> };
type Enum = { values: Record<string, number> };
type Method = { requestType: string; responseType: string; requestStream?: boolean; responseStream?: boolean };
type Service = { methods: Record<string, Method> };

const f = (type: string, id: number): Field => ({ type, id });
const rep = (type: string, id: number): Field => ({ type, id, rule: "repeated" });
const map = (type: string, id: number): Field => ({ keyType: "string", type, id });
const msg = (fields: Record<string, Field>, nested?: Record<string, Message | Enum>): Message => (nested ? { fields, nested } : { fields });
/** The Request/Response pair every tfplugin6 RPC is named after. */
const rpc = (request: Record<string, Field>, response: Record<string, Field>, more?: Record<string, Message>): Message =>
  msg({}, { Request: msg(request), Response: msg(response), ...more });
const unary = (name: string): Method => ({ requestType: `${name}.Request`, responseType: `${name}.Response` });

const dv = (id: number): Field => f("DynamicValue", id);
const diags = (id: number): Field => rep("Diagnostic", id);

const tfplugin6 = {
  nested: {
    DynamicValue: msg({ msgpack: f("bytes", 1), json: f("bytes", 2) }),
    Diagnostic: msg(
      { severity: f("Severity", 1), summary: f("string", 2), detail: f("string", 3), attribute: f("AttributePath", 4) },
      { Severity: { values: { INVALID: 0, ERROR: 1, WARNING: 2 } } },
    ),
    AttributePath: msg(
      { steps: rep("Step", 1) },
      {
        Step: {
          fields: { attribute_name: f("string", 1), element_key_string: f("string", 2), element_key_int: f("int64", 3) },
          oneofs: { selector: { oneof: ["attribute_name", "element_key_string", "element_key_int"] } },
        },
      },
    ),
    RawState: msg({ json: f("bytes", 1), flatmap: map("string", 2) }),
    StringKind: { values: { PLAIN: 0, MARKDOWN: 1 } },
    Schema: msg(
      { version: f("int64", 1), block: f("Block", 2) },
      {
        Block: msg({
          version: f("int64", 1),
          attributes: rep("Attribute", 2),
          block_types: rep("NestedBlock", 3),
          description: f("string", 4),
          description_kind: f("StringKind", 5),
          deprecated: f("bool", 6),
        }),
        Attribute: msg({
          name: f("string", 1),
          type: f("bytes", 2),
          nested_type: f("Object", 10),
          description: f("string", 3),
          required: f("bool", 4),
          optional: f("bool", 5),
          computed: f("bool", 6),
          sensitive: f("bool", 7),
          description_kind: f("StringKind", 8),
          deprecated: f("bool", 9),
          write_only: f("bool", 11),
        }),
        NestedBlock: msg(
          { type_name: f("string", 1), block: f("Block", 2), nesting: f("NestingMode", 3), min_items: f("int64", 4), max_items: f("int64", 5) },
          { NestingMode: { values: { INVALID: 0, SINGLE: 1, LIST: 2, SET: 3, MAP: 4, GROUP: 5 } } },
        ),
        Object: msg(
          { attributes: rep("Attribute", 1), nesting: f("NestingMode", 3) },
          { NestingMode: { values: { INVALID: 0, SINGLE: 1, LIST: 2, SET: 3, MAP: 4 } } },
        ),
      },
    ),
    ServerCapabilities: msg({ plan_destroy: f("bool", 1), get_provider_schema_optional: f("bool", 2), move_resource_state: f("bool", 3) }),
    ClientCapabilities: msg({ deferral_allowed: f("bool", 1), write_only_attributes_allowed: f("bool", 2) }),
    Deferred: msg(
      { reason: f("Reason", 1) },
      { Reason: { values: { UNKNOWN: 0, RESOURCE_CONFIG_UNKNOWN: 1, PROVIDER_CONFIG_UNKNOWN: 2, ABSENT_PREREQ: 3 } } },
    ),
    GetMetadata: rpc(
      {},
      { server_capabilities: f("ServerCapabilities", 1), diagnostics: diags(2), data_sources: rep("DataSourceMetadata", 3), resources: rep("ResourceMetadata", 4) },
      { DataSourceMetadata: msg({ type_name: f("string", 1) }), ResourceMetadata: msg({ type_name: f("string", 1) }) },
    ),
    GetProviderSchema: rpc(
      {},
      {
        provider: f("Schema", 1),
        resource_schemas: map("Schema", 2),
        data_source_schemas: map("Schema", 3),
        diagnostics: diags(4),
        provider_meta: f("Schema", 5),
        server_capabilities: f("ServerCapabilities", 6),
      },
    ),
    ValidateProviderConfig: rpc({ config: dv(1) }, { diagnostics: diags(2) }),
    UpgradeResourceState: rpc({ type_name: f("string", 1), version: f("int64", 2), raw_state: f("RawState", 3) }, { upgraded_state: dv(1), diagnostics: diags(2) }),
    // client_capabilities (3) arrived with write-only attributes (6.9 / terraform 1.11).
    ValidateResourceConfig: rpc({ type_name: f("string", 1), config: dv(2), client_capabilities: f("ClientCapabilities", 3) }, { diagnostics: diags(1) }),
    ValidateDataResourceConfig: rpc({ type_name: f("string", 1), config: dv(2) }, { diagnostics: diags(1) }),
    ConfigureProvider: rpc({ terraform_version: f("string", 1), config: dv(2), client_capabilities: f("ClientCapabilities", 3) }, { diagnostics: diags(1) }),
    ReadResource: rpc(
      { type_name: f("string", 1), current_state: dv(2), private: f("bytes", 3), provider_meta: dv(4), client_capabilities: f("ClientCapabilities", 5) },
      { new_state: dv(1), diagnostics: diags(2), private: f("bytes", 3), deferred: f("Deferred", 4) },
    ),
    PlanResourceChange: rpc(
      {
        type_name: f("string", 1),
        prior_state: dv(2),
        proposed_new_state: dv(3),
        config: dv(4),
        prior_private: f("bytes", 5),
        provider_meta: dv(6),
        client_capabilities: f("ClientCapabilities", 7),
      },
      { planned_state: dv(1), requires_replace: rep("AttributePath", 2), planned_private: f("bytes", 3), diagnostics: diags(4), deferred: f("Deferred", 6) },
    ),
    ApplyResourceChange: rpc(
      { type_name: f("string", 1), prior_state: dv(2), planned_state: dv(3), config: dv(4), planned_private: f("bytes", 5), provider_meta: dv(6) },
      { new_state: dv(1), private: f("bytes", 2), diagnostics: diags(3) },
    ),
    ImportResourceState: rpc(
      { type_name: f("string", 1), id: f("string", 2), client_capabilities: f("ClientCapabilities", 3) },
      { imported_resources: rep("ImportedResource", 1), diagnostics: diags(2), deferred: f("Deferred", 3) },
      { ImportedResource: msg({ type_name: f("string", 1), state: dv(2), private: f("bytes", 3) }) },
    ),
    ReadDataSource: rpc(
      { type_name: f("string", 1), config: dv(2), provider_meta: dv(3), client_capabilities: f("ClientCapabilities", 4) },
      { state: dv(1), diagnostics: diags(2), deferred: f("Deferred", 3) },
    ),
    StopProvider: rpc({}, { Error: f("string", 1) }),
    Provider: {
      methods: Object.fromEntries(PROVIDER_RPCS.map((name) => [name, unary(name)])),
    } satisfies Service,
  },
};

const plugin = {
  nested: {
    // go-plugin's controller declares its own Empty; stdio uses google.protobuf.Empty. Both are empty on the wire.
    Empty: msg({}),
    GRPCController: { methods: { Shutdown: { requestType: "Empty", responseType: "Empty" } } } satisfies Service,
    StdioData: msg({ channel: f("Channel", 1), data: f("bytes", 2) }, { Channel: { values: { INVALID: 0, STDOUT: 1, STDERR: 2 } } }),
    GRPCStdio: { methods: { StreamStdio: { requestType: "Empty", responseType: "StdioData", responseStream: true } } } satisfies Service,
    ConnInfo: msg(
      { service_id: f("uint32", 1), network: f("string", 2), address: f("string", 3), knock: f("Knock", 4) },
      { Knock: msg({ knock: f("bool", 1), ack: f("bool", 2), error: f("string", 3) }) },
    ),
    GRPCBroker: {
      methods: { StartStream: { requestType: "ConnInfo", responseType: "ConnInfo", requestStream: true, responseStream: true } },
    } satisfies Service,
  },
};

const health = {
  nested: {
    HealthCheckRequest: msg({ service: f("string", 1) }),
    HealthCheckResponse: msg(
      { status: f("ServingStatus", 1) },
      { ServingStatus: { values: { UNKNOWN: 0, SERVING: 1, NOT_SERVING: 2, SERVICE_UNKNOWN: 3 } } },
    ),
    Health: { methods: { Check: { requestType: "HealthCheckRequest", responseType: "HealthCheckResponse" } } } satisfies Service,
  },
};

/** Root namespace in protobufjs JSON form (`Root.fromJSON` / proto-loader `fromJSON`). */
export const protocolDescriptor = {
  nested: {
    tfplugin6,
    plugin,
    grpc: { nested: { health: { nested: { v1: health } } } },
  },
};

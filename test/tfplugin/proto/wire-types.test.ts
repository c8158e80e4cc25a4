/**
 * The framework's message shapes (src/tfplugin/proto/messages.ts) held to the messages generated
 * from proto/, at compile time (`tsc --noEmit`, part of `npm test`): every key of a shape must be a
 * field of its message in protobuf-es's reflection (a oneof's members count), and every request
 * ts-proto's static codec decodes (what the provider serves with, proto/codec.ts) must be a value
 * of the shape the framework reads. A field renamed or removed in the .proto, a kind changed, or a
 * key misspelled in messages.ts, fails the type check here.
 */
import type { Message } from "@bufbuild/protobuf";
import type * as gen from "../../../src/tfplugin/proto/gen/tfplugin6/tfplugin6_pb";
import { PROVIDER_RPCS, type ProviderRpcs } from "../../../src/tfplugin/proto/messages";
import type * as wire from "../../../src/tfplugin/proto/messages";
import { Provider } from "../../../src/tfplugin/proto/services";
import type * as st from "../../../src/tfplugin/proto/static/tfplugin6/tfplugin6";

/** protobuf-es local names back to .proto names: `typeName` → `type_name`; `Error` stays. */
type SnakeTail<S extends string> = S extends `${infer H}${infer T}` ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${SnakeTail<T>}` : S;
type ProtoName<S extends string> = S extends `${infer H}${infer T}` ? `${H}${SnakeTail<T>}` : S;

type FieldKeys<M> = Exclude<keyof M, keyof Message | "$typeName" | "$unknown">;
/** The .proto names of a generated message's fields, with each oneof's members. */
type ProtoFields<M> = {
  [K in FieldKeys<M>]: M[K] extends { case: infer C } ? (C extends string ? ProtoName<C> : never) | ProtoName<K & string> : ProtoName<K & string>;
}[FieldKeys<M>];

/** `true`, or a type error that names the keys the message does not have. */
type Conforms<Shape, M> = [Exclude<keyof Shape, ProtoFields<M>>] extends [never] ? true : { notFieldsOf: Exclude<keyof Shape, ProtoFields<M>> };
const conforms = <T extends true>(): T => true as T;

conforms<Conforms<wire.WireDynamicValue, gen.DynamicValue>>();
conforms<Conforms<wire.WireAttributePathStep, gen.AttributePath_Step>>();
conforms<Conforms<wire.WireAttributePath, gen.AttributePath>>();
conforms<Conforms<wire.WireDiagnostic, gen.Diagnostic>>();
conforms<Conforms<wire.WireSchemaAttribute, gen.Schema_Attribute>>();
conforms<Conforms<wire.WireSchemaObject, gen.Schema_Object>>();
conforms<Conforms<wire.WireNestedBlock, gen.Schema_NestedBlock>>();
conforms<Conforms<wire.WireSchemaBlock, gen.Schema_Block>>();
conforms<Conforms<wire.WireSchema, gen.Schema>>();
conforms<Conforms<wire.WireServerCapabilities, gen.ServerCapabilities>>();
conforms<Conforms<wire.WireClientCapabilities, gen.ClientCapabilities>>();
conforms<Conforms<wire.WireRawState, gen.RawState>>();

type Rpc = ProviderRpcs;
conforms<Conforms<Rpc["GetMetadata"]["res"], gen.GetMetadata_Response>>();
conforms<Conforms<Rpc["GetMetadata"]["res"]["resources"][number], gen.GetMetadata_ResourceMetadata>>();
conforms<Conforms<Rpc["GetMetadata"]["res"]["data_sources"][number], gen.GetMetadata_DataSourceMetadata>>();
conforms<Conforms<Rpc["GetProviderSchema"]["res"], gen.GetProviderSchema_Response>>();
conforms<Conforms<Rpc["ValidateProviderConfig"]["req"], gen.ValidateProviderConfig_Request>>();
conforms<Conforms<Rpc["ValidateProviderConfig"]["res"], gen.ValidateProviderConfig_Response>>();
conforms<Conforms<Rpc["ValidateResourceConfig"]["req"], gen.ValidateResourceConfig_Request>>();
conforms<Conforms<Rpc["ValidateResourceConfig"]["res"], gen.ValidateResourceConfig_Response>>();
conforms<Conforms<Rpc["ValidateDataResourceConfig"]["req"], gen.ValidateDataResourceConfig_Request>>();
conforms<Conforms<Rpc["ValidateDataResourceConfig"]["res"], gen.ValidateDataResourceConfig_Response>>();
conforms<Conforms<Rpc["UpgradeResourceState"]["req"], gen.UpgradeResourceState_Request>>();
conforms<Conforms<Rpc["UpgradeResourceState"]["res"], gen.UpgradeResourceState_Response>>();
conforms<Conforms<Rpc["ConfigureProvider"]["req"], gen.ConfigureProvider_Request>>();
conforms<Conforms<Rpc["ConfigureProvider"]["res"], gen.ConfigureProvider_Response>>();
conforms<Conforms<Rpc["ReadResource"]["req"], gen.ReadResource_Request>>();
conforms<Conforms<Rpc["ReadResource"]["res"], gen.ReadResource_Response>>();
conforms<Conforms<Rpc["PlanResourceChange"]["req"], gen.PlanResourceChange_Request>>();
conforms<Conforms<Rpc["PlanResourceChange"]["res"], gen.PlanResourceChange_Response>>();
conforms<Conforms<Rpc["ApplyResourceChange"]["req"], gen.ApplyResourceChange_Request>>();
conforms<Conforms<Rpc["ApplyResourceChange"]["res"], gen.ApplyResourceChange_Response>>();
conforms<Conforms<Rpc["ImportResourceState"]["req"], gen.ImportResourceState_Request>>();
conforms<Conforms<Rpc["ImportResourceState"]["res"], gen.ImportResourceState_Response>>();
conforms<Conforms<NonNullable<Rpc["ImportResourceState"]["res"]["imported_resources"]>[number], gen.ImportResourceState_ImportedResource>>();
conforms<Conforms<Rpc["ReadDataSource"]["req"], gen.ReadDataSource_Request>>();
conforms<Conforms<Rpc["ReadDataSource"]["res"], gen.ReadDataSource_Response>>();
conforms<Conforms<Rpc["StopProvider"]["res"], gen.StopProvider_Response>>();

/** `true`, or a type error showing the decoded request that is not a value of the framework's shape. */
type Decodes<Decoded, Shape> = [Decoded] extends [Shape] ? true : { notAValueOfTheShape: Decoded };
/** An empty request (the framework's `Record<string, never>`): its message has no fields. */
type Empty<Decoded> = [keyof Decoded] extends [never] ? true : { fieldsOf: keyof Decoded };
conforms<Empty<st.GetMetadata_Request>>();
conforms<Empty<st.GetProviderSchema_Request>>();
conforms<Empty<st.StopProvider_Request>>();
conforms<Decodes<st.ValidateProviderConfig_Request, Rpc["ValidateProviderConfig"]["req"]>>();
conforms<Decodes<st.ValidateResourceConfig_Request, Rpc["ValidateResourceConfig"]["req"]>>();
conforms<Decodes<st.ValidateDataResourceConfig_Request, Rpc["ValidateDataResourceConfig"]["req"]>>();
conforms<Decodes<st.UpgradeResourceState_Request, Rpc["UpgradeResourceState"]["req"]>>();
conforms<Decodes<st.ConfigureProvider_Request, Rpc["ConfigureProvider"]["req"]>>();
conforms<Decodes<st.ReadResource_Request, Rpc["ReadResource"]["req"]>>();
conforms<Decodes<st.PlanResourceChange_Request, Rpc["PlanResourceChange"]["req"]>>();
conforms<Decodes<st.ApplyResourceChange_Request, Rpc["ApplyResourceChange"]["req"]>>();
conforms<Decodes<st.ImportResourceState_Request, Rpc["ImportResourceState"]["req"]>>();
conforms<Decodes<st.ReadDataSource_Request, Rpc["ReadDataSource"]["req"]>>();
// @ts-expect-error a number is not a string: a kind changed in the .proto would fail like this
conforms<Decodes<{ type_name: number }, { type_name: string }>>();

// The check itself: a key that is no field is refused.
// @ts-expect-error `severity_level` is not a field of tfplugin6.Diagnostic
conforms<Conforms<{ severity_level: string }, gen.Diagnostic>>();

it("the framework serves exactly the RPCs of tfplugin6.Provider in proto/", () => {
  expect([...PROVIDER_RPCS].sort()).toEqual(Provider.methods.map((m) => m.name).sort());
});

/**
 * The tfplugin6 messages as the provider framework reads and writes them: the plain shape of
 * wire-shape.ts (field names as in proto/tfplugin6/tfplugin6.proto, enums by name, int64 as
 * numbers, bytes as Buffers, defaults filled). Requests are what Terraform sends; responses may
 * omit defaults. test/tfplugin/proto/wire-types.test.ts holds these shapes to the generated
 * messages at compile time, so a field renamed or removed in the .proto fails the type check.
 */
import type { Diagnostic_Severity, Schema_NestedBlock_NestingMode, Schema_Object_NestingMode, StringKind } from "./gen/tfplugin6/tfplugin6_pb";

export interface WireDynamicValue {
  msgpack?: Buffer | Uint8Array;
  json?: Buffer | Uint8Array;
}

/** Enum names come from the generated enums. */
export type WireSeverity = keyof typeof Diagnostic_Severity;

export interface WireAttributePathStep {
  attribute_name?: string;
  element_key_string?: string;
  element_key_int?: number;
}

export interface WireAttributePath {
  steps: WireAttributePathStep[];
}

export interface WireDiagnostic {
  severity: WireSeverity;
  summary: string;
  detail?: string;
  attribute?: WireAttributePath;
}

export type WireStringKind = keyof typeof StringKind;

export interface WireSchemaAttribute {
  name: string;
  type?: Buffer;
  nested_type?: WireSchemaObject;
  description?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  description_kind?: WireStringKind;
  deprecated?: boolean;
  write_only?: boolean;
}

export interface WireSchemaObject {
  attributes: WireSchemaAttribute[];
  nesting: Exclude<keyof typeof Schema_Object_NestingMode, "INVALID">;
}

export interface WireNestedBlock {
  type_name: string;
  block: WireSchemaBlock;
  nesting: Exclude<keyof typeof Schema_NestedBlock_NestingMode, "INVALID">;
  min_items?: number;
  max_items?: number;
}

export interface WireSchemaBlock {
  version?: number;
  attributes: WireSchemaAttribute[];
  block_types: WireNestedBlock[];
  description?: string;
  description_kind?: WireStringKind;
  deprecated?: boolean;
}

export interface WireSchema {
  version: number;
  block: WireSchemaBlock;
}

export interface WireServerCapabilities {
  plan_destroy: boolean;
  get_provider_schema_optional: boolean;
  move_resource_state: boolean;
}

export interface WireClientCapabilities {
  deferral_allowed?: boolean;
  write_only_attributes_allowed?: boolean;
}

export interface WireRawState {
  json?: Buffer;
  flatmap?: Record<string, string>;
}

type WithDiagnostics = { diagnostics: WireDiagnostic[] };

export interface ProviderRpcs {
  GetMetadata: {
    req: Record<string, never>;
    res: WithDiagnostics & {
      server_capabilities: WireServerCapabilities;
      data_sources: { type_name: string }[];
      resources: { type_name: string }[];
    };
  };
  GetProviderSchema: {
    req: Record<string, never>;
    res: WithDiagnostics & {
      provider: WireSchema;
      resource_schemas: Record<string, WireSchema>;
      data_source_schemas: Record<string, WireSchema>;
      server_capabilities: WireServerCapabilities;
    };
  };
  ValidateProviderConfig: { req: { config?: WireDynamicValue | null }; res: WithDiagnostics };
  ValidateResourceConfig: {
    req: { type_name: string; config?: WireDynamicValue | null; client_capabilities?: WireClientCapabilities | null };
    res: WithDiagnostics;
  };
  ValidateDataResourceConfig: { req: { type_name: string; config?: WireDynamicValue | null }; res: WithDiagnostics };
  UpgradeResourceState: {
    req: { type_name: string; version: number; raw_state?: WireRawState | null };
    res: WithDiagnostics & { upgraded_state?: WireDynamicValue };
  };
  ConfigureProvider: {
    req: { terraform_version: string; config?: WireDynamicValue | null; client_capabilities?: WireClientCapabilities | null };
    res: WithDiagnostics;
  };
  ReadResource: {
    req: { type_name: string; current_state?: WireDynamicValue | null; private?: Buffer; client_capabilities?: WireClientCapabilities | null };
    res: WithDiagnostics & { new_state?: WireDynamicValue; private?: Buffer };
  };
  PlanResourceChange: {
    req: {
      type_name: string;
      prior_state?: WireDynamicValue | null;
      proposed_new_state?: WireDynamicValue | null;
      config?: WireDynamicValue | null;
      prior_private?: Buffer;
      client_capabilities?: WireClientCapabilities | null;
    };
    res: WithDiagnostics & { planned_state?: WireDynamicValue; requires_replace?: WireAttributePath[]; planned_private?: Buffer };
  };
  ApplyResourceChange: {
    req: {
      type_name: string;
      prior_state?: WireDynamicValue | null;
      planned_state?: WireDynamicValue | null;
      config?: WireDynamicValue | null;
      planned_private?: Buffer;
    };
    res: WithDiagnostics & { new_state?: WireDynamicValue; private?: Buffer };
  };
  ImportResourceState: {
    req: { type_name: string; id: string; client_capabilities?: WireClientCapabilities | null };
    res: WithDiagnostics & { imported_resources?: { type_name: string; state: WireDynamicValue; private?: Buffer }[] };
  };
  ReadDataSource: {
    req: { type_name: string; config?: WireDynamicValue | null; client_capabilities?: WireClientCapabilities | null };
    res: WithDiagnostics & { state?: WireDynamicValue };
  };
  StopProvider: { req: Record<string, never>; res: { Error: string } };
}

export type ProviderRpcName = keyof ProviderRpcs;

/** Every tfplugin6.Provider RPC this bridge serves: the gRPC service descriptor and the server both list these. */
export const PROVIDER_RPCS = [
  "GetMetadata",
  "GetProviderSchema",
  "ValidateProviderConfig",
  "ValidateResourceConfig",
  "ValidateDataResourceConfig",
  "UpgradeResourceState",
  "ConfigureProvider",
  "ReadResource",
  "PlanResourceChange",
  "ApplyResourceChange",
  "ImportResourceState",
  "ReadDataSource",
  "StopProvider",
] as const satisfies readonly ProviderRpcName[];

/** One async function per RPC: the transport-free core of a provider, easy to test in-process. */
export type ProviderHandlers = {
  [K in ProviderRpcName]: (request: ProviderRpcs[K]["req"]) => Promise<ProviderRpcs[K]["res"]>;
};

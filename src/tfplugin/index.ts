/**
 * A generic Terraform plugin bridge: serve a provider written in TypeScript to
 * Terraform (go-plugin handshake, AutoMTLS, tfplugin6 over gRPC), with a cty
 * value codec, a declarative provider framework that enforces Terraform's
 * rules for every provider built on it (computed-only and null required
 * arguments refused, validators wherever a value becomes known, plans that
 * survive apply's re-plan, secrets kept out of non-secret arguments, diagnostics
 * safe for terminals and CI logs), and packaging helpers for filesystem mirrors.
 *
 * Typical executable:
 *   const provider = defineProvider({ typeName: "example", version: "0.1.0", resources: { ... } });
 *   void serve(provider);
 */
export * from "./cty";
export { attr, block, type AttributeOptions, type Validator, type Schema, type BlockSchema, type ObjectOf, type MaybeObjectOf, type Maybe, type ValueOf } from "./framework/schema";
export {
  defineProvider,
  defineResource,
  defineDataSource,
  type ProviderDefinition,
  type ResourceDefinition,
  type DataSourceDefinition,
  type DefinedProvider,
  type HookBase,
  type PlanArgs,
  type PlanResult,
  type PrivateData,
  type Returned,
  type ConfigureArgs,
} from "./framework/define";
export { AttributeError, Diagnostics, type AttributePath, type PathStep, type Diagnostic } from "./framework/diagnostics";
export type { ComputedPlanning } from "./framework/computed-planning";
export { createProviderRuntime, providerRedaction, SECRET_REPLACEMENT, type ProviderRuntime, type RuntimeOptions } from "./framework/handlers";
export { createSecretRedactor, MIN_SECRET_LENGTH, type SecretRedactor } from "./framework/secret-redactor";
export { nullsOf, type NullsOf } from "./framework/nulls";
export { neutraliseSummary, neutraliseDetail, MAX_SUMMARY_CHARS, MAX_DETAIL_CHARS, MAX_DIAGNOSTICS } from "./framework/diagnostic-text";
export { serve, type ServeOptions, type RunningPlugin } from "./server/serve";
export { createLogger, type Logger, type LogLevel, type LogFields } from "./server/logger";
export { holdLifeline, isBrokenStreamError, ORPHANED_EXIT_CODE, type LifelineOptions } from "./server/lifeline";
export { generateSelfSignedCertificate, type GeneratedCertificate } from "./server/certificate";
export { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "./server/handshake";
/** The protocol's gRPC services (protobuf-es descriptors generated from proto/), e.g. for a test client. */
export * as protocolServices from "./proto/services";
export * from "./packaging";
export { CtyDecodeError, CtyEncodeError, CtyTypeError, ProviderDefinitionError, ProviderInstallError } from "./errors";

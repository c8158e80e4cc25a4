// Public API of the construct library. The generated bindings are exported as namespaces
// (one sub-namespace per type, as `cdktf get` writes them), so similarly named classes never collide.
export * as conductorone from "./bindings/conductorone";
export * as c1twingate from "./bindings/c1twingate";
export { LITERAL_API_KEY_CODE, TwingateIntegration } from "./twingate-integration";
export { IntegrationApp, type CreateIntegrationAppOptions } from "./integration-app";
export { IntegrationOwner, type EntitlementRef } from "./integration-owner";
export {
  TwingateConnector,
  type ConnectorKind,
  type SelfHostedConnectorOptions,
  type KubernetesConnectorOptions,
  BATON_TWINGATE_IMAGE,
} from "./twingate-connector";
export { SelfHostedConnector, BATON_ENV } from "./self-hosted-connector";
export { BatonKubernetesDeployment, SECRET_REVISION_ANNOTATION } from "./baton-kubernetes";
export { CONDUCTORONE_TWINGATE_BASE_DOMAIN, conductorOneSyncUrl } from "./sync-target";
export {
  type TwingateIntegrationProps,
  type IntegrationAccess,
  type IntegrationConnectorVersion,
  type IntegrationValidation,
  type RequiredPermission,
  DEFAULT_OWNER_ROLE_SLUG,
} from "./integration-props";
export { SyncVerification, type SyncVerificationLevel, type SyncVerificationOptions, type SyncProblemAction } from "./sync-verification";
export { InvalidIntegrationPropsError } from "./errors";
export { DEFAULT_C1TWINGATE_PROVIDER_SOURCE, InvalidProviderSourceError, useC1TwingateProviderSource } from "./provider-source";
export { MissingPeerDependencyError } from "./optional-peer";

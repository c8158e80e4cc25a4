// Public API of the construct library. Bindings are exported as namespaces so their
// similarly named classes (e.g. two `App`s) never collide.
export * as conductorone from "./bindings/conductorone";
export * as c1twingate from "./bindings/c1twingate";
export { TwingateIntegration } from "./twingate-integration";
export { IntegrationApp, type CreateIntegrationAppOptions } from "./integration-app";
export { IntegrationOwner } from "./integration-owner";
export {
  type TwingateIntegrationProps,
  type IntegrationAccess,
  type IntegrationValidation,
  type RequiredPermission,
  DEFAULT_OWNER_ROLE_SLUG,
} from "./integration-props";
export { InvalidIntegrationPropsError } from "./errors";

import type { C1TwingateProvider } from "./bindings/c1twingate/provider";
import type { ConductoroneProvider } from "./bindings/conductorone/provider";
import type { IntegrationApp } from "./integration-app";
import type { IntegrationOwner } from "./integration-owner";

/** What ConductorOne may do in Twingate, which decides the key permission the check requires. */
export type IntegrationAccess = "read-only" | "provisioning";

/** Permission the credential check requires of the key: `write` for provisioning, else `read`. */
export type RequiredPermission = "read" | "write";

/** How the Twingate key is proven before the integration is created. */
export type IntegrationValidation = "provider" | "local-exec" | "none";

export const ACCESS_VALUES: readonly IntegrationAccess[] = ["read-only", "provisioning"];
export const VALIDATION_VALUES: readonly IntegrationValidation[] = ["provider", "local-exec", "none"];

/**
 * Role slug given to each owner on the connector. ConductorOne does not publish the
 * valid slugs of `conductorone_connector_owner_user` (checked: provider docs and SDK
 * docs up to v1.5.0 show only "...my_role_slug..."), so this default is a documented
 * guess that users can override with `ownerRoleSlug`.
 */
export const DEFAULT_OWNER_ROLE_SLUG = "owner";

export interface TwingateIntegrationProps {
  /**
   * The Twingate network: `acme`, `acme.twingate.com` or `https://acme.twingate.com`.
   * Reduced to the network name at synth; a token is accepted and checked at plan.
   */
  readonly network: string;
  /**
   * Base domain of the network, for non-production Twingate environments.
   *
   * @default "twingate.com"
   */
  readonly baseDomain?: string;
  /**
   * The Twingate API key, as a token: `new TerraformVariable(this, "twingate_api_key",
   * { type: "string", sensitive: true }).stringValue` or a secret data source attribute.
   * A literal string is refused because it would be written to cdk.tf.json.
   */
  readonly apiKey: string;
  /**
   * Accept a literal `apiKey` anyway (tests, throwaway sandboxes). Adds a warning annotation.
   *
   * @default false
   */
  readonly allowLiteralApiKey?: boolean;
  /**
   * ConductorOne users who own the connector: `IntegrationOwner.fromUserId(id)`,
   * `IntegrationOwner.fromEmail(email)`, or plain strings ('@' means an email).
   * Emitted as one `conductorone_connector_owner_user` each. At least one.
   */
  readonly owners: ReadonlyArray<IntegrationOwner | string>;
  /**
   * Role slug of each owner on the connector.
   *
   * @default "owner" - ConductorOne does not document the valid slugs; override if your tenant uses another
   */
  readonly ownerRoleSlug?: string;
  /** The ConductorOne app: `IntegrationApp.fromId()`, `.fromDisplayName()` or `.create()`. */
  readonly app: IntegrationApp;
  /**
   * `read-only` (access reviews: a Read-only key suffices) or `provisioning`
   * (group membership changes: needs a Read & Write key).
   *
   * @default "read-only"
   */
  readonly access?: IntegrationAccess;
  /**
   * `provider`: a `c1twingate_credential_check` fails the plan on a bad key, network
   * or permission, and a precondition guards the integration. `local-exec`: a
   * `null_resource` runs `c1-twingate check` at apply time. `none`: no check.
   *
   * @default "provider"
   */
  readonly validation?: IntegrationValidation;
  /**
   * Command that runs the CLI for `validation: "local-exec"`, resolved from the
   * stack's working directory (cdktf.out/stacks/<stack>).
   *
   * @default "c1-twingate"
   */
  readonly cliCommand?: string;
  /**
   * Twingate groups ConductorOne will provision (only with access `provisioning`).
   *
   * @default - none
   */
  readonly groupsToProvision?: string[];
  /**
   * ConductorOne provider to use.
   *
   * @default - the stack's default `conductorone` provider, created once per stack (credentials from CONDUCTORONE_* env vars)
   */
  readonly conductorOneProvider?: ConductoroneProvider;
  /**
   * c1twingate provider to use for the check.
   *
   * @default - the stack's default `c1twingate` provider, created once per stack with `baseDomain`
   */
  readonly checkProvider?: C1TwingateProvider;
  /**
   * Create TerraformOutputs for the integration id, app id and (with validation `provider`) the permission.
   *
   * @default true
   */
  readonly outputs?: boolean;
}

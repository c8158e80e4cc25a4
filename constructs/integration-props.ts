import type { C1TwingateProvider } from "./bindings/c1twingate/provider";
import type { ConductoroneProvider } from "./bindings/conductorone/provider";
import type { IntegrationApp } from "./integration-app";
import type { IntegrationOwner } from "./integration-owner";
import type { SyncVerification } from "./sync-verification";
import type { TwingateConnector } from "./twingate-connector";

/** What ConductorOne may do in Twingate, which decides the key permission the check requires. */
export type IntegrationAccess = "read-only" | "provisioning";

/** Permission the credential check requires of the key: `write` for provisioning, else `read`. */
export type RequiredPermission = "read" | "write";

/** How the Twingate key is proven before the integration is created. */
export type IntegrationValidation = "provider" | "local-exec" | "none";

/**
 * Which behaviour of ConductorOne's Twingate connector the connector view models
 * (docs/connector-view.md): `baton-2023` (Admin/Member by `isAdmin`, no provisioning; what the
 * cloud-hosted v1 integration most likely runs, inferred) or `baton-2026` (five roles by `role`,
 * the v2 connector).
 */
export type IntegrationConnectorVersion = "baton-2023" | "baton-2026";

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
   * Base domain of the network, for non-production Twingate environments. ConductorOne's
   * connector always syncs `<network>.twingate.com`, so another value needs
   * `allowCheckedHostMismatch: true`.
   *
   * @default "twingate.com"
   */
  readonly baseDomain?: string;
  /**
   * Accept a credential check that calls another host than the one ConductorOne's connector
   * syncs (`https://<network>.twingate.com/api/graphql/`): a `baseDomain`, or a c1twingate
   * provider with another `base_domain` or a `base_url` (a simulator). Say so only when this
   * integration is not the one ConductorOne will use (a simulator, a staging tenant, a test):
   * the check then proves nothing about what ConductorOne syncs. Adds a warning annotation and
   * drops the plan-time endpoint precondition.
   *
   * @default false - the check must call the host ConductorOne syncs: refused at synth when the settings say otherwise, and checked at plan against the endpoint the check used
   */
  readonly allowCheckedHostMismatch?: boolean;
  /**
   * Which ConductorOne Twingate connector to create: `TwingateConnector.cloudHosted()` (v1,
   * `conductorone_integration_twingate`; ConductorOne's docs say v1 is no longer available for
   * new installations) or `TwingateConnector.selfHosted({ kubernetes? })` (v2, baton-twingate:
   * `conductorone_integration_baton` + `conductorone_connector_credential`, and the environment to
   * run the connector with).
   *
   * @default TwingateConnector.cloudHosted()
   */
  readonly connector?: TwingateConnector;
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
   * Which behaviour of ConductorOne's Twingate connector the connector view
   * (`connectorView`, output `connector_view`) models: `baton-2023` or `baton-2026`
   * (docs/connector-view.md). Only with validation `provider` (the view is read by the
   * `c1twingate_sync_preview` data source at plan).
   *
   * @default - "baton-2023" for `TwingateConnector.cloudHosted()` (v1, inferred), "baton-2026" for `TwingateConnector.selfHosted()` (v2)
   */
  readonly connectorVersion?: IntegrationConnectorVersion;
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
   * Where Terraform installs the c1twingate provider from: a provider source address
   * `<hostname>/<namespace>/c1twingate` (a private registry's host: no public registry), e.g. `app.terraform.io/acme/c1twingate` once the
   * release files are published to HCP Terraform's private registry of the organization `acme`
   * (docs/pipelines.md). Written to `terraform.required_providers.c1twingate.source` of the
   * stack, so it also applies to a `checkProvider` you created. One address per stack: another
   * TwingateIntegration of the stack that gives a different one is refused (one that gives none
   * uses this one). Changing it changes the provider's address in `.terraform.lock.hcl`: run
   * `terraform init` (or `cdktf diff`) again and commit the new lock file. A stack already applied
   * under the old address first needs its state moved (`terraform state replace-provider`, in the
   * order docs/pipelines.md gives), or `init` fails on the address the state names. Only with validation
   * `provider` or `verifySync` (the users of the c1twingate provider). A stack without a
   * TwingateIntegration uses `useC1TwingateProviderSource(stack, address)`.
   *
   * @default "c1twingate.invalid/local/c1twingate" - installed by `c1-twingate provider install` into a local mirror
   */
  readonly checkProviderSource?: string;
  /**
   * Prove that ConductorOne's connector syncs with the key, in the same apply, and keep checking
   * at every later plan: `SyncVerification.completed({ budgetMinutes })` makes `terraform apply`
   * wait for the connector's first completed sync of its current config ("Connected") and fail
   * with the sync's error, its likely Twingate cause and the fix; `SyncVerification.started()`
   * accepts a running sync ("Syncing"). Every later plan reads the connector's status and warns
   * (or, with `onProblem: "fail"`, fails) when the last sync errored, is paused or is older than
   * `maxAgeHours`. Uses the c1twingate provider (`checkProvider` or the stack's default), whose
   * ConductorOne credentials are the conductorone provider's CONDUCTORONE_* environment. A
   * self-hosted connector needs `kubernetes` (a baton-twingate you start yourself syncs after
   * apply: use `c1-twingate connector status --wait` then).
   *
   * @default SyncVerification.off()
   */
  readonly verifySync?: SyncVerification;
  /**
   * Create TerraformOutputs for the integration id, app id and (with validation `provider`) the
   * permission, `connector_view` (what ConductorOne will show, counted at plan: the sync
   * preview's `connector_view` object) and `connector_view_complete`; for a self-hosted connector also `baton_client_id`, `baton_client_secret`
   * (sensitive) and `baton_environment` (the variables without the two secrets); with
   * `verifySync`, `sync_status` (the connector's label at the last plan or apply, e.g.
   * "Connected"), `sync_completed_at` and `sync_verified_at`.
   *
   * @default true
   */
  readonly outputs?: boolean;
}

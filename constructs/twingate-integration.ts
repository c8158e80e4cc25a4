import { Construct } from "constructs";
import { literalSources, literalSourcesAtSynth } from "./api-key-sources";
import { ConnectorSync } from "./bindings/c1twingate/connector-sync";
import { CredentialCheck } from "./bindings/c1twingate/credential-check";
import { DataC1TwingateConnectorStatus } from "./bindings/c1twingate/data-c1twingate-connector-status";
import { DataC1TwingateSyncPreview, type DataC1TwingateSyncPreviewConnectorViewOutputReference } from "./bindings/c1twingate/data-c1twingate-sync-preview";
import { ConnectorOwnerEntitlement } from "./bindings/conductorone/connector-owner-entitlement";
import { ConnectorOwnerUser } from "./bindings/conductorone/connector-owner-user";
import { DataConductoroneUser } from "./bindings/conductorone/data-conductorone-user";
import type { IntegrationBaton } from "./bindings/conductorone/integration-baton";
import { IntegrationTwingate } from "./bindings/conductorone/integration-twingate";
import { Annotations, App, Fn, type IResolvable, type ITerraformDependable, Lazy, Op, type Precondition, TerraformOutput, type TerraformResourceLifecycle, TerraformStack, Token } from "./core";
import { InvalidIntegrationPropsError } from "./errors";
import { DEFAULT_BASE_DOMAIN } from "../src/twingate/network";
import { checkIntegrationProps } from "./integration-props-validation";
import type { IntegrationOwner } from "./integration-owner";
import { loadNullProvider } from "./null-provider";
import { SelfHostedConnector } from "./self-hosted-connector";
import type { SyncVerification } from "./sync-verification";
import { endpointPrecondition } from "./sync-target";
import type { ConnectorKind } from "./twingate-connector";
import {
  DEFAULT_OWNER_ROLE_SLUG,
  type IntegrationAccess,
  type IntegrationConnectorVersion,
  type IntegrationValidation,
  type RequiredPermission,
  type TwingateIntegrationProps,
} from "./integration-props";
import { providerSourceConflict, recordC1TwingateProviderSource } from "./provider-source";
import { defaultC1TwingateProvider, defaultConductoroneProvider, defaultNullProvider, findDefaultC1TwingateProvider } from "./stack-providers";

/** Permissions a check result may report that satisfy each required level. */
const SATISFYING: Record<RequiredPermission, string[]> = { read: ["read", "write"], write: ["write"] };

/** The local-exec check's environment variable for the c1twingate provider's base_url (set only when the provider has one). */
export const LOCAL_EXEC_BASE_URL_VARIABLE = "C1TWINGATE_BASE_URL";

/**
 * The ConductorOne ⇄ Twingate integration, proven during `terraform plan`.
 *
 * Creates the ConductorOne Twingate connector on the chosen app (cloud-hosted v1 by default,
 * or self-hosted v2 with `connector: TwingateConnector.selfHosted()`), one connector owner
 * per listed owner, and (by default) a `c1twingate_credential_check` the connector
 * depends on, so a wrong key, network or permission — or a check pointed at another host
 * than the one ConductorOne syncs — fails the synth or the plan before anything is created
 * in ConductorOne.
 */
export class TwingateIntegration extends Construct {
  /**
   * The ConductorOne connector: `conductorone_integration_twingate` (cloud-hosted v1) or
   * `conductorone_integration_baton` (self-hosted v2, also `selfHosted.integration`).
   */
  public readonly integration: IntegrationTwingate | IntegrationBaton;
  /** Which connector was created: `cloud-hosted-v1` or `self-hosted-v2`. */
  public readonly connector: ConnectorKind;
  /** The self-hosted connector's parts (credential, environment, Kubernetes deployment); undefined for cloud-hosted. */
  public readonly selfHosted: SelfHostedConnector | undefined;
  /** Token of the connector id. */
  public readonly integrationId: string;
  /** The app id: a token (of the `conductorone_app` resource or data source the `app` choice creates). */
  public readonly appId: string;
  /** Token of the permission the check found (`read`, `write`, `unknown`); undefined unless validation is `provider`. */
  public readonly permission: string | undefined;
  /** The credential check resource; undefined unless validation is `provider`. */
  public readonly credentialCheck: CredentialCheck | undefined;
  /** The network name (`acme`), or the token given. */
  public readonly network: string;
  public readonly access: IntegrationAccess;
  public readonly validation: IntegrationValidation;
  /** The permission the check requires: `write` for provisioning, else `read`. */
  public readonly requiredPermission: RequiredPermission;
  /** Group names validated for a later sync preview. */
  public readonly groupsToProvision: readonly string[];
  /** One per owner, in the order given: a user owner, or an entitlement (group) owner. */
  public readonly owners: readonly (ConnectorOwnerUser | ConnectorOwnerEntitlement)[];
  /**
   * The `c1twingate_sync_preview` read at every plan: the connector view, and the check of
   * `groupsToProvision` (when given); undefined unless validation is `provider`.
   */
  public readonly syncPreview: DataC1TwingateSyncPreview | undefined;
  /** The connector behaviour the connector view models (`connectorVersion`, or the connector's default). */
  public readonly connectorVersion: IntegrationConnectorVersion;
  /**
   * What ConductorOne will show, counted at plan (the sync preview's `connector_view`): tokens for
   * your own outputs and preconditions, e.g. `connectorView.groupMembershipsMissed`,
   * `connectorView.roleGrants`, `connectorView.inactiveUsersShownEnabled`. Null in Terraform when
   * the preview was not read (the credential check's error says why). Undefined unless validation is `provider`.
   */
  public readonly connectorView: DataC1TwingateSyncPreviewConnectorViewOutputReference | undefined;
  /** Token: false when the preview stopped at its time budget (the view's counts are then partial); undefined unless validation is `provider`. */
  public readonly connectorViewComplete: IResolvable | undefined;
  /** `c1twingate_connector_sync`: apply waits for the connector's sync; undefined unless `verifySync` is on. */
  public readonly connectorSync: ConnectorSync | undefined;
  /** `c1twingate_connector_status`: the connector's sync status at every plan; undefined unless `verifySync` is on. */
  public readonly connectorStatus: DataC1TwingateConnectorStatus | undefined;
  /** Token of the connector's sync label at the last plan or apply ("Connected", "Syncing", "Error", ...); undefined unless `verifySync` is on. */
  public readonly syncStatus: string | undefined;

  public constructor(scope: Construct, id: string, props: TwingateIntegrationProps) {
    super(scope, id);
    const sharedCheckProvider = findDefaultC1TwingateProvider(this);
    const checked = checkIntegrationProps(
      props ?? ({} as TwingateIntegrationProps),
      sharedCheckProvider && { baseUrl: sharedCheckProvider.baseUrlInput, baseDomain: sharedCheckProvider.baseDomainInput },
      (source) => providerSourceConflict("checkProviderSource", this, source),
    );
    // A token can still carry a literal key into cdk.tf.json (a variable default, a local, a
    // function of constants, another stack's output): judged on the synthesized JSON now, and
    // again at synth, when overrides and later changes have landed (constructs/api-key-sources.ts).
    const keyRoutes = typeof props?.apiKey === "string" && !checked.apiKeyIsLiteral ? earlyLiteralSources(this, props.apiKey) : [];
    const problems = [...checked.problems];
    if (keyRoutes.length > 0 && props.allowLiteralApiKey !== true) problems.push(literalKeyProblem(keyRoutes));
    if (problems.length > 0) throw new InvalidIntegrationPropsError(id, problems);

    const warned = checked.apiKeyIsLiteral || keyRoutes.length > 0;
    if (warned) {
      Annotations.of(this).addWarning(
        `apiKey ${checked.apiKeyIsLiteral ? "is a literal string" : `reaches a literal (${keyRoutes.join("; ")})`} (allowLiteralApiKey: true): ` +
          "it is written in plain text to cdk.tf.json; pass a sensitive TerraformVariable without a default instead",
      );
    }
    if (!checked.apiKeyIsLiteral) {
      const validation = {
        validate: (): string[] => {
          const late = literalSourcesAtSynth(this);
          if (late.length === 0) return [];
          if (props.allowLiteralApiKey !== true) return [`${LITERAL_API_KEY_CODE}: ${literalKeyProblem(late)}`];
          if (!warned) Annotations.of(this).addWarning(`apiKey reaches a literal (${late.join("; ")}) (allowLiteralApiKey: true): it is written in plain text to cdk.tf.json`);
          return [];
        },
      };
      this.node.addValidation(validation);
      // The literal may sit in a stack synthesized (written) before this one: refuse there too.
      // Stacks a cross-stack reference comes from exist before the reference does.
      if (props.allowLiteralApiKey !== true) for (const other of otherStacks(this)) other.node.addValidation(validation);
    }
    for (const warning of checked.warnings) Annotations.of(this).addWarning(warning);
    if (checked.providerSource !== undefined) recordC1TwingateProviderSource(this, checked.providerSource);

    this.network = checked.network;
    this.connector = checked.connector.kind;
    this.connectorVersion = checked.connectorVersion;
    this.access = props.access ?? "read-only";
    this.validation = props.validation ?? "provider";
    this.requiredPermission = this.access === "provisioning" ? "write" : "read";
    // A list token stays one token (checked at plan); a literal list is copied.
    this.groupsToProvision = checked.groupsAreToken ? (props.groupsToProvision as string[]) : [...(props.groupsToProvision ?? [])];

    // Resources name a provider only when one was passed; otherwise Terraform uses the
    // stack's default (unaliased) one, which must exist for the provider-presence check.
    if (props.conductorOneProvider === undefined) defaultConductoroneProvider(this);

    const dependsOn: ITerraformDependable[] = [];
    let lifecycle: TerraformResourceLifecycle | undefined;
    let twingateDomain = checked.network;

    this.credentialCheck = undefined;
    this.permission = undefined;
    this.syncPreview = undefined;
    this.connectorView = undefined;
    this.connectorViewComplete = undefined;
    if (this.validation === "provider") {
      if (props.checkProvider === undefined) defaultC1TwingateProvider(this, checked.baseDomain === DEFAULT_BASE_DOMAIN ? {} : { baseDomain: checked.baseDomain });
      const check = new CredentialCheck(this, "CredentialCheck", {
        network: checked.network,
        apiKey: props.apiKey,
        require: this.requiredPermission,
        // Messages then name this construct's props (access: "provisioning"), not the resource's arguments.
        surface: "twingate-integration",
        provider: props.checkProvider,
      });
      this.credentialCheck = check;
      this.permission = check.permission;
      this.syncPreview = this.addSyncPreview(checked.network, props);
      this.connectorView = this.syncPreview.connectorView;
      this.connectorViewComplete = this.syncPreview.complete;
      dependsOn.push(check);
      // A token network is normalised by the provider: use its answer for ConductorOne.
      if (checked.networkIsToken) twingateDomain = check.networkLabel;
      lifecycle = {
        precondition: [
          {
            // Built with Fn, not string concatenation, so Terraform gets a bool expression.
            condition: Fn.contains(SATISFYING[this.requiredPermission], check.permission),
            // No double quotes: cdktf's HCL renderer (synth --hcl) does not escape them.
            errorMessage:
              `The Twingate API key for network ${checked.networkIsToken ? "(from configuration)" : `'${checked.network}'`} ` +
              `has permission '${check.permission}', but access '${this.access}' needs a ` +
              `${this.requiredPermission === "write" ? "Read & Write" : "Read-only or Read & Write"} key. ` +
              "Create a key with that permission in the Twingate Admin Console (Settings > API) and set it again.",
          },
          ...this.provisioningTargetPreconditions(),
          // Issue 10 §3 at plan: settings only known then (a base_url variable) get the same rule as at synth.
          ...(checked.hostMismatchAllowed ? [] : [endpointPrecondition(check.networkLabel, check.apiUrl)]),
        ],
      };
    } else if (this.validation === "local-exec") {
      const { Resource: NullResource } = loadNullProvider();
      defaultNullProvider(this);
      // The stack's c1twingate provider (checkProvider, or the unaliased one, declared before or
      // after this construct) may point elsewhere than Twingate (the sandbox's simulator): read
      // at synth, its base_url goes to the CLI too, so the CLI checks what the provider would.
      const baseUrl = (): string | undefined => (props.checkProvider ?? findDefaultC1TwingateProvider(this))?.baseUrlInput;
      const command = Lazy.stringValue({
        produce: () =>
          [
            props.cliCommand ?? "c1-twingate",
            "check",
            "--network",
            checked.network,
            ...(checked.baseDomain !== DEFAULT_BASE_DOMAIN ? ["--base-domain", checked.baseDomain] : []),
            // In the environment, quoted by the shell: any URL (or a token terraform resolves) is one argument.
            ...(baseUrl() !== undefined ? ["--base-url", `"$${LOCAL_EXEC_BASE_URL_VARIABLE}"`] : []),
            "--require",
            this.requiredPermission,
            // Messages in the construct's words (access: "provisioning", not --require write).
            "--surface",
            "twingate-integration",
          ].join(" "),
      });
      const run = new NullResource(this, "CredentialCheck", {
        triggers: { network: checked.network, require: this.requiredPermission },
        provisioners: [
          {
            type: "local-exec",
            command,
            // The key travels in the environment, never on the command line (ps, logs).
            environment: Lazy.anyValue({
              produce: () => {
                const url = baseUrl();
                return { TWINGATE_API_KEY: props.apiKey, ...(url !== undefined ? { [LOCAL_EXEC_BASE_URL_VARIABLE]: url } : {}) };
              },
            }) as unknown as Record<string, string>,
          },
        ],
      });
      dependsOn.push(run);
    }

    this.appId = props.app.bind(this, props.conductorOneProvider, dependsOn);

    const spec = checked.connector.spec;
    if (spec.kind === "self-hosted-v2") {
      this.selfHosted = new SelfHostedConnector(this, "SelfHosted", {
        options: spec.options,
        appId: this.appId,
        network: twingateDomain,
        apiKey: props.apiKey,
        access: this.access,
        keyFingerprint: this.credentialCheck?.keyFingerprint,
        provider: props.conductorOneProvider,
        dependsOn: dependsOn.length > 0 ? dependsOn : undefined,
        lifecycle,
      });
      this.integration = this.selfHosted.integration;
    } else {
      this.selfHosted = undefined;
      this.integration = new IntegrationTwingate(this, "Resource", {
        appId: this.appId,
        twingateApikey: props.apiKey,
        twingateDomain,
        provider: props.conductorOneProvider,
        dependsOn: dependsOn.length > 0 ? dependsOn : undefined,
        lifecycle,
      });
    }
    this.integrationId = this.integration.id;

    const roleSlug = props.ownerRoleSlug ?? DEFAULT_OWNER_ROLE_SLUG;
    this.owners = checked.owners.map((owner, i) => this.addOwner(owner, ownerLabel(owner, i), roleSlug, props.conductorOneProvider));

    this.connectorSync = undefined;
    this.connectorStatus = undefined;
    this.syncStatus = undefined;
    if (checked.verifySync.level !== "off") {
      const verified = this.addSyncVerification(checked.verifySync, props, twingateDomain, checked.baseDomain);
      this.connectorSync = verified.sync;
      this.connectorStatus = verified.status;
      this.syncStatus = verified.status.label;
    }

    if (props.outputs ?? true) {
      new TerraformOutput(this, "integration_id", { value: this.integrationId, description: `ConductorOne Twingate connector id (${id})` });
      new TerraformOutput(this, "app_id", { value: this.appId, description: `ConductorOne app id of the Twingate integration (${id})` });
      if (this.permission !== undefined) {
        new TerraformOutput(this, "permission", { value: this.permission, description: `Twingate API key permission found by the check (${id})` });
      }
      if (this.syncPreview !== undefined) this.addConnectorViewOutputs(this.syncPreview, id);
      if (this.selfHosted !== undefined) this.addSelfHostedOutputs(this.selfHosted, id);
      if (this.connectorSync !== undefined && this.connectorStatus !== undefined) {
        new TerraformOutput(this, "sync_status", {
          value: this.connectorStatus.label,
          description: `ConductorOne connector's sync label at the last plan or apply: Connected, Syncing, Not connected, Error, Paused (${id})`,
        });
        new TerraformOutput(this, "sync_completed_at", { value: this.connectorStatus.completedAt, description: `When ConductorOne's last sync of the connector completed (${id})` });
        new TerraformOutput(this, "sync_verified_at", { value: this.connectorSync.verifiedAt, description: `When terraform apply saw the connector's sync of its current config accepted (${id})` });
      }
    }
  }

  /**
   * Apply waits for the connector's sync (`c1twingate_connector_sync`), and every later plan
   * reads its status (`c1twingate_connector_status`, read after the wait on the apply that
   * creates it, since it takes its ids from the sync resource). A new key or domain replaces
   * the sync resource, so that apply waits for the new config's sync.
   */
  private addSyncVerification(
    verify: SyncVerification,
    props: TwingateIntegrationProps,
    twingateDomain: string,
    baseDomain: string,
  ): { sync: ConnectorSync; status: DataC1TwingateConnectorStatus } {
    if (props.checkProvider === undefined) defaultC1TwingateProvider(this, baseDomain === DEFAULT_BASE_DOMAIN ? {} : { baseDomain });
    const options = verify.options;
    const accept = verify.level === "started" ? "started" : "completed";
    const kubernetes = this.selfHosted?.kubernetes;
    const waitAfter: ITerraformDependable[] = [...this.owners, ...(kubernetes !== undefined ? [kubernetes.deployment] : [])];
    const sync = new ConnectorSync(this, "SyncVerification", {
      appId: this.appId,
      connectorId: this.integration.id,
      accept,
      budgetMinutes: options.budgetMinutes,
      pollIntervalSeconds: options.pollIntervalSeconds,
      forceSync: options.forceSync,
      // The key never goes into triggers (they are stored): its fingerprint does, or the connector's update time.
      triggers: {
        twingate_domain: twingateDomain,
        ...(this.credentialCheck !== undefined ? { key_fingerprint: this.credentialCheck.keyFingerprint } : { connector_updated_at: this.integration.updatedAt }),
      },
      // Write-only, used only to scrub the key from ConductorOne's sync errors.
      twingateApiKey: props.apiKey,
      provider: props.checkProvider,
      // A self-hosted connector syncs once its deployment runs; owners first, so a failed wait leaves the integration whole.
      dependsOn: waitAfter.length > 0 ? waitAfter : undefined,
    });
    const status = new DataC1TwingateConnectorStatus(this, "SyncStatus", {
      appId: sync.appId,
      connectorId: sync.connectorId,
      accept,
      onProblem: options.onProblem,
      maxAgeHours: options.maxAgeHours,
      twingateApiKey: props.apiKey,
      provider: props.checkProvider,
    });
    return { sync, status };
  }

  /**
   * The sync preview of every integration checked by the provider (issue 10 §1): the connector
   * view of `connectorVersion`, and the provisioning targets when there are any. Only a preview
   * that verifies targets must be complete; one that only counts (read-only, or provisioning
   * with no targets) accepts a preview stopped by its time budget (a warning, `complete =
   * false`) so a large tenant's plan does not fail for a view nobody asked to gate on. Its
   * tenant remarks are warnings; API failures stay errors (a wrong key or network is the
   * check's error alone: surface "twingate-integration").
   */
  private addSyncPreview(network: string, props: TwingateIntegrationProps): DataC1TwingateSyncPreview {
    const verifiesTargets = this.access === "provisioning" && this.groupsToProvision.length > 0;
    // No depends_on, and no reference to the check either: terraform defers a data source that
    // depends on a managed resource with planned changes (a new or updated check) to apply,
    // and the target preconditions could then not be judged at plan.
    return new DataC1TwingateSyncPreview(this, "SyncPreview", {
      network,
      apiKey: props.apiKey,
      ...(verifiesTargets ? { groups: [...this.groupsToProvision] } : { allowPartial: true }),
      connectorVersion: this.connectorVersion,
      // A wrong key or network is the check's error alone: one error per cause.
      surface: "twingate-integration",
      provider: props.checkProvider,
    });
  }

  /** What ConductorOne will show, as outputs: the connector view object and whether it is complete. */
  private addConnectorViewOutputs(preview: DataC1TwingateSyncPreview, id: string): void {
    new TerraformOutput(this, "connector_view", {
      value: preview.interpolationForAttribute("connector_view"),
      description:
        `What ConductorOne's Twingate connector (${this.connectorVersion}) will show of the network, counted at plan (${id}): ` +
        "role_grants by role, group_memberships vs group_memberships_seen/missed, users_without_role_grant, users_under_other_role, " +
        "inactive_users_shown_enabled, provisionable_entitlements, refused_groups, sync_requests, rate_limit_at_risk (docs/connector-view.md); " +
        "null when the preview was not read",
    });
    new TerraformOutput(this, "connector_view_complete", {
      value: preview.complete,
      description: `False when the sync preview stopped at its time budget: connector_view's counts are then partial (${id})`,
    });
  }

  /** What running baton-twingate needs: the client id, the client secret (sensitive), the non-secret variables. */
  private addSelfHostedOutputs(selfHosted: SelfHostedConnector, id: string): void {
    new TerraformOutput(this, "baton_client_id", { value: selfHosted.clientId, description: `BATON_CLIENT_ID of the self-hosted Twingate connector (${id})` });
    new TerraformOutput(this, "baton_client_secret", {
      value: selfHosted.clientSecret,
      sensitive: true,
      description: `BATON_CLIENT_SECRET of the self-hosted Twingate connector (${id}); read it with terraform output -raw`,
    });
    new TerraformOutput(this, "baton_environment", {
      value: selfHosted.publicEnvironment,
      description:
        `Environment of baton-twingate (${id}) without its two secrets: also set BATON_CLIENT_SECRET (output baton_client_secret) ` +
        "and BATON_API_KEY (the Twingate API key)",
    });
  }

  /** One connector owner: a user (by id, or looked up by email) or an app entitlement (a group). */
  private addOwner(owner: IntegrationOwner, label: string, roleSlug: string, provider: TwingateIntegrationProps["conductorOneProvider"]): ConnectorOwnerUser | ConnectorOwnerEntitlement {
    const spec = owner.spec;
    const common = { appId: this.appId, connectorId: this.integration.id, roleSlug, provider };
    switch (spec.kind) {
      case "entitlement":
        return new ConnectorOwnerEntitlement(this, `Owner-${label}`, { ...common, appEntitlementRefAppId: spec.appId, appEntitlementRefId: spec.entitlementId });
      case "email": {
        const lookup = new DataConductoroneUser(this, `OwnerLookup-${label}`, { email: spec.email, provider });
        return new ConnectorOwnerUser(this, `Owner-${label}`, { ...common, userRefId: lookup.id });
      }
      case "id":
        return new ConnectorOwnerUser(this, `Owner-${label}`, { ...common, userRefId: spec.userId });
    }
  }

  /**
   * Preconditions on the groups meant for provisioning: each must exist in Twingate and be a
   * MANUAL, active group (ConductorOne cannot change SYNCED or SYSTEM membership). One per
   * group for a literal list; one over the whole list for a list token, naming the groups
   * that fail in its message.
   */
  private provisioningTargetPreconditions(): Precondition[] {
    if (this.syncPreview === undefined || this.groupsToProvision.length === 0) return [];
    const provisionable = this.syncPreview.interpolationForAttribute("provisionable_groups");
    if (Token.isUnresolved(this.groupsToProvision)) {
      const unfit = Fn.setsubtract([...this.groupsToProvision], Fn.keys(provisionable));
      return [
        {
          condition: Fn.contains([0], Fn.lengthOf(unfit)),
          errorMessage:
            `Twingate groups ${Fn.join(", ", Fn.tolist(unfit))} (from groupsToProvision) cannot be provisioned by ConductorOne: ` +
            "each is missing from the network, a SYNCED (identity provider) or SYSTEM group, or inactive. " +
            "ConductorOne can only change membership of active, locally created (MANUAL) groups: " +
            "create the groups in the Twingate Admin Console or fix the names given to groupsToProvision.",
        },
      ];
    }
    const missing = this.syncPreview.interpolationForAttribute("missing_groups");
    const types = this.syncPreview.interpolationForAttribute("group_types");
    return this.groupsToProvision.map((group) => ({
      condition: Fn.contains(Fn.keys(provisionable), group),
      // The real reason, read from the preview at plan (not only in the warning above it).
      // No double quotes: cdktf's HCL renderer (synth --hcl) does not escape them.
      errorMessage:
        `Twingate group '${group}' cannot be provisioned by ConductorOne: it ${targetReason(group, missing, types)}. ` +
        "ConductorOne can only change membership of active, locally created (MANUAL) groups: " +
        "create the group in the Twingate Admin Console or fix the name in groupsToProvision.",
    }));
  }
}

/** The stable code of the synth-time refusal (the constructor's is InvalidIntegrationPropsError's). */
export const LITERAL_API_KEY_CODE = "C1TG_CONSTRUCT_LITERAL_API_KEY";

/**
 * The constructor's look at the stack as it stands; a stack that cannot be synthesized yet
 * (a reference still unresolved) is left to the synth-time validation, which sees everything.
 */
function earlyLiteralSources(scope: Construct, apiKey: string): string[] {
  try {
    return literalSources(scope, apiKey);
  } catch {
    return [];
  }
}

/** The app's other stacks (none outside an App, as in a bare unit test). */
function otherStacks(scope: Construct): TerraformStack[] {
  const home = TerraformStack.of(scope);
  try {
    return App.of(scope)
      .node.findAll()
      .filter((c): c is TerraformStack => TerraformStack.isStack(c) && c !== home);
  } catch {
    return [];
  }
}

/**
 * Why a requested group is not provisionable, as a Terraform expression over the preview's
 * `missing_groups` and `group_types` (a name several groups share fails the data source itself).
 */
function targetReason(group: string, missing: unknown, types: unknown): string {
  const type = Fn.lookup(types, group, "UNVERIFIED");
  return Token.asString(
    Fn.conditional(
      Fn.contains(missing, group),
      "does not exist in the network (no group has that name or ID)",
      Fn.conditional(
        Op.eq(type, "MANUAL"),
        "is inactive, so members added to it would get no access",
        Fn.conditional(
          Op.eq(type, "UNVERIFIED"),
          "was not reached before the preview stopped (allow it more time: time_budget_seconds of the sync preview)",
          Fn.format("is a %s group (SYNCED groups come from the identity provider, SYSTEM groups from Twingate)", [type]),
        ),
      ),
    ),
  );
}

/** The prop error for a key token that carries a literal into cdk.tf.json (never the key itself). */
function literalKeyProblem(routes: readonly string[]): string {
  return (
    `apiKey must come from a sensitive TerraformVariable without a default or a secret data source, but its token reaches a literal ` +
    `(${routes.join("; ")}) that would be written in plain text to cdk.tf.json: remove the default or the literal and set ` +
    "TF_VAR_<name> at plan time, or set allowLiteralApiKey: true to accept the risk"
  );
}

/**
 * The construct id part of an owner. Ids are part of Terraform's addresses: an email's is
 * lower case, so fixing only the case of an email does not replace the owner.
 */
function ownerLabel(owner: IntegrationOwner, index: number): string {
  if (owner.isToken) return String(index);
  const spec = owner.spec;
  if (spec.kind === "email") return spec.email.toLowerCase();
  if (spec.kind === "entitlement") return `entitlement-${spec.appId}-${spec.entitlementId}`;
  return spec.userId;
}

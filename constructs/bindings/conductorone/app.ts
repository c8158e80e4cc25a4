import type { Construct } from "constructs";
import * as cdktf from "../../core";
import { definedHclAttributes } from "../hcl-attributes";
import { CONDUCTORONE_GENERATOR_METADATA } from "./provider";

/** One entry of `app_entitlement_owner_refs`. */
export interface AppAppEntitlementOwnerRefs {
  /**
   * App id of the entitlement.
   *
   * @default - unset
   */
  readonly appId?: string;
  /**
   * Entitlement id.
   *
   * @default - unset
   */
  readonly id?: string;
}

/** `match_baton_ref`: binds the app to an existing Baton connector's app. */
export interface AppMatchBatonRef {
  /**
   * App id of the Baton connector.
   *
   * @default - unset
   */
  readonly appId?: string;
  /**
   * Connector id.
   *
   * @default - unset
   */
  readonly connectorId?: string;
  /**
   * External id of the app in the connector.
   *
   * @default - unset
   */
  readonly externalId?: string;
}

type Struct<T> = T | cdktf.IResolvable | undefined;

function isPlain<T>(struct: Struct<T>): struct is T {
  return cdktf.canInspect(struct) && !cdktf.Tokenization.isResolvable(struct);
}

export function appAppEntitlementOwnerRefsToTerraform(struct: Struct<AppAppEntitlementOwnerRefs>): unknown {
  if (!isPlain(struct)) return struct;
  return { app_id: cdktf.stringToTerraform(struct.appId), id: cdktf.stringToTerraform(struct.id) };
}

export function appAppEntitlementOwnerRefsToHclTerraform(struct: Struct<AppAppEntitlementOwnerRefs>): unknown {
  if (!isPlain(struct)) return struct;
  return definedHclAttributes({
    app_id: { value: cdktf.stringToHclTerraform(struct.appId), isBlock: false, type: "simple", storageClassType: "string" },
    id: { value: cdktf.stringToHclTerraform(struct.id), isBlock: false, type: "simple", storageClassType: "string" },
  });
}

export function appMatchBatonRefToTerraform(struct: Struct<AppMatchBatonRef>): unknown {
  if (!isPlain(struct)) return struct;
  return {
    app_id: cdktf.stringToTerraform(struct.appId),
    connector_id: cdktf.stringToTerraform(struct.connectorId),
    external_id: cdktf.stringToTerraform(struct.externalId),
  };
}

export function appMatchBatonRefToHclTerraform(struct: Struct<AppMatchBatonRef>): unknown {
  if (!isPlain(struct)) return struct;
  return definedHclAttributes({
    app_id: { value: cdktf.stringToHclTerraform(struct.appId), isBlock: false, type: "simple", storageClassType: "string" },
    connector_id: { value: cdktf.stringToHclTerraform(struct.connectorId), isBlock: false, type: "simple", storageClassType: "string" },
    external_id: { value: cdktf.stringToHclTerraform(struct.externalId), isBlock: false, type: "simple", storageClassType: "string" },
  });
}

/** Values accepted by `identity_matching`. */
export type AppIdentityMatching =
  | "APP_USER_IDENTITY_MATCHING_UNSPECIFIED"
  | "APP_USER_IDENTITY_MATCHING_STRICT"
  | "APP_USER_IDENTITY_MATCHING_DISPLAY_NAME"
  | "APP_USER_IDENTITY_MATCHING_CUSTOM";

export interface AppConfig extends cdktf.TerraformMetaArguments {
  /** The app's display name (required). */
  readonly displayName: string;
  /** @default - computed by ConductorOne */
  readonly description?: string;
  /** @default - the tenant's default grant policy */
  readonly grantPolicyId?: string;
  /** @default - the tenant's default revoke policy */
  readonly revokePolicyId?: string;
  /** @default - the tenant's default certify policy */
  readonly certifyPolicyId?: string;
  /** Monthly cost per seat, whole dollars (Int32). @default - computed */
  readonly monthlyCostUsd?: number;
  /** @default - computed */
  readonly identityMatching?: AppIdentityMatching | string;
  /** Shown to requesters in the access request form. @default - computed */
  readonly instructions?: string;
  /** @default - computed */
  readonly strictAccessEntitlementProvisioning?: boolean | cdktf.IResolvable;
  /** @default - computed */
  readonly annotations?: { [key: string]: string };
  /** Requires replacement if configured. @default - none */
  readonly appEntitlementOwnerRefs?: AppAppEntitlementOwnerRefs[] | cdktf.IResolvable;
  /** @default - none */
  readonly matchBatonRef?: AppMatchBatonRef;
}

/** Represents `conductorone_app`. Import by app id. There is no `owners` attribute. */
export class App extends cdktf.TerraformResource {
  public static readonly tfResourceType = "conductorone_app";

  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_app", importId: importFromId, provider });
  }

  public constructor(scope: Construct, id: string, config: AppConfig) {
    super(scope, id, {
      terraformResourceType: "conductorone_app",
      terraformGeneratorMetadata: CONDUCTORONE_GENERATOR_METADATA,
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._displayName = config.displayName;
    this._description = config.description;
    this._grantPolicyId = config.grantPolicyId;
    this._revokePolicyId = config.revokePolicyId;
    this._certifyPolicyId = config.certifyPolicyId;
    this._monthlyCostUsd = config.monthlyCostUsd;
    this._identityMatching = config.identityMatching;
    this._instructions = config.instructions;
    this._strictAccessEntitlementProvisioning = config.strictAccessEntitlementProvisioning;
    this._annotations = config.annotations;
    this._appEntitlementOwnerRefs = config.appEntitlementOwnerRefs;
    this._matchBatonRef = config.matchBatonRef;
  }

  private _displayName?: string;
  public get displayName(): string {
    return this.getStringAttribute("display_name");
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  public get displayNameInput(): string | undefined {
    return this._displayName;
  }

  private _description?: string;
  public get description(): string {
    return this.getStringAttribute("description");
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription(): void {
    this._description = undefined;
  }
  public get descriptionInput(): string | undefined {
    return this._description;
  }

  private _grantPolicyId?: string;
  public get grantPolicyId(): string {
    return this.getStringAttribute("grant_policy_id");
  }
  public set grantPolicyId(value: string) {
    this._grantPolicyId = value;
  }
  public resetGrantPolicyId(): void {
    this._grantPolicyId = undefined;
  }
  public get grantPolicyIdInput(): string | undefined {
    return this._grantPolicyId;
  }

  private _revokePolicyId?: string;
  public get revokePolicyId(): string {
    return this.getStringAttribute("revoke_policy_id");
  }
  public set revokePolicyId(value: string) {
    this._revokePolicyId = value;
  }
  public resetRevokePolicyId(): void {
    this._revokePolicyId = undefined;
  }
  public get revokePolicyIdInput(): string | undefined {
    return this._revokePolicyId;
  }

  private _certifyPolicyId?: string;
  public get certifyPolicyId(): string {
    return this.getStringAttribute("certify_policy_id");
  }
  public set certifyPolicyId(value: string) {
    this._certifyPolicyId = value;
  }
  public resetCertifyPolicyId(): void {
    this._certifyPolicyId = undefined;
  }
  public get certifyPolicyIdInput(): string | undefined {
    return this._certifyPolicyId;
  }

  private _monthlyCostUsd?: number;
  public get monthlyCostUsd(): number {
    return this.getNumberAttribute("monthly_cost_usd");
  }
  public set monthlyCostUsd(value: number) {
    this._monthlyCostUsd = value;
  }
  public resetMonthlyCostUsd(): void {
    this._monthlyCostUsd = undefined;
  }
  public get monthlyCostUsdInput(): number | undefined {
    return this._monthlyCostUsd;
  }

  private _identityMatching?: string;
  public get identityMatching(): string {
    return this.getStringAttribute("identity_matching");
  }
  public set identityMatching(value: string) {
    this._identityMatching = value;
  }
  public resetIdentityMatching(): void {
    this._identityMatching = undefined;
  }
  public get identityMatchingInput(): string | undefined {
    return this._identityMatching;
  }

  private _instructions?: string;
  public get instructions(): string {
    return this.getStringAttribute("instructions");
  }
  public set instructions(value: string) {
    this._instructions = value;
  }
  public resetInstructions(): void {
    this._instructions = undefined;
  }
  public get instructionsInput(): string | undefined {
    return this._instructions;
  }

  private _strictAccessEntitlementProvisioning?: boolean | cdktf.IResolvable;
  public get strictAccessEntitlementProvisioning(): cdktf.IResolvable {
    return this.getBooleanAttribute("strict_access_entitlement_provisioning");
  }
  public set strictAccessEntitlementProvisioning(value: boolean | cdktf.IResolvable) {
    this._strictAccessEntitlementProvisioning = value;
  }
  public resetStrictAccessEntitlementProvisioning(): void {
    this._strictAccessEntitlementProvisioning = undefined;
  }
  public get strictAccessEntitlementProvisioningInput(): boolean | cdktf.IResolvable | undefined {
    return this._strictAccessEntitlementProvisioning;
  }

  private _annotations?: { [key: string]: string };
  public get annotations(): { [key: string]: string } {
    return this.getStringMapAttribute("annotations");
  }
  public set annotations(value: { [key: string]: string }) {
    this._annotations = value;
  }
  public resetAnnotations(): void {
    this._annotations = undefined;
  }
  public get annotationsInput(): { [key: string]: string } | undefined {
    return this._annotations;
  }

  private _appEntitlementOwnerRefs?: AppAppEntitlementOwnerRefs[] | cdktf.IResolvable;
  public putAppEntitlementOwnerRefs(value: AppAppEntitlementOwnerRefs[] | cdktf.IResolvable): void {
    this._appEntitlementOwnerRefs = value;
  }
  public resetAppEntitlementOwnerRefs(): void {
    this._appEntitlementOwnerRefs = undefined;
  }
  public get appEntitlementOwnerRefsInput(): AppAppEntitlementOwnerRefs[] | cdktf.IResolvable | undefined {
    return this._appEntitlementOwnerRefs;
  }

  private _matchBatonRef?: AppMatchBatonRef;
  public putMatchBatonRef(value: AppMatchBatonRef): void {
    this._matchBatonRef = value;
  }
  public resetMatchBatonRef(): void {
    this._matchBatonRef = undefined;
  }
  public get matchBatonRefInput(): AppMatchBatonRef | undefined {
    return this._matchBatonRef;
  }

  // Computed-only attributes.
  public get id(): string {
    return this.getStringAttribute("id");
  }
  public get accessModel(): string {
    return this.getStringAttribute("access_model");
  }
  public get appAccountId(): string {
    return this.getStringAttribute("app_account_id");
  }
  public get appAccountName(): string {
    return this.getStringAttribute("app_account_name");
  }
  public get appUserMapper(): string {
    return this.getStringAttribute("app_user_mapper");
  }
  public get connectorVersion(): number {
    return this.getNumberAttribute("connector_version");
  }
  public get createdAt(): string {
    return this.getStringAttribute("created_at");
  }
  public get updatedAt(): string {
    return this.getStringAttribute("updated_at");
  }
  public get defaultRequestCatalogId(): string {
    return this.getStringAttribute("default_request_catalog_id");
  }
  public get enableConnectorSourcedOwnership(): cdktf.IResolvable {
    return this.getBooleanAttribute("enable_connector_sourced_ownership");
  }
  public get isDirectory(): cdktf.IResolvable {
    return this.getBooleanAttribute("is_directory");
  }
  public get isManuallyManaged(): cdktf.IResolvable {
    return this.getBooleanAttribute("is_manually_managed");
  }
  public get parentAppId(): string {
    return this.getStringAttribute("parent_app_id");
  }
  public get revokeGrantSources(): string {
    return this.getStringAttribute("revoke_grant_sources");
  }
  /** A string in the provider schema, not a number. */
  public get userCount(): string {
    return this.getStringAttribute("user_count");
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      display_name: cdktf.stringToTerraform(this._displayName),
      description: cdktf.stringToTerraform(this._description),
      grant_policy_id: cdktf.stringToTerraform(this._grantPolicyId),
      revoke_policy_id: cdktf.stringToTerraform(this._revokePolicyId),
      certify_policy_id: cdktf.stringToTerraform(this._certifyPolicyId),
      monthly_cost_usd: cdktf.numberToTerraform(this._monthlyCostUsd),
      identity_matching: cdktf.stringToTerraform(this._identityMatching),
      instructions: cdktf.stringToTerraform(this._instructions),
      strict_access_entitlement_provisioning: cdktf.booleanToTerraform(this._strictAccessEntitlementProvisioning),
      annotations: cdktf.hashMapper(cdktf.stringToTerraform)(this._annotations),
      app_entitlement_owner_refs: cdktf.listMapper(appAppEntitlementOwnerRefsToTerraform, false)(this._appEntitlementOwnerRefs),
      match_baton_ref: appMatchBatonRefToTerraform(this._matchBatonRef),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: unknown } {
    return definedHclAttributes({
      display_name: { value: cdktf.stringToHclTerraform(this._displayName), isBlock: false, type: "simple", storageClassType: "string" },
      description: { value: cdktf.stringToHclTerraform(this._description), isBlock: false, type: "simple", storageClassType: "string" },
      grant_policy_id: { value: cdktf.stringToHclTerraform(this._grantPolicyId), isBlock: false, type: "simple", storageClassType: "string" },
      revoke_policy_id: { value: cdktf.stringToHclTerraform(this._revokePolicyId), isBlock: false, type: "simple", storageClassType: "string" },
      certify_policy_id: { value: cdktf.stringToHclTerraform(this._certifyPolicyId), isBlock: false, type: "simple", storageClassType: "string" },
      monthly_cost_usd: { value: cdktf.numberToHclTerraform(this._monthlyCostUsd), isBlock: false, type: "simple", storageClassType: "number" },
      identity_matching: { value: cdktf.stringToHclTerraform(this._identityMatching), isBlock: false, type: "simple", storageClassType: "string" },
      instructions: { value: cdktf.stringToHclTerraform(this._instructions), isBlock: false, type: "simple", storageClassType: "string" },
      strict_access_entitlement_provisioning: {
        value: cdktf.booleanToHclTerraform(this._strictAccessEntitlementProvisioning),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      annotations: { value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._annotations), isBlock: false, type: "map", storageClassType: "stringMap" },
      app_entitlement_owner_refs: {
        value: cdktf.listMapperHcl(appAppEntitlementOwnerRefsToHclTerraform, false)(this._appEntitlementOwnerRefs),
        isBlock: false,
        type: "list",
        storageClassType: "AppAppEntitlementOwnerRefsList",
      },
      match_baton_ref: { value: appMatchBatonRefToHclTerraform(this._matchBatonRef), isBlock: false, type: "struct", storageClassType: "AppMatchBatonRef" },
    });
  }
}

// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AppConfig extends cdktf.TerraformMetaArguments {
  /**
  * Bounded key/value metadata bag for IaC marking and customer tags.
  *  See .rfcs/object-annotations.md §2. Limits: ≤16 entries; keys 1–128
  *  chars matching ^[A-Za-z][A-Za-z0-9._/-]{0,127}$; values 0–256 chars
  *  matching URL-safe ASCII; total serialized ≤4096 bytes. Keys starting
  *  with `c1/` are reserved for server-managed use and rejected on write.
  * 
  *  Well-known keys: `managed_by`, `iac_workspace`,
  *  `iac_resource_address`, `iac_tool_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#annotations App#annotations}
  */
  readonly annotations?: { [key: string]: string };
  /**
  * Initial entitlement owners for ordinary API creation. Requests with `match_baton_ref` must leave this empty; Terraform manages owners with `conductorone_app_owner_entitlement`. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#app_entitlement_owner_refs App#app_entitlement_owner_refs}
  */
  readonly appEntitlementOwnerRefs?: AppAppEntitlementOwnerRefs[] | cdktf.IResolvable;
  /**
  * Creates the app with this certify policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#certify_policy_id App#certify_policy_id}
  */
  readonly certifyPolicyId?: string;
  /**
  * Creates the app with this description.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#description App#description}
  */
  readonly description?: string;
  /**
  * Creates the app with this display name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#display_name App#display_name}
  */
  readonly displayName: string;
  /**
  * Creates the app with this grant policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#grant_policy_id App#grant_policy_id}
  */
  readonly grantPolicyId?: string;
  /**
  * Define the app user identity matching strategy for this app. possible known values include one of ["APP_USER_IDENTITY_MATCHING_UNSPECIFIED", "APP_USER_IDENTITY_MATCHING_STRICT", "APP_USER_IDENTITY_MATCHING_DISPLAY_NAME", "APP_USER_IDENTITY_MATCHING_CUSTOM"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#identity_matching App#identity_matching}
  */
  readonly identityMatching?: string;
  /**
  * Instructions shown to users in the access request form when requesting access for this app.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#instructions App#instructions}
  */
  readonly instructions?: string;
  /**
  * AppMatchBatonRef identifies the connector application that should adopt a manually-created application during uplift.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#match_baton_ref App#match_baton_ref}
  */
  readonly matchBatonRef?: AppMatchBatonRef;
  /**
  * Creates the app with this monthly cost per seat.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#monthly_cost_usd App#monthly_cost_usd}
  */
  readonly monthlyCostUsd?: number;
  /**
  * Creates the app with this revoke policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#revoke_policy_id App#revoke_policy_id}
  */
  readonly revokePolicyId?: string;
  /**
  * This flag enforces a provisioning mode where the access entitlement is always included in the provisioning flow, if the app user doesn't exist
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#strict_access_entitlement_provisioning App#strict_access_entitlement_provisioning}
  */
  readonly strictAccessEntitlementProvisioning?: boolean | cdktf.IResolvable;
}
export interface AppAppEntitlementOwnerRefs {
  /**
  * The appId field. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#app_id App#app_id}
  */
  readonly appId?: string;
  /**
  * The id field. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#id App#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function appAppEntitlementOwnerRefsToTerraform(struct?: AppAppEntitlementOwnerRefs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_id: cdktf.stringToTerraform(struct!.appId),
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function appAppEntitlementOwnerRefsToHclTerraform(struct?: AppAppEntitlementOwnerRefs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    app_id: {
      value: cdktf.stringToHclTerraform(struct!.appId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppAppEntitlementOwnerRefsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AppAppEntitlementOwnerRefs | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._appId !== undefined) {
      hasAnyValues = true;
      internalValueResult.appId = this._appId;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppAppEntitlementOwnerRefs | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._appId = undefined;
      this._id = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._appId = value.appId;
      this._id = value.id;
    }
  }

  // app_id - computed: false, optional: true, required: false
  private _appId?: string; 
  public get appId() {
    return this.getStringAttribute('app_id');
  }
  public set appId(value: string) {
    this._appId = value;
  }
  public resetAppId() {
    this._appId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appIdInput() {
    return this._appId;
  }

  // id - computed: false, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }
}

export class AppAppEntitlementOwnerRefsList extends cdktf.ComplexList {
  public internalValue? : AppAppEntitlementOwnerRefs[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): AppAppEntitlementOwnerRefsOutputReference {
    return new AppAppEntitlementOwnerRefsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AppAppUserMapperMappingCases {
}

export function appAppUserMapperMappingCasesToTerraform(struct?: AppAppUserMapperMappingCases): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appAppUserMapperMappingCasesToHclTerraform(struct?: AppAppUserMapperMappingCases): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppAppUserMapperMappingCasesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AppAppUserMapperMappingCases | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppAppUserMapperMappingCases | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_id - computed: true, optional: false, required: false
  public get appId() {
    return this.getStringAttribute('app_id');
  }

  // app_user_key_cel - computed: true, optional: false, required: false
  public get appUserKeyCel() {
    return this.getStringAttribute('app_user_key_cel');
  }

  // case_index - computed: true, optional: false, required: false
  public get caseIndex() {
    return this.getNumberAttribute('case_index');
  }

  // user_key_cel - computed: true, optional: false, required: false
  public get userKeyCel() {
    return this.getStringAttribute('user_key_cel');
  }
}

export class AppAppUserMapperMappingCasesList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): AppAppUserMapperMappingCasesOutputReference {
    return new AppAppUserMapperMappingCasesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AppAppUserMapper {
}

export function appAppUserMapperToTerraform(struct?: AppAppUserMapper): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appAppUserMapperToHclTerraform(struct?: AppAppUserMapper): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppAppUserMapperOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppAppUserMapper | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppAppUserMapper | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_id - computed: true, optional: false, required: false
  public get appId() {
    return this.getStringAttribute('app_id');
  }

  // mapping_cases - computed: true, optional: false, required: false
  private _mappingCases = new AppAppUserMapperMappingCasesList(this, "mapping_cases", false);
  public get mappingCases() {
    return this._mappingCases;
  }
}
export interface AppMatchBatonRef {
  /**
  * Application that owns the connector. Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#app_id App#app_id}
  */
  readonly appId?: string;
  /**
  * Connector that discovers the application. Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#connector_id App#connector_id}
  */
  readonly connectorId?: string;
  /**
  * Canonical connector-v2 application resource ID in
  *  `<resource_type>::<resource_id>` form (for example, `app::0oa123`).
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#external_id App#external_id}
  */
  readonly externalId?: string;
}

export function appMatchBatonRefToTerraform(struct?: AppMatchBatonRef | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_id: cdktf.stringToTerraform(struct!.appId),
    connector_id: cdktf.stringToTerraform(struct!.connectorId),
    external_id: cdktf.stringToTerraform(struct!.externalId),
  }
}


export function appMatchBatonRefToHclTerraform(struct?: AppMatchBatonRef | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    app_id: {
      value: cdktf.stringToHclTerraform(struct!.appId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    connector_id: {
      value: cdktf.stringToHclTerraform(struct!.connectorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    external_id: {
      value: cdktf.stringToHclTerraform(struct!.externalId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppMatchBatonRefOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppMatchBatonRef | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._appId !== undefined) {
      hasAnyValues = true;
      internalValueResult.appId = this._appId;
    }
    if (this._connectorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectorId = this._connectorId;
    }
    if (this._externalId !== undefined) {
      hasAnyValues = true;
      internalValueResult.externalId = this._externalId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppMatchBatonRef | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._appId = undefined;
      this._connectorId = undefined;
      this._externalId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._appId = value.appId;
      this._connectorId = value.connectorId;
      this._externalId = value.externalId;
    }
  }

  // app_id - computed: true, optional: true, required: false
  private _appId?: string; 
  public get appId() {
    return this.getStringAttribute('app_id');
  }
  public set appId(value: string) {
    this._appId = value;
  }
  public resetAppId() {
    this._appId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appIdInput() {
    return this._appId;
  }

  // connector_id - computed: true, optional: true, required: false
  private _connectorId?: string; 
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }
  public set connectorId(value: string) {
    this._connectorId = value;
  }
  public resetConnectorId() {
    this._connectorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectorIdInput() {
    return this._connectorId;
  }

  // external_id - computed: true, optional: true, required: false
  private _externalId?: string; 
  public get externalId() {
    return this.getStringAttribute('external_id');
  }
  public set externalId(value: string) {
    this._externalId = value;
  }
  public resetExternalId() {
    this._externalId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalIdInput() {
    return this._externalId;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app conductorone_app}
*/
export class App extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_app";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a App resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the App to import
  * @param importFromId The id of the existing App that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the App to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_app", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app conductorone_app} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AppConfig
  */
  public constructor(scope: Construct, id: string, config: AppConfig) {
    super(scope, id, {
      terraformResourceType: 'conductorone_app',
      terraformGeneratorMetadata: {
        providerName: 'conductorone',
        providerVersionConstraint: '~> 1.5.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._annotations = config.annotations;
    this._appEntitlementOwnerRefs.internalValue = config.appEntitlementOwnerRefs;
    this._certifyPolicyId = config.certifyPolicyId;
    this._description = config.description;
    this._displayName = config.displayName;
    this._grantPolicyId = config.grantPolicyId;
    this._identityMatching = config.identityMatching;
    this._instructions = config.instructions;
    this._matchBatonRef.internalValue = config.matchBatonRef;
    this._monthlyCostUsd = config.monthlyCostUsd;
    this._revokePolicyId = config.revokePolicyId;
    this._strictAccessEntitlementProvisioning = config.strictAccessEntitlementProvisioning;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_model - computed: true, optional: false, required: false
  public get accessModel() {
    return this.getStringAttribute('access_model');
  }

  // annotations - computed: true, optional: true, required: false
  private _annotations?: { [key: string]: string }; 
  public get annotations() {
    return this.getStringMapAttribute('annotations');
  }
  public set annotations(value: { [key: string]: string }) {
    this._annotations = value;
  }
  public resetAnnotations() {
    this._annotations = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get annotationsInput() {
    return this._annotations;
  }

  // app_account_id - computed: true, optional: false, required: false
  public get appAccountId() {
    return this.getStringAttribute('app_account_id');
  }

  // app_account_name - computed: true, optional: false, required: false
  public get appAccountName() {
    return this.getStringAttribute('app_account_name');
  }

  // app_entitlement_owner_refs - computed: false, optional: true, required: false
  private _appEntitlementOwnerRefs = new AppAppEntitlementOwnerRefsList(this, "app_entitlement_owner_refs", false);
  public get appEntitlementOwnerRefs() {
    return this._appEntitlementOwnerRefs;
  }
  public putAppEntitlementOwnerRefs(value: AppAppEntitlementOwnerRefs[] | cdktf.IResolvable) {
    this._appEntitlementOwnerRefs.internalValue = value;
  }
  public resetAppEntitlementOwnerRefs() {
    this._appEntitlementOwnerRefs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appEntitlementOwnerRefsInput() {
    return this._appEntitlementOwnerRefs.internalValue;
  }

  // app_user_mapper - computed: true, optional: false, required: false
  private _appUserMapper = new AppAppUserMapperOutputReference(this, "app_user_mapper");
  public get appUserMapper() {
    return this._appUserMapper;
  }

  // certify_policy_id - computed: true, optional: true, required: false
  private _certifyPolicyId?: string; 
  public get certifyPolicyId() {
    return this.getStringAttribute('certify_policy_id');
  }
  public set certifyPolicyId(value: string) {
    this._certifyPolicyId = value;
  }
  public resetCertifyPolicyId() {
    this._certifyPolicyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certifyPolicyIdInput() {
    return this._certifyPolicyId;
  }

  // connector_version - computed: true, optional: false, required: false
  public get connectorVersion() {
    return this.getNumberAttribute('connector_version');
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // default_request_catalog_id - computed: true, optional: false, required: false
  public get defaultRequestCatalogId() {
    return this.getStringAttribute('default_request_catalog_id');
  }

  // description - computed: true, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // display_name - computed: false, optional: false, required: true
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get displayNameInput() {
    return this._displayName;
  }

  // enable_connector_sourced_ownership - computed: true, optional: false, required: false
  public get enableConnectorSourcedOwnership() {
    return this.getBooleanAttribute('enable_connector_sourced_ownership');
  }

  // grant_policy_id - computed: true, optional: true, required: false
  private _grantPolicyId?: string; 
  public get grantPolicyId() {
    return this.getStringAttribute('grant_policy_id');
  }
  public set grantPolicyId(value: string) {
    this._grantPolicyId = value;
  }
  public resetGrantPolicyId() {
    this._grantPolicyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get grantPolicyIdInput() {
    return this._grantPolicyId;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // identity_matching - computed: true, optional: true, required: false
  private _identityMatching?: string; 
  public get identityMatching() {
    return this.getStringAttribute('identity_matching');
  }
  public set identityMatching(value: string) {
    this._identityMatching = value;
  }
  public resetIdentityMatching() {
    this._identityMatching = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get identityMatchingInput() {
    return this._identityMatching;
  }

  // instructions - computed: true, optional: true, required: false
  private _instructions?: string; 
  public get instructions() {
    return this.getStringAttribute('instructions');
  }
  public set instructions(value: string) {
    this._instructions = value;
  }
  public resetInstructions() {
    this._instructions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get instructionsInput() {
    return this._instructions;
  }

  // is_directory - computed: true, optional: false, required: false
  public get isDirectory() {
    return this.getBooleanAttribute('is_directory');
  }

  // is_manually_managed - computed: true, optional: false, required: false
  public get isManuallyManaged() {
    return this.getBooleanAttribute('is_manually_managed');
  }

  // match_baton_ref - computed: true, optional: true, required: false
  private _matchBatonRef = new AppMatchBatonRefOutputReference(this, "match_baton_ref");
  public get matchBatonRef() {
    return this._matchBatonRef;
  }
  public putMatchBatonRef(value: AppMatchBatonRef) {
    this._matchBatonRef.internalValue = value;
  }
  public resetMatchBatonRef() {
    this._matchBatonRef.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get matchBatonRefInput() {
    return this._matchBatonRef.internalValue;
  }

  // monthly_cost_usd - computed: true, optional: true, required: false
  private _monthlyCostUsd?: number; 
  public get monthlyCostUsd() {
    return this.getNumberAttribute('monthly_cost_usd');
  }
  public set monthlyCostUsd(value: number) {
    this._monthlyCostUsd = value;
  }
  public resetMonthlyCostUsd() {
    this._monthlyCostUsd = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get monthlyCostUsdInput() {
    return this._monthlyCostUsd;
  }

  // parent_app_id - computed: true, optional: false, required: false
  public get parentAppId() {
    return this.getStringAttribute('parent_app_id');
  }

  // revoke_grant_sources - computed: true, optional: false, required: false
  public get revokeGrantSources() {
    return this.getBooleanAttribute('revoke_grant_sources');
  }

  // revoke_policy_id - computed: true, optional: true, required: false
  private _revokePolicyId?: string; 
  public get revokePolicyId() {
    return this.getStringAttribute('revoke_policy_id');
  }
  public set revokePolicyId(value: string) {
    this._revokePolicyId = value;
  }
  public resetRevokePolicyId() {
    this._revokePolicyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get revokePolicyIdInput() {
    return this._revokePolicyId;
  }

  // strict_access_entitlement_provisioning - computed: true, optional: true, required: false
  private _strictAccessEntitlementProvisioning?: boolean | cdktf.IResolvable; 
  public get strictAccessEntitlementProvisioning() {
    return this.getBooleanAttribute('strict_access_entitlement_provisioning');
  }
  public set strictAccessEntitlementProvisioning(value: boolean | cdktf.IResolvable) {
    this._strictAccessEntitlementProvisioning = value;
  }
  public resetStrictAccessEntitlementProvisioning() {
    this._strictAccessEntitlementProvisioning = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get strictAccessEntitlementProvisioningInput() {
    return this._strictAccessEntitlementProvisioning;
  }

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }

  // user_count - computed: true, optional: false, required: false
  public get userCount() {
    return this.getStringAttribute('user_count');
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      annotations: cdktf.hashMapper(cdktf.stringToTerraform)(this._annotations),
      app_entitlement_owner_refs: cdktf.listMapper(appAppEntitlementOwnerRefsToTerraform, false)(this._appEntitlementOwnerRefs.internalValue),
      certify_policy_id: cdktf.stringToTerraform(this._certifyPolicyId),
      description: cdktf.stringToTerraform(this._description),
      display_name: cdktf.stringToTerraform(this._displayName),
      grant_policy_id: cdktf.stringToTerraform(this._grantPolicyId),
      identity_matching: cdktf.stringToTerraform(this._identityMatching),
      instructions: cdktf.stringToTerraform(this._instructions),
      match_baton_ref: appMatchBatonRefToTerraform(this._matchBatonRef.internalValue),
      monthly_cost_usd: cdktf.numberToTerraform(this._monthlyCostUsd),
      revoke_policy_id: cdktf.stringToTerraform(this._revokePolicyId),
      strict_access_entitlement_provisioning: cdktf.booleanToTerraform(this._strictAccessEntitlementProvisioning),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      annotations: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._annotations),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      app_entitlement_owner_refs: {
        value: cdktf.listMapperHcl(appAppEntitlementOwnerRefsToHclTerraform, false)(this._appEntitlementOwnerRefs.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AppAppEntitlementOwnerRefsList",
      },
      certify_policy_id: {
        value: cdktf.stringToHclTerraform(this._certifyPolicyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      display_name: {
        value: cdktf.stringToHclTerraform(this._displayName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      grant_policy_id: {
        value: cdktf.stringToHclTerraform(this._grantPolicyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      identity_matching: {
        value: cdktf.stringToHclTerraform(this._identityMatching),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      instructions: {
        value: cdktf.stringToHclTerraform(this._instructions),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      match_baton_ref: {
        value: appMatchBatonRefToHclTerraform(this._matchBatonRef.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "AppMatchBatonRef",
      },
      monthly_cost_usd: {
        value: cdktf.numberToHclTerraform(this._monthlyCostUsd),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      revoke_policy_id: {
        value: cdktf.stringToHclTerraform(this._revokePolicyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      strict_access_entitlement_provisioning: {
        value: cdktf.booleanToHclTerraform(this._strictAccessEntitlementProvisioning),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataConductoroneAppConfig extends cdktf.TerraformMetaArguments {
  /**
  * A list of app IDs to restrict the search to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app#app_ids DataConductoroneApp#app_ids}
  */
  readonly appIds?: string[];
  /**
  * The app's display name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app#display_name DataConductoroneApp#display_name}
  */
  readonly displayName?: string;
  /**
  * A list of app IDs to remove from the results.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app#exclude_app_ids DataConductoroneApp#exclude_app_ids}
  */
  readonly excludeAppIds?: string[];
  /**
  * Only return apps which are directories
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app#only_directories DataConductoroneApp#only_directories}
  */
  readonly onlyDirectories?: boolean | cdktf.IResolvable;
  /**
  * The pageSize where 0 <= pageSize <= 100. Values < 10 will be set to 10. A value of 0 returns the default page size (currently 25)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app#page_size DataConductoroneApp#page_size}
  */
  readonly pageSize?: number;
  /**
  * The pageToken field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app#page_token DataConductoroneApp#page_token}
  */
  readonly pageToken?: string;
  /**
  * Search for apps that use any of these policies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app#policy_refs DataConductoroneApp#policy_refs}
  */
  readonly policyRefs?: DataConductoroneAppPolicyRefs[] | cdktf.IResolvable;
  /**
  * Query the apps with a fuzzy search on display name and description.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app#query DataConductoroneApp#query}
  */
  readonly query?: string;
}
export interface DataConductoroneAppAppUserMapperMappingCases {
}

export function dataConductoroneAppAppUserMapperMappingCasesToTerraform(struct?: DataConductoroneAppAppUserMapperMappingCases): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppAppUserMapperMappingCasesToHclTerraform(struct?: DataConductoroneAppAppUserMapperMappingCases): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppAppUserMapperMappingCasesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppAppUserMapperMappingCases | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppAppUserMapperMappingCases | undefined) {
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

export class DataConductoroneAppAppUserMapperMappingCasesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneAppAppUserMapperMappingCasesOutputReference {
    return new DataConductoroneAppAppUserMapperMappingCasesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneAppAppUserMapper {
}

export function dataConductoroneAppAppUserMapperToTerraform(struct?: DataConductoroneAppAppUserMapper): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppAppUserMapperToHclTerraform(struct?: DataConductoroneAppAppUserMapper): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppAppUserMapperOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppAppUserMapper | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppAppUserMapper | undefined) {
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
  private _mappingCases = new DataConductoroneAppAppUserMapperMappingCasesList(this, "mapping_cases", false);
  public get mappingCases() {
    return this._mappingCases;
  }
}
export interface DataConductoroneAppMatchBatonRef {
}

export function dataConductoroneAppMatchBatonRefToTerraform(struct?: DataConductoroneAppMatchBatonRef): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppMatchBatonRefToHclTerraform(struct?: DataConductoroneAppMatchBatonRef): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppMatchBatonRefOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppMatchBatonRef | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppMatchBatonRef | undefined) {
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

  // connector_id - computed: true, optional: false, required: false
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }

  // external_id - computed: true, optional: false, required: false
  public get externalId() {
    return this.getStringAttribute('external_id');
  }
}
export interface DataConductoroneAppPolicyRefs {
  /**
  * The id field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app#id DataConductoroneApp#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function dataConductoroneAppPolicyRefsToTerraform(struct?: DataConductoroneAppPolicyRefs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function dataConductoroneAppPolicyRefsToHclTerraform(struct?: DataConductoroneAppPolicyRefs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
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

export class DataConductoroneAppPolicyRefsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppPolicyRefs | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppPolicyRefs | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._id = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._id = value.id;
    }
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

export class DataConductoroneAppPolicyRefsList extends cdktf.ComplexList {
  public internalValue? : DataConductoroneAppPolicyRefs[] | cdktf.IResolvable

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
  public get(index: number): DataConductoroneAppPolicyRefsOutputReference {
    return new DataConductoroneAppPolicyRefsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app conductorone_app}
*/
export class DataConductoroneApp extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_app";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataConductoroneApp resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataConductoroneApp to import
  * @param importFromId The id of the existing DataConductoroneApp that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataConductoroneApp to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_app", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app conductorone_app} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataConductoroneAppConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataConductoroneAppConfig = {}) {
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
    this._appIds = config.appIds;
    this._displayName = config.displayName;
    this._excludeAppIds = config.excludeAppIds;
    this._onlyDirectories = config.onlyDirectories;
    this._pageSize = config.pageSize;
    this._pageToken = config.pageToken;
    this._policyRefs.internalValue = config.policyRefs;
    this._query = config.query;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_model - computed: true, optional: false, required: false
  public get accessModel() {
    return this.getStringAttribute('access_model');
  }

  // annotations - computed: true, optional: false, required: false
  private _annotations = new cdktf.StringMap(this, "annotations");
  public get annotations() {
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

  // app_ids - computed: false, optional: true, required: false
  private _appIds?: string[]; 
  public get appIds() {
    return this.getListAttribute('app_ids');
  }
  public set appIds(value: string[]) {
    this._appIds = value;
  }
  public resetAppIds() {
    this._appIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appIdsInput() {
    return this._appIds;
  }

  // app_user_mapper - computed: true, optional: false, required: false
  private _appUserMapper = new DataConductoroneAppAppUserMapperOutputReference(this, "app_user_mapper");
  public get appUserMapper() {
    return this._appUserMapper;
  }

  // certify_policy_id - computed: true, optional: false, required: false
  public get certifyPolicyId() {
    return this.getStringAttribute('certify_policy_id');
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

  // deleted_at - computed: true, optional: false, required: false
  public get deletedAt() {
    return this.getStringAttribute('deleted_at');
  }

  // description - computed: true, optional: false, required: false
  public get description() {
    return this.getStringAttribute('description');
  }

  // display_name - computed: true, optional: true, required: false
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  public resetDisplayName() {
    this._displayName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get displayNameInput() {
    return this._displayName;
  }

  // enable_connector_sourced_ownership - computed: true, optional: false, required: false
  public get enableConnectorSourcedOwnership() {
    return this.getBooleanAttribute('enable_connector_sourced_ownership');
  }

  // exclude_app_ids - computed: false, optional: true, required: false
  private _excludeAppIds?: string[]; 
  public get excludeAppIds() {
    return this.getListAttribute('exclude_app_ids');
  }
  public set excludeAppIds(value: string[]) {
    this._excludeAppIds = value;
  }
  public resetExcludeAppIds() {
    this._excludeAppIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeAppIdsInput() {
    return this._excludeAppIds;
  }

  // grant_policy_id - computed: true, optional: false, required: false
  public get grantPolicyId() {
    return this.getStringAttribute('grant_policy_id');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // identity_matching - computed: true, optional: false, required: false
  public get identityMatching() {
    return this.getStringAttribute('identity_matching');
  }

  // instructions - computed: true, optional: false, required: false
  public get instructions() {
    return this.getStringAttribute('instructions');
  }

  // is_directory - computed: true, optional: false, required: false
  public get isDirectory() {
    return this.getBooleanAttribute('is_directory');
  }

  // is_manually_managed - computed: true, optional: false, required: false
  public get isManuallyManaged() {
    return this.getBooleanAttribute('is_manually_managed');
  }

  // match_baton_ref - computed: true, optional: false, required: false
  private _matchBatonRef = new DataConductoroneAppMatchBatonRefOutputReference(this, "match_baton_ref");
  public get matchBatonRef() {
    return this._matchBatonRef;
  }

  // monthly_cost_usd - computed: true, optional: false, required: false
  public get monthlyCostUsd() {
    return this.getNumberAttribute('monthly_cost_usd');
  }

  // next_page_token - computed: true, optional: false, required: false
  public get nextPageToken() {
    return this.getStringAttribute('next_page_token');
  }

  // only_directories - computed: false, optional: true, required: false
  private _onlyDirectories?: boolean | cdktf.IResolvable; 
  public get onlyDirectories() {
    return this.getBooleanAttribute('only_directories');
  }
  public set onlyDirectories(value: boolean | cdktf.IResolvable) {
    this._onlyDirectories = value;
  }
  public resetOnlyDirectories() {
    this._onlyDirectories = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onlyDirectoriesInput() {
    return this._onlyDirectories;
  }

  // page_size - computed: false, optional: true, required: false
  private _pageSize?: number; 
  public get pageSize() {
    return this.getNumberAttribute('page_size');
  }
  public set pageSize(value: number) {
    this._pageSize = value;
  }
  public resetPageSize() {
    this._pageSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pageSizeInput() {
    return this._pageSize;
  }

  // page_token - computed: false, optional: true, required: false
  private _pageToken?: string; 
  public get pageToken() {
    return this.getStringAttribute('page_token');
  }
  public set pageToken(value: string) {
    this._pageToken = value;
  }
  public resetPageToken() {
    this._pageToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pageTokenInput() {
    return this._pageToken;
  }

  // parent_app_id - computed: true, optional: false, required: false
  public get parentAppId() {
    return this.getStringAttribute('parent_app_id');
  }

  // policy_refs - computed: false, optional: true, required: false
  private _policyRefs = new DataConductoroneAppPolicyRefsList(this, "policy_refs", false);
  public get policyRefs() {
    return this._policyRefs;
  }
  public putPolicyRefs(value: DataConductoroneAppPolicyRefs[] | cdktf.IResolvable) {
    this._policyRefs.internalValue = value;
  }
  public resetPolicyRefs() {
    this._policyRefs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get policyRefsInput() {
    return this._policyRefs.internalValue;
  }

  // query - computed: false, optional: true, required: false
  private _query?: string; 
  public get query() {
    return this.getStringAttribute('query');
  }
  public set query(value: string) {
    this._query = value;
  }
  public resetQuery() {
    this._query = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queryInput() {
    return this._query;
  }

  // revoke_grant_sources - computed: true, optional: false, required: false
  public get revokeGrantSources() {
    return this.getBooleanAttribute('revoke_grant_sources');
  }

  // revoke_policy_id - computed: true, optional: false, required: false
  public get revokePolicyId() {
    return this.getStringAttribute('revoke_policy_id');
  }

  // strict_access_entitlement_provisioning - computed: true, optional: false, required: false
  public get strictAccessEntitlementProvisioning() {
    return this.getBooleanAttribute('strict_access_entitlement_provisioning');
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
      app_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._appIds),
      display_name: cdktf.stringToTerraform(this._displayName),
      exclude_app_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeAppIds),
      only_directories: cdktf.booleanToTerraform(this._onlyDirectories),
      page_size: cdktf.numberToTerraform(this._pageSize),
      page_token: cdktf.stringToTerraform(this._pageToken),
      policy_refs: cdktf.listMapper(dataConductoroneAppPolicyRefsToTerraform, false)(this._policyRefs.internalValue),
      query: cdktf.stringToTerraform(this._query),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      app_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._appIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      display_name: {
        value: cdktf.stringToHclTerraform(this._displayName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      exclude_app_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._excludeAppIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      only_directories: {
        value: cdktf.booleanToHclTerraform(this._onlyDirectories),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      page_size: {
        value: cdktf.numberToHclTerraform(this._pageSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      page_token: {
        value: cdktf.stringToHclTerraform(this._pageToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      policy_refs: {
        value: cdktf.listMapperHcl(dataConductoroneAppPolicyRefsToHclTerraform, false)(this._policyRefs.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataConductoroneAppPolicyRefsList",
      },
      query: {
        value: cdktf.stringToHclTerraform(this._query),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

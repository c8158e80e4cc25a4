// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataConductoroneAppResourcesConfig extends cdktf.TerraformMetaArguments {
  /**
  * Restrict the search to AI-agent resources with one of the given agent
  *  lifecycle statuses (READY, DISABLED, DELETED). When empty, agent status is
  *  not used as a filter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#agent_statuses DataConductoroneAppResources#agent_statuses}
  */
  readonly agentStatuses?: string[];
  /**
  * The app ID to restrict the search to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#app_id DataConductoroneAppResources#app_id}
  */
  readonly appId?: string;
  /**
  * A list of app IDs to restrict the search to. Mirrors the singular app_id;
  *  both fold into the same filter, so callers may set either or both.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#app_ids DataConductoroneAppResources#app_ids}
  */
  readonly appIds?: string[];
  /**
  * A list of app user IDs to restrict the search by.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#app_user_ids DataConductoroneAppResources#app_user_ids}
  */
  readonly appUserIds?: string[];
  /**
  * Restrict the search to resources whose credential material spine (K1) matches
  *  one of the given CredentialType values. Applies to resources with a
  *  secret_trait. When empty, credential_type is not used as a filter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#credential_types DataConductoroneAppResources#credential_types}
  */
  readonly credentialTypes?: string[];
  /**
  * Direction to sort in. Unspecified falls back to ASC when sort_field is set.
  *  No defined_only validation here: protoc-gen-validate mis-resolves the
  *  cross-package enum name map to this file's c1.models.app.v1 import alias
  *  instead of c1.api.search.v1, which fails to compile. The query builder
  *  already treats any unrecognized value as ASC, so this is safe to omit.
  * possible known values include one of ["SORT_DIRECTION_UNSPECIFIED", "SORT_DIRECTION_ASC", "SORT_DIRECTION_DESC"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#direction DataConductoroneAppResources#direction}
  */
  readonly direction?: string;
  /**
  * When true, excludes resources belonging to soft-deleted apps.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#exclude_deleted_apps DataConductoroneAppResources#exclude_deleted_apps}
  */
  readonly excludeDeletedApps?: boolean | cdktf.IResolvable;
  /**
  * If true, exclude resources whose bindings have been deleted.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#exclude_deleted_resource_bindings DataConductoroneAppResources#exclude_deleted_resource_bindings}
  */
  readonly excludeDeletedResourceBindings?: boolean | cdktf.IResolvable;
  /**
  * A list of resource IDs to exclude from the search results.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#exclude_resource_ids DataConductoroneAppResources#exclude_resource_ids}
  */
  readonly excludeResourceIds?: string[];
  /**
  * A list of resource type trait IDs to exclude from the search.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#exclude_resource_type_trait_ids DataConductoroneAppResources#exclude_resource_type_trait_ids}
  */
  readonly excludeResourceTypeTraitIds?: string[];
  /**
  * Restrict the search to resources whose NHI classification spine (K3) is one
  *  of the given NhiType values. When empty, nhi_type is not used as a filter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#nhi_types DataConductoroneAppResources#nhi_types}
  */
  readonly nhiTypes?: string[];
  /**
  * A list of C1 user IDs to filter resources by ownership. The sentinel
  *  value "none" matches resources with no owner. Mutually exclusive with
  *  unowned_only — combine "none" with real owner IDs instead of setting
  *  unowned_only alongside them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#owner_user_ids DataConductoroneAppResources#owner_user_ids}
  */
  readonly ownerUserIds?: string[];
  /**
  * The maximum number of results to return per page.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#page_size DataConductoroneAppResources#page_size}
  */
  readonly pageSize?: number;
  /**
  * The token for fetching the next page of results.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#page_token DataConductoroneAppResources#page_token}
  */
  readonly pageToken?: string;
  /**
  * Fuzzy search the display name of resources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#query DataConductoroneAppResources#query}
  */
  readonly query?: string;
  /**
  * A list of specific app resource references to restrict the search to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#refs DataConductoroneAppResources#refs}
  */
  readonly refs?: DataConductoroneAppResourcesRefs[] | cdktf.IResolvable;
  /**
  * A list of resource IDs to restrict the search to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#resource_ids DataConductoroneAppResources#resource_ids}
  */
  readonly resourceIds?: string[];
  /**
  * A list of resource type IDs to restrict the search by.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#resource_type_ids DataConductoroneAppResources#resource_type_ids}
  */
  readonly resourceTypeIds?: string[];
  /**
  * A list of resource type trait IDs to restrict the search by.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#resource_type_trait_ids DataConductoroneAppResources#resource_type_trait_ids}
  */
  readonly resourceTypeTraitIds?: string[];
  /**
  * SecretAgingFilter restricts a resource search to secrets (credential_type != 0)
  *  whose secret-trait timestamps fall in the given half-open ranges. Each bound is
  *  optional; leave one unset for an open-ended range. All set bounds are ANDed.
  *  Callers pass absolute timestamps (computed against their reference "now").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#secret_aging DataConductoroneAppResources#secret_aging}
  */
  readonly secretAging?: DataConductoroneAppResourcesSecretAging;
  /**
  * Column to sort by. Unspecified (0) keeps the server's default order (app, then display name). possible known values include one of ["APP_RESOURCE_SORT_FIELD_UNSPECIFIED", "APP_RESOURCE_SORT_FIELD_SECRET_CREATED_AT", "APP_RESOURCE_SORT_FIELD_SECRET_EXPIRES_AT", "APP_RESOURCE_SORT_FIELD_LAST_USED_AT"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#sort_field DataConductoroneAppResources#sort_field}
  */
  readonly sortField?: string;
  /**
  * When true, restrict results to resources with no ownership-v2 primary-role
  *  owner. Mutually exclusive with owner_user_ids — use owner_user_ids:
  *  ["none"] instead if you also need to combine it with real owner IDs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#unowned_only DataConductoroneAppResources#unowned_only}
  */
  readonly unownedOnly?: boolean | cdktf.IResolvable;
  /**
  * When true, restrict results to resources that have at least one open finding
  *  (index-backed EXISTS semi-join). When false/unset, results are unfiltered.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#with_open_findings DataConductoroneAppResources#with_open_findings}
  */
  readonly withOpenFindings?: boolean | cdktf.IResolvable;
}
export interface DataConductoroneAppResourcesExpanded {
}

export function dataConductoroneAppResourcesExpandedToTerraform(struct?: DataConductoroneAppResourcesExpanded): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppResourcesExpandedToHclTerraform(struct?: DataConductoroneAppResourcesExpanded): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppResourcesExpandedOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppResourcesExpanded | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppResourcesExpanded | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}

export class DataConductoroneAppResourcesExpandedList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneAppResourcesExpandedOutputReference {
    return new DataConductoroneAppResourcesExpandedOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneAppResourcesListAppResourceAgentTrait {
}

export function dataConductoroneAppResourcesListAppResourceAgentTraitToTerraform(struct?: DataConductoroneAppResourcesListAppResourceAgentTrait): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppResourcesListAppResourceAgentTraitToHclTerraform(struct?: DataConductoroneAppResourcesListAppResourceAgentTrait): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppResourcesListAppResourceAgentTraitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppResourcesListAppResourceAgentTrait | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppResourcesListAppResourceAgentTrait | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // identity_app_user_id - computed: true, optional: false, required: false
  public get identityAppUserId() {
    return this.getStringAttribute('identity_app_user_id');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }
}
export interface DataConductoroneAppResourcesListAppResourceProfile {
}

export function dataConductoroneAppResourcesListAppResourceProfileToTerraform(struct?: DataConductoroneAppResourcesListAppResourceProfile): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppResourcesListAppResourceProfileToHclTerraform(struct?: DataConductoroneAppResourcesListAppResourceProfile): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppResourcesListAppResourceProfileOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppResourcesListAppResourceProfile | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppResourcesListAppResourceProfile | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneAppResourcesListAppResourceSecretTrait {
}

export function dataConductoroneAppResourcesListAppResourceSecretTraitToTerraform(struct?: DataConductoroneAppResourcesListAppResourceSecretTrait): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppResourcesListAppResourceSecretTraitToHclTerraform(struct?: DataConductoroneAppResourcesListAppResourceSecretTrait): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppResourcesListAppResourceSecretTraitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppResourcesListAppResourceSecretTrait | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppResourcesListAppResourceSecretTrait | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // created_by_app_user_id - computed: true, optional: false, required: false
  public get createdByAppUserId() {
    return this.getStringAttribute('created_by_app_user_id');
  }

  // credential_detail - computed: true, optional: false, required: false
  public get credentialDetail() {
    return this.getStringAttribute('credential_detail');
  }

  // identity_app_user_id - computed: true, optional: false, required: false
  public get identityAppUserId() {
    return this.getStringAttribute('identity_app_user_id');
  }

  // last_used_at - computed: true, optional: false, required: false
  public get lastUsedAt() {
    return this.getStringAttribute('last_used_at');
  }

  // secret_created_at - computed: true, optional: false, required: false
  public get secretCreatedAt() {
    return this.getStringAttribute('secret_created_at');
  }

  // secret_expires_at - computed: true, optional: false, required: false
  public get secretExpiresAt() {
    return this.getStringAttribute('secret_expires_at');
  }
}
export interface DataConductoroneAppResourcesListAppResource {
}

export function dataConductoroneAppResourcesListAppResourceToTerraform(struct?: DataConductoroneAppResourcesListAppResource): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppResourcesListAppResourceToHclTerraform(struct?: DataConductoroneAppResourcesListAppResource): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppResourcesListAppResourceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppResourcesListAppResource | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppResourcesListAppResource | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // access_config_id - computed: true, optional: false, required: false
  public get accessConfigId() {
    return this.getStringAttribute('access_config_id');
  }

  // agent_trait - computed: true, optional: false, required: false
  private _agentTrait = new DataConductoroneAppResourcesListAppResourceAgentTraitOutputReference(this, "agent_trait");
  public get agentTrait() {
    return this._agentTrait;
  }

  // annotations - computed: true, optional: false, required: false
  private _annotations = new cdktf.StringMap(this, "annotations");
  public get annotations() {
    return this._annotations;
  }

  // app_id - computed: true, optional: false, required: false
  public get appId() {
    return this.getStringAttribute('app_id');
  }

  // app_resource_type_id - computed: true, optional: false, required: false
  public get appResourceTypeId() {
    return this.getStringAttribute('app_resource_type_id');
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // deleted_at - computed: true, optional: false, required: false
  public get deletedAt() {
    return this.getStringAttribute('deleted_at');
  }

  // description - computed: true, optional: false, required: false
  public get description() {
    return this.getStringAttribute('description');
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // external_id - computed: true, optional: false, required: false
  public get externalId() {
    return this.getStringAttribute('external_id');
  }

  // grant_count - computed: true, optional: false, required: false
  public get grantCount() {
    return this.getStringAttribute('grant_count');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // match_baton_id - computed: true, optional: false, required: false
  public get matchBatonId() {
    return this.getStringAttribute('match_baton_id');
  }

  // nhi_detail - computed: true, optional: false, required: false
  public get nhiDetail() {
    return this.getStringAttribute('nhi_detail');
  }

  // nhi_type - computed: true, optional: false, required: false
  public get nhiType() {
    return this.getStringAttribute('nhi_type');
  }

  // parent_app_resource_id - computed: true, optional: false, required: false
  public get parentAppResourceId() {
    return this.getStringAttribute('parent_app_resource_id');
  }

  // parent_app_resource_type_id - computed: true, optional: false, required: false
  public get parentAppResourceTypeId() {
    return this.getStringAttribute('parent_app_resource_type_id');
  }

  // profile - computed: true, optional: false, required: false
  private _profile = new DataConductoroneAppResourcesListAppResourceProfileOutputReference(this, "profile");
  public get profile() {
    return this._profile;
  }

  // secret_trait - computed: true, optional: false, required: false
  private _secretTrait = new DataConductoroneAppResourcesListAppResourceSecretTraitOutputReference(this, "secret_trait");
  public get secretTrait() {
    return this._secretTrait;
  }

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }
}
export interface DataConductoroneAppResourcesListObjectPermissions {
}

export function dataConductoroneAppResourcesListObjectPermissionsToTerraform(struct?: DataConductoroneAppResourcesListObjectPermissions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppResourcesListObjectPermissionsToHclTerraform(struct?: DataConductoroneAppResourcesListObjectPermissions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppResourcesListObjectPermissionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppResourcesListObjectPermissions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppResourcesListObjectPermissions | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // delete - computed: true, optional: false, required: false
  public get delete() {
    return this.getBooleanAttribute('delete');
  }

  // edit - computed: true, optional: false, required: false
  public get edit() {
    return this.getBooleanAttribute('edit');
  }

  // extra - computed: true, optional: false, required: false
  private _extra = new cdktf.BooleanMap(this, "extra");
  public get extra() {
    return this._extra;
  }

  // read - computed: true, optional: false, required: false
  public get read() {
    return this.getBooleanAttribute('read');
  }
}
export interface DataConductoroneAppResourcesListStruct {
}

export function dataConductoroneAppResourcesListStructToTerraform(struct?: DataConductoroneAppResourcesListStruct): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppResourcesListStructToHclTerraform(struct?: DataConductoroneAppResourcesListStruct): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppResourcesListStructOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppResourcesListStruct | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppResourcesListStruct | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_resource - computed: true, optional: false, required: false
  private _appResource = new DataConductoroneAppResourcesListAppResourceOutputReference(this, "app_resource");
  public get appResource() {
    return this._appResource;
  }

  // object_permissions - computed: true, optional: false, required: false
  private _objectPermissions = new DataConductoroneAppResourcesListObjectPermissionsOutputReference(this, "object_permissions");
  public get objectPermissions() {
    return this._objectPermissions;
  }
}

export class DataConductoroneAppResourcesListStructList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneAppResourcesListStructOutputReference {
    return new DataConductoroneAppResourcesListStructOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneAppResourcesRefs {
  /**
  * The ID of the app that owns the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#app_id DataConductoroneAppResources#app_id}
  */
  readonly appId?: string;
  /**
  * The ID of the resource type that classifies this resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#app_resource_type_id DataConductoroneAppResources#app_resource_type_id}
  */
  readonly appResourceTypeId?: string;
  /**
  * The unique ID of the app resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#id DataConductoroneAppResources#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function dataConductoroneAppResourcesRefsToTerraform(struct?: DataConductoroneAppResourcesRefs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_id: cdktf.stringToTerraform(struct!.appId),
    app_resource_type_id: cdktf.stringToTerraform(struct!.appResourceTypeId),
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function dataConductoroneAppResourcesRefsToHclTerraform(struct?: DataConductoroneAppResourcesRefs | cdktf.IResolvable): any {
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
    app_resource_type_id: {
      value: cdktf.stringToHclTerraform(struct!.appResourceTypeId),
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

export class DataConductoroneAppResourcesRefsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppResourcesRefs | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._appId !== undefined) {
      hasAnyValues = true;
      internalValueResult.appId = this._appId;
    }
    if (this._appResourceTypeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.appResourceTypeId = this._appResourceTypeId;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppResourcesRefs | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._appId = undefined;
      this._appResourceTypeId = undefined;
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
      this._appResourceTypeId = value.appResourceTypeId;
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

  // app_resource_type_id - computed: false, optional: true, required: false
  private _appResourceTypeId?: string; 
  public get appResourceTypeId() {
    return this.getStringAttribute('app_resource_type_id');
  }
  public set appResourceTypeId(value: string) {
    this._appResourceTypeId = value;
  }
  public resetAppResourceTypeId() {
    this._appResourceTypeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appResourceTypeIdInput() {
    return this._appResourceTypeId;
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

export class DataConductoroneAppResourcesRefsList extends cdktf.ComplexList {
  public internalValue? : DataConductoroneAppResourcesRefs[] | cdktf.IResolvable

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
  public get(index: number): DataConductoroneAppResourcesRefsOutputReference {
    return new DataConductoroneAppResourcesRefsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneAppResourcesSecretAging {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#last_used_after DataConductoroneAppResources#last_used_after}
  */
  readonly lastUsedAfter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#last_used_before DataConductoroneAppResources#last_used_before}
  */
  readonly lastUsedBefore?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#secret_created_after DataConductoroneAppResources#secret_created_after}
  */
  readonly secretCreatedAfter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#secret_created_before DataConductoroneAppResources#secret_created_before}
  */
  readonly secretCreatedBefore?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#secret_expires_after DataConductoroneAppResources#secret_expires_after}
  */
  readonly secretExpiresAfter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#secret_expires_before DataConductoroneAppResources#secret_expires_before}
  */
  readonly secretExpiresBefore?: string;
}

export function dataConductoroneAppResourcesSecretAgingToTerraform(struct?: DataConductoroneAppResourcesSecretAging | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    last_used_after: cdktf.stringToTerraform(struct!.lastUsedAfter),
    last_used_before: cdktf.stringToTerraform(struct!.lastUsedBefore),
    secret_created_after: cdktf.stringToTerraform(struct!.secretCreatedAfter),
    secret_created_before: cdktf.stringToTerraform(struct!.secretCreatedBefore),
    secret_expires_after: cdktf.stringToTerraform(struct!.secretExpiresAfter),
    secret_expires_before: cdktf.stringToTerraform(struct!.secretExpiresBefore),
  }
}


export function dataConductoroneAppResourcesSecretAgingToHclTerraform(struct?: DataConductoroneAppResourcesSecretAging | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    last_used_after: {
      value: cdktf.stringToHclTerraform(struct!.lastUsedAfter),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    last_used_before: {
      value: cdktf.stringToHclTerraform(struct!.lastUsedBefore),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_created_after: {
      value: cdktf.stringToHclTerraform(struct!.secretCreatedAfter),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_created_before: {
      value: cdktf.stringToHclTerraform(struct!.secretCreatedBefore),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_expires_after: {
      value: cdktf.stringToHclTerraform(struct!.secretExpiresAfter),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_expires_before: {
      value: cdktf.stringToHclTerraform(struct!.secretExpiresBefore),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataConductoroneAppResourcesSecretAgingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppResourcesSecretAging | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._lastUsedAfter !== undefined) {
      hasAnyValues = true;
      internalValueResult.lastUsedAfter = this._lastUsedAfter;
    }
    if (this._lastUsedBefore !== undefined) {
      hasAnyValues = true;
      internalValueResult.lastUsedBefore = this._lastUsedBefore;
    }
    if (this._secretCreatedAfter !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretCreatedAfter = this._secretCreatedAfter;
    }
    if (this._secretCreatedBefore !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretCreatedBefore = this._secretCreatedBefore;
    }
    if (this._secretExpiresAfter !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretExpiresAfter = this._secretExpiresAfter;
    }
    if (this._secretExpiresBefore !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretExpiresBefore = this._secretExpiresBefore;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppResourcesSecretAging | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._lastUsedAfter = undefined;
      this._lastUsedBefore = undefined;
      this._secretCreatedAfter = undefined;
      this._secretCreatedBefore = undefined;
      this._secretExpiresAfter = undefined;
      this._secretExpiresBefore = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._lastUsedAfter = value.lastUsedAfter;
      this._lastUsedBefore = value.lastUsedBefore;
      this._secretCreatedAfter = value.secretCreatedAfter;
      this._secretCreatedBefore = value.secretCreatedBefore;
      this._secretExpiresAfter = value.secretExpiresAfter;
      this._secretExpiresBefore = value.secretExpiresBefore;
    }
  }

  // last_used_after - computed: false, optional: true, required: false
  private _lastUsedAfter?: string; 
  public get lastUsedAfter() {
    return this.getStringAttribute('last_used_after');
  }
  public set lastUsedAfter(value: string) {
    this._lastUsedAfter = value;
  }
  public resetLastUsedAfter() {
    this._lastUsedAfter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lastUsedAfterInput() {
    return this._lastUsedAfter;
  }

  // last_used_before - computed: false, optional: true, required: false
  private _lastUsedBefore?: string; 
  public get lastUsedBefore() {
    return this.getStringAttribute('last_used_before');
  }
  public set lastUsedBefore(value: string) {
    this._lastUsedBefore = value;
  }
  public resetLastUsedBefore() {
    this._lastUsedBefore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lastUsedBeforeInput() {
    return this._lastUsedBefore;
  }

  // secret_created_after - computed: false, optional: true, required: false
  private _secretCreatedAfter?: string; 
  public get secretCreatedAfter() {
    return this.getStringAttribute('secret_created_after');
  }
  public set secretCreatedAfter(value: string) {
    this._secretCreatedAfter = value;
  }
  public resetSecretCreatedAfter() {
    this._secretCreatedAfter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretCreatedAfterInput() {
    return this._secretCreatedAfter;
  }

  // secret_created_before - computed: false, optional: true, required: false
  private _secretCreatedBefore?: string; 
  public get secretCreatedBefore() {
    return this.getStringAttribute('secret_created_before');
  }
  public set secretCreatedBefore(value: string) {
    this._secretCreatedBefore = value;
  }
  public resetSecretCreatedBefore() {
    this._secretCreatedBefore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretCreatedBeforeInput() {
    return this._secretCreatedBefore;
  }

  // secret_expires_after - computed: false, optional: true, required: false
  private _secretExpiresAfter?: string; 
  public get secretExpiresAfter() {
    return this.getStringAttribute('secret_expires_after');
  }
  public set secretExpiresAfter(value: string) {
    this._secretExpiresAfter = value;
  }
  public resetSecretExpiresAfter() {
    this._secretExpiresAfter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretExpiresAfterInput() {
    return this._secretExpiresAfter;
  }

  // secret_expires_before - computed: false, optional: true, required: false
  private _secretExpiresBefore?: string; 
  public get secretExpiresBefore() {
    return this.getStringAttribute('secret_expires_before');
  }
  public set secretExpiresBefore(value: string) {
    this._secretExpiresBefore = value;
  }
  public resetSecretExpiresBefore() {
    this._secretExpiresBefore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretExpiresBeforeInput() {
    return this._secretExpiresBefore;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources conductorone_app_resources}
*/
export class DataConductoroneAppResources extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_app_resources";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataConductoroneAppResources resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataConductoroneAppResources to import
  * @param importFromId The id of the existing DataConductoroneAppResources that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataConductoroneAppResources to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_app_resources", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resources conductorone_app_resources} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataConductoroneAppResourcesConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataConductoroneAppResourcesConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'conductorone_app_resources',
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
    this._agentStatuses = config.agentStatuses;
    this._appId = config.appId;
    this._appIds = config.appIds;
    this._appUserIds = config.appUserIds;
    this._credentialTypes = config.credentialTypes;
    this._direction = config.direction;
    this._excludeDeletedApps = config.excludeDeletedApps;
    this._excludeDeletedResourceBindings = config.excludeDeletedResourceBindings;
    this._excludeResourceIds = config.excludeResourceIds;
    this._excludeResourceTypeTraitIds = config.excludeResourceTypeTraitIds;
    this._nhiTypes = config.nhiTypes;
    this._ownerUserIds = config.ownerUserIds;
    this._pageSize = config.pageSize;
    this._pageToken = config.pageToken;
    this._query = config.query;
    this._refs.internalValue = config.refs;
    this._resourceIds = config.resourceIds;
    this._resourceTypeIds = config.resourceTypeIds;
    this._resourceTypeTraitIds = config.resourceTypeTraitIds;
    this._secretAging.internalValue = config.secretAging;
    this._sortField = config.sortField;
    this._unownedOnly = config.unownedOnly;
    this._withOpenFindings = config.withOpenFindings;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // agent_statuses - computed: false, optional: true, required: false
  private _agentStatuses?: string[]; 
  public get agentStatuses() {
    return this.getListAttribute('agent_statuses');
  }
  public set agentStatuses(value: string[]) {
    this._agentStatuses = value;
  }
  public resetAgentStatuses() {
    this._agentStatuses = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get agentStatusesInput() {
    return this._agentStatuses;
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

  // app_user_ids - computed: false, optional: true, required: false
  private _appUserIds?: string[]; 
  public get appUserIds() {
    return this.getListAttribute('app_user_ids');
  }
  public set appUserIds(value: string[]) {
    this._appUserIds = value;
  }
  public resetAppUserIds() {
    this._appUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appUserIdsInput() {
    return this._appUserIds;
  }

  // credential_types - computed: false, optional: true, required: false
  private _credentialTypes?: string[]; 
  public get credentialTypes() {
    return this.getListAttribute('credential_types');
  }
  public set credentialTypes(value: string[]) {
    this._credentialTypes = value;
  }
  public resetCredentialTypes() {
    this._credentialTypes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialTypesInput() {
    return this._credentialTypes;
  }

  // direction - computed: false, optional: true, required: false
  private _direction?: string; 
  public get direction() {
    return this.getStringAttribute('direction');
  }
  public set direction(value: string) {
    this._direction = value;
  }
  public resetDirection() {
    this._direction = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get directionInput() {
    return this._direction;
  }

  // exclude_deleted_apps - computed: false, optional: true, required: false
  private _excludeDeletedApps?: boolean | cdktf.IResolvable; 
  public get excludeDeletedApps() {
    return this.getBooleanAttribute('exclude_deleted_apps');
  }
  public set excludeDeletedApps(value: boolean | cdktf.IResolvable) {
    this._excludeDeletedApps = value;
  }
  public resetExcludeDeletedApps() {
    this._excludeDeletedApps = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeDeletedAppsInput() {
    return this._excludeDeletedApps;
  }

  // exclude_deleted_resource_bindings - computed: false, optional: true, required: false
  private _excludeDeletedResourceBindings?: boolean | cdktf.IResolvable; 
  public get excludeDeletedResourceBindings() {
    return this.getBooleanAttribute('exclude_deleted_resource_bindings');
  }
  public set excludeDeletedResourceBindings(value: boolean | cdktf.IResolvable) {
    this._excludeDeletedResourceBindings = value;
  }
  public resetExcludeDeletedResourceBindings() {
    this._excludeDeletedResourceBindings = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeDeletedResourceBindingsInput() {
    return this._excludeDeletedResourceBindings;
  }

  // exclude_resource_ids - computed: false, optional: true, required: false
  private _excludeResourceIds?: string[]; 
  public get excludeResourceIds() {
    return this.getListAttribute('exclude_resource_ids');
  }
  public set excludeResourceIds(value: string[]) {
    this._excludeResourceIds = value;
  }
  public resetExcludeResourceIds() {
    this._excludeResourceIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeResourceIdsInput() {
    return this._excludeResourceIds;
  }

  // exclude_resource_type_trait_ids - computed: false, optional: true, required: false
  private _excludeResourceTypeTraitIds?: string[]; 
  public get excludeResourceTypeTraitIds() {
    return this.getListAttribute('exclude_resource_type_trait_ids');
  }
  public set excludeResourceTypeTraitIds(value: string[]) {
    this._excludeResourceTypeTraitIds = value;
  }
  public resetExcludeResourceTypeTraitIds() {
    this._excludeResourceTypeTraitIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeResourceTypeTraitIdsInput() {
    return this._excludeResourceTypeTraitIds;
  }

  // expanded - computed: true, optional: false, required: false
  private _expanded = new DataConductoroneAppResourcesExpandedList(this, "expanded", false);
  public get expanded() {
    return this._expanded;
  }

  // list - computed: true, optional: false, required: false
  private _list = new DataConductoroneAppResourcesListStructList(this, "list", false);
  public get list() {
    return this._list;
  }

  // next_page_token - computed: true, optional: false, required: false
  public get nextPageToken() {
    return this.getStringAttribute('next_page_token');
  }

  // nhi_types - computed: false, optional: true, required: false
  private _nhiTypes?: string[]; 
  public get nhiTypes() {
    return this.getListAttribute('nhi_types');
  }
  public set nhiTypes(value: string[]) {
    this._nhiTypes = value;
  }
  public resetNhiTypes() {
    this._nhiTypes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nhiTypesInput() {
    return this._nhiTypes;
  }

  // owner_user_ids - computed: false, optional: true, required: false
  private _ownerUserIds?: string[]; 
  public get ownerUserIds() {
    return this.getListAttribute('owner_user_ids');
  }
  public set ownerUserIds(value: string[]) {
    this._ownerUserIds = value;
  }
  public resetOwnerUserIds() {
    this._ownerUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ownerUserIdsInput() {
    return this._ownerUserIds;
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

  // refs - computed: false, optional: true, required: false
  private _refs = new DataConductoroneAppResourcesRefsList(this, "refs", false);
  public get refs() {
    return this._refs;
  }
  public putRefs(value: DataConductoroneAppResourcesRefs[] | cdktf.IResolvable) {
    this._refs.internalValue = value;
  }
  public resetRefs() {
    this._refs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get refsInput() {
    return this._refs.internalValue;
  }

  // resource_ids - computed: false, optional: true, required: false
  private _resourceIds?: string[]; 
  public get resourceIds() {
    return this.getListAttribute('resource_ids');
  }
  public set resourceIds(value: string[]) {
    this._resourceIds = value;
  }
  public resetResourceIds() {
    this._resourceIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceIdsInput() {
    return this._resourceIds;
  }

  // resource_type_ids - computed: false, optional: true, required: false
  private _resourceTypeIds?: string[]; 
  public get resourceTypeIds() {
    return this.getListAttribute('resource_type_ids');
  }
  public set resourceTypeIds(value: string[]) {
    this._resourceTypeIds = value;
  }
  public resetResourceTypeIds() {
    this._resourceTypeIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceTypeIdsInput() {
    return this._resourceTypeIds;
  }

  // resource_type_trait_ids - computed: false, optional: true, required: false
  private _resourceTypeTraitIds?: string[]; 
  public get resourceTypeTraitIds() {
    return this.getListAttribute('resource_type_trait_ids');
  }
  public set resourceTypeTraitIds(value: string[]) {
    this._resourceTypeTraitIds = value;
  }
  public resetResourceTypeTraitIds() {
    this._resourceTypeTraitIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceTypeTraitIdsInput() {
    return this._resourceTypeTraitIds;
  }

  // secret_aging - computed: false, optional: true, required: false
  private _secretAging = new DataConductoroneAppResourcesSecretAgingOutputReference(this, "secret_aging");
  public get secretAging() {
    return this._secretAging;
  }
  public putSecretAging(value: DataConductoroneAppResourcesSecretAging) {
    this._secretAging.internalValue = value;
  }
  public resetSecretAging() {
    this._secretAging.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretAgingInput() {
    return this._secretAging.internalValue;
  }

  // sort_field - computed: false, optional: true, required: false
  private _sortField?: string; 
  public get sortField() {
    return this.getStringAttribute('sort_field');
  }
  public set sortField(value: string) {
    this._sortField = value;
  }
  public resetSortField() {
    this._sortField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sortFieldInput() {
    return this._sortField;
  }

  // unowned_only - computed: false, optional: true, required: false
  private _unownedOnly?: boolean | cdktf.IResolvable; 
  public get unownedOnly() {
    return this.getBooleanAttribute('unowned_only');
  }
  public set unownedOnly(value: boolean | cdktf.IResolvable) {
    this._unownedOnly = value;
  }
  public resetUnownedOnly() {
    this._unownedOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unownedOnlyInput() {
    return this._unownedOnly;
  }

  // with_open_findings - computed: false, optional: true, required: false
  private _withOpenFindings?: boolean | cdktf.IResolvable; 
  public get withOpenFindings() {
    return this.getBooleanAttribute('with_open_findings');
  }
  public set withOpenFindings(value: boolean | cdktf.IResolvable) {
    this._withOpenFindings = value;
  }
  public resetWithOpenFindings() {
    this._withOpenFindings = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get withOpenFindingsInput() {
    return this._withOpenFindings;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      agent_statuses: cdktf.listMapper(cdktf.stringToTerraform, false)(this._agentStatuses),
      app_id: cdktf.stringToTerraform(this._appId),
      app_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._appIds),
      app_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._appUserIds),
      credential_types: cdktf.listMapper(cdktf.stringToTerraform, false)(this._credentialTypes),
      direction: cdktf.stringToTerraform(this._direction),
      exclude_deleted_apps: cdktf.booleanToTerraform(this._excludeDeletedApps),
      exclude_deleted_resource_bindings: cdktf.booleanToTerraform(this._excludeDeletedResourceBindings),
      exclude_resource_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeResourceIds),
      exclude_resource_type_trait_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeResourceTypeTraitIds),
      nhi_types: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nhiTypes),
      owner_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._ownerUserIds),
      page_size: cdktf.numberToTerraform(this._pageSize),
      page_token: cdktf.stringToTerraform(this._pageToken),
      query: cdktf.stringToTerraform(this._query),
      refs: cdktf.listMapper(dataConductoroneAppResourcesRefsToTerraform, false)(this._refs.internalValue),
      resource_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._resourceIds),
      resource_type_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._resourceTypeIds),
      resource_type_trait_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._resourceTypeTraitIds),
      secret_aging: dataConductoroneAppResourcesSecretAgingToTerraform(this._secretAging.internalValue),
      sort_field: cdktf.stringToTerraform(this._sortField),
      unowned_only: cdktf.booleanToTerraform(this._unownedOnly),
      with_open_findings: cdktf.booleanToTerraform(this._withOpenFindings),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      agent_statuses: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._agentStatuses),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      app_id: {
        value: cdktf.stringToHclTerraform(this._appId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      app_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._appIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      app_user_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._appUserIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      credential_types: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._credentialTypes),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      direction: {
        value: cdktf.stringToHclTerraform(this._direction),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      exclude_deleted_apps: {
        value: cdktf.booleanToHclTerraform(this._excludeDeletedApps),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      exclude_deleted_resource_bindings: {
        value: cdktf.booleanToHclTerraform(this._excludeDeletedResourceBindings),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      exclude_resource_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._excludeResourceIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      exclude_resource_type_trait_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._excludeResourceTypeTraitIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      nhi_types: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._nhiTypes),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      owner_user_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._ownerUserIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
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
      query: {
        value: cdktf.stringToHclTerraform(this._query),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      refs: {
        value: cdktf.listMapperHcl(dataConductoroneAppResourcesRefsToHclTerraform, false)(this._refs.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataConductoroneAppResourcesRefsList",
      },
      resource_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._resourceIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      resource_type_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._resourceTypeIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      resource_type_trait_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._resourceTypeTraitIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      secret_aging: {
        value: dataConductoroneAppResourcesSecretAgingToHclTerraform(this._secretAging.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataConductoroneAppResourcesSecretAging",
      },
      sort_field: {
        value: cdktf.stringToHclTerraform(this._sortField),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      unowned_only: {
        value: cdktf.booleanToHclTerraform(this._unownedOnly),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      with_open_findings: {
        value: cdktf.booleanToHclTerraform(this._withOpenFindings),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

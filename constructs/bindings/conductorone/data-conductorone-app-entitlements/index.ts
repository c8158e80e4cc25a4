// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataConductoroneAppEntitlementsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Search for app entitlements that are being reviewed as part of this access review campaign.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#access_review_id DataConductoroneAppEntitlements#access_review_id}
  */
  readonly accessReviewId?: string;
  /**
  * Search for app entitlements that have this alias (exact match).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#alias DataConductoroneAppEntitlements#alias}
  */
  readonly alias?: string;
  /**
  * Search for app entitlements contained in any of these apps.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#app_ids DataConductoroneAppEntitlements#app_ids}
  */
  readonly appIds?: string[];
  /**
  * Search for app entitlements that are granted to any of these app user ids.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#app_user_ids DataConductoroneAppEntitlements#app_user_ids}
  */
  readonly appUserIds?: string[];
  /**
  * Search for app entitlements that are part of these compliance frameworks.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#compliance_framework_ids DataConductoroneAppEntitlements#compliance_framework_ids}
  */
  readonly complianceFrameworkIds?: string[];
  /**
  * Filter results to entitlements with this exact display name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#display_name DataConductoroneAppEntitlements#display_name}
  */
  readonly displayName?: string;
  /**
  * Exclude app entitlements from the results that are in these app IDs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#exclude_app_ids DataConductoroneAppEntitlements#exclude_app_ids}
  */
  readonly excludeAppIds?: string[];
  /**
  * Exclude entitlements from results that are granted to any of these app users.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#exclude_app_user_ids DataConductoroneAppEntitlements#exclude_app_user_ids}
  */
  readonly excludeAppUserIds?: string[];
  /**
  * If true, exclude immutable entitlements (e.g., system-managed entitlements that cannot be modified).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#exclude_immutable DataConductoroneAppEntitlements#exclude_immutable}
  */
  readonly excludeImmutable?: boolean | cdktf.IResolvable;
  /**
  * Exclude entitlements with any of these resource type IDs from results.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#exclude_resource_type_ids DataConductoroneAppEntitlements#exclude_resource_type_ids}
  */
  readonly excludeResourceTypeIds?: string[];
  /**
  * Exclude these specific entitlements from results.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#excluded_entitlement_refs DataConductoroneAppEntitlements#excluded_entitlement_refs}
  */
  readonly excludedEntitlementRefs?: DataConductoroneAppEntitlementsExcludedEntitlementRefs[] | cdktf.IResolvable;
  /**
  * Include deleted app entitlements, this includes app entitlements that have a deleted parent object (app, app resource, app resource type)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#include_deleted DataConductoroneAppEntitlements#include_deleted}
  */
  readonly includeDeleted?: boolean | cdktf.IResolvable;
  /**
  * If true, restrict results to entitlements that have an automation rule configured.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#is_automated DataConductoroneAppEntitlements#is_automated}
  */
  readonly isAutomated?: boolean | cdktf.IResolvable;
  /**
  * Filter results to entitlements where the user has any of these membership types (e.g., member, owner, admin).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#membership_type DataConductoroneAppEntitlements#membership_type}
  */
  readonly membershipType?: string[];
  /**
  * If true, restrict results to entitlements that have at least one expiring grant.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#only_get_expiring DataConductoroneAppEntitlements#only_get_expiring}
  */
  readonly onlyGetExpiring?: boolean | cdktf.IResolvable;
  /**
  * The pageSize where 0 <= pageSize <= 100. Values < 10 will be set to 10. A value of 0 returns the default page size (currently 25)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#page_size DataConductoroneAppEntitlements#page_size}
  */
  readonly pageSize?: number;
  /**
  * The pageToken field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#page_token DataConductoroneAppEntitlements#page_token}
  */
  readonly pageToken?: string;
  /**
  * Search for app entitlements that use any of these policies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#policy_refs DataConductoroneAppEntitlements#policy_refs}
  */
  readonly policyRefs?: DataConductoroneAppEntitlementsPolicyRefs[] | cdktf.IResolvable;
  /**
  * Query the app entitlements with a fuzzy search on display name and description.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#query DataConductoroneAppEntitlements#query}
  */
  readonly query?: string;
  /**
  * Filter results to only these specific entitlements.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#refs DataConductoroneAppEntitlements#refs}
  */
  readonly refs?: DataConductoroneAppEntitlementsRefs[] | cdktf.IResolvable;
  /**
  * Search for app entitlements that are bound to any of these request schemas.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#request_schema_ids DataConductoroneAppEntitlements#request_schema_ids}
  */
  readonly requestSchemaIds?: string[];
  /**
  * Search for app entitlements that belongs to these resources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#resource_ids DataConductoroneAppEntitlements#resource_ids}
  */
  readonly resourceIds?: string[];
  /**
  * Filter results to entitlements whose resource types have any of these trait IDs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#resource_trait_ids DataConductoroneAppEntitlements#resource_trait_ids}
  */
  readonly resourceTraitIds?: string[];
  /**
  * Search for app entitlements that are for items with resources types that have matching names. Example names are "group", "role", and "app".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#resource_type_ids DataConductoroneAppEntitlements#resource_type_ids}
  */
  readonly resourceTypeIds?: string[];
  /**
  * Search for app entitlements with these risk levels.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#risk_level_ids DataConductoroneAppEntitlements#risk_level_ids}
  */
  readonly riskLevelIds?: string[];
  /**
  * Filter results to entitlements synced from this connector.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#source_connector_id DataConductoroneAppEntitlements#source_connector_id}
  */
  readonly sourceConnectorId?: string;
}
export interface DataConductoroneAppEntitlementsExcludedEntitlementRefs {
  /**
  * The appId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#app_id DataConductoroneAppEntitlements#app_id}
  */
  readonly appId?: string;
  /**
  * The id field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#id DataConductoroneAppEntitlements#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function dataConductoroneAppEntitlementsExcludedEntitlementRefsToTerraform(struct?: DataConductoroneAppEntitlementsExcludedEntitlementRefs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_id: cdktf.stringToTerraform(struct!.appId),
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function dataConductoroneAppEntitlementsExcludedEntitlementRefsToHclTerraform(struct?: DataConductoroneAppEntitlementsExcludedEntitlementRefs | cdktf.IResolvable): any {
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

export class DataConductoroneAppEntitlementsExcludedEntitlementRefsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppEntitlementsExcludedEntitlementRefs | cdktf.IResolvable | undefined {
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

  public set internalValue(value: DataConductoroneAppEntitlementsExcludedEntitlementRefs | cdktf.IResolvable | undefined) {
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

export class DataConductoroneAppEntitlementsExcludedEntitlementRefsList extends cdktf.ComplexList {
  public internalValue? : DataConductoroneAppEntitlementsExcludedEntitlementRefs[] | cdktf.IResolvable

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
  public get(index: number): DataConductoroneAppEntitlementsExcludedEntitlementRefsOutputReference {
    return new DataConductoroneAppEntitlementsExcludedEntitlementRefsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneAppEntitlementsFacetsFacetsRangeRanges {
}

export function dataConductoroneAppEntitlementsFacetsFacetsRangeRangesToTerraform(struct?: DataConductoroneAppEntitlementsFacetsFacetsRangeRanges): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsFacetsFacetsRangeRangesToHclTerraform(struct?: DataConductoroneAppEntitlementsFacetsFacetsRangeRanges): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsFacetsFacetsRangeRangesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppEntitlementsFacetsFacetsRangeRanges | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsFacetsFacetsRangeRanges | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // count - computed: true, optional: false, required: false
  public get count() {
    return this.getStringAttribute('count');
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // from - computed: true, optional: false, required: false
  public get from() {
    return this.getStringAttribute('from');
  }

  // icon_url - computed: true, optional: false, required: false
  public get iconUrl() {
    return this.getStringAttribute('icon_url');
  }

  // to - computed: true, optional: false, required: false
  public get to() {
    return this.getStringAttribute('to');
  }
}

export class DataConductoroneAppEntitlementsFacetsFacetsRangeRangesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneAppEntitlementsFacetsFacetsRangeRangesOutputReference {
    return new DataConductoroneAppEntitlementsFacetsFacetsRangeRangesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneAppEntitlementsFacetsFacetsRange {
}

export function dataConductoroneAppEntitlementsFacetsFacetsRangeToTerraform(struct?: DataConductoroneAppEntitlementsFacetsFacetsRange): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsFacetsFacetsRangeToHclTerraform(struct?: DataConductoroneAppEntitlementsFacetsFacetsRange): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsFacetsFacetsRangeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsFacetsFacetsRange | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsFacetsFacetsRange | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // ranges - computed: true, optional: false, required: false
  private _ranges = new DataConductoroneAppEntitlementsFacetsFacetsRangeRangesList(this, "ranges", false);
  public get ranges() {
    return this._ranges;
  }
}
export interface DataConductoroneAppEntitlementsFacetsFacetsValueValues {
}

export function dataConductoroneAppEntitlementsFacetsFacetsValueValuesToTerraform(struct?: DataConductoroneAppEntitlementsFacetsFacetsValueValues): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsFacetsFacetsValueValuesToHclTerraform(struct?: DataConductoroneAppEntitlementsFacetsFacetsValueValues): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsFacetsFacetsValueValuesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppEntitlementsFacetsFacetsValueValues | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsFacetsFacetsValueValues | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // count - computed: true, optional: false, required: false
  public get count() {
    return this.getStringAttribute('count');
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // icon_url - computed: true, optional: false, required: false
  public get iconUrl() {
    return this.getStringAttribute('icon_url');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class DataConductoroneAppEntitlementsFacetsFacetsValueValuesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneAppEntitlementsFacetsFacetsValueValuesOutputReference {
    return new DataConductoroneAppEntitlementsFacetsFacetsValueValuesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneAppEntitlementsFacetsFacetsValue {
}

export function dataConductoroneAppEntitlementsFacetsFacetsValueToTerraform(struct?: DataConductoroneAppEntitlementsFacetsFacetsValue): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsFacetsFacetsValueToHclTerraform(struct?: DataConductoroneAppEntitlementsFacetsFacetsValue): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsFacetsFacetsValueOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsFacetsFacetsValue | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsFacetsFacetsValue | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // values - computed: true, optional: false, required: false
  private _values = new DataConductoroneAppEntitlementsFacetsFacetsValueValuesList(this, "values", false);
  public get values() {
    return this._values;
  }
}
export interface DataConductoroneAppEntitlementsFacetsFacets {
}

export function dataConductoroneAppEntitlementsFacetsFacetsToTerraform(struct?: DataConductoroneAppEntitlementsFacetsFacets): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsFacetsFacetsToHclTerraform(struct?: DataConductoroneAppEntitlementsFacetsFacets): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsFacetsFacetsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppEntitlementsFacetsFacets | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsFacetsFacets | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // icon_url - computed: true, optional: false, required: false
  public get iconUrl() {
    return this.getStringAttribute('icon_url');
  }

  // param - computed: true, optional: false, required: false
  public get param() {
    return this.getStringAttribute('param');
  }

  // range - computed: true, optional: false, required: false
  private _range = new DataConductoroneAppEntitlementsFacetsFacetsRangeOutputReference(this, "range");
  public get range() {
    return this._range;
  }

  // value - computed: true, optional: false, required: false
  private _value = new DataConductoroneAppEntitlementsFacetsFacetsValueOutputReference(this, "value");
  public get value() {
    return this._value;
  }
}

export class DataConductoroneAppEntitlementsFacetsFacetsList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneAppEntitlementsFacetsFacetsOutputReference {
    return new DataConductoroneAppEntitlementsFacetsFacetsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneAppEntitlementsFacets {
}

export function dataConductoroneAppEntitlementsFacetsToTerraform(struct?: DataConductoroneAppEntitlementsFacets): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsFacetsToHclTerraform(struct?: DataConductoroneAppEntitlementsFacets): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsFacetsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsFacets | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsFacets | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // count - computed: true, optional: false, required: false
  public get count() {
    return this.getStringAttribute('count');
  }

  // facets - computed: true, optional: false, required: false
  private _facets = new DataConductoroneAppEntitlementsFacetsFacetsList(this, "facets", false);
  public get facets() {
    return this._facets;
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyAction {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyActionToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyActionToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyActionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyAction | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyAction | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // action_name - computed: true, optional: false, required: false
  public get actionName() {
    return this.getStringAttribute('action_name');
  }

  // app_id - computed: true, optional: false, required: false
  public get appId() {
    return this.getStringAttribute('app_id');
  }

  // connector_id - computed: true, optional: false, required: false
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // vault_ids - computed: true, optional: false, required: false
  public get vaultIds() {
    return this.getListAttribute('vault_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccount {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccount | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // config - computed: true, optional: false, required: false
  public get config() {
    return this.getStringAttribute('config');
  }

  // connector_id - computed: true, optional: false, required: false
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }

  // do_not_save - computed: true, optional: false, required: false
  private _doNotSave = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveOutputReference(this, "do_not_save");
  public get doNotSave() {
    return this._doNotSave;
  }

  // save_to_vault - computed: true, optional: false, required: false
  private _saveToVault = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultOutputReference(this, "save_to_vault");
  public get saveToVault() {
    return this._saveToVault;
  }

  // schema_id - computed: true, optional: false, required: false
  public get schemaId() {
    return this.getStringAttribute('schema_id');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // connector_id - computed: true, optional: false, required: false
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDeleteAccount {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDeleteAccountToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDeleteAccountToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDeleteAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDeleteAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDeleteAccount | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // connector_id - computed: true, optional: false, required: false
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnector {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnector | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnector | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // account - computed: true, optional: false, required: false
  private _account = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorAccountOutputReference(this, "account");
  public get account() {
    return this._account;
  }

  // default_behavior - computed: true, optional: false, required: false
  private _defaultBehavior = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorOutputReference(this, "default_behavior");
  public get defaultBehavior() {
    return this._defaultBehavior;
  }

  // delete_account - computed: true, optional: false, required: false
  private _deleteAccount = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorDeleteAccountOutputReference(this, "delete_account");
  public get deleteAccount() {
    return this._deleteAccount;
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDelegated {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDelegatedToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDelegatedToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDelegatedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDelegated | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDelegated | undefined) {
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

  // entitlement_id - computed: true, optional: false, required: false
  public get entitlementId() {
    return this.getStringAttribute('entitlement_id');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDevicePlacement {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDevicePlacementToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDevicePlacementToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDevicePlacementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDevicePlacement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDevicePlacement | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // vault_boundary_id - computed: true, optional: false, required: false
  public get vaultBoundaryId() {
    return this.getStringAttribute('vault_boundary_id');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyExternalTicket {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyExternalTicketToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyExternalTicketToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyExternalTicketOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyExternalTicket | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyExternalTicket | undefined) {
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

  // external_ticket_provisioner_config_id - computed: true, optional: false, required: false
  public get externalTicketProvisionerConfigId() {
    return this.getStringAttribute('external_ticket_provisioner_config_id');
  }

  // instructions - computed: true, optional: false, required: false
  public get instructions() {
    return this.getStringAttribute('instructions');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allow_reassignment - computed: true, optional: false, required: false
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }

  // fallback_user_ids - computed: true, optional: false, required: false
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allow_reassignment - computed: true, optional: false, required: false
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }

  // fallback_user_ids - computed: true, optional: false, required: false
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeExpression {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeExpressionToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeExpressionToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeExpressionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeExpression | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeExpression | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allow_reassignment - computed: true, optional: false, required: false
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }

  // expressions - computed: true, optional: false, required: false
  public get expressions() {
    return this.getListAttribute('expressions');
  }

  // fallback_user_ids - computed: true, optional: false, required: false
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeGroup {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeGroupToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeGroupToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeGroupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeGroup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeGroup | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allow_reassignment - computed: true, optional: false, required: false
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }

  // app_group_id - computed: true, optional: false, required: false
  public get appGroupId() {
    return this.getStringAttribute('app_group_id');
  }

  // app_id - computed: true, optional: false, required: false
  public get appId() {
    return this.getStringAttribute('app_id');
  }

  // fallback_user_ids - computed: true, optional: false, required: false
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeManager {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeManagerToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeManagerToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeManagerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeManager | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeManager | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allow_reassignment - computed: true, optional: false, required: false
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }

  // fallback_user_ids - computed: true, optional: false, required: false
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeUsers {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeUsersToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeUsersToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeUsersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeUsers | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allow_reassignment - computed: true, optional: false, required: false
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }

  // user_ids - computed: true, optional: false, required: false
  public get userIds() {
    return this.getListAttribute('user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssignee {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssignee | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssignee | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_owners - computed: true, optional: false, required: false
  private _appOwners = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersOutputReference(this, "app_owners");
  public get appOwners() {
    return this._appOwners;
  }

  // entitlement_owners - computed: true, optional: false, required: false
  private _entitlementOwners = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersOutputReference(this, "entitlement_owners");
  public get entitlementOwners() {
    return this._entitlementOwners;
  }

  // expression - computed: true, optional: false, required: false
  private _expression = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeExpressionOutputReference(this, "expression");
  public get expression() {
    return this._expression;
  }

  // group - computed: true, optional: false, required: false
  private _group = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeGroupOutputReference(this, "group");
  public get group() {
    return this._group;
  }

  // manager - computed: true, optional: false, required: false
  private _manager = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeManagerOutputReference(this, "manager");
  public get manager() {
    return this._manager;
  }

  // users - computed: true, optional: false, required: false
  private _users = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeUsersOutputReference(this, "users");
  public get users() {
    return this._users;
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManual {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManual | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManual | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // assignee - computed: true, optional: false, required: false
  private _assignee = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualAssigneeOutputReference(this, "assignee");
  public get assignee() {
    return this._assignee;
  }

  // instructions - computed: true, optional: false, required: false
  public get instructions() {
    return this.getStringAttribute('instructions');
  }

  // user_ids - computed: true, optional: false, required: false
  public get userIds() {
    return this.getListAttribute('user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyUnconfigured {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyUnconfiguredToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyUnconfiguredToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyUnconfiguredOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyUnconfigured | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyUnconfigured | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyWebhook {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyWebhookToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyWebhookToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyWebhookOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyWebhook | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyWebhook | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // webhook_id - computed: true, optional: false, required: false
  public get webhookId() {
    return this.getStringAttribute('webhook_id');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicy {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicy | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicy | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // action - computed: true, optional: false, required: false
  private _action = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyActionOutputReference(this, "action");
  public get action() {
    return this._action;
  }

  // connector - computed: true, optional: false, required: false
  private _connector = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyConnectorOutputReference(this, "connector");
  public get connector() {
    return this._connector;
  }

  // delegated - computed: true, optional: false, required: false
  private _delegated = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDelegatedOutputReference(this, "delegated");
  public get delegated() {
    return this._delegated;
  }

  // device_placement - computed: true, optional: false, required: false
  private _devicePlacement = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyDevicePlacementOutputReference(this, "device_placement");
  public get devicePlacement() {
    return this._devicePlacement;
  }

  // external_ticket - computed: true, optional: false, required: false
  private _externalTicket = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyExternalTicketOutputReference(this, "external_ticket");
  public get externalTicket() {
    return this._externalTicket;
  }

  // manual - computed: true, optional: false, required: false
  private _manual = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyManualOutputReference(this, "manual");
  public get manual() {
    return this._manual;
  }

  // multi_step - computed: true, optional: false, required: false
  public get multiStep() {
    return this.getStringAttribute('multi_step');
  }

  // unconfigured - computed: true, optional: false, required: false
  private _unconfigured = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyUnconfiguredOutputReference(this, "unconfigured");
  public get unconfigured() {
    return this._unconfigured;
  }

  // webhook - computed: true, optional: false, required: false
  private _webhook = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyWebhookOutputReference(this, "webhook");
  public get webhook() {
    return this._webhook;
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementDurationUnset {
}

export function dataConductoroneAppEntitlementsListAppEntitlementDurationUnsetToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDurationUnset): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementDurationUnsetToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementDurationUnset): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementDurationUnsetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementDurationUnset | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementDurationUnset | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyAction {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyActionToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyActionToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyActionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyAction | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyAction | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // action_name - computed: true, optional: false, required: false
  public get actionName() {
    return this.getStringAttribute('action_name');
  }

  // app_id - computed: true, optional: false, required: false
  public get appId() {
    return this.getStringAttribute('app_id');
  }

  // connector_id - computed: true, optional: false, required: false
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountDoNotSave {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountDoNotSave | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountDoNotSave | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountSaveToVault {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountSaveToVault | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountSaveToVault | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // vault_ids - computed: true, optional: false, required: false
  public get vaultIds() {
    return this.getListAttribute('vault_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccount {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccount | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // config - computed: true, optional: false, required: false
  public get config() {
    return this.getStringAttribute('config');
  }

  // connector_id - computed: true, optional: false, required: false
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }

  // do_not_save - computed: true, optional: false, required: false
  private _doNotSave = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveOutputReference(this, "do_not_save");
  public get doNotSave() {
    return this._doNotSave;
  }

  // save_to_vault - computed: true, optional: false, required: false
  private _saveToVault = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultOutputReference(this, "save_to_vault");
  public get saveToVault() {
    return this._saveToVault;
  }

  // schema_id - computed: true, optional: false, required: false
  public get schemaId() {
    return this.getStringAttribute('schema_id');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDefaultBehavior {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDefaultBehaviorToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDefaultBehaviorToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDefaultBehaviorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDefaultBehavior | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDefaultBehavior | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // connector_id - computed: true, optional: false, required: false
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDeleteAccount {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDeleteAccountToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDeleteAccountToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDeleteAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDeleteAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDeleteAccount | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // connector_id - computed: true, optional: false, required: false
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnector {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnector | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnector | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // account - computed: true, optional: false, required: false
  private _account = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorAccountOutputReference(this, "account");
  public get account() {
    return this._account;
  }

  // default_behavior - computed: true, optional: false, required: false
  private _defaultBehavior = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDefaultBehaviorOutputReference(this, "default_behavior");
  public get defaultBehavior() {
    return this._defaultBehavior;
  }

  // delete_account - computed: true, optional: false, required: false
  private _deleteAccount = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorDeleteAccountOutputReference(this, "delete_account");
  public get deleteAccount() {
    return this._deleteAccount;
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDelegated {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDelegatedToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDelegatedToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDelegatedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDelegated | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDelegated | undefined) {
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

  // entitlement_id - computed: true, optional: false, required: false
  public get entitlementId() {
    return this.getStringAttribute('entitlement_id');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDevicePlacement {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDevicePlacementToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDevicePlacementToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDevicePlacementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDevicePlacement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDevicePlacement | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // vault_boundary_id - computed: true, optional: false, required: false
  public get vaultBoundaryId() {
    return this.getStringAttribute('vault_boundary_id');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyExternalTicket {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyExternalTicketToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyExternalTicketToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyExternalTicketOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyExternalTicket | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyExternalTicket | undefined) {
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

  // external_ticket_provisioner_config_id - computed: true, optional: false, required: false
  public get externalTicketProvisionerConfigId() {
    return this.getStringAttribute('external_ticket_provisioner_config_id');
  }

  // instructions - computed: true, optional: false, required: false
  public get instructions() {
    return this.getStringAttribute('instructions');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeAppOwners {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeAppOwnersToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeAppOwnersToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeAppOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeAppOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeAppOwners | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allow_reassignment - computed: true, optional: false, required: false
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }

  // fallback_user_ids - computed: true, optional: false, required: false
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allow_reassignment - computed: true, optional: false, required: false
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }

  // fallback_user_ids - computed: true, optional: false, required: false
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeExpression {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeExpressionToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeExpressionToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeExpressionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeExpression | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeExpression | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allow_reassignment - computed: true, optional: false, required: false
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }

  // expressions - computed: true, optional: false, required: false
  public get expressions() {
    return this.getListAttribute('expressions');
  }

  // fallback_user_ids - computed: true, optional: false, required: false
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeGroup {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeGroupToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeGroupToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeGroupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeGroup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeGroup | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allow_reassignment - computed: true, optional: false, required: false
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }

  // app_group_id - computed: true, optional: false, required: false
  public get appGroupId() {
    return this.getStringAttribute('app_group_id');
  }

  // app_id - computed: true, optional: false, required: false
  public get appId() {
    return this.getStringAttribute('app_id');
  }

  // fallback_user_ids - computed: true, optional: false, required: false
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeManager {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeManagerToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeManagerToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeManagerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeManager | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeManager | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allow_reassignment - computed: true, optional: false, required: false
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }

  // fallback_user_ids - computed: true, optional: false, required: false
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeUsers {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeUsersToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeUsersToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeUsersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeUsers | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allow_reassignment - computed: true, optional: false, required: false
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }

  // user_ids - computed: true, optional: false, required: false
  public get userIds() {
    return this.getListAttribute('user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssignee {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssignee | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssignee | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_owners - computed: true, optional: false, required: false
  private _appOwners = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeAppOwnersOutputReference(this, "app_owners");
  public get appOwners() {
    return this._appOwners;
  }

  // entitlement_owners - computed: true, optional: false, required: false
  private _entitlementOwners = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersOutputReference(this, "entitlement_owners");
  public get entitlementOwners() {
    return this._entitlementOwners;
  }

  // expression - computed: true, optional: false, required: false
  private _expression = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeExpressionOutputReference(this, "expression");
  public get expression() {
    return this._expression;
  }

  // group - computed: true, optional: false, required: false
  private _group = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeGroupOutputReference(this, "group");
  public get group() {
    return this._group;
  }

  // manager - computed: true, optional: false, required: false
  private _manager = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeManagerOutputReference(this, "manager");
  public get manager() {
    return this._manager;
  }

  // users - computed: true, optional: false, required: false
  private _users = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeUsersOutputReference(this, "users");
  public get users() {
    return this._users;
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManual {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManual | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManual | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // assignee - computed: true, optional: false, required: false
  private _assignee = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualAssigneeOutputReference(this, "assignee");
  public get assignee() {
    return this._assignee;
  }

  // instructions - computed: true, optional: false, required: false
  public get instructions() {
    return this.getStringAttribute('instructions');
  }

  // user_ids - computed: true, optional: false, required: false
  public get userIds() {
    return this.getListAttribute('user_ids');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyUnconfigured {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyUnconfiguredToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyUnconfiguredToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyUnconfiguredOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyUnconfigured | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyUnconfigured | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyWebhook {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyWebhookToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyWebhookToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyWebhookOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyWebhook | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyWebhook | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // webhook_id - computed: true, optional: false, required: false
  public get webhookId() {
    return this.getStringAttribute('webhook_id');
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicy {
}

export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicy | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicy | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // action - computed: true, optional: false, required: false
  private _action = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyActionOutputReference(this, "action");
  public get action() {
    return this._action;
  }

  // connector - computed: true, optional: false, required: false
  private _connector = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyConnectorOutputReference(this, "connector");
  public get connector() {
    return this._connector;
  }

  // delegated - computed: true, optional: false, required: false
  private _delegated = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDelegatedOutputReference(this, "delegated");
  public get delegated() {
    return this._delegated;
  }

  // device_placement - computed: true, optional: false, required: false
  private _devicePlacement = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyDevicePlacementOutputReference(this, "device_placement");
  public get devicePlacement() {
    return this._devicePlacement;
  }

  // external_ticket - computed: true, optional: false, required: false
  private _externalTicket = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyExternalTicketOutputReference(this, "external_ticket");
  public get externalTicket() {
    return this._externalTicket;
  }

  // manual - computed: true, optional: false, required: false
  private _manual = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyManualOutputReference(this, "manual");
  public get manual() {
    return this._manual;
  }

  // multi_step - computed: true, optional: false, required: false
  public get multiStep() {
    return this.getStringAttribute('multi_step');
  }

  // unconfigured - computed: true, optional: false, required: false
  private _unconfigured = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyUnconfiguredOutputReference(this, "unconfigured");
  public get unconfigured() {
    return this._unconfigured;
  }

  // webhook - computed: true, optional: false, required: false
  private _webhook = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyWebhookOutputReference(this, "webhook");
  public get webhook() {
    return this._webhook;
  }
}
export interface DataConductoroneAppEntitlementsListAppEntitlement {
}

export function dataConductoroneAppEntitlementsListAppEntitlementToTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListAppEntitlementToHclTerraform(struct?: DataConductoroneAppEntitlementsListAppEntitlement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListAppEntitlementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListAppEntitlement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListAppEntitlement | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // alias - computed: true, optional: false, required: false
  public get alias() {
    return this.getStringAttribute('alias');
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

  // app_resource_id - computed: true, optional: false, required: false
  public get appResourceId() {
    return this.getStringAttribute('app_resource_id');
  }

  // app_resource_type_id - computed: true, optional: false, required: false
  public get appResourceTypeId() {
    return this.getStringAttribute('app_resource_type_id');
  }

  // certify_policy_id - computed: true, optional: false, required: false
  public get certifyPolicyId() {
    return this.getStringAttribute('certify_policy_id');
  }

  // compliance_framework_value_ids - computed: true, optional: false, required: false
  public get complianceFrameworkValueIds() {
    return this.getListAttribute('compliance_framework_value_ids');
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // default_values_applied - computed: true, optional: false, required: false
  public get defaultValuesApplied() {
    return this.getBooleanAttribute('default_values_applied');
  }

  // deleted_at - computed: true, optional: false, required: false
  public get deletedAt() {
    return this.getStringAttribute('deleted_at');
  }

  // deprovisioner_policy - computed: true, optional: false, required: false
  private _deprovisionerPolicy = new DataConductoroneAppEntitlementsListAppEntitlementDeprovisionerPolicyOutputReference(this, "deprovisioner_policy");
  public get deprovisionerPolicy() {
    return this._deprovisionerPolicy;
  }

  // description - computed: true, optional: false, required: false
  public get description() {
    return this.getStringAttribute('description');
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // duration_grant - computed: true, optional: false, required: false
  public get durationGrant() {
    return this.getStringAttribute('duration_grant');
  }

  // duration_unset - computed: true, optional: false, required: false
  private _durationUnset = new DataConductoroneAppEntitlementsListAppEntitlementDurationUnsetOutputReference(this, "duration_unset");
  public get durationUnset() {
    return this._durationUnset;
  }

  // emergency_grant_enabled - computed: true, optional: false, required: false
  public get emergencyGrantEnabled() {
    return this.getBooleanAttribute('emergency_grant_enabled');
  }

  // emergency_grant_policy_id - computed: true, optional: false, required: false
  public get emergencyGrantPolicyId() {
    return this.getStringAttribute('emergency_grant_policy_id');
  }

  // external_id - computed: true, optional: false, required: false
  public get externalId() {
    return this.getStringAttribute('external_id');
  }

  // grant_count - computed: true, optional: false, required: false
  public get grantCount() {
    return this.getStringAttribute('grant_count');
  }

  // grant_policy_id - computed: true, optional: false, required: false
  public get grantPolicyId() {
    return this.getStringAttribute('grant_policy_id');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // is_automation_enabled - computed: true, optional: false, required: false
  public get isAutomationEnabled() {
    return this.getBooleanAttribute('is_automation_enabled');
  }

  // is_manually_managed - computed: true, optional: false, required: false
  public get isManuallyManaged() {
    return this.getBooleanAttribute('is_manually_managed');
  }

  // match_baton_id - computed: true, optional: false, required: false
  public get matchBatonId() {
    return this.getStringAttribute('match_baton_id');
  }

  // override_access_requests_defaults - computed: true, optional: false, required: false
  public get overrideAccessRequestsDefaults() {
    return this.getBooleanAttribute('override_access_requests_defaults');
  }

  // provisioner_policy - computed: true, optional: false, required: false
  private _provisionerPolicy = new DataConductoroneAppEntitlementsListAppEntitlementProvisionerPolicyOutputReference(this, "provisioner_policy");
  public get provisionerPolicy() {
    return this._provisionerPolicy;
  }

  // purpose - computed: true, optional: false, required: false
  public get purpose() {
    return this.getStringAttribute('purpose');
  }

  // request_schema_id - computed: true, optional: false, required: false
  public get requestSchemaId() {
    return this.getStringAttribute('request_schema_id');
  }

  // revoke_policy_id - computed: true, optional: false, required: false
  public get revokePolicyId() {
    return this.getStringAttribute('revoke_policy_id');
  }

  // risk_level_value_id - computed: true, optional: false, required: false
  public get riskLevelValueId() {
    return this.getStringAttribute('risk_level_value_id');
  }

  // slug - computed: true, optional: false, required: false
  public get slug() {
    return this.getStringAttribute('slug');
  }

  // source_connector_ids - computed: true, optional: false, required: false
  private _sourceConnectorIds = new cdktf.StringMap(this, "source_connector_ids");
  public get sourceConnectorIds() {
    return this._sourceConnectorIds;
  }

  // system_builtin - computed: true, optional: false, required: false
  public get systemBuiltin() {
    return this.getBooleanAttribute('system_builtin');
  }

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }
}
export interface DataConductoroneAppEntitlementsListObjectPermissions {
}

export function dataConductoroneAppEntitlementsListObjectPermissionsToTerraform(struct?: DataConductoroneAppEntitlementsListObjectPermissions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListObjectPermissionsToHclTerraform(struct?: DataConductoroneAppEntitlementsListObjectPermissions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListObjectPermissionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementsListObjectPermissions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListObjectPermissions | undefined) {
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
export interface DataConductoroneAppEntitlementsListStruct {
}

export function dataConductoroneAppEntitlementsListStructToTerraform(struct?: DataConductoroneAppEntitlementsListStruct): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementsListStructToHclTerraform(struct?: DataConductoroneAppEntitlementsListStruct): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementsListStructOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppEntitlementsListStruct | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementsListStruct | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_entitlement - computed: true, optional: false, required: false
  private _appEntitlement = new DataConductoroneAppEntitlementsListAppEntitlementOutputReference(this, "app_entitlement");
  public get appEntitlement() {
    return this._appEntitlement;
  }

  // object_permissions - computed: true, optional: false, required: false
  private _objectPermissions = new DataConductoroneAppEntitlementsListObjectPermissionsOutputReference(this, "object_permissions");
  public get objectPermissions() {
    return this._objectPermissions;
  }
}

export class DataConductoroneAppEntitlementsListStructList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneAppEntitlementsListStructOutputReference {
    return new DataConductoroneAppEntitlementsListStructOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneAppEntitlementsPolicyRefs {
  /**
  * The id field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#id DataConductoroneAppEntitlements#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function dataConductoroneAppEntitlementsPolicyRefsToTerraform(struct?: DataConductoroneAppEntitlementsPolicyRefs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function dataConductoroneAppEntitlementsPolicyRefsToHclTerraform(struct?: DataConductoroneAppEntitlementsPolicyRefs | cdktf.IResolvable): any {
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

export class DataConductoroneAppEntitlementsPolicyRefsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppEntitlementsPolicyRefs | cdktf.IResolvable | undefined {
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

  public set internalValue(value: DataConductoroneAppEntitlementsPolicyRefs | cdktf.IResolvable | undefined) {
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

export class DataConductoroneAppEntitlementsPolicyRefsList extends cdktf.ComplexList {
  public internalValue? : DataConductoroneAppEntitlementsPolicyRefs[] | cdktf.IResolvable

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
  public get(index: number): DataConductoroneAppEntitlementsPolicyRefsOutputReference {
    return new DataConductoroneAppEntitlementsPolicyRefsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneAppEntitlementsRefs {
  /**
  * The appId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#app_id DataConductoroneAppEntitlements#app_id}
  */
  readonly appId?: string;
  /**
  * The id field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#id DataConductoroneAppEntitlements#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function dataConductoroneAppEntitlementsRefsToTerraform(struct?: DataConductoroneAppEntitlementsRefs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_id: cdktf.stringToTerraform(struct!.appId),
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function dataConductoroneAppEntitlementsRefsToHclTerraform(struct?: DataConductoroneAppEntitlementsRefs | cdktf.IResolvable): any {
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

export class DataConductoroneAppEntitlementsRefsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppEntitlementsRefs | cdktf.IResolvable | undefined {
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

  public set internalValue(value: DataConductoroneAppEntitlementsRefs | cdktf.IResolvable | undefined) {
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

export class DataConductoroneAppEntitlementsRefsList extends cdktf.ComplexList {
  public internalValue? : DataConductoroneAppEntitlementsRefs[] | cdktf.IResolvable

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
  public get(index: number): DataConductoroneAppEntitlementsRefsOutputReference {
    return new DataConductoroneAppEntitlementsRefsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements conductorone_app_entitlements}
*/
export class DataConductoroneAppEntitlements extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_app_entitlements";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataConductoroneAppEntitlements resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataConductoroneAppEntitlements to import
  * @param importFromId The id of the existing DataConductoroneAppEntitlements that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataConductoroneAppEntitlements to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_app_entitlements", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlements conductorone_app_entitlements} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataConductoroneAppEntitlementsConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataConductoroneAppEntitlementsConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'conductorone_app_entitlements',
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
    this._accessReviewId = config.accessReviewId;
    this._alias = config.alias;
    this._appIds = config.appIds;
    this._appUserIds = config.appUserIds;
    this._complianceFrameworkIds = config.complianceFrameworkIds;
    this._displayName = config.displayName;
    this._excludeAppIds = config.excludeAppIds;
    this._excludeAppUserIds = config.excludeAppUserIds;
    this._excludeImmutable = config.excludeImmutable;
    this._excludeResourceTypeIds = config.excludeResourceTypeIds;
    this._excludedEntitlementRefs.internalValue = config.excludedEntitlementRefs;
    this._includeDeleted = config.includeDeleted;
    this._isAutomated = config.isAutomated;
    this._membershipType = config.membershipType;
    this._onlyGetExpiring = config.onlyGetExpiring;
    this._pageSize = config.pageSize;
    this._pageToken = config.pageToken;
    this._policyRefs.internalValue = config.policyRefs;
    this._query = config.query;
    this._refs.internalValue = config.refs;
    this._requestSchemaIds = config.requestSchemaIds;
    this._resourceIds = config.resourceIds;
    this._resourceTraitIds = config.resourceTraitIds;
    this._resourceTypeIds = config.resourceTypeIds;
    this._riskLevelIds = config.riskLevelIds;
    this._sourceConnectorId = config.sourceConnectorId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_review_id - computed: false, optional: true, required: false
  private _accessReviewId?: string; 
  public get accessReviewId() {
    return this.getStringAttribute('access_review_id');
  }
  public set accessReviewId(value: string) {
    this._accessReviewId = value;
  }
  public resetAccessReviewId() {
    this._accessReviewId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessReviewIdInput() {
    return this._accessReviewId;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
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

  // compliance_framework_ids - computed: false, optional: true, required: false
  private _complianceFrameworkIds?: string[]; 
  public get complianceFrameworkIds() {
    return this.getListAttribute('compliance_framework_ids');
  }
  public set complianceFrameworkIds(value: string[]) {
    this._complianceFrameworkIds = value;
  }
  public resetComplianceFrameworkIds() {
    this._complianceFrameworkIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get complianceFrameworkIdsInput() {
    return this._complianceFrameworkIds;
  }

  // display_name - computed: false, optional: true, required: false
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

  // exclude_app_user_ids - computed: false, optional: true, required: false
  private _excludeAppUserIds?: string[]; 
  public get excludeAppUserIds() {
    return this.getListAttribute('exclude_app_user_ids');
  }
  public set excludeAppUserIds(value: string[]) {
    this._excludeAppUserIds = value;
  }
  public resetExcludeAppUserIds() {
    this._excludeAppUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeAppUserIdsInput() {
    return this._excludeAppUserIds;
  }

  // exclude_immutable - computed: false, optional: true, required: false
  private _excludeImmutable?: boolean | cdktf.IResolvable; 
  public get excludeImmutable() {
    return this.getBooleanAttribute('exclude_immutable');
  }
  public set excludeImmutable(value: boolean | cdktf.IResolvable) {
    this._excludeImmutable = value;
  }
  public resetExcludeImmutable() {
    this._excludeImmutable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeImmutableInput() {
    return this._excludeImmutable;
  }

  // exclude_resource_type_ids - computed: false, optional: true, required: false
  private _excludeResourceTypeIds?: string[]; 
  public get excludeResourceTypeIds() {
    return this.getListAttribute('exclude_resource_type_ids');
  }
  public set excludeResourceTypeIds(value: string[]) {
    this._excludeResourceTypeIds = value;
  }
  public resetExcludeResourceTypeIds() {
    this._excludeResourceTypeIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeResourceTypeIdsInput() {
    return this._excludeResourceTypeIds;
  }

  // excluded_entitlement_refs - computed: false, optional: true, required: false
  private _excludedEntitlementRefs = new DataConductoroneAppEntitlementsExcludedEntitlementRefsList(this, "excluded_entitlement_refs", false);
  public get excludedEntitlementRefs() {
    return this._excludedEntitlementRefs;
  }
  public putExcludedEntitlementRefs(value: DataConductoroneAppEntitlementsExcludedEntitlementRefs[] | cdktf.IResolvable) {
    this._excludedEntitlementRefs.internalValue = value;
  }
  public resetExcludedEntitlementRefs() {
    this._excludedEntitlementRefs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludedEntitlementRefsInput() {
    return this._excludedEntitlementRefs.internalValue;
  }

  // facets - computed: true, optional: false, required: false
  private _facets = new DataConductoroneAppEntitlementsFacetsOutputReference(this, "facets");
  public get facets() {
    return this._facets;
  }

  // include_deleted - computed: false, optional: true, required: false
  private _includeDeleted?: boolean | cdktf.IResolvable; 
  public get includeDeleted() {
    return this.getBooleanAttribute('include_deleted');
  }
  public set includeDeleted(value: boolean | cdktf.IResolvable) {
    this._includeDeleted = value;
  }
  public resetIncludeDeleted() {
    this._includeDeleted = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeDeletedInput() {
    return this._includeDeleted;
  }

  // is_automated - computed: false, optional: true, required: false
  private _isAutomated?: boolean | cdktf.IResolvable; 
  public get isAutomated() {
    return this.getBooleanAttribute('is_automated');
  }
  public set isAutomated(value: boolean | cdktf.IResolvable) {
    this._isAutomated = value;
  }
  public resetIsAutomated() {
    this._isAutomated = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isAutomatedInput() {
    return this._isAutomated;
  }

  // list - computed: true, optional: false, required: false
  private _list = new DataConductoroneAppEntitlementsListStructList(this, "list", false);
  public get list() {
    return this._list;
  }

  // membership_type - computed: false, optional: true, required: false
  private _membershipType?: string[]; 
  public get membershipType() {
    return this.getListAttribute('membership_type');
  }
  public set membershipType(value: string[]) {
    this._membershipType = value;
  }
  public resetMembershipType() {
    this._membershipType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get membershipTypeInput() {
    return this._membershipType;
  }

  // next_page_token - computed: true, optional: false, required: false
  public get nextPageToken() {
    return this.getStringAttribute('next_page_token');
  }

  // only_get_expiring - computed: false, optional: true, required: false
  private _onlyGetExpiring?: boolean | cdktf.IResolvable; 
  public get onlyGetExpiring() {
    return this.getBooleanAttribute('only_get_expiring');
  }
  public set onlyGetExpiring(value: boolean | cdktf.IResolvable) {
    this._onlyGetExpiring = value;
  }
  public resetOnlyGetExpiring() {
    this._onlyGetExpiring = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onlyGetExpiringInput() {
    return this._onlyGetExpiring;
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

  // policy_refs - computed: false, optional: true, required: false
  private _policyRefs = new DataConductoroneAppEntitlementsPolicyRefsList(this, "policy_refs", false);
  public get policyRefs() {
    return this._policyRefs;
  }
  public putPolicyRefs(value: DataConductoroneAppEntitlementsPolicyRefs[] | cdktf.IResolvable) {
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

  // refs - computed: false, optional: true, required: false
  private _refs = new DataConductoroneAppEntitlementsRefsList(this, "refs", false);
  public get refs() {
    return this._refs;
  }
  public putRefs(value: DataConductoroneAppEntitlementsRefs[] | cdktf.IResolvable) {
    this._refs.internalValue = value;
  }
  public resetRefs() {
    this._refs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get refsInput() {
    return this._refs.internalValue;
  }

  // request_schema_ids - computed: false, optional: true, required: false
  private _requestSchemaIds?: string[]; 
  public get requestSchemaIds() {
    return this.getListAttribute('request_schema_ids');
  }
  public set requestSchemaIds(value: string[]) {
    this._requestSchemaIds = value;
  }
  public resetRequestSchemaIds() {
    this._requestSchemaIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requestSchemaIdsInput() {
    return this._requestSchemaIds;
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

  // resource_trait_ids - computed: false, optional: true, required: false
  private _resourceTraitIds?: string[]; 
  public get resourceTraitIds() {
    return this.getListAttribute('resource_trait_ids');
  }
  public set resourceTraitIds(value: string[]) {
    this._resourceTraitIds = value;
  }
  public resetResourceTraitIds() {
    this._resourceTraitIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceTraitIdsInput() {
    return this._resourceTraitIds;
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

  // risk_level_ids - computed: false, optional: true, required: false
  private _riskLevelIds?: string[]; 
  public get riskLevelIds() {
    return this.getListAttribute('risk_level_ids');
  }
  public set riskLevelIds(value: string[]) {
    this._riskLevelIds = value;
  }
  public resetRiskLevelIds() {
    this._riskLevelIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get riskLevelIdsInput() {
    return this._riskLevelIds;
  }

  // source_connector_id - computed: false, optional: true, required: false
  private _sourceConnectorId?: string; 
  public get sourceConnectorId() {
    return this.getStringAttribute('source_connector_id');
  }
  public set sourceConnectorId(value: string) {
    this._sourceConnectorId = value;
  }
  public resetSourceConnectorId() {
    this._sourceConnectorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceConnectorIdInput() {
    return this._sourceConnectorId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      access_review_id: cdktf.stringToTerraform(this._accessReviewId),
      alias: cdktf.stringToTerraform(this._alias),
      app_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._appIds),
      app_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._appUserIds),
      compliance_framework_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._complianceFrameworkIds),
      display_name: cdktf.stringToTerraform(this._displayName),
      exclude_app_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeAppIds),
      exclude_app_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeAppUserIds),
      exclude_immutable: cdktf.booleanToTerraform(this._excludeImmutable),
      exclude_resource_type_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeResourceTypeIds),
      excluded_entitlement_refs: cdktf.listMapper(dataConductoroneAppEntitlementsExcludedEntitlementRefsToTerraform, false)(this._excludedEntitlementRefs.internalValue),
      include_deleted: cdktf.booleanToTerraform(this._includeDeleted),
      is_automated: cdktf.booleanToTerraform(this._isAutomated),
      membership_type: cdktf.listMapper(cdktf.stringToTerraform, false)(this._membershipType),
      only_get_expiring: cdktf.booleanToTerraform(this._onlyGetExpiring),
      page_size: cdktf.numberToTerraform(this._pageSize),
      page_token: cdktf.stringToTerraform(this._pageToken),
      policy_refs: cdktf.listMapper(dataConductoroneAppEntitlementsPolicyRefsToTerraform, false)(this._policyRefs.internalValue),
      query: cdktf.stringToTerraform(this._query),
      refs: cdktf.listMapper(dataConductoroneAppEntitlementsRefsToTerraform, false)(this._refs.internalValue),
      request_schema_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._requestSchemaIds),
      resource_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._resourceIds),
      resource_trait_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._resourceTraitIds),
      resource_type_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._resourceTypeIds),
      risk_level_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._riskLevelIds),
      source_connector_id: cdktf.stringToTerraform(this._sourceConnectorId),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      access_review_id: {
        value: cdktf.stringToHclTerraform(this._accessReviewId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
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
      compliance_framework_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._complianceFrameworkIds),
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
      exclude_app_user_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._excludeAppUserIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      exclude_immutable: {
        value: cdktf.booleanToHclTerraform(this._excludeImmutable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      exclude_resource_type_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._excludeResourceTypeIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      excluded_entitlement_refs: {
        value: cdktf.listMapperHcl(dataConductoroneAppEntitlementsExcludedEntitlementRefsToHclTerraform, false)(this._excludedEntitlementRefs.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataConductoroneAppEntitlementsExcludedEntitlementRefsList",
      },
      include_deleted: {
        value: cdktf.booleanToHclTerraform(this._includeDeleted),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      is_automated: {
        value: cdktf.booleanToHclTerraform(this._isAutomated),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      membership_type: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._membershipType),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      only_get_expiring: {
        value: cdktf.booleanToHclTerraform(this._onlyGetExpiring),
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
        value: cdktf.listMapperHcl(dataConductoroneAppEntitlementsPolicyRefsToHclTerraform, false)(this._policyRefs.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataConductoroneAppEntitlementsPolicyRefsList",
      },
      query: {
        value: cdktf.stringToHclTerraform(this._query),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      refs: {
        value: cdktf.listMapperHcl(dataConductoroneAppEntitlementsRefsToHclTerraform, false)(this._refs.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataConductoroneAppEntitlementsRefsList",
      },
      request_schema_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._requestSchemaIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      resource_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._resourceIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      resource_trait_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._resourceTraitIds),
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
      risk_level_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._riskLevelIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      source_connector_id: {
        value: cdktf.stringToHclTerraform(this._sourceConnectorId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataConductoroneUserConfig extends cdktf.TerraformMetaArguments {
  /**
  * Filter for users based on their delegate status. possible known values include one of ["DELEGATE_STATUS_UNSPECIFIED", "DELEGATE_STATUS_HAS_DELEGATE", "DELEGATE_STATUS_NO_DELEGATE"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#delegate_status DataConductoroneUser#delegate_status}
  */
  readonly delegateStatus?: string;
  /**
  * Filter for users that have any of the delegated user IDs on this list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#delegated_user_ids DataConductoroneUser#delegated_user_ids}
  */
  readonly delegatedUserIds?: string[];
  /**
  * Search for users that have any of the departments on this list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#departments DataConductoroneUser#departments}
  */
  readonly departments?: string[];
  /**
  * This is the user's email.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#email DataConductoroneUser#email}
  */
  readonly email?: string;
  /**
  * An array of users IDs to exclude from the results.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#exclude_ids DataConductoroneUser#exclude_ids}
  */
  readonly excludeIds?: string[];
  /**
  * Filter to exclude users with these origins.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#exclude_origins DataConductoroneUser#exclude_origins}
  */
  readonly excludeOrigins?: string[];
  /**
  * An array of types to exclude from the results.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#exclude_types DataConductoroneUser#exclude_types}
  */
  readonly excludeTypes?: string[];
  /**
  * Deprecated. Use refs array instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#ids DataConductoroneUser#ids}
  */
  readonly ids?: string[];
  /**
  * Filter for users who are delegates of at least one other user.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#is_delegate DataConductoroneUser#is_delegate}
  */
  readonly isDelegate?: boolean | cdktf.IResolvable;
  /**
  * Search for users that have any of the job titles on this list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#job_titles DataConductoroneUser#job_titles}
  */
  readonly jobTitles?: string[];
  /**
  * A list of ids of the user's managers.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#manager_ids DataConductoroneUser#manager_ids}
  */
  readonly managerIds?: string[];
  /**
  * Filter to include only users with these origins.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#origins DataConductoroneUser#origins}
  */
  readonly origins?: string[];
  /**
  * The pageSize where 0 <= pageSize <= 100. Values < 10 will be set to 10. A value of 0 returns the default page size (currently 25)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#page_size DataConductoroneUser#page_size}
  */
  readonly pageSize?: number;
  /**
  * The pageToken field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#page_token DataConductoroneUser#page_token}
  */
  readonly pageToken?: string;
  /**
  * Query the apps with a fuzzy search on display name and emails.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#query DataConductoroneUser#query}
  */
  readonly query?: string;
  /**
  * An array of user refs to restrict the return values to by ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#refs DataConductoroneUser#refs}
  */
  readonly refs?: DataConductoroneUserRefs[] | cdktf.IResolvable;
  /**
  * A list of unique identifiers that maps to ConductorOne's user roles let you assign users permissions tailored to the work they do in the software.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#role_ids DataConductoroneUser#role_ids}
  */
  readonly roleIds?: string[];
  /**
  * Filter to include only users sourced from any of these apps (directories).
  *  Each value is an app ID; a user matches when its source_app_ids map
  *  contains any of the listed app IDs. Combined with `origins` using OR.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#source_app_ids DataConductoroneUser#source_app_ids}
  */
  readonly sourceAppIds?: string[];
  /**
  * Search for users that have any of the statuses on this list. This can only be ENABLED, DISABLED, and DELETED
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#user_statuses DataConductoroneUser#user_statuses}
  */
  readonly userStatuses?: string[];
}
export interface DataConductoroneUserDepartmentSources {
}

export function dataConductoroneUserDepartmentSourcesToTerraform(struct?: DataConductoroneUserDepartmentSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneUserDepartmentSourcesToHclTerraform(struct?: DataConductoroneUserDepartmentSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneUserDepartmentSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneUserDepartmentSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneUserDepartmentSources | undefined) {
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

  // app_user_id - computed: true, optional: false, required: false
  public get appUserId() {
    return this.getStringAttribute('app_user_id');
  }

  // app_user_profile_attribute_key - computed: true, optional: false, required: false
  public get appUserProfileAttributeKey() {
    return this.getStringAttribute('app_user_profile_attribute_key');
  }

  // priority - computed: true, optional: false, required: false
  public get priority() {
    return this.getNumberAttribute('priority');
  }

  // user_attribute_mapping_id - computed: true, optional: false, required: false
  public get userAttributeMappingId() {
    return this.getStringAttribute('user_attribute_mapping_id');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class DataConductoroneUserDepartmentSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneUserDepartmentSourcesOutputReference {
    return new DataConductoroneUserDepartmentSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneUserDirectoryStatusSources {
}

export function dataConductoroneUserDirectoryStatusSourcesToTerraform(struct?: DataConductoroneUserDirectoryStatusSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneUserDirectoryStatusSourcesToHclTerraform(struct?: DataConductoroneUserDirectoryStatusSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneUserDirectoryStatusSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneUserDirectoryStatusSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneUserDirectoryStatusSources | undefined) {
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

  // app_user_id - computed: true, optional: false, required: false
  public get appUserId() {
    return this.getStringAttribute('app_user_id');
  }

  // app_user_profile_attribute_key - computed: true, optional: false, required: false
  public get appUserProfileAttributeKey() {
    return this.getStringAttribute('app_user_profile_attribute_key');
  }

  // priority - computed: true, optional: false, required: false
  public get priority() {
    return this.getNumberAttribute('priority');
  }

  // user_attribute_mapping_id - computed: true, optional: false, required: false
  public get userAttributeMappingId() {
    return this.getStringAttribute('user_attribute_mapping_id');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class DataConductoroneUserDirectoryStatusSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneUserDirectoryStatusSourcesOutputReference {
    return new DataConductoroneUserDirectoryStatusSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneUserEmailSources {
}

export function dataConductoroneUserEmailSourcesToTerraform(struct?: DataConductoroneUserEmailSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneUserEmailSourcesToHclTerraform(struct?: DataConductoroneUserEmailSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneUserEmailSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneUserEmailSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneUserEmailSources | undefined) {
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

  // app_user_id - computed: true, optional: false, required: false
  public get appUserId() {
    return this.getStringAttribute('app_user_id');
  }

  // app_user_profile_attribute_key - computed: true, optional: false, required: false
  public get appUserProfileAttributeKey() {
    return this.getStringAttribute('app_user_profile_attribute_key');
  }

  // priority - computed: true, optional: false, required: false
  public get priority() {
    return this.getNumberAttribute('priority');
  }

  // user_attribute_mapping_id - computed: true, optional: false, required: false
  public get userAttributeMappingId() {
    return this.getStringAttribute('user_attribute_mapping_id');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class DataConductoroneUserEmailSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneUserEmailSourcesOutputReference {
    return new DataConductoroneUserEmailSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneUserEmployeeIdSources {
}

export function dataConductoroneUserEmployeeIdSourcesToTerraform(struct?: DataConductoroneUserEmployeeIdSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneUserEmployeeIdSourcesToHclTerraform(struct?: DataConductoroneUserEmployeeIdSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneUserEmployeeIdSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneUserEmployeeIdSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneUserEmployeeIdSources | undefined) {
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

  // app_user_id - computed: true, optional: false, required: false
  public get appUserId() {
    return this.getStringAttribute('app_user_id');
  }

  // app_user_profile_attribute_key - computed: true, optional: false, required: false
  public get appUserProfileAttributeKey() {
    return this.getStringAttribute('app_user_profile_attribute_key');
  }

  // priority - computed: true, optional: false, required: false
  public get priority() {
    return this.getNumberAttribute('priority');
  }

  // user_attribute_mapping_id - computed: true, optional: false, required: false
  public get userAttributeMappingId() {
    return this.getStringAttribute('user_attribute_mapping_id');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class DataConductoroneUserEmployeeIdSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneUserEmployeeIdSourcesOutputReference {
    return new DataConductoroneUserEmployeeIdSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneUserEmploymentStatusSources {
}

export function dataConductoroneUserEmploymentStatusSourcesToTerraform(struct?: DataConductoroneUserEmploymentStatusSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneUserEmploymentStatusSourcesToHclTerraform(struct?: DataConductoroneUserEmploymentStatusSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneUserEmploymentStatusSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneUserEmploymentStatusSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneUserEmploymentStatusSources | undefined) {
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

  // app_user_id - computed: true, optional: false, required: false
  public get appUserId() {
    return this.getStringAttribute('app_user_id');
  }

  // app_user_profile_attribute_key - computed: true, optional: false, required: false
  public get appUserProfileAttributeKey() {
    return this.getStringAttribute('app_user_profile_attribute_key');
  }

  // priority - computed: true, optional: false, required: false
  public get priority() {
    return this.getNumberAttribute('priority');
  }

  // user_attribute_mapping_id - computed: true, optional: false, required: false
  public get userAttributeMappingId() {
    return this.getStringAttribute('user_attribute_mapping_id');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class DataConductoroneUserEmploymentStatusSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneUserEmploymentStatusSourcesOutputReference {
    return new DataConductoroneUserEmploymentStatusSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneUserEmploymentTypeSources {
}

export function dataConductoroneUserEmploymentTypeSourcesToTerraform(struct?: DataConductoroneUserEmploymentTypeSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneUserEmploymentTypeSourcesToHclTerraform(struct?: DataConductoroneUserEmploymentTypeSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneUserEmploymentTypeSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneUserEmploymentTypeSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneUserEmploymentTypeSources | undefined) {
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

  // app_user_id - computed: true, optional: false, required: false
  public get appUserId() {
    return this.getStringAttribute('app_user_id');
  }

  // app_user_profile_attribute_key - computed: true, optional: false, required: false
  public get appUserProfileAttributeKey() {
    return this.getStringAttribute('app_user_profile_attribute_key');
  }

  // priority - computed: true, optional: false, required: false
  public get priority() {
    return this.getNumberAttribute('priority');
  }

  // user_attribute_mapping_id - computed: true, optional: false, required: false
  public get userAttributeMappingId() {
    return this.getStringAttribute('user_attribute_mapping_id');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class DataConductoroneUserEmploymentTypeSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneUserEmploymentTypeSourcesOutputReference {
    return new DataConductoroneUserEmploymentTypeSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneUserExpanded {
}

export function dataConductoroneUserExpandedToTerraform(struct?: DataConductoroneUserExpanded): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneUserExpandedToHclTerraform(struct?: DataConductoroneUserExpanded): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneUserExpandedOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneUserExpanded | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneUserExpanded | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}

export class DataConductoroneUserExpandedList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneUserExpandedOutputReference {
    return new DataConductoroneUserExpandedOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneUserJobTitleSources {
}

export function dataConductoroneUserJobTitleSourcesToTerraform(struct?: DataConductoroneUserJobTitleSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneUserJobTitleSourcesToHclTerraform(struct?: DataConductoroneUserJobTitleSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneUserJobTitleSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneUserJobTitleSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneUserJobTitleSources | undefined) {
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

  // app_user_id - computed: true, optional: false, required: false
  public get appUserId() {
    return this.getStringAttribute('app_user_id');
  }

  // app_user_profile_attribute_key - computed: true, optional: false, required: false
  public get appUserProfileAttributeKey() {
    return this.getStringAttribute('app_user_profile_attribute_key');
  }

  // priority - computed: true, optional: false, required: false
  public get priority() {
    return this.getNumberAttribute('priority');
  }

  // user_attribute_mapping_id - computed: true, optional: false, required: false
  public get userAttributeMappingId() {
    return this.getStringAttribute('user_attribute_mapping_id');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class DataConductoroneUserJobTitleSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneUserJobTitleSourcesOutputReference {
    return new DataConductoroneUserJobTitleSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneUserManagerSources {
}

export function dataConductoroneUserManagerSourcesToTerraform(struct?: DataConductoroneUserManagerSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneUserManagerSourcesToHclTerraform(struct?: DataConductoroneUserManagerSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneUserManagerSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneUserManagerSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneUserManagerSources | undefined) {
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

  // app_user_id - computed: true, optional: false, required: false
  public get appUserId() {
    return this.getStringAttribute('app_user_id');
  }

  // app_user_profile_attribute_key - computed: true, optional: false, required: false
  public get appUserProfileAttributeKey() {
    return this.getStringAttribute('app_user_profile_attribute_key');
  }

  // priority - computed: true, optional: false, required: false
  public get priority() {
    return this.getNumberAttribute('priority');
  }

  // user_attribute_mapping_id - computed: true, optional: false, required: false
  public get userAttributeMappingId() {
    return this.getStringAttribute('user_attribute_mapping_id');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class DataConductoroneUserManagerSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneUserManagerSourcesOutputReference {
    return new DataConductoroneUserManagerSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneUserProfile {
}

export function dataConductoroneUserProfileToTerraform(struct?: DataConductoroneUserProfile): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneUserProfileToHclTerraform(struct?: DataConductoroneUserProfile): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneUserProfileOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneUserProfile | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneUserProfile | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneUserRefs {
  /**
  * The id of the user.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#id DataConductoroneUser#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function dataConductoroneUserRefsToTerraform(struct?: DataConductoroneUserRefs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function dataConductoroneUserRefsToHclTerraform(struct?: DataConductoroneUserRefs | cdktf.IResolvable): any {
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

export class DataConductoroneUserRefsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneUserRefs | cdktf.IResolvable | undefined {
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

  public set internalValue(value: DataConductoroneUserRefs | cdktf.IResolvable | undefined) {
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

export class DataConductoroneUserRefsList extends cdktf.ComplexList {
  public internalValue? : DataConductoroneUserRefs[] | cdktf.IResolvable

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
  public get(index: number): DataConductoroneUserRefsOutputReference {
    return new DataConductoroneUserRefsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneUserUsernameSources {
}

export function dataConductoroneUserUsernameSourcesToTerraform(struct?: DataConductoroneUserUsernameSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneUserUsernameSourcesToHclTerraform(struct?: DataConductoroneUserUsernameSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneUserUsernameSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneUserUsernameSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneUserUsernameSources | undefined) {
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

  // app_user_id - computed: true, optional: false, required: false
  public get appUserId() {
    return this.getStringAttribute('app_user_id');
  }

  // app_user_profile_attribute_key - computed: true, optional: false, required: false
  public get appUserProfileAttributeKey() {
    return this.getStringAttribute('app_user_profile_attribute_key');
  }

  // priority - computed: true, optional: false, required: false
  public get priority() {
    return this.getNumberAttribute('priority');
  }

  // user_attribute_mapping_id - computed: true, optional: false, required: false
  public get userAttributeMappingId() {
    return this.getStringAttribute('user_attribute_mapping_id');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class DataConductoroneUserUsernameSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneUserUsernameSourcesOutputReference {
    return new DataConductoroneUserUsernameSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user conductorone_user}
*/
export class DataConductoroneUser extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_user";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataConductoroneUser resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataConductoroneUser to import
  * @param importFromId The id of the existing DataConductoroneUser that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataConductoroneUser to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_user", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/user conductorone_user} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataConductoroneUserConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataConductoroneUserConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'conductorone_user',
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
    this._delegateStatus = config.delegateStatus;
    this._delegatedUserIds = config.delegatedUserIds;
    this._departments = config.departments;
    this._email = config.email;
    this._excludeIds = config.excludeIds;
    this._excludeOrigins = config.excludeOrigins;
    this._excludeTypes = config.excludeTypes;
    this._ids = config.ids;
    this._isDelegate = config.isDelegate;
    this._jobTitles = config.jobTitles;
    this._managerIds = config.managerIds;
    this._origins = config.origins;
    this._pageSize = config.pageSize;
    this._pageToken = config.pageToken;
    this._query = config.query;
    this._refs.internalValue = config.refs;
    this._roleIds = config.roleIds;
    this._sourceAppIds = config.sourceAppIds;
    this._userStatuses = config.userStatuses;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // delegate_status - computed: false, optional: true, required: false
  private _delegateStatus?: string; 
  public get delegateStatus() {
    return this.getStringAttribute('delegate_status');
  }
  public set delegateStatus(value: string) {
    this._delegateStatus = value;
  }
  public resetDelegateStatus() {
    this._delegateStatus = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get delegateStatusInput() {
    return this._delegateStatus;
  }

  // delegated_user_id - computed: true, optional: false, required: false
  public get delegatedUserId() {
    return this.getStringAttribute('delegated_user_id');
  }

  // delegated_user_ids - computed: false, optional: true, required: false
  private _delegatedUserIds?: string[]; 
  public get delegatedUserIds() {
    return this.getListAttribute('delegated_user_ids');
  }
  public set delegatedUserIds(value: string[]) {
    this._delegatedUserIds = value;
  }
  public resetDelegatedUserIds() {
    this._delegatedUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get delegatedUserIdsInput() {
    return this._delegatedUserIds;
  }

  // delegated_user_path - computed: true, optional: false, required: false
  public get delegatedUserPath() {
    return this.getStringAttribute('delegated_user_path');
  }

  // delete - computed: true, optional: false, required: false
  public get delete() {
    return this.getBooleanAttribute('delete');
  }

  // deleted_at - computed: true, optional: false, required: false
  public get deletedAt() {
    return this.getStringAttribute('deleted_at');
  }

  // department - computed: true, optional: false, required: false
  public get department() {
    return this.getStringAttribute('department');
  }

  // department_sources - computed: true, optional: false, required: false
  private _departmentSources = new DataConductoroneUserDepartmentSourcesList(this, "department_sources", false);
  public get departmentSources() {
    return this._departmentSources;
  }

  // departments - computed: false, optional: true, required: false
  private _departments?: string[]; 
  public get departments() {
    return this.getListAttribute('departments');
  }
  public set departments(value: string[]) {
    this._departments = value;
  }
  public resetDepartments() {
    this._departments = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get departmentsInput() {
    return this._departments;
  }

  // directories_path - computed: true, optional: false, required: false
  public get directoriesPath() {
    return this.getStringAttribute('directories_path');
  }

  // directory_ids - computed: true, optional: false, required: false
  public get directoryIds() {
    return this.getListAttribute('directory_ids');
  }

  // directory_status - computed: true, optional: false, required: false
  public get directoryStatus() {
    return this.getStringAttribute('directory_status');
  }

  // directory_status_sources - computed: true, optional: false, required: false
  private _directoryStatusSources = new DataConductoroneUserDirectoryStatusSourcesList(this, "directory_status_sources", false);
  public get directoryStatusSources() {
    return this._directoryStatusSources;
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // edit - computed: true, optional: false, required: false
  public get edit() {
    return this.getBooleanAttribute('edit');
  }

  // email - computed: true, optional: true, required: false
  private _email?: string; 
  public get email() {
    return this.getStringAttribute('email');
  }
  public set email(value: string) {
    this._email = value;
  }
  public resetEmail() {
    this._email = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInput() {
    return this._email;
  }

  // email_sources - computed: true, optional: false, required: false
  private _emailSources = new DataConductoroneUserEmailSourcesList(this, "email_sources", false);
  public get emailSources() {
    return this._emailSources;
  }

  // emails - computed: true, optional: false, required: false
  public get emails() {
    return this.getListAttribute('emails');
  }

  // employee_id_sources - computed: true, optional: false, required: false
  private _employeeIdSources = new DataConductoroneUserEmployeeIdSourcesList(this, "employee_id_sources", false);
  public get employeeIdSources() {
    return this._employeeIdSources;
  }

  // employee_ids - computed: true, optional: false, required: false
  public get employeeIds() {
    return this.getListAttribute('employee_ids');
  }

  // employment_status - computed: true, optional: false, required: false
  public get employmentStatus() {
    return this.getStringAttribute('employment_status');
  }

  // employment_status_sources - computed: true, optional: false, required: false
  private _employmentStatusSources = new DataConductoroneUserEmploymentStatusSourcesList(this, "employment_status_sources", false);
  public get employmentStatusSources() {
    return this._employmentStatusSources;
  }

  // employment_type - computed: true, optional: false, required: false
  public get employmentType() {
    return this.getStringAttribute('employment_type');
  }

  // employment_type_sources - computed: true, optional: false, required: false
  private _employmentTypeSources = new DataConductoroneUserEmploymentTypeSourcesList(this, "employment_type_sources", false);
  public get employmentTypeSources() {
    return this._employmentTypeSources;
  }

  // exclude_ids - computed: false, optional: true, required: false
  private _excludeIds?: string[]; 
  public get excludeIds() {
    return this.getListAttribute('exclude_ids');
  }
  public set excludeIds(value: string[]) {
    this._excludeIds = value;
  }
  public resetExcludeIds() {
    this._excludeIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeIdsInput() {
    return this._excludeIds;
  }

  // exclude_origins - computed: false, optional: true, required: false
  private _excludeOrigins?: string[]; 
  public get excludeOrigins() {
    return this.getListAttribute('exclude_origins');
  }
  public set excludeOrigins(value: string[]) {
    this._excludeOrigins = value;
  }
  public resetExcludeOrigins() {
    this._excludeOrigins = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeOriginsInput() {
    return this._excludeOrigins;
  }

  // exclude_types - computed: false, optional: true, required: false
  private _excludeTypes?: string[]; 
  public get excludeTypes() {
    return this.getListAttribute('exclude_types');
  }
  public set excludeTypes(value: string[]) {
    this._excludeTypes = value;
  }
  public resetExcludeTypes() {
    this._excludeTypes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeTypesInput() {
    return this._excludeTypes;
  }

  // expanded - computed: true, optional: false, required: false
  private _expanded = new DataConductoroneUserExpandedList(this, "expanded", false);
  public get expanded() {
    return this._expanded;
  }

  // extra - computed: true, optional: false, required: false
  private _extra = new cdktf.BooleanMap(this, "extra");
  public get extra() {
    return this._extra;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // ids - computed: false, optional: true, required: false
  private _ids?: string[]; 
  public get ids() {
    return this.getListAttribute('ids');
  }
  public set ids(value: string[]) {
    this._ids = value;
  }
  public resetIds() {
    this._ids = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idsInput() {
    return this._ids;
  }

  // is_delegate - computed: false, optional: true, required: false
  private _isDelegate?: boolean | cdktf.IResolvable; 
  public get isDelegate() {
    return this.getBooleanAttribute('is_delegate');
  }
  public set isDelegate(value: boolean | cdktf.IResolvable) {
    this._isDelegate = value;
  }
  public resetIsDelegate() {
    this._isDelegate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isDelegateInput() {
    return this._isDelegate;
  }

  // job_title - computed: true, optional: false, required: false
  public get jobTitle() {
    return this.getStringAttribute('job_title');
  }

  // job_title_sources - computed: true, optional: false, required: false
  private _jobTitleSources = new DataConductoroneUserJobTitleSourcesList(this, "job_title_sources", false);
  public get jobTitleSources() {
    return this._jobTitleSources;
  }

  // job_titles - computed: false, optional: true, required: false
  private _jobTitles?: string[]; 
  public get jobTitles() {
    return this.getListAttribute('job_titles');
  }
  public set jobTitles(value: string[]) {
    this._jobTitles = value;
  }
  public resetJobTitles() {
    this._jobTitles = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jobTitlesInput() {
    return this._jobTitles;
  }

  // manager_ids - computed: true, optional: true, required: false
  private _managerIds?: string[]; 
  public get managerIds() {
    return this.getListAttribute('manager_ids');
  }
  public set managerIds(value: string[]) {
    this._managerIds = value;
  }
  public resetManagerIds() {
    this._managerIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managerIdsInput() {
    return this._managerIds;
  }

  // manager_sources - computed: true, optional: false, required: false
  private _managerSources = new DataConductoroneUserManagerSourcesList(this, "manager_sources", false);
  public get managerSources() {
    return this._managerSources;
  }

  // managers_path - computed: true, optional: false, required: false
  public get managersPath() {
    return this.getStringAttribute('managers_path');
  }

  // next_page_token - computed: true, optional: false, required: false
  public get nextPageToken() {
    return this.getStringAttribute('next_page_token');
  }

  // origin - computed: true, optional: false, required: false
  public get origin() {
    return this.getStringAttribute('origin');
  }

  // origins - computed: false, optional: true, required: false
  private _origins?: string[]; 
  public get origins() {
    return this.getListAttribute('origins');
  }
  public set origins(value: string[]) {
    this._origins = value;
  }
  public resetOrigins() {
    this._origins = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get originsInput() {
    return this._origins;
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

  // profile - computed: true, optional: false, required: false
  private _profile = new DataConductoroneUserProfileOutputReference(this, "profile");
  public get profile() {
    return this._profile;
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

  // read - computed: true, optional: false, required: false
  public get read() {
    return this.getBooleanAttribute('read');
  }

  // refs - computed: false, optional: true, required: false
  private _refs = new DataConductoroneUserRefsList(this, "refs", false);
  public get refs() {
    return this._refs;
  }
  public putRefs(value: DataConductoroneUserRefs[] | cdktf.IResolvable) {
    this._refs.internalValue = value;
  }
  public resetRefs() {
    this._refs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get refsInput() {
    return this._refs.internalValue;
  }

  // role_ids - computed: true, optional: true, required: false
  private _roleIds?: string[]; 
  public get roleIds() {
    return this.getListAttribute('role_ids');
  }
  public set roleIds(value: string[]) {
    this._roleIds = value;
  }
  public resetRoleIds() {
    this._roleIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get roleIdsInput() {
    return this._roleIds;
  }

  // roles_path - computed: true, optional: false, required: false
  public get rolesPath() {
    return this.getStringAttribute('roles_path');
  }

  // source_app_ids - computed: false, optional: true, required: false
  private _sourceAppIds?: string[]; 
  public get sourceAppIds() {
    return this.getListAttribute('source_app_ids');
  }
  public set sourceAppIds(value: string[]) {
    this._sourceAppIds = value;
  }
  public resetSourceAppIds() {
    this._sourceAppIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceAppIdsInput() {
    return this._sourceAppIds;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }

  // user_id - computed: true, optional: false, required: false
  public get userId() {
    return this.getStringAttribute('user_id');
  }

  // user_statuses - computed: false, optional: true, required: false
  private _userStatuses?: string[]; 
  public get userStatuses() {
    return this.getListAttribute('user_statuses');
  }
  public set userStatuses(value: string[]) {
    this._userStatuses = value;
  }
  public resetUserStatuses() {
    this._userStatuses = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userStatusesInput() {
    return this._userStatuses;
  }

  // username - computed: true, optional: false, required: false
  public get username() {
    return this.getStringAttribute('username');
  }

  // username_sources - computed: true, optional: false, required: false
  private _usernameSources = new DataConductoroneUserUsernameSourcesList(this, "username_sources", false);
  public get usernameSources() {
    return this._usernameSources;
  }

  // usernames - computed: true, optional: false, required: false
  public get usernames() {
    return this.getListAttribute('usernames');
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      delegate_status: cdktf.stringToTerraform(this._delegateStatus),
      delegated_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._delegatedUserIds),
      departments: cdktf.listMapper(cdktf.stringToTerraform, false)(this._departments),
      email: cdktf.stringToTerraform(this._email),
      exclude_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeIds),
      exclude_origins: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeOrigins),
      exclude_types: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeTypes),
      ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._ids),
      is_delegate: cdktf.booleanToTerraform(this._isDelegate),
      job_titles: cdktf.listMapper(cdktf.stringToTerraform, false)(this._jobTitles),
      manager_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._managerIds),
      origins: cdktf.listMapper(cdktf.stringToTerraform, false)(this._origins),
      page_size: cdktf.numberToTerraform(this._pageSize),
      page_token: cdktf.stringToTerraform(this._pageToken),
      query: cdktf.stringToTerraform(this._query),
      refs: cdktf.listMapper(dataConductoroneUserRefsToTerraform, false)(this._refs.internalValue),
      role_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._roleIds),
      source_app_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._sourceAppIds),
      user_statuses: cdktf.listMapper(cdktf.stringToTerraform, false)(this._userStatuses),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      delegate_status: {
        value: cdktf.stringToHclTerraform(this._delegateStatus),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      delegated_user_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._delegatedUserIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      departments: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._departments),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      email: {
        value: cdktf.stringToHclTerraform(this._email),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      exclude_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._excludeIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      exclude_origins: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._excludeOrigins),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      exclude_types: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._excludeTypes),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._ids),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      is_delegate: {
        value: cdktf.booleanToHclTerraform(this._isDelegate),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      job_titles: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._jobTitles),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      manager_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._managerIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      origins: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._origins),
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
        value: cdktf.listMapperHcl(dataConductoroneUserRefsToHclTerraform, false)(this._refs.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataConductoroneUserRefsList",
      },
      role_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._roleIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      source_app_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._sourceAppIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      user_statuses: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._userStatuses),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_user
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataConductoroneConnectorOwnerUserConfig extends cdktf.TerraformMetaArguments {
  /**
  * The appId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_user#app_id DataConductoroneConnectorOwnerUser#app_id}
  */
  readonly appId: string;
  /**
  * The connectorId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_user#connector_id DataConductoroneConnectorOwnerUser#connector_id}
  */
  readonly connectorId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_user#page_size DataConductoroneConnectorOwnerUser#page_size}
  */
  readonly pageSize?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_user#page_token DataConductoroneConnectorOwnerUser#page_token}
  */
  readonly pageToken?: string;
  /**
  * The roleSlug field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_user#role_slug DataConductoroneConnectorOwnerUser#role_slug}
  */
  readonly roleSlug?: string;
}
export interface DataConductoroneConnectorOwnerUserUserDepartmentSources {
}

export function dataConductoroneConnectorOwnerUserUserDepartmentSourcesToTerraform(struct?: DataConductoroneConnectorOwnerUserUserDepartmentSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerUserUserDepartmentSourcesToHclTerraform(struct?: DataConductoroneConnectorOwnerUserUserDepartmentSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerUserUserDepartmentSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneConnectorOwnerUserUserDepartmentSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerUserUserDepartmentSources | undefined) {
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

export class DataConductoroneConnectorOwnerUserUserDepartmentSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneConnectorOwnerUserUserDepartmentSourcesOutputReference {
    return new DataConductoroneConnectorOwnerUserUserDepartmentSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneConnectorOwnerUserUserDirectoryStatusSources {
}

export function dataConductoroneConnectorOwnerUserUserDirectoryStatusSourcesToTerraform(struct?: DataConductoroneConnectorOwnerUserUserDirectoryStatusSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerUserUserDirectoryStatusSourcesToHclTerraform(struct?: DataConductoroneConnectorOwnerUserUserDirectoryStatusSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerUserUserDirectoryStatusSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneConnectorOwnerUserUserDirectoryStatusSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerUserUserDirectoryStatusSources | undefined) {
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

export class DataConductoroneConnectorOwnerUserUserDirectoryStatusSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneConnectorOwnerUserUserDirectoryStatusSourcesOutputReference {
    return new DataConductoroneConnectorOwnerUserUserDirectoryStatusSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneConnectorOwnerUserUserEmailSources {
}

export function dataConductoroneConnectorOwnerUserUserEmailSourcesToTerraform(struct?: DataConductoroneConnectorOwnerUserUserEmailSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerUserUserEmailSourcesToHclTerraform(struct?: DataConductoroneConnectorOwnerUserUserEmailSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerUserUserEmailSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneConnectorOwnerUserUserEmailSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerUserUserEmailSources | undefined) {
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

export class DataConductoroneConnectorOwnerUserUserEmailSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneConnectorOwnerUserUserEmailSourcesOutputReference {
    return new DataConductoroneConnectorOwnerUserUserEmailSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneConnectorOwnerUserUserEmployeeIdSources {
}

export function dataConductoroneConnectorOwnerUserUserEmployeeIdSourcesToTerraform(struct?: DataConductoroneConnectorOwnerUserUserEmployeeIdSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerUserUserEmployeeIdSourcesToHclTerraform(struct?: DataConductoroneConnectorOwnerUserUserEmployeeIdSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerUserUserEmployeeIdSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneConnectorOwnerUserUserEmployeeIdSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerUserUserEmployeeIdSources | undefined) {
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

export class DataConductoroneConnectorOwnerUserUserEmployeeIdSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneConnectorOwnerUserUserEmployeeIdSourcesOutputReference {
    return new DataConductoroneConnectorOwnerUserUserEmployeeIdSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneConnectorOwnerUserUserEmploymentStatusSources {
}

export function dataConductoroneConnectorOwnerUserUserEmploymentStatusSourcesToTerraform(struct?: DataConductoroneConnectorOwnerUserUserEmploymentStatusSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerUserUserEmploymentStatusSourcesToHclTerraform(struct?: DataConductoroneConnectorOwnerUserUserEmploymentStatusSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerUserUserEmploymentStatusSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneConnectorOwnerUserUserEmploymentStatusSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerUserUserEmploymentStatusSources | undefined) {
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

export class DataConductoroneConnectorOwnerUserUserEmploymentStatusSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneConnectorOwnerUserUserEmploymentStatusSourcesOutputReference {
    return new DataConductoroneConnectorOwnerUserUserEmploymentStatusSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneConnectorOwnerUserUserEmploymentTypeSources {
}

export function dataConductoroneConnectorOwnerUserUserEmploymentTypeSourcesToTerraform(struct?: DataConductoroneConnectorOwnerUserUserEmploymentTypeSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerUserUserEmploymentTypeSourcesToHclTerraform(struct?: DataConductoroneConnectorOwnerUserUserEmploymentTypeSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerUserUserEmploymentTypeSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneConnectorOwnerUserUserEmploymentTypeSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerUserUserEmploymentTypeSources | undefined) {
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

export class DataConductoroneConnectorOwnerUserUserEmploymentTypeSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneConnectorOwnerUserUserEmploymentTypeSourcesOutputReference {
    return new DataConductoroneConnectorOwnerUserUserEmploymentTypeSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneConnectorOwnerUserUserJobTitleSources {
}

export function dataConductoroneConnectorOwnerUserUserJobTitleSourcesToTerraform(struct?: DataConductoroneConnectorOwnerUserUserJobTitleSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerUserUserJobTitleSourcesToHclTerraform(struct?: DataConductoroneConnectorOwnerUserUserJobTitleSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerUserUserJobTitleSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneConnectorOwnerUserUserJobTitleSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerUserUserJobTitleSources | undefined) {
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

export class DataConductoroneConnectorOwnerUserUserJobTitleSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneConnectorOwnerUserUserJobTitleSourcesOutputReference {
    return new DataConductoroneConnectorOwnerUserUserJobTitleSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneConnectorOwnerUserUserManagerSources {
}

export function dataConductoroneConnectorOwnerUserUserManagerSourcesToTerraform(struct?: DataConductoroneConnectorOwnerUserUserManagerSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerUserUserManagerSourcesToHclTerraform(struct?: DataConductoroneConnectorOwnerUserUserManagerSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerUserUserManagerSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneConnectorOwnerUserUserManagerSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerUserUserManagerSources | undefined) {
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

export class DataConductoroneConnectorOwnerUserUserManagerSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneConnectorOwnerUserUserManagerSourcesOutputReference {
    return new DataConductoroneConnectorOwnerUserUserManagerSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneConnectorOwnerUserUserProfile {
}

export function dataConductoroneConnectorOwnerUserUserProfileToTerraform(struct?: DataConductoroneConnectorOwnerUserUserProfile): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerUserUserProfileToHclTerraform(struct?: DataConductoroneConnectorOwnerUserUserProfile): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerUserUserProfileOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerUserUserProfile | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerUserUserProfile | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneConnectorOwnerUserUserUsernameSources {
}

export function dataConductoroneConnectorOwnerUserUserUsernameSourcesToTerraform(struct?: DataConductoroneConnectorOwnerUserUserUsernameSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerUserUserUsernameSourcesToHclTerraform(struct?: DataConductoroneConnectorOwnerUserUserUsernameSources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerUserUserUsernameSourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneConnectorOwnerUserUserUsernameSources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerUserUserUsernameSources | undefined) {
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

export class DataConductoroneConnectorOwnerUserUserUsernameSourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataConductoroneConnectorOwnerUserUserUsernameSourcesOutputReference {
    return new DataConductoroneConnectorOwnerUserUserUsernameSourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneConnectorOwnerUserUser {
}

export function dataConductoroneConnectorOwnerUserUserToTerraform(struct?: DataConductoroneConnectorOwnerUserUser): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerUserUserToHclTerraform(struct?: DataConductoroneConnectorOwnerUserUser): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerUserUserOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerUserUser | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerUserUser | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // delegated_user_id - computed: true, optional: false, required: false
  public get delegatedUserId() {
    return this.getStringAttribute('delegated_user_id');
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
  private _departmentSources = new DataConductoroneConnectorOwnerUserUserDepartmentSourcesList(this, "department_sources", false);
  public get departmentSources() {
    return this._departmentSources;
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
  private _directoryStatusSources = new DataConductoroneConnectorOwnerUserUserDirectoryStatusSourcesList(this, "directory_status_sources", false);
  public get directoryStatusSources() {
    return this._directoryStatusSources;
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // email - computed: true, optional: false, required: false
  public get email() {
    return this.getStringAttribute('email');
  }

  // email_sources - computed: true, optional: false, required: false
  private _emailSources = new DataConductoroneConnectorOwnerUserUserEmailSourcesList(this, "email_sources", false);
  public get emailSources() {
    return this._emailSources;
  }

  // emails - computed: true, optional: false, required: false
  public get emails() {
    return this.getListAttribute('emails');
  }

  // employee_id_sources - computed: true, optional: false, required: false
  private _employeeIdSources = new DataConductoroneConnectorOwnerUserUserEmployeeIdSourcesList(this, "employee_id_sources", false);
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
  private _employmentStatusSources = new DataConductoroneConnectorOwnerUserUserEmploymentStatusSourcesList(this, "employment_status_sources", false);
  public get employmentStatusSources() {
    return this._employmentStatusSources;
  }

  // employment_type - computed: true, optional: false, required: false
  public get employmentType() {
    return this.getStringAttribute('employment_type');
  }

  // employment_type_sources - computed: true, optional: false, required: false
  private _employmentTypeSources = new DataConductoroneConnectorOwnerUserUserEmploymentTypeSourcesList(this, "employment_type_sources", false);
  public get employmentTypeSources() {
    return this._employmentTypeSources;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // job_title - computed: true, optional: false, required: false
  public get jobTitle() {
    return this.getStringAttribute('job_title');
  }

  // job_title_sources - computed: true, optional: false, required: false
  private _jobTitleSources = new DataConductoroneConnectorOwnerUserUserJobTitleSourcesList(this, "job_title_sources", false);
  public get jobTitleSources() {
    return this._jobTitleSources;
  }

  // manager_ids - computed: true, optional: false, required: false
  public get managerIds() {
    return this.getListAttribute('manager_ids');
  }

  // manager_sources - computed: true, optional: false, required: false
  private _managerSources = new DataConductoroneConnectorOwnerUserUserManagerSourcesList(this, "manager_sources", false);
  public get managerSources() {
    return this._managerSources;
  }

  // origin - computed: true, optional: false, required: false
  public get origin() {
    return this.getStringAttribute('origin');
  }

  // profile - computed: true, optional: false, required: false
  private _profile = new DataConductoroneConnectorOwnerUserUserProfileOutputReference(this, "profile");
  public get profile() {
    return this._profile;
  }

  // role_ids - computed: true, optional: false, required: false
  public get roleIds() {
    return this.getListAttribute('role_ids');
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

  // username - computed: true, optional: false, required: false
  public get username() {
    return this.getStringAttribute('username');
  }

  // username_sources - computed: true, optional: false, required: false
  private _usernameSources = new DataConductoroneConnectorOwnerUserUserUsernameSourcesList(this, "username_sources", false);
  public get usernameSources() {
    return this._usernameSources;
  }

  // usernames - computed: true, optional: false, required: false
  public get usernames() {
    return this.getListAttribute('usernames');
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_user conductorone_connector_owner_user}
*/
export class DataConductoroneConnectorOwnerUser extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_connector_owner_user";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataConductoroneConnectorOwnerUser resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataConductoroneConnectorOwnerUser to import
  * @param importFromId The id of the existing DataConductoroneConnectorOwnerUser that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_user#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataConductoroneConnectorOwnerUser to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_connector_owner_user", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_user conductorone_connector_owner_user} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataConductoroneConnectorOwnerUserConfig
  */
  public constructor(scope: Construct, id: string, config: DataConductoroneConnectorOwnerUserConfig) {
    super(scope, id, {
      terraformResourceType: 'conductorone_connector_owner_user',
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
    this._appId = config.appId;
    this._connectorId = config.connectorId;
    this._pageSize = config.pageSize;
    this._pageToken = config.pageToken;
    this._roleSlug = config.roleSlug;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // app_id - computed: false, optional: false, required: true
  private _appId?: string; 
  public get appId() {
    return this.getStringAttribute('app_id');
  }
  public set appId(value: string) {
    this._appId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get appIdInput() {
    return this._appId;
  }

  // connector_id - computed: false, optional: false, required: true
  private _connectorId?: string; 
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }
  public set connectorId(value: string) {
    this._connectorId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectorIdInput() {
    return this._connectorId;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // next_page_token - computed: true, optional: false, required: false
  public get nextPageToken() {
    return this.getStringAttribute('next_page_token');
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

  // role_slug - computed: true, optional: true, required: false
  private _roleSlug?: string; 
  public get roleSlug() {
    return this.getStringAttribute('role_slug');
  }
  public set roleSlug(value: string) {
    this._roleSlug = value;
  }
  public resetRoleSlug() {
    this._roleSlug = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get roleSlugInput() {
    return this._roleSlug;
  }

  // user - computed: true, optional: false, required: false
  private _user = new DataConductoroneConnectorOwnerUserUserOutputReference(this, "user");
  public get user() {
    return this._user;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      app_id: cdktf.stringToTerraform(this._appId),
      connector_id: cdktf.stringToTerraform(this._connectorId),
      page_size: cdktf.numberToTerraform(this._pageSize),
      page_token: cdktf.stringToTerraform(this._pageToken),
      role_slug: cdktf.stringToTerraform(this._roleSlug),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      app_id: {
        value: cdktf.stringToHclTerraform(this._appId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      connector_id: {
        value: cdktf.stringToHclTerraform(this._connectorId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
      role_slug: {
        value: cdktf.stringToHclTerraform(this._roleSlug),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

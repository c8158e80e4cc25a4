// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataConductoroneAppEntitlementConfig extends cdktf.TerraformMetaArguments {
  /**
  * Search for app entitlements that are being reviewed as part of this access review campaign.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#access_review_id DataConductoroneAppEntitlement#access_review_id}
  */
  readonly accessReviewId?: string;
  /**
  * The alias of the app entitlement used by Cone. Also exact-match queryable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#alias DataConductoroneAppEntitlement#alias}
  */
  readonly alias?: string;
  /**
  * Search for app entitlements contained in any of these apps.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#app_ids DataConductoroneAppEntitlement#app_ids}
  */
  readonly appIds?: string[];
  /**
  * Search for app entitlements that are granted to any of these app user ids.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#app_user_ids DataConductoroneAppEntitlement#app_user_ids}
  */
  readonly appUserIds?: string[];
  /**
  * Search for app entitlements that are part of these compliance frameworks.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#compliance_framework_ids DataConductoroneAppEntitlement#compliance_framework_ids}
  */
  readonly complianceFrameworkIds?: string[];
  /**
  * The display name of the category.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#display_name DataConductoroneAppEntitlement#display_name}
  */
  readonly displayName?: string;
  /**
  * Exclude app entitlements from the results that are in these app IDs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#exclude_app_ids DataConductoroneAppEntitlement#exclude_app_ids}
  */
  readonly excludeAppIds?: string[];
  /**
  * Exclude entitlements from results that are granted to any of these app users.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#exclude_app_user_ids DataConductoroneAppEntitlement#exclude_app_user_ids}
  */
  readonly excludeAppUserIds?: string[];
  /**
  * If true, exclude immutable entitlements (e.g., system-managed entitlements that cannot be modified).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#exclude_immutable DataConductoroneAppEntitlement#exclude_immutable}
  */
  readonly excludeImmutable?: boolean | cdktf.IResolvable;
  /**
  * Exclude entitlements with any of these resource type IDs from results.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#exclude_resource_type_ids DataConductoroneAppEntitlement#exclude_resource_type_ids}
  */
  readonly excludeResourceTypeIds?: string[];
  /**
  * Exclude these specific entitlements from results.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#excluded_entitlement_refs DataConductoroneAppEntitlement#excluded_entitlement_refs}
  */
  readonly excludedEntitlementRefs?: DataConductoroneAppEntitlementExcludedEntitlementRefs[] | cdktf.IResolvable;
  /**
  * Include deleted app entitlements, this includes app entitlements that have a deleted parent object (app, app resource, app resource type)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#include_deleted DataConductoroneAppEntitlement#include_deleted}
  */
  readonly includeDeleted?: boolean | cdktf.IResolvable;
  /**
  * If true, restrict results to entitlements that have an automation rule configured.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#is_automated DataConductoroneAppEntitlement#is_automated}
  */
  readonly isAutomated?: boolean | cdktf.IResolvable;
  /**
  * Filter results to entitlements where the user has any of these membership types (e.g., member, owner, admin).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#membership_type DataConductoroneAppEntitlement#membership_type}
  */
  readonly membershipType?: string[];
  /**
  * If true, restrict results to entitlements that have at least one expiring grant.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#only_get_expiring DataConductoroneAppEntitlement#only_get_expiring}
  */
  readonly onlyGetExpiring?: boolean | cdktf.IResolvable;
  /**
  * The pageSize where 0 <= pageSize <= 100. Values < 10 will be set to 10. A value of 0 returns the default page size (currently 25)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#page_size DataConductoroneAppEntitlement#page_size}
  */
  readonly pageSize?: number;
  /**
  * The pageToken field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#page_token DataConductoroneAppEntitlement#page_token}
  */
  readonly pageToken?: string;
  /**
  * Search for app entitlements that use any of these policies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#policy_refs DataConductoroneAppEntitlement#policy_refs}
  */
  readonly policyRefs?: DataConductoroneAppEntitlementPolicyRefs[] | cdktf.IResolvable;
  /**
  * Query the app entitlements with a fuzzy search on display name and description.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#query DataConductoroneAppEntitlement#query}
  */
  readonly query?: string;
  /**
  * Filter results to only these specific entitlements.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#refs DataConductoroneAppEntitlement#refs}
  */
  readonly refs?: DataConductoroneAppEntitlementRefs[] | cdktf.IResolvable;
  /**
  * Search for app entitlements that are bound to any of these request schemas.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#request_schema_ids DataConductoroneAppEntitlement#request_schema_ids}
  */
  readonly requestSchemaIds?: string[];
  /**
  * Search for app entitlements that belongs to these resources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#resource_ids DataConductoroneAppEntitlement#resource_ids}
  */
  readonly resourceIds?: string[];
  /**
  * Filter results to entitlements whose resource types have any of these trait IDs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#resource_trait_ids DataConductoroneAppEntitlement#resource_trait_ids}
  */
  readonly resourceTraitIds?: string[];
  /**
  * Search for app entitlements that are for items with resources types that have matching names. Example names are "group", "role", and "app".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#resource_type_ids DataConductoroneAppEntitlement#resource_type_ids}
  */
  readonly resourceTypeIds?: string[];
  /**
  * Search for app entitlements with these risk levels.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#risk_level_ids DataConductoroneAppEntitlement#risk_level_ids}
  */
  readonly riskLevelIds?: string[];
  /**
  * Filter results to entitlements synced from this connector.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#source_connector_id DataConductoroneAppEntitlement#source_connector_id}
  */
  readonly sourceConnectorId?: string;
}
export interface DataConductoroneAppEntitlementDeprovisionerPolicyAction {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyActionToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyActionToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyActionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyAction | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyAction | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccount {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccount | undefined) {
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
  private _doNotSave = new DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveOutputReference(this, "do_not_save");
  public get doNotSave() {
    return this._doNotSave;
  }

  // save_to_vault - computed: true, optional: false, required: false
  private _saveToVault = new DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultOutputReference(this, "save_to_vault");
  public get saveToVault() {
    return this._saveToVault;
  }

  // schema_id - computed: true, optional: false, required: false
  public get schemaId() {
    return this.getStringAttribute('schema_id');
  }
}
export interface DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDeleteAccount {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyConnectorDeleteAccountToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyConnectorDeleteAccountToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDeleteAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDeleteAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDeleteAccount | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyConnector {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyConnectorToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyConnectorToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyConnectorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyConnector | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyConnector | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // account - computed: true, optional: false, required: false
  private _account = new DataConductoroneAppEntitlementDeprovisionerPolicyConnectorAccountOutputReference(this, "account");
  public get account() {
    return this._account;
  }

  // default_behavior - computed: true, optional: false, required: false
  private _defaultBehavior = new DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorOutputReference(this, "default_behavior");
  public get defaultBehavior() {
    return this._defaultBehavior;
  }

  // delete_account - computed: true, optional: false, required: false
  private _deleteAccount = new DataConductoroneAppEntitlementDeprovisionerPolicyConnectorDeleteAccountOutputReference(this, "delete_account");
  public get deleteAccount() {
    return this._deleteAccount;
  }
}
export interface DataConductoroneAppEntitlementDeprovisionerPolicyDelegated {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyDelegatedToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyDelegatedToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyDelegatedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyDelegated | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyDelegated | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyDevicePlacement {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyDevicePlacementToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyDevicePlacementToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyDevicePlacementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyDevicePlacement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyDevicePlacement | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyExternalTicket {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyExternalTicketToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyExternalTicketToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyExternalTicketOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyExternalTicket | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyExternalTicket | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeExpression {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeExpressionToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeExpressionToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeExpressionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeExpression | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeExpression | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeGroup {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeGroupToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeGroupToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeGroupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeGroup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeGroup | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeManager {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeManagerToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeManagerToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeManagerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeManager | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeManager | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeUsers {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeUsersToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeUsersToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeUsersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeUsers | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyManualAssignee {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyManualAssignee | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyManualAssignee | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_owners - computed: true, optional: false, required: false
  private _appOwners = new DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersOutputReference(this, "app_owners");
  public get appOwners() {
    return this._appOwners;
  }

  // entitlement_owners - computed: true, optional: false, required: false
  private _entitlementOwners = new DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersOutputReference(this, "entitlement_owners");
  public get entitlementOwners() {
    return this._entitlementOwners;
  }

  // expression - computed: true, optional: false, required: false
  private _expression = new DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeExpressionOutputReference(this, "expression");
  public get expression() {
    return this._expression;
  }

  // group - computed: true, optional: false, required: false
  private _group = new DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeGroupOutputReference(this, "group");
  public get group() {
    return this._group;
  }

  // manager - computed: true, optional: false, required: false
  private _manager = new DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeManagerOutputReference(this, "manager");
  public get manager() {
    return this._manager;
  }

  // users - computed: true, optional: false, required: false
  private _users = new DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeUsersOutputReference(this, "users");
  public get users() {
    return this._users;
  }
}
export interface DataConductoroneAppEntitlementDeprovisionerPolicyManual {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyManualToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyManualToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyManual | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyManual | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // assignee - computed: true, optional: false, required: false
  private _assignee = new DataConductoroneAppEntitlementDeprovisionerPolicyManualAssigneeOutputReference(this, "assignee");
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicyUnconfigured {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyUnconfiguredToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyUnconfiguredToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyUnconfiguredOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyUnconfigured | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyUnconfigured | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneAppEntitlementDeprovisionerPolicyWebhook {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyWebhookToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyWebhookToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyWebhookOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicyWebhook | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicyWebhook | undefined) {
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
export interface DataConductoroneAppEntitlementDeprovisionerPolicy {
}

export function dataConductoroneAppEntitlementDeprovisionerPolicyToTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDeprovisionerPolicyToHclTerraform(struct?: DataConductoroneAppEntitlementDeprovisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDeprovisionerPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDeprovisionerPolicy | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDeprovisionerPolicy | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // action - computed: true, optional: false, required: false
  private _action = new DataConductoroneAppEntitlementDeprovisionerPolicyActionOutputReference(this, "action");
  public get action() {
    return this._action;
  }

  // connector - computed: true, optional: false, required: false
  private _connector = new DataConductoroneAppEntitlementDeprovisionerPolicyConnectorOutputReference(this, "connector");
  public get connector() {
    return this._connector;
  }

  // delegated - computed: true, optional: false, required: false
  private _delegated = new DataConductoroneAppEntitlementDeprovisionerPolicyDelegatedOutputReference(this, "delegated");
  public get delegated() {
    return this._delegated;
  }

  // device_placement - computed: true, optional: false, required: false
  private _devicePlacement = new DataConductoroneAppEntitlementDeprovisionerPolicyDevicePlacementOutputReference(this, "device_placement");
  public get devicePlacement() {
    return this._devicePlacement;
  }

  // external_ticket - computed: true, optional: false, required: false
  private _externalTicket = new DataConductoroneAppEntitlementDeprovisionerPolicyExternalTicketOutputReference(this, "external_ticket");
  public get externalTicket() {
    return this._externalTicket;
  }

  // manual - computed: true, optional: false, required: false
  private _manual = new DataConductoroneAppEntitlementDeprovisionerPolicyManualOutputReference(this, "manual");
  public get manual() {
    return this._manual;
  }

  // multi_step - computed: true, optional: false, required: false
  public get multiStep() {
    return this.getStringAttribute('multi_step');
  }

  // unconfigured - computed: true, optional: false, required: false
  private _unconfigured = new DataConductoroneAppEntitlementDeprovisionerPolicyUnconfiguredOutputReference(this, "unconfigured");
  public get unconfigured() {
    return this._unconfigured;
  }

  // webhook - computed: true, optional: false, required: false
  private _webhook = new DataConductoroneAppEntitlementDeprovisionerPolicyWebhookOutputReference(this, "webhook");
  public get webhook() {
    return this._webhook;
  }
}
export interface DataConductoroneAppEntitlementDurationUnset {
}

export function dataConductoroneAppEntitlementDurationUnsetToTerraform(struct?: DataConductoroneAppEntitlementDurationUnset): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementDurationUnsetToHclTerraform(struct?: DataConductoroneAppEntitlementDurationUnset): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementDurationUnsetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementDurationUnset | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementDurationUnset | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneAppEntitlementExcludedEntitlementRefs {
  /**
  * The appId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#app_id DataConductoroneAppEntitlement#app_id}
  */
  readonly appId?: string;
  /**
  * The id field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#id DataConductoroneAppEntitlement#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function dataConductoroneAppEntitlementExcludedEntitlementRefsToTerraform(struct?: DataConductoroneAppEntitlementExcludedEntitlementRefs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_id: cdktf.stringToTerraform(struct!.appId),
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function dataConductoroneAppEntitlementExcludedEntitlementRefsToHclTerraform(struct?: DataConductoroneAppEntitlementExcludedEntitlementRefs | cdktf.IResolvable): any {
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

export class DataConductoroneAppEntitlementExcludedEntitlementRefsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppEntitlementExcludedEntitlementRefs | cdktf.IResolvable | undefined {
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

  public set internalValue(value: DataConductoroneAppEntitlementExcludedEntitlementRefs | cdktf.IResolvable | undefined) {
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

export class DataConductoroneAppEntitlementExcludedEntitlementRefsList extends cdktf.ComplexList {
  public internalValue? : DataConductoroneAppEntitlementExcludedEntitlementRefs[] | cdktf.IResolvable

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
  public get(index: number): DataConductoroneAppEntitlementExcludedEntitlementRefsOutputReference {
    return new DataConductoroneAppEntitlementExcludedEntitlementRefsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneAppEntitlementPolicyRefs {
  /**
  * The id field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#id DataConductoroneAppEntitlement#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function dataConductoroneAppEntitlementPolicyRefsToTerraform(struct?: DataConductoroneAppEntitlementPolicyRefs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function dataConductoroneAppEntitlementPolicyRefsToHclTerraform(struct?: DataConductoroneAppEntitlementPolicyRefs | cdktf.IResolvable): any {
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

export class DataConductoroneAppEntitlementPolicyRefsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppEntitlementPolicyRefs | cdktf.IResolvable | undefined {
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

  public set internalValue(value: DataConductoroneAppEntitlementPolicyRefs | cdktf.IResolvable | undefined) {
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

export class DataConductoroneAppEntitlementPolicyRefsList extends cdktf.ComplexList {
  public internalValue? : DataConductoroneAppEntitlementPolicyRefs[] | cdktf.IResolvable

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
  public get(index: number): DataConductoroneAppEntitlementPolicyRefsOutputReference {
    return new DataConductoroneAppEntitlementPolicyRefsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneAppEntitlementProvisionerPolicyAction {
}

export function dataConductoroneAppEntitlementProvisionerPolicyActionToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyActionToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyActionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyAction | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyAction | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountDoNotSave {
}

export function dataConductoroneAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountDoNotSave | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountDoNotSave | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountSaveToVault {
}

export function dataConductoroneAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountSaveToVault | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountSaveToVault | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicyConnectorAccount {
}

export function dataConductoroneAppEntitlementProvisionerPolicyConnectorAccountToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyConnectorAccountToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyConnectorAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyConnectorAccount | undefined) {
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
  private _doNotSave = new DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveOutputReference(this, "do_not_save");
  public get doNotSave() {
    return this._doNotSave;
  }

  // save_to_vault - computed: true, optional: false, required: false
  private _saveToVault = new DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultOutputReference(this, "save_to_vault");
  public get saveToVault() {
    return this._saveToVault;
  }

  // schema_id - computed: true, optional: false, required: false
  public get schemaId() {
    return this.getStringAttribute('schema_id');
  }
}
export interface DataConductoroneAppEntitlementProvisionerPolicyConnectorDefaultBehavior {
}

export function dataConductoroneAppEntitlementProvisionerPolicyConnectorDefaultBehaviorToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyConnectorDefaultBehaviorToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyConnectorDefaultBehaviorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyConnectorDefaultBehavior | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyConnectorDefaultBehavior | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicyConnectorDeleteAccount {
}

export function dataConductoroneAppEntitlementProvisionerPolicyConnectorDeleteAccountToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyConnectorDeleteAccountToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyConnectorDeleteAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyConnectorDeleteAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyConnectorDeleteAccount | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicyConnector {
}

export function dataConductoroneAppEntitlementProvisionerPolicyConnectorToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyConnectorToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyConnectorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyConnector | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyConnector | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // account - computed: true, optional: false, required: false
  private _account = new DataConductoroneAppEntitlementProvisionerPolicyConnectorAccountOutputReference(this, "account");
  public get account() {
    return this._account;
  }

  // default_behavior - computed: true, optional: false, required: false
  private _defaultBehavior = new DataConductoroneAppEntitlementProvisionerPolicyConnectorDefaultBehaviorOutputReference(this, "default_behavior");
  public get defaultBehavior() {
    return this._defaultBehavior;
  }

  // delete_account - computed: true, optional: false, required: false
  private _deleteAccount = new DataConductoroneAppEntitlementProvisionerPolicyConnectorDeleteAccountOutputReference(this, "delete_account");
  public get deleteAccount() {
    return this._deleteAccount;
  }
}
export interface DataConductoroneAppEntitlementProvisionerPolicyDelegated {
}

export function dataConductoroneAppEntitlementProvisionerPolicyDelegatedToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyDelegatedToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyDelegatedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyDelegated | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyDelegated | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicyDevicePlacement {
}

export function dataConductoroneAppEntitlementProvisionerPolicyDevicePlacementToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyDevicePlacementToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyDevicePlacementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyDevicePlacement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyDevicePlacement | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicyExternalTicket {
}

export function dataConductoroneAppEntitlementProvisionerPolicyExternalTicketToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyExternalTicketToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyExternalTicketOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyExternalTicket | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyExternalTicket | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeAppOwners {
}

export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeAppOwnersToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeAppOwnersToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeAppOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeAppOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeAppOwners | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners {
}

export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeExpression {
}

export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeExpressionToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeExpressionToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeExpressionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeExpression | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeExpression | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeGroup {
}

export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeGroupToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeGroupToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeGroupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeGroup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeGroup | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeManager {
}

export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeManagerToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeManagerToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeManagerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeManager | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeManager | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeUsers {
}

export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeUsersToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeUsersToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeUsersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeUsers | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicyManualAssignee {
}

export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyManualAssigneeToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyManualAssignee | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyManualAssignee | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_owners - computed: true, optional: false, required: false
  private _appOwners = new DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeAppOwnersOutputReference(this, "app_owners");
  public get appOwners() {
    return this._appOwners;
  }

  // entitlement_owners - computed: true, optional: false, required: false
  private _entitlementOwners = new DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersOutputReference(this, "entitlement_owners");
  public get entitlementOwners() {
    return this._entitlementOwners;
  }

  // expression - computed: true, optional: false, required: false
  private _expression = new DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeExpressionOutputReference(this, "expression");
  public get expression() {
    return this._expression;
  }

  // group - computed: true, optional: false, required: false
  private _group = new DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeGroupOutputReference(this, "group");
  public get group() {
    return this._group;
  }

  // manager - computed: true, optional: false, required: false
  private _manager = new DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeManagerOutputReference(this, "manager");
  public get manager() {
    return this._manager;
  }

  // users - computed: true, optional: false, required: false
  private _users = new DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeUsersOutputReference(this, "users");
  public get users() {
    return this._users;
  }
}
export interface DataConductoroneAppEntitlementProvisionerPolicyManual {
}

export function dataConductoroneAppEntitlementProvisionerPolicyManualToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyManualToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyManual | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyManual | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // assignee - computed: true, optional: false, required: false
  private _assignee = new DataConductoroneAppEntitlementProvisionerPolicyManualAssigneeOutputReference(this, "assignee");
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
export interface DataConductoroneAppEntitlementProvisionerPolicyUnconfigured {
}

export function dataConductoroneAppEntitlementProvisionerPolicyUnconfiguredToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyUnconfiguredToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyUnconfiguredOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyUnconfigured | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyUnconfigured | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneAppEntitlementProvisionerPolicyWebhook {
}

export function dataConductoroneAppEntitlementProvisionerPolicyWebhookToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyWebhookToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyWebhookOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicyWebhook | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicyWebhook | undefined) {
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
export interface DataConductoroneAppEntitlementProvisionerPolicy {
}

export function dataConductoroneAppEntitlementProvisionerPolicyToTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppEntitlementProvisionerPolicyToHclTerraform(struct?: DataConductoroneAppEntitlementProvisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppEntitlementProvisionerPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppEntitlementProvisionerPolicy | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppEntitlementProvisionerPolicy | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // action - computed: true, optional: false, required: false
  private _action = new DataConductoroneAppEntitlementProvisionerPolicyActionOutputReference(this, "action");
  public get action() {
    return this._action;
  }

  // connector - computed: true, optional: false, required: false
  private _connector = new DataConductoroneAppEntitlementProvisionerPolicyConnectorOutputReference(this, "connector");
  public get connector() {
    return this._connector;
  }

  // delegated - computed: true, optional: false, required: false
  private _delegated = new DataConductoroneAppEntitlementProvisionerPolicyDelegatedOutputReference(this, "delegated");
  public get delegated() {
    return this._delegated;
  }

  // device_placement - computed: true, optional: false, required: false
  private _devicePlacement = new DataConductoroneAppEntitlementProvisionerPolicyDevicePlacementOutputReference(this, "device_placement");
  public get devicePlacement() {
    return this._devicePlacement;
  }

  // external_ticket - computed: true, optional: false, required: false
  private _externalTicket = new DataConductoroneAppEntitlementProvisionerPolicyExternalTicketOutputReference(this, "external_ticket");
  public get externalTicket() {
    return this._externalTicket;
  }

  // manual - computed: true, optional: false, required: false
  private _manual = new DataConductoroneAppEntitlementProvisionerPolicyManualOutputReference(this, "manual");
  public get manual() {
    return this._manual;
  }

  // multi_step - computed: true, optional: false, required: false
  public get multiStep() {
    return this.getStringAttribute('multi_step');
  }

  // unconfigured - computed: true, optional: false, required: false
  private _unconfigured = new DataConductoroneAppEntitlementProvisionerPolicyUnconfiguredOutputReference(this, "unconfigured");
  public get unconfigured() {
    return this._unconfigured;
  }

  // webhook - computed: true, optional: false, required: false
  private _webhook = new DataConductoroneAppEntitlementProvisionerPolicyWebhookOutputReference(this, "webhook");
  public get webhook() {
    return this._webhook;
  }
}
export interface DataConductoroneAppEntitlementRefs {
  /**
  * The appId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#app_id DataConductoroneAppEntitlement#app_id}
  */
  readonly appId?: string;
  /**
  * The id field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#id DataConductoroneAppEntitlement#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function dataConductoroneAppEntitlementRefsToTerraform(struct?: DataConductoroneAppEntitlementRefs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_id: cdktf.stringToTerraform(struct!.appId),
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function dataConductoroneAppEntitlementRefsToHclTerraform(struct?: DataConductoroneAppEntitlementRefs | cdktf.IResolvable): any {
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

export class DataConductoroneAppEntitlementRefsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataConductoroneAppEntitlementRefs | cdktf.IResolvable | undefined {
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

  public set internalValue(value: DataConductoroneAppEntitlementRefs | cdktf.IResolvable | undefined) {
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

export class DataConductoroneAppEntitlementRefsList extends cdktf.ComplexList {
  public internalValue? : DataConductoroneAppEntitlementRefs[] | cdktf.IResolvable

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
  public get(index: number): DataConductoroneAppEntitlementRefsOutputReference {
    return new DataConductoroneAppEntitlementRefsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement conductorone_app_entitlement}
*/
export class DataConductoroneAppEntitlement extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_app_entitlement";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataConductoroneAppEntitlement resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataConductoroneAppEntitlement to import
  * @param importFromId The id of the existing DataConductoroneAppEntitlement that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataConductoroneAppEntitlement to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_app_entitlement", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_entitlement conductorone_app_entitlement} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataConductoroneAppEntitlementConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataConductoroneAppEntitlementConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'conductorone_app_entitlement',
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

  // alias - computed: true, optional: true, required: false
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

  // annotations - computed: true, optional: false, required: false
  private _annotations = new cdktf.StringMap(this, "annotations");
  public get annotations() {
    return this._annotations;
  }

  // app_id - computed: true, optional: false, required: false
  public get appId() {
    return this.getStringAttribute('app_id');
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

  // app_resource_id - computed: true, optional: false, required: false
  public get appResourceId() {
    return this.getStringAttribute('app_resource_id');
  }

  // app_resource_type_id - computed: true, optional: false, required: false
  public get appResourceTypeId() {
    return this.getStringAttribute('app_resource_type_id');
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

  // certify_policy_id - computed: true, optional: false, required: false
  public get certifyPolicyId() {
    return this.getStringAttribute('certify_policy_id');
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

  // delete - computed: true, optional: false, required: false
  public get delete() {
    return this.getBooleanAttribute('delete');
  }

  // deleted_at - computed: true, optional: false, required: false
  public get deletedAt() {
    return this.getStringAttribute('deleted_at');
  }

  // deprovisioner_policy - computed: true, optional: false, required: false
  private _deprovisionerPolicy = new DataConductoroneAppEntitlementDeprovisionerPolicyOutputReference(this, "deprovisioner_policy");
  public get deprovisionerPolicy() {
    return this._deprovisionerPolicy;
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

  // duration_grant - computed: true, optional: false, required: false
  public get durationGrant() {
    return this.getStringAttribute('duration_grant');
  }

  // duration_unset - computed: true, optional: false, required: false
  private _durationUnset = new DataConductoroneAppEntitlementDurationUnsetOutputReference(this, "duration_unset");
  public get durationUnset() {
    return this._durationUnset;
  }

  // edit - computed: true, optional: false, required: false
  public get edit() {
    return this.getBooleanAttribute('edit');
  }

  // emergency_grant_enabled - computed: true, optional: false, required: false
  public get emergencyGrantEnabled() {
    return this.getBooleanAttribute('emergency_grant_enabled');
  }

  // emergency_grant_policy_id - computed: true, optional: false, required: false
  public get emergencyGrantPolicyId() {
    return this.getStringAttribute('emergency_grant_policy_id');
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
  private _excludedEntitlementRefs = new DataConductoroneAppEntitlementExcludedEntitlementRefsList(this, "excluded_entitlement_refs", false);
  public get excludedEntitlementRefs() {
    return this._excludedEntitlementRefs;
  }
  public putExcludedEntitlementRefs(value: DataConductoroneAppEntitlementExcludedEntitlementRefs[] | cdktf.IResolvable) {
    this._excludedEntitlementRefs.internalValue = value;
  }
  public resetExcludedEntitlementRefs() {
    this._excludedEntitlementRefs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludedEntitlementRefsInput() {
    return this._excludedEntitlementRefs.internalValue;
  }

  // external_id - computed: true, optional: false, required: false
  public get externalId() {
    return this.getStringAttribute('external_id');
  }

  // extra - computed: true, optional: false, required: false
  private _extra = new cdktf.BooleanMap(this, "extra");
  public get extra() {
    return this._extra;
  }

  // from - computed: true, optional: false, required: false
  public get from() {
    return this.getStringAttribute('from');
  }

  // grant_count - computed: true, optional: false, required: false
  public get grantCount() {
    return this.getStringAttribute('grant_count');
  }

  // grant_policy_id - computed: true, optional: false, required: false
  public get grantPolicyId() {
    return this.getStringAttribute('grant_policy_id');
  }

  // icon_url - computed: true, optional: false, required: false
  public get iconUrl() {
    return this.getStringAttribute('icon_url');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
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

  // override_access_requests_defaults - computed: true, optional: false, required: false
  public get overrideAccessRequestsDefaults() {
    return this.getBooleanAttribute('override_access_requests_defaults');
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

  // param - computed: true, optional: false, required: false
  public get param() {
    return this.getStringAttribute('param');
  }

  // policy_refs - computed: false, optional: true, required: false
  private _policyRefs = new DataConductoroneAppEntitlementPolicyRefsList(this, "policy_refs", false);
  public get policyRefs() {
    return this._policyRefs;
  }
  public putPolicyRefs(value: DataConductoroneAppEntitlementPolicyRefs[] | cdktf.IResolvable) {
    this._policyRefs.internalValue = value;
  }
  public resetPolicyRefs() {
    this._policyRefs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get policyRefsInput() {
    return this._policyRefs.internalValue;
  }

  // provisioner_policy - computed: true, optional: false, required: false
  private _provisionerPolicy = new DataConductoroneAppEntitlementProvisionerPolicyOutputReference(this, "provisioner_policy");
  public get provisionerPolicy() {
    return this._provisionerPolicy;
  }

  // purpose - computed: true, optional: false, required: false
  public get purpose() {
    return this.getStringAttribute('purpose');
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
  private _refs = new DataConductoroneAppEntitlementRefsList(this, "refs", false);
  public get refs() {
    return this._refs;
  }
  public putRefs(value: DataConductoroneAppEntitlementRefs[] | cdktf.IResolvable) {
    this._refs.internalValue = value;
  }
  public resetRefs() {
    this._refs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get refsInput() {
    return this._refs.internalValue;
  }

  // request_schema_id - computed: true, optional: false, required: false
  public get requestSchemaId() {
    return this.getStringAttribute('request_schema_id');
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

  // result_count - computed: true, optional: false, required: false
  public get resultCount() {
    return this.getStringAttribute('result_count');
  }

  // revoke_policy_id - computed: true, optional: false, required: false
  public get revokePolicyId() {
    return this.getStringAttribute('revoke_policy_id');
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

  // risk_level_value_id - computed: true, optional: false, required: false
  public get riskLevelValueId() {
    return this.getStringAttribute('risk_level_value_id');
  }

  // slug - computed: true, optional: false, required: false
  public get slug() {
    return this.getStringAttribute('slug');
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

  // source_connector_ids - computed: true, optional: false, required: false
  private _sourceConnectorIds = new cdktf.StringMap(this, "source_connector_ids");
  public get sourceConnectorIds() {
    return this._sourceConnectorIds;
  }

  // system_builtin - computed: true, optional: false, required: false
  public get systemBuiltin() {
    return this.getBooleanAttribute('system_builtin');
  }

  // to - computed: true, optional: false, required: false
  public get to() {
    return this.getStringAttribute('to');
  }

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
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
      excluded_entitlement_refs: cdktf.listMapper(dataConductoroneAppEntitlementExcludedEntitlementRefsToTerraform, false)(this._excludedEntitlementRefs.internalValue),
      include_deleted: cdktf.booleanToTerraform(this._includeDeleted),
      is_automated: cdktf.booleanToTerraform(this._isAutomated),
      membership_type: cdktf.listMapper(cdktf.stringToTerraform, false)(this._membershipType),
      only_get_expiring: cdktf.booleanToTerraform(this._onlyGetExpiring),
      page_size: cdktf.numberToTerraform(this._pageSize),
      page_token: cdktf.stringToTerraform(this._pageToken),
      policy_refs: cdktf.listMapper(dataConductoroneAppEntitlementPolicyRefsToTerraform, false)(this._policyRefs.internalValue),
      query: cdktf.stringToTerraform(this._query),
      refs: cdktf.listMapper(dataConductoroneAppEntitlementRefsToTerraform, false)(this._refs.internalValue),
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
        value: cdktf.listMapperHcl(dataConductoroneAppEntitlementExcludedEntitlementRefsToHclTerraform, false)(this._excludedEntitlementRefs.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataConductoroneAppEntitlementExcludedEntitlementRefsList",
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
        value: cdktf.listMapperHcl(dataConductoroneAppEntitlementPolicyRefsToHclTerraform, false)(this._policyRefs.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataConductoroneAppEntitlementPolicyRefsList",
      },
      query: {
        value: cdktf.stringToHclTerraform(this._query),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      refs: {
        value: cdktf.listMapperHcl(dataConductoroneAppEntitlementRefsToHclTerraform, false)(this._refs.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataConductoroneAppEntitlementRefsList",
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

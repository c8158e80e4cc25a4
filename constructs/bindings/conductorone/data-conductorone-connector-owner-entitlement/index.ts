// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_entitlement
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataConductoroneConnectorOwnerEntitlementConfig extends cdktf.TerraformMetaArguments {
  /**
  * The appId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_entitlement#app_id DataConductoroneConnectorOwnerEntitlement#app_id}
  */
  readonly appId: string;
  /**
  * The connectorId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_entitlement#connector_id DataConductoroneConnectorOwnerEntitlement#connector_id}
  */
  readonly connectorId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_entitlement#page_size DataConductoroneConnectorOwnerEntitlement#page_size}
  */
  readonly pageSize?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_entitlement#page_token DataConductoroneConnectorOwnerEntitlement#page_token}
  */
  readonly pageToken?: string;
  /**
  * The roleSlug field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_entitlement#role_slug DataConductoroneConnectorOwnerEntitlement#role_slug}
  */
  readonly roleSlug?: string;
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyAction {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyActionToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyActionToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyActionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyAction | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyAction | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount | undefined) {
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
  private _doNotSave = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveOutputReference(this, "do_not_save");
  public get doNotSave() {
    return this._doNotSave;
  }

  // save_to_vault - computed: true, optional: false, required: false
  private _saveToVault = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultOutputReference(this, "save_to_vault");
  public get saveToVault() {
    return this._saveToVault;
  }

  // schema_id - computed: true, optional: false, required: false
  public get schemaId() {
    return this.getStringAttribute('schema_id');
  }
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccountToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccountToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // account - computed: true, optional: false, required: false
  private _account = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountOutputReference(this, "account");
  public get account() {
    return this._account;
  }

  // default_behavior - computed: true, optional: false, required: false
  private _defaultBehavior = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorOutputReference(this, "default_behavior");
  public get defaultBehavior() {
    return this._defaultBehavior;
  }

  // delete_account - computed: true, optional: false, required: false
  private _deleteAccount = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccountOutputReference(this, "delete_account");
  public get deleteAccount() {
    return this._deleteAccount;
  }
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegatedToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegatedToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegatedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacementToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacementToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicketToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicketToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicketOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpressionToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpressionToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpressionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroupToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroupToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManagerToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManagerToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManagerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsersToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsersToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_owners - computed: true, optional: false, required: false
  private _appOwners = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersOutputReference(this, "app_owners");
  public get appOwners() {
    return this._appOwners;
  }

  // entitlement_owners - computed: true, optional: false, required: false
  private _entitlementOwners = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersOutputReference(this, "entitlement_owners");
  public get entitlementOwners() {
    return this._entitlementOwners;
  }

  // expression - computed: true, optional: false, required: false
  private _expression = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpressionOutputReference(this, "expression");
  public get expression() {
    return this._expression;
  }

  // group - computed: true, optional: false, required: false
  private _group = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroupOutputReference(this, "group");
  public get group() {
    return this._group;
  }

  // manager - computed: true, optional: false, required: false
  private _manager = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManagerOutputReference(this, "manager");
  public get manager() {
    return this._manager;
  }

  // users - computed: true, optional: false, required: false
  private _users = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsersOutputReference(this, "users");
  public get users() {
    return this._users;
  }
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManual {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManual | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManual | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // assignee - computed: true, optional: false, required: false
  private _assignee = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeOutputReference(this, "assignee");
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfiguredToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfiguredToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfiguredOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhookToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhookToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhookOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicy {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicy | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicy | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // action - computed: true, optional: false, required: false
  private _action = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyActionOutputReference(this, "action");
  public get action() {
    return this._action;
  }

  // connector - computed: true, optional: false, required: false
  private _connector = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorOutputReference(this, "connector");
  public get connector() {
    return this._connector;
  }

  // delegated - computed: true, optional: false, required: false
  private _delegated = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegatedOutputReference(this, "delegated");
  public get delegated() {
    return this._delegated;
  }

  // device_placement - computed: true, optional: false, required: false
  private _devicePlacement = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacementOutputReference(this, "device_placement");
  public get devicePlacement() {
    return this._devicePlacement;
  }

  // external_ticket - computed: true, optional: false, required: false
  private _externalTicket = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicketOutputReference(this, "external_ticket");
  public get externalTicket() {
    return this._externalTicket;
  }

  // manual - computed: true, optional: false, required: false
  private _manual = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualOutputReference(this, "manual");
  public get manual() {
    return this._manual;
  }

  // multi_step - computed: true, optional: false, required: false
  public get multiStep() {
    return this.getStringAttribute('multi_step');
  }

  // unconfigured - computed: true, optional: false, required: false
  private _unconfigured = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfiguredOutputReference(this, "unconfigured");
  public get unconfigured() {
    return this._unconfigured;
  }

  // webhook - computed: true, optional: false, required: false
  private _webhook = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhookOutputReference(this, "webhook");
  public get webhook() {
    return this._webhook;
  }
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementDurationUnset {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDurationUnsetToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDurationUnset): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementDurationUnsetToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementDurationUnset): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementDurationUnsetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementDurationUnset | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementDurationUnset | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyAction {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyActionToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyActionToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyActionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyAction | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyAction | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount | undefined) {
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
  private _doNotSave = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveOutputReference(this, "do_not_save");
  public get doNotSave() {
    return this._doNotSave;
  }

  // save_to_vault - computed: true, optional: false, required: false
  private _saveToVault = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultOutputReference(this, "save_to_vault");
  public get saveToVault() {
    return this._saveToVault;
  }

  // schema_id - computed: true, optional: false, required: false
  public get schemaId() {
    return this.getStringAttribute('schema_id');
  }
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehaviorToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehaviorToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehaviorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccountToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccountToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnector {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnector | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnector | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // account - computed: true, optional: false, required: false
  private _account = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountOutputReference(this, "account");
  public get account() {
    return this._account;
  }

  // default_behavior - computed: true, optional: false, required: false
  private _defaultBehavior = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehaviorOutputReference(this, "default_behavior");
  public get defaultBehavior() {
    return this._defaultBehavior;
  }

  // delete_account - computed: true, optional: false, required: false
  private _deleteAccount = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccountOutputReference(this, "delete_account");
  public get deleteAccount() {
    return this._deleteAccount;
  }
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegated {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegatedToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegatedToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegatedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegated | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegated | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacementToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacementToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicketToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicketToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicketOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwnersToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwnersToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpressionToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpressionToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpressionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroupToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroupToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManagerToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManagerToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManagerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsersToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsersToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_owners - computed: true, optional: false, required: false
  private _appOwners = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwnersOutputReference(this, "app_owners");
  public get appOwners() {
    return this._appOwners;
  }

  // entitlement_owners - computed: true, optional: false, required: false
  private _entitlementOwners = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersOutputReference(this, "entitlement_owners");
  public get entitlementOwners() {
    return this._entitlementOwners;
  }

  // expression - computed: true, optional: false, required: false
  private _expression = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpressionOutputReference(this, "expression");
  public get expression() {
    return this._expression;
  }

  // group - computed: true, optional: false, required: false
  private _group = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroupOutputReference(this, "group");
  public get group() {
    return this._group;
  }

  // manager - computed: true, optional: false, required: false
  private _manager = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManagerOutputReference(this, "manager");
  public get manager() {
    return this._manager;
  }

  // users - computed: true, optional: false, required: false
  private _users = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsersOutputReference(this, "users");
  public get users() {
    return this._users;
  }
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManual {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManual | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManual | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // assignee - computed: true, optional: false, required: false
  private _assignee = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeOutputReference(this, "assignee");
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfiguredToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfiguredToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfiguredOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhook {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhookToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhookToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhookOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhook | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhook | undefined) {
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
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicy {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicy | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicy | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // action - computed: true, optional: false, required: false
  private _action = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyActionOutputReference(this, "action");
  public get action() {
    return this._action;
  }

  // connector - computed: true, optional: false, required: false
  private _connector = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorOutputReference(this, "connector");
  public get connector() {
    return this._connector;
  }

  // delegated - computed: true, optional: false, required: false
  private _delegated = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegatedOutputReference(this, "delegated");
  public get delegated() {
    return this._delegated;
  }

  // device_placement - computed: true, optional: false, required: false
  private _devicePlacement = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacementOutputReference(this, "device_placement");
  public get devicePlacement() {
    return this._devicePlacement;
  }

  // external_ticket - computed: true, optional: false, required: false
  private _externalTicket = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicketOutputReference(this, "external_ticket");
  public get externalTicket() {
    return this._externalTicket;
  }

  // manual - computed: true, optional: false, required: false
  private _manual = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualOutputReference(this, "manual");
  public get manual() {
    return this._manual;
  }

  // multi_step - computed: true, optional: false, required: false
  public get multiStep() {
    return this.getStringAttribute('multi_step');
  }

  // unconfigured - computed: true, optional: false, required: false
  private _unconfigured = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfiguredOutputReference(this, "unconfigured");
  public get unconfigured() {
    return this._unconfigured;
  }

  // webhook - computed: true, optional: false, required: false
  private _webhook = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhookOutputReference(this, "webhook");
  public get webhook() {
    return this._webhook;
  }
}
export interface DataConductoroneConnectorOwnerEntitlementAppEntitlement {
}

export function dataConductoroneConnectorOwnerEntitlementAppEntitlementToTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneConnectorOwnerEntitlementAppEntitlementToHclTerraform(struct?: DataConductoroneConnectorOwnerEntitlementAppEntitlement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneConnectorOwnerEntitlementAppEntitlementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneConnectorOwnerEntitlementAppEntitlement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneConnectorOwnerEntitlementAppEntitlement | undefined) {
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
  private _deprovisionerPolicy = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyOutputReference(this, "deprovisioner_policy");
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
  private _durationUnset = new DataConductoroneConnectorOwnerEntitlementAppEntitlementDurationUnsetOutputReference(this, "duration_unset");
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
  private _provisionerPolicy = new DataConductoroneConnectorOwnerEntitlementAppEntitlementProvisionerPolicyOutputReference(this, "provisioner_policy");
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

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_entitlement conductorone_connector_owner_entitlement}
*/
export class DataConductoroneConnectorOwnerEntitlement extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_connector_owner_entitlement";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataConductoroneConnectorOwnerEntitlement resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataConductoroneConnectorOwnerEntitlement to import
  * @param importFromId The id of the existing DataConductoroneConnectorOwnerEntitlement that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_entitlement#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataConductoroneConnectorOwnerEntitlement to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_connector_owner_entitlement", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_owner_entitlement conductorone_connector_owner_entitlement} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataConductoroneConnectorOwnerEntitlementConfig
  */
  public constructor(scope: Construct, id: string, config: DataConductoroneConnectorOwnerEntitlementConfig) {
    super(scope, id, {
      terraformResourceType: 'conductorone_connector_owner_entitlement',
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

  // app_entitlement - computed: true, optional: false, required: false
  private _appEntitlement = new DataConductoroneConnectorOwnerEntitlementAppEntitlementOutputReference(this, "app_entitlement");
  public get appEntitlement() {
    return this._appEntitlement;
  }

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

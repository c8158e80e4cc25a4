// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_owner_entitlement
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AppOwnerEntitlementConfig extends cdktf.TerraformMetaArguments {
  /**
  * The AppEntitlementRef message. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_owner_entitlement#app_entitlement_ref AppOwnerEntitlement#app_entitlement_ref}
  */
  readonly appEntitlementRef?: AppOwnerEntitlementAppEntitlementRef;
  /**
  * Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_owner_entitlement#app_entitlement_ref_app_id AppOwnerEntitlement#app_entitlement_ref_app_id}
  */
  readonly appEntitlementRefAppId: string;
  /**
  * Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_owner_entitlement#app_entitlement_ref_id AppOwnerEntitlement#app_entitlement_ref_id}
  */
  readonly appEntitlementRefId: string;
  /**
  * The appId field. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_owner_entitlement#app_id AppOwnerEntitlement#app_id}
  */
  readonly appId: string;
  /**
  * The roleSlug field. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_owner_entitlement#role_slug AppOwnerEntitlement#role_slug}
  */
  readonly roleSlug: string;
}
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyAction {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyActionToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyActionToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyActionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyAction | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyAction | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount | undefined) {
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
  private _doNotSave = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveOutputReference(this, "do_not_save");
  public get doNotSave() {
    return this._doNotSave;
  }

  // save_to_vault - computed: true, optional: false, required: false
  private _saveToVault = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultOutputReference(this, "save_to_vault");
  public get saveToVault() {
    return this._saveToVault;
  }

  // schema_id - computed: true, optional: false, required: false
  public get schemaId() {
    return this.getStringAttribute('schema_id');
  }
}
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccountToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccountToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // account - computed: true, optional: false, required: false
  private _account = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountOutputReference(this, "account");
  public get account() {
    return this._account;
  }

  // default_behavior - computed: true, optional: false, required: false
  private _defaultBehavior = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorOutputReference(this, "default_behavior");
  public get defaultBehavior() {
    return this._defaultBehavior;
  }

  // delete_account - computed: true, optional: false, required: false
  private _deleteAccount = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccountOutputReference(this, "delete_account");
  public get deleteAccount() {
    return this._deleteAccount;
  }
}
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegatedToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegatedToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegatedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacementToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacementToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicketToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicketToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicketOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpressionToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpressionToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpressionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroupToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroupToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManagerToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManagerToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManagerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsersToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsersToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_owners - computed: true, optional: false, required: false
  private _appOwners = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersOutputReference(this, "app_owners");
  public get appOwners() {
    return this._appOwners;
  }

  // entitlement_owners - computed: true, optional: false, required: false
  private _entitlementOwners = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersOutputReference(this, "entitlement_owners");
  public get entitlementOwners() {
    return this._entitlementOwners;
  }

  // expression - computed: true, optional: false, required: false
  private _expression = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpressionOutputReference(this, "expression");
  public get expression() {
    return this._expression;
  }

  // group - computed: true, optional: false, required: false
  private _group = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroupOutputReference(this, "group");
  public get group() {
    return this._group;
  }

  // manager - computed: true, optional: false, required: false
  private _manager = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManagerOutputReference(this, "manager");
  public get manager() {
    return this._manager;
  }

  // users - computed: true, optional: false, required: false
  private _users = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsersOutputReference(this, "users");
  public get users() {
    return this._users;
  }
}
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManual {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyManualToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManual | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManual | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // assignee - computed: true, optional: false, required: false
  private _assignee = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeOutputReference(this, "assignee");
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfiguredToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfiguredToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfiguredOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhookToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhookToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhookOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementDeprovisionerPolicy {
}

export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyToTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDeprovisionerPolicyToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDeprovisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDeprovisionerPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDeprovisionerPolicy | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDeprovisionerPolicy | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // action - computed: true, optional: false, required: false
  private _action = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyActionOutputReference(this, "action");
  public get action() {
    return this._action;
  }

  // connector - computed: true, optional: false, required: false
  private _connector = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorOutputReference(this, "connector");
  public get connector() {
    return this._connector;
  }

  // delegated - computed: true, optional: false, required: false
  private _delegated = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegatedOutputReference(this, "delegated");
  public get delegated() {
    return this._delegated;
  }

  // device_placement - computed: true, optional: false, required: false
  private _devicePlacement = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacementOutputReference(this, "device_placement");
  public get devicePlacement() {
    return this._devicePlacement;
  }

  // external_ticket - computed: true, optional: false, required: false
  private _externalTicket = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicketOutputReference(this, "external_ticket");
  public get externalTicket() {
    return this._externalTicket;
  }

  // manual - computed: true, optional: false, required: false
  private _manual = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyManualOutputReference(this, "manual");
  public get manual() {
    return this._manual;
  }

  // multi_step - computed: true, optional: false, required: false
  public get multiStep() {
    return this.getStringAttribute('multi_step');
  }

  // unconfigured - computed: true, optional: false, required: false
  private _unconfigured = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfiguredOutputReference(this, "unconfigured");
  public get unconfigured() {
    return this._unconfigured;
  }

  // webhook - computed: true, optional: false, required: false
  private _webhook = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhookOutputReference(this, "webhook");
  public get webhook() {
    return this._webhook;
  }
}
export interface AppOwnerEntitlementAppEntitlementDurationUnset {
}

export function appOwnerEntitlementAppEntitlementDurationUnsetToTerraform(struct?: AppOwnerEntitlementAppEntitlementDurationUnset): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementDurationUnsetToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementDurationUnset): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementDurationUnsetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementDurationUnset | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementDurationUnset | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyAction {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyActionToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyActionToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyActionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyAction | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyAction | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount | undefined) {
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
  private _doNotSave = new AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveOutputReference(this, "do_not_save");
  public get doNotSave() {
    return this._doNotSave;
  }

  // save_to_vault - computed: true, optional: false, required: false
  private _saveToVault = new AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultOutputReference(this, "save_to_vault");
  public get saveToVault() {
    return this._saveToVault;
  }

  // schema_id - computed: true, optional: false, required: false
  public get schemaId() {
    return this.getStringAttribute('schema_id');
  }
}
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehaviorToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehaviorToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehaviorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccountToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccountToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyConnector {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyConnectorToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyConnectorToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyConnector | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyConnector | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // account - computed: true, optional: false, required: false
  private _account = new AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountOutputReference(this, "account");
  public get account() {
    return this._account;
  }

  // default_behavior - computed: true, optional: false, required: false
  private _defaultBehavior = new AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehaviorOutputReference(this, "default_behavior");
  public get defaultBehavior() {
    return this._defaultBehavior;
  }

  // delete_account - computed: true, optional: false, required: false
  private _deleteAccount = new AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccountOutputReference(this, "delete_account");
  public get deleteAccount() {
    return this._deleteAccount;
  }
}
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyDelegated {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyDelegatedToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyDelegatedToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyDelegatedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyDelegated | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyDelegated | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacementToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacementToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicketToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicketToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicketOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwnersToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwnersToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpressionToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpressionToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpressionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroupToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroupToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManagerToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManagerToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManagerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsersToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsersToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_owners - computed: true, optional: false, required: false
  private _appOwners = new AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwnersOutputReference(this, "app_owners");
  public get appOwners() {
    return this._appOwners;
  }

  // entitlement_owners - computed: true, optional: false, required: false
  private _entitlementOwners = new AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersOutputReference(this, "entitlement_owners");
  public get entitlementOwners() {
    return this._entitlementOwners;
  }

  // expression - computed: true, optional: false, required: false
  private _expression = new AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpressionOutputReference(this, "expression");
  public get expression() {
    return this._expression;
  }

  // group - computed: true, optional: false, required: false
  private _group = new AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroupOutputReference(this, "group");
  public get group() {
    return this._group;
  }

  // manager - computed: true, optional: false, required: false
  private _manager = new AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManagerOutputReference(this, "manager");
  public get manager() {
    return this._manager;
  }

  // users - computed: true, optional: false, required: false
  private _users = new AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsersOutputReference(this, "users");
  public get users() {
    return this._users;
  }
}
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyManual {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyManualToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyManual | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyManual | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // assignee - computed: true, optional: false, required: false
  private _assignee = new AppOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeOutputReference(this, "assignee");
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyUnconfiguredToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyUnconfiguredToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyUnconfiguredOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicyWebhook {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyWebhookToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyWebhookToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyWebhookOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicyWebhook | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicyWebhook | undefined) {
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
export interface AppOwnerEntitlementAppEntitlementProvisionerPolicy {
}

export function appOwnerEntitlementAppEntitlementProvisionerPolicyToTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementProvisionerPolicyToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementProvisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementProvisionerPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementProvisionerPolicy | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlementProvisionerPolicy | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // action - computed: true, optional: false, required: false
  private _action = new AppOwnerEntitlementAppEntitlementProvisionerPolicyActionOutputReference(this, "action");
  public get action() {
    return this._action;
  }

  // connector - computed: true, optional: false, required: false
  private _connector = new AppOwnerEntitlementAppEntitlementProvisionerPolicyConnectorOutputReference(this, "connector");
  public get connector() {
    return this._connector;
  }

  // delegated - computed: true, optional: false, required: false
  private _delegated = new AppOwnerEntitlementAppEntitlementProvisionerPolicyDelegatedOutputReference(this, "delegated");
  public get delegated() {
    return this._delegated;
  }

  // device_placement - computed: true, optional: false, required: false
  private _devicePlacement = new AppOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacementOutputReference(this, "device_placement");
  public get devicePlacement() {
    return this._devicePlacement;
  }

  // external_ticket - computed: true, optional: false, required: false
  private _externalTicket = new AppOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicketOutputReference(this, "external_ticket");
  public get externalTicket() {
    return this._externalTicket;
  }

  // manual - computed: true, optional: false, required: false
  private _manual = new AppOwnerEntitlementAppEntitlementProvisionerPolicyManualOutputReference(this, "manual");
  public get manual() {
    return this._manual;
  }

  // multi_step - computed: true, optional: false, required: false
  public get multiStep() {
    return this.getStringAttribute('multi_step');
  }

  // unconfigured - computed: true, optional: false, required: false
  private _unconfigured = new AppOwnerEntitlementAppEntitlementProvisionerPolicyUnconfiguredOutputReference(this, "unconfigured");
  public get unconfigured() {
    return this._unconfigured;
  }

  // webhook - computed: true, optional: false, required: false
  private _webhook = new AppOwnerEntitlementAppEntitlementProvisionerPolicyWebhookOutputReference(this, "webhook");
  public get webhook() {
    return this._webhook;
  }
}
export interface AppOwnerEntitlementAppEntitlement {
}

export function appOwnerEntitlementAppEntitlementToTerraform(struct?: AppOwnerEntitlementAppEntitlement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appOwnerEntitlementAppEntitlementToHclTerraform(struct?: AppOwnerEntitlementAppEntitlement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppOwnerEntitlementAppEntitlementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppOwnerEntitlementAppEntitlement | undefined) {
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
  private _deprovisionerPolicy = new AppOwnerEntitlementAppEntitlementDeprovisionerPolicyOutputReference(this, "deprovisioner_policy");
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
  private _durationUnset = new AppOwnerEntitlementAppEntitlementDurationUnsetOutputReference(this, "duration_unset");
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
  private _provisionerPolicy = new AppOwnerEntitlementAppEntitlementProvisionerPolicyOutputReference(this, "provisioner_policy");
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
export interface AppOwnerEntitlementAppEntitlementRef {
  /**
  * The appId field. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_owner_entitlement#app_id AppOwnerEntitlement#app_id}
  */
  readonly appId?: string;
  /**
  * The id field. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_owner_entitlement#id AppOwnerEntitlement#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function appOwnerEntitlementAppEntitlementRefToTerraform(struct?: AppOwnerEntitlementAppEntitlementRef | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_id: cdktf.stringToTerraform(struct!.appId),
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function appOwnerEntitlementAppEntitlementRefToHclTerraform(struct?: AppOwnerEntitlementAppEntitlementRef | cdktf.IResolvable): any {
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

export class AppOwnerEntitlementAppEntitlementRefOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppOwnerEntitlementAppEntitlementRef | cdktf.IResolvable | undefined {
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

  public set internalValue(value: AppOwnerEntitlementAppEntitlementRef | cdktf.IResolvable | undefined) {
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

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_owner_entitlement conductorone_app_owner_entitlement}
*/
export class AppOwnerEntitlement extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_app_owner_entitlement";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AppOwnerEntitlement resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AppOwnerEntitlement to import
  * @param importFromId The id of the existing AppOwnerEntitlement that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_owner_entitlement#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AppOwnerEntitlement to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_app_owner_entitlement", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_owner_entitlement conductorone_app_owner_entitlement} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AppOwnerEntitlementConfig
  */
  public constructor(scope: Construct, id: string, config: AppOwnerEntitlementConfig) {
    super(scope, id, {
      terraformResourceType: 'conductorone_app_owner_entitlement',
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
    this._appEntitlementRef.internalValue = config.appEntitlementRef;
    this._appEntitlementRefAppId = config.appEntitlementRefAppId;
    this._appEntitlementRefId = config.appEntitlementRefId;
    this._appId = config.appId;
    this._roleSlug = config.roleSlug;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // app_entitlement - computed: true, optional: false, required: false
  private _appEntitlement = new AppOwnerEntitlementAppEntitlementOutputReference(this, "app_entitlement");
  public get appEntitlement() {
    return this._appEntitlement;
  }

  // app_entitlement_ref - computed: false, optional: true, required: false
  private _appEntitlementRef = new AppOwnerEntitlementAppEntitlementRefOutputReference(this, "app_entitlement_ref");
  public get appEntitlementRef() {
    return this._appEntitlementRef;
  }
  public putAppEntitlementRef(value: AppOwnerEntitlementAppEntitlementRef) {
    this._appEntitlementRef.internalValue = value;
  }
  public resetAppEntitlementRef() {
    this._appEntitlementRef.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appEntitlementRefInput() {
    return this._appEntitlementRef.internalValue;
  }

  // app_entitlement_ref_app_id - computed: false, optional: false, required: true
  private _appEntitlementRefAppId?: string; 
  public get appEntitlementRefAppId() {
    return this.getStringAttribute('app_entitlement_ref_app_id');
  }
  public set appEntitlementRefAppId(value: string) {
    this._appEntitlementRefAppId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get appEntitlementRefAppIdInput() {
    return this._appEntitlementRefAppId;
  }

  // app_entitlement_ref_id - computed: false, optional: false, required: true
  private _appEntitlementRefId?: string; 
  public get appEntitlementRefId() {
    return this.getStringAttribute('app_entitlement_ref_id');
  }
  public set appEntitlementRefId(value: string) {
    this._appEntitlementRefId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get appEntitlementRefIdInput() {
    return this._appEntitlementRefId;
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

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // role_slug - computed: false, optional: false, required: true
  private _roleSlug?: string; 
  public get roleSlug() {
    return this.getStringAttribute('role_slug');
  }
  public set roleSlug(value: string) {
    this._roleSlug = value;
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
      app_entitlement_ref: appOwnerEntitlementAppEntitlementRefToTerraform(this._appEntitlementRef.internalValue),
      app_entitlement_ref_app_id: cdktf.stringToTerraform(this._appEntitlementRefAppId),
      app_entitlement_ref_id: cdktf.stringToTerraform(this._appEntitlementRefId),
      app_id: cdktf.stringToTerraform(this._appId),
      role_slug: cdktf.stringToTerraform(this._roleSlug),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      app_entitlement_ref: {
        value: appOwnerEntitlementAppEntitlementRefToHclTerraform(this._appEntitlementRef.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "AppOwnerEntitlementAppEntitlementRef",
      },
      app_entitlement_ref_app_id: {
        value: cdktf.stringToHclTerraform(this._appEntitlementRefAppId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      app_entitlement_ref_id: {
        value: cdktf.stringToHclTerraform(this._appEntitlementRefId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      app_id: {
        value: cdktf.stringToHclTerraform(this._appId),
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

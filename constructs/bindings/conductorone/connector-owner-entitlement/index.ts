// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/connector_owner_entitlement
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ConnectorOwnerEntitlementConfig extends cdktf.TerraformMetaArguments {
  /**
  * The AppEntitlementRef message. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/connector_owner_entitlement#app_entitlement_ref ConnectorOwnerEntitlement#app_entitlement_ref}
  */
  readonly appEntitlementRef?: ConnectorOwnerEntitlementAppEntitlementRef;
  /**
  * Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/connector_owner_entitlement#app_entitlement_ref_app_id ConnectorOwnerEntitlement#app_entitlement_ref_app_id}
  */
  readonly appEntitlementRefAppId: string;
  /**
  * Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/connector_owner_entitlement#app_entitlement_ref_id ConnectorOwnerEntitlement#app_entitlement_ref_id}
  */
  readonly appEntitlementRefId: string;
  /**
  * The appId field. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/connector_owner_entitlement#app_id ConnectorOwnerEntitlement#app_id}
  */
  readonly appId: string;
  /**
  * The connectorId field. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/connector_owner_entitlement#connector_id ConnectorOwnerEntitlement#connector_id}
  */
  readonly connectorId: string;
  /**
  * The roleSlug field. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/connector_owner_entitlement#role_slug ConnectorOwnerEntitlement#role_slug}
  */
  readonly roleSlug: string;
}
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyAction {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyActionToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyActionToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyActionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyAction | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyAction | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSave | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVault | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccount | undefined) {
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
  private _doNotSave = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountDoNotSaveOutputReference(this, "do_not_save");
  public get doNotSave() {
    return this._doNotSave;
  }

  // save_to_vault - computed: true, optional: false, required: false
  private _saveToVault = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountSaveToVaultOutputReference(this, "save_to_vault");
  public get saveToVault() {
    return this._saveToVault;
  }

  // schema_id - computed: true, optional: false, required: false
  public get schemaId() {
    return this.getStringAttribute('schema_id');
  }
}
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehavior | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccountToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccountToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccount | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnector | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // account - computed: true, optional: false, required: false
  private _account = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorAccountOutputReference(this, "account");
  public get account() {
    return this._account;
  }

  // default_behavior - computed: true, optional: false, required: false
  private _defaultBehavior = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDefaultBehaviorOutputReference(this, "default_behavior");
  public get defaultBehavior() {
    return this._defaultBehavior;
  }

  // delete_account - computed: true, optional: false, required: false
  private _deleteAccount = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorDeleteAccountOutputReference(this, "delete_account");
  public get deleteAccount() {
    return this._deleteAccount;
  }
}
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegatedToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegatedToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegatedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegated | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacementToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacementToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacement | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicketToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicketToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicketOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicket | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwners | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwners | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpressionToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpressionToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpressionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpression | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroupToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroupToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroup | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManagerToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManagerToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManagerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManager | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsersToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsersToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsers | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssignee | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_owners - computed: true, optional: false, required: false
  private _appOwners = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeAppOwnersOutputReference(this, "app_owners");
  public get appOwners() {
    return this._appOwners;
  }

  // entitlement_owners - computed: true, optional: false, required: false
  private _entitlementOwners = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeEntitlementOwnersOutputReference(this, "entitlement_owners");
  public get entitlementOwners() {
    return this._entitlementOwners;
  }

  // expression - computed: true, optional: false, required: false
  private _expression = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeExpressionOutputReference(this, "expression");
  public get expression() {
    return this._expression;
  }

  // group - computed: true, optional: false, required: false
  private _group = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeGroupOutputReference(this, "group");
  public get group() {
    return this._group;
  }

  // manager - computed: true, optional: false, required: false
  private _manager = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeManagerOutputReference(this, "manager");
  public get manager() {
    return this._manager;
  }

  // users - computed: true, optional: false, required: false
  private _users = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeUsersOutputReference(this, "users");
  public get users() {
    return this._users;
  }
}
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManual {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManual | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManual | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // assignee - computed: true, optional: false, required: false
  private _assignee = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualAssigneeOutputReference(this, "assignee");
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfiguredToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfiguredToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfiguredOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfigured | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhookToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhookToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhookOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhook | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicy {
}

export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDeprovisionerPolicyToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicy | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicy | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // action - computed: true, optional: false, required: false
  private _action = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyActionOutputReference(this, "action");
  public get action() {
    return this._action;
  }

  // connector - computed: true, optional: false, required: false
  private _connector = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyConnectorOutputReference(this, "connector");
  public get connector() {
    return this._connector;
  }

  // delegated - computed: true, optional: false, required: false
  private _delegated = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDelegatedOutputReference(this, "delegated");
  public get delegated() {
    return this._delegated;
  }

  // device_placement - computed: true, optional: false, required: false
  private _devicePlacement = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyDevicePlacementOutputReference(this, "device_placement");
  public get devicePlacement() {
    return this._devicePlacement;
  }

  // external_ticket - computed: true, optional: false, required: false
  private _externalTicket = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyExternalTicketOutputReference(this, "external_ticket");
  public get externalTicket() {
    return this._externalTicket;
  }

  // manual - computed: true, optional: false, required: false
  private _manual = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyManualOutputReference(this, "manual");
  public get manual() {
    return this._manual;
  }

  // multi_step - computed: true, optional: false, required: false
  public get multiStep() {
    return this.getStringAttribute('multi_step');
  }

  // unconfigured - computed: true, optional: false, required: false
  private _unconfigured = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyUnconfiguredOutputReference(this, "unconfigured");
  public get unconfigured() {
    return this._unconfigured;
  }

  // webhook - computed: true, optional: false, required: false
  private _webhook = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyWebhookOutputReference(this, "webhook");
  public get webhook() {
    return this._webhook;
  }
}
export interface ConnectorOwnerEntitlementAppEntitlementDurationUnset {
}

export function connectorOwnerEntitlementAppEntitlementDurationUnsetToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDurationUnset): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementDurationUnsetToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementDurationUnset): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementDurationUnsetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementDurationUnset | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementDurationUnset | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyAction {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyActionToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyActionToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyAction): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyActionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyAction | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyAction | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSave | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVault | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccount | undefined) {
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
  private _doNotSave = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountDoNotSaveOutputReference(this, "do_not_save");
  public get doNotSave() {
    return this._doNotSave;
  }

  // save_to_vault - computed: true, optional: false, required: false
  private _saveToVault = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountSaveToVaultOutputReference(this, "save_to_vault");
  public get saveToVault() {
    return this._saveToVault;
  }

  // schema_id - computed: true, optional: false, required: false
  public get schemaId() {
    return this.getStringAttribute('schema_id');
  }
}
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehaviorToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehaviorToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehaviorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehavior | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccountToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccountToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccount | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnector {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnector | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnector | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // account - computed: true, optional: false, required: false
  private _account = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorAccountOutputReference(this, "account");
  public get account() {
    return this._account;
  }

  // default_behavior - computed: true, optional: false, required: false
  private _defaultBehavior = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDefaultBehaviorOutputReference(this, "default_behavior");
  public get defaultBehavior() {
    return this._defaultBehavior;
  }

  // delete_account - computed: true, optional: false, required: false
  private _deleteAccount = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorDeleteAccountOutputReference(this, "delete_account");
  public get deleteAccount() {
    return this._deleteAccount;
  }
}
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegated {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegatedToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegatedToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegated): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegatedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegated | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegated | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacementToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacementToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacement | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicketToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicketToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicketOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicket | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwnersToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwnersToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwners | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwners | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpressionToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpressionToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpressionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpression | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroupToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroupToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroupOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroup | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManagerToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManagerToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManagerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManager | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsersToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsersToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsers | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssignee | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // app_owners - computed: true, optional: false, required: false
  private _appOwners = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeAppOwnersOutputReference(this, "app_owners");
  public get appOwners() {
    return this._appOwners;
  }

  // entitlement_owners - computed: true, optional: false, required: false
  private _entitlementOwners = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeEntitlementOwnersOutputReference(this, "entitlement_owners");
  public get entitlementOwners() {
    return this._entitlementOwners;
  }

  // expression - computed: true, optional: false, required: false
  private _expression = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeExpressionOutputReference(this, "expression");
  public get expression() {
    return this._expression;
  }

  // group - computed: true, optional: false, required: false
  private _group = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeGroupOutputReference(this, "group");
  public get group() {
    return this._group;
  }

  // manager - computed: true, optional: false, required: false
  private _manager = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeManagerOutputReference(this, "manager");
  public get manager() {
    return this._manager;
  }

  // users - computed: true, optional: false, required: false
  private _users = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeUsersOutputReference(this, "users");
  public get users() {
    return this._users;
  }
}
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManual {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyManualToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManual): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManual | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManual | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // assignee - computed: true, optional: false, required: false
  private _assignee = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualAssigneeOutputReference(this, "assignee");
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfiguredToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfiguredToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfiguredOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfigured | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhook {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhookToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhookToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhook): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhookOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhook | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhook | undefined) {
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
export interface ConnectorOwnerEntitlementAppEntitlementProvisionerPolicy {
}

export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementProvisionerPolicyToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicy): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementProvisionerPolicy | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementProvisionerPolicy | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // action - computed: true, optional: false, required: false
  private _action = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyActionOutputReference(this, "action");
  public get action() {
    return this._action;
  }

  // connector - computed: true, optional: false, required: false
  private _connector = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyConnectorOutputReference(this, "connector");
  public get connector() {
    return this._connector;
  }

  // delegated - computed: true, optional: false, required: false
  private _delegated = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDelegatedOutputReference(this, "delegated");
  public get delegated() {
    return this._delegated;
  }

  // device_placement - computed: true, optional: false, required: false
  private _devicePlacement = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyDevicePlacementOutputReference(this, "device_placement");
  public get devicePlacement() {
    return this._devicePlacement;
  }

  // external_ticket - computed: true, optional: false, required: false
  private _externalTicket = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyExternalTicketOutputReference(this, "external_ticket");
  public get externalTicket() {
    return this._externalTicket;
  }

  // manual - computed: true, optional: false, required: false
  private _manual = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyManualOutputReference(this, "manual");
  public get manual() {
    return this._manual;
  }

  // multi_step - computed: true, optional: false, required: false
  public get multiStep() {
    return this.getStringAttribute('multi_step');
  }

  // unconfigured - computed: true, optional: false, required: false
  private _unconfigured = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyUnconfiguredOutputReference(this, "unconfigured");
  public get unconfigured() {
    return this._unconfigured;
  }

  // webhook - computed: true, optional: false, required: false
  private _webhook = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyWebhookOutputReference(this, "webhook");
  public get webhook() {
    return this._webhook;
  }
}
export interface ConnectorOwnerEntitlementAppEntitlement {
}

export function connectorOwnerEntitlementAppEntitlementToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function connectorOwnerEntitlementAppEntitlementToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ConnectorOwnerEntitlementAppEntitlementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlement | undefined) {
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
  private _deprovisionerPolicy = new ConnectorOwnerEntitlementAppEntitlementDeprovisionerPolicyOutputReference(this, "deprovisioner_policy");
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
  private _durationUnset = new ConnectorOwnerEntitlementAppEntitlementDurationUnsetOutputReference(this, "duration_unset");
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
  private _provisionerPolicy = new ConnectorOwnerEntitlementAppEntitlementProvisionerPolicyOutputReference(this, "provisioner_policy");
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
export interface ConnectorOwnerEntitlementAppEntitlementRef {
  /**
  * The appId field. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/connector_owner_entitlement#app_id ConnectorOwnerEntitlement#app_id}
  */
  readonly appId?: string;
  /**
  * The id field. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/connector_owner_entitlement#id ConnectorOwnerEntitlement#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function connectorOwnerEntitlementAppEntitlementRefToTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementRef | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_id: cdktf.stringToTerraform(struct!.appId),
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function connectorOwnerEntitlementAppEntitlementRefToHclTerraform(struct?: ConnectorOwnerEntitlementAppEntitlementRef | cdktf.IResolvable): any {
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

export class ConnectorOwnerEntitlementAppEntitlementRefOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ConnectorOwnerEntitlementAppEntitlementRef | cdktf.IResolvable | undefined {
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

  public set internalValue(value: ConnectorOwnerEntitlementAppEntitlementRef | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/connector_owner_entitlement conductorone_connector_owner_entitlement}
*/
export class ConnectorOwnerEntitlement extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_connector_owner_entitlement";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ConnectorOwnerEntitlement resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ConnectorOwnerEntitlement to import
  * @param importFromId The id of the existing ConnectorOwnerEntitlement that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/connector_owner_entitlement#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ConnectorOwnerEntitlement to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_connector_owner_entitlement", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/connector_owner_entitlement conductorone_connector_owner_entitlement} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ConnectorOwnerEntitlementConfig
  */
  public constructor(scope: Construct, id: string, config: ConnectorOwnerEntitlementConfig) {
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
    this._appEntitlementRef.internalValue = config.appEntitlementRef;
    this._appEntitlementRefAppId = config.appEntitlementRefAppId;
    this._appEntitlementRefId = config.appEntitlementRefId;
    this._appId = config.appId;
    this._connectorId = config.connectorId;
    this._roleSlug = config.roleSlug;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // app_entitlement - computed: true, optional: false, required: false
  private _appEntitlement = new ConnectorOwnerEntitlementAppEntitlementOutputReference(this, "app_entitlement");
  public get appEntitlement() {
    return this._appEntitlement;
  }

  // app_entitlement_ref - computed: false, optional: true, required: false
  private _appEntitlementRef = new ConnectorOwnerEntitlementAppEntitlementRefOutputReference(this, "app_entitlement_ref");
  public get appEntitlementRef() {
    return this._appEntitlementRef;
  }
  public putAppEntitlementRef(value: ConnectorOwnerEntitlementAppEntitlementRef) {
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
      app_entitlement_ref: connectorOwnerEntitlementAppEntitlementRefToTerraform(this._appEntitlementRef.internalValue),
      app_entitlement_ref_app_id: cdktf.stringToTerraform(this._appEntitlementRefAppId),
      app_entitlement_ref_id: cdktf.stringToTerraform(this._appEntitlementRefId),
      app_id: cdktf.stringToTerraform(this._appId),
      connector_id: cdktf.stringToTerraform(this._connectorId),
      role_slug: cdktf.stringToTerraform(this._roleSlug),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      app_entitlement_ref: {
        value: connectorOwnerEntitlementAppEntitlementRefToHclTerraform(this._appEntitlementRef.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ConnectorOwnerEntitlementAppEntitlementRef",
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
      connector_id: {
        value: cdktf.stringToHclTerraform(this._connectorId),
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

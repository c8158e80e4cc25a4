// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AppEntitlementConfig extends cdktf.TerraformMetaArguments {
  /**
  * The alias field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#alias AppEntitlement#alias}
  */
  readonly alias?: string;
  /**
  * The appId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#app_id AppEntitlement#app_id}
  */
  readonly appId: string;
  /**
  * The certifyPolicyId is the ID of the policy that will be used for access review certify tasks.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#certify_policy_id AppEntitlement#certify_policy_id}
  */
  readonly certifyPolicyId?: string;
  /**
  * ComplianceFrameworkValueIds is a list of ComplianceFramework attributes that are set on the app entitlement.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#compliance_framework_value_ids AppEntitlement#compliance_framework_value_ids}
  */
  readonly complianceFrameworkValueIds?: string[];
  /**
  * ProvisionPolicy is a oneOf that indicates how a provision step should be processed.
  * 
  * This message contains a oneof named typ. Only a single field of the following list may be set at a time:
  *   - connector
  *   - manual
  *   - delegated
  *   - webhook
  *   - multiStep
  *   - externalTicket
  *   - unconfigured
  *   - action
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#deprovisioner_policy AppEntitlement#deprovisioner_policy}
  */
  readonly deprovisionerPolicy?: AppEntitlementDeprovisionerPolicy;
  /**
  * The description field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#description AppEntitlement#description}
  */
  readonly description?: string;
  /**
  * The displayName field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#display_name AppEntitlement#display_name}
  */
  readonly displayName?: string;
  /**
  * The DurationGrant field is a string attribute that represents the maximum duration a grant to this entitlement can last. 
  * 				The format of this is <time in seconds>s. i.e. 1h = 3600s.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#duration_grant AppEntitlement#duration_grant}
  */
  readonly durationGrant?: string;
  /**
  * The DurationUnset field is set if there is no maximum duration a grant to this entitlement can last.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#duration_unset AppEntitlement#duration_unset}
  */
  readonly durationUnset?: AppEntitlementDurationUnset;
  /**
  * The emergencyGrantEnabled field determines whether or not this entitlement has an emergency grant policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#emergency_grant_enabled AppEntitlement#emergency_grant_enabled}
  */
  readonly emergencyGrantEnabled?: boolean | cdktf.IResolvable;
  /**
  * The emergencyGrantPolicyId field is the ID of the grant policy that will be used for emergency grant tasks. 
  * 				To set this field, emergencyGrantEnabled must be set to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#emergency_grant_policy_id AppEntitlement#emergency_grant_policy_id}
  */
  readonly emergencyGrantPolicyId?: string;
  /**
  * The grantPolicyId field is the policy that will be used for access request grant tasks.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#grant_policy_id AppEntitlement#grant_policy_id}
  */
  readonly grantPolicyId?: string;
  /**
  * The unique ID for the App Entitlement.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#id AppEntitlement#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
  /**
  * If supplied, it's implied that the entitlement is created before sync and needs to be merged with connector entitlement.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#match_baton_id AppEntitlement#match_baton_id}
  */
  readonly matchBatonId?: string;
  /**
  * The overrideAccessRequestsDefaults field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#override_access_requests_defaults AppEntitlement#override_access_requests_defaults}
  */
  readonly overrideAccessRequestsDefaults?: boolean | cdktf.IResolvable;
  /**
  * ProvisionPolicy is a oneOf that indicates how a provision step should be processed.
  * 
  * This message contains a oneof named typ. Only a single field of the following list may be set at a time:
  *   - connector
  *   - manual
  *   - delegated
  *   - webhook
  *   - multiStep
  *   - externalTicket
  *   - unconfigured
  *   - action
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#provision_policy AppEntitlement#provision_policy}
  */
  readonly provisionPolicy?: AppEntitlementProvisionPolicy;
  /**
  * The purpose field. must be one of ["APP_ENTITLEMENT_PURPOSE_VALUE_UNSPECIFIED", "APP_ENTITLEMENT_PURPOSE_VALUE_ASSIGNMENT", "APP_ENTITLEMENT_PURPOSE_VALUE_PERMISSION"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#purpose AppEntitlement#purpose}
  */
  readonly purpose?: string;
  /**
  * The revokePolicyId field is the ID of the policy that will be used for revoke access tasks.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#revoke_policy_id AppEntitlement#revoke_policy_id}
  */
  readonly revokePolicyId?: string;
  /**
  * The riskLevelValueId field is the ID of the risk level attribute value that will be set on the app entitlement.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#risk_level_value_id AppEntitlement#risk_level_value_id}
  */
  readonly riskLevelValueId?: string;
  /**
  * The slug field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#slug AppEntitlement#slug}
  */
  readonly slug?: string;
}
export interface AppEntitlementDeprovisionerPolicyActionProvision {
  /**
  * The actionName field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#action_name AppEntitlement#action_name}
  */
  readonly actionName?: string;
  /**
  * The appId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#app_id AppEntitlement#app_id}
  */
  readonly appId?: string;
  /**
  * The connectorId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#connector_id AppEntitlement#connector_id}
  */
  readonly connectorId?: string;
}

export function appEntitlementDeprovisionerPolicyActionProvisionToTerraform(struct?: AppEntitlementDeprovisionerPolicyActionProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action_name: cdktf.stringToTerraform(struct!.actionName),
    app_id: cdktf.stringToTerraform(struct!.appId),
    connector_id: cdktf.stringToTerraform(struct!.connectorId),
  }
}


export function appEntitlementDeprovisionerPolicyActionProvisionToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyActionProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    action_name: {
      value: cdktf.stringToHclTerraform(struct!.actionName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
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
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyActionProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyActionProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._actionName !== undefined) {
      hasAnyValues = true;
      internalValueResult.actionName = this._actionName;
    }
    if (this._appId !== undefined) {
      hasAnyValues = true;
      internalValueResult.appId = this._appId;
    }
    if (this._connectorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectorId = this._connectorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyActionProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._actionName = undefined;
      this._appId = undefined;
      this._connectorId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._actionName = value.actionName;
      this._appId = value.appId;
      this._connectorId = value.connectorId;
    }
  }

  // action_name - computed: true, optional: true, required: false
  private _actionName?: string; 
  public get actionName() {
    return this.getStringAttribute('action_name');
  }
  public set actionName(value: string) {
    this._actionName = value;
  }
  public resetActionName() {
    this._actionName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get actionNameInput() {
    return this._actionName;
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
}
export interface AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSave {
}

export function appEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSaveToTerraform(struct?: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSave | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSaveToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSave | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSaveOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSave | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSave | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVault {
  /**
  * The vaultIds field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#vault_ids AppEntitlement#vault_ids}
  */
  readonly vaultIds?: string[];
}

export function appEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVaultToTerraform(struct?: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVault | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    vault_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.vaultIds),
  }
}


export function appEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVaultToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVault | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    vault_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.vaultIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVaultOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVault | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._vaultIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.vaultIds = this._vaultIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVault | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._vaultIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._vaultIds = value.vaultIds;
    }
  }

  // vault_ids - computed: true, optional: true, required: false
  private _vaultIds?: string[]; 
  public get vaultIds() {
    return this.getListAttribute('vault_ids');
  }
  public set vaultIds(value: string[]) {
    this._vaultIds = value;
  }
  public resetVaultIds() {
    this._vaultIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vaultIdsInput() {
    return this._vaultIds;
  }
}
export interface AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvision {
  /**
  * Parsed as JSON.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#config AppEntitlement#config}
  */
  readonly config?: string;
  /**
  * The connectorId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#connector_id AppEntitlement#connector_id}
  */
  readonly connectorId?: string;
  /**
  * The DoNotSave message.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#do_not_save AppEntitlement#do_not_save}
  */
  readonly doNotSave?: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSave;
  /**
  * The SaveToVault message.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#save_to_vault AppEntitlement#save_to_vault}
  */
  readonly saveToVault?: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVault;
  /**
  * The schemaId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#schema_id AppEntitlement#schema_id}
  */
  readonly schemaId?: string;
}

export function appEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionToTerraform(struct?: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    config: cdktf.stringToTerraform(struct!.config),
    connector_id: cdktf.stringToTerraform(struct!.connectorId),
    do_not_save: appEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSaveToTerraform(struct!.doNotSave),
    save_to_vault: appEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVaultToTerraform(struct!.saveToVault),
    schema_id: cdktf.stringToTerraform(struct!.schemaId),
  }
}


export function appEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    config: {
      value: cdktf.stringToHclTerraform(struct!.config),
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
    do_not_save: {
      value: appEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSaveToHclTerraform(struct!.doNotSave),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSave",
    },
    save_to_vault: {
      value: appEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVaultToHclTerraform(struct!.saveToVault),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVault",
    },
    schema_id: {
      value: cdktf.stringToHclTerraform(struct!.schemaId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._config !== undefined) {
      hasAnyValues = true;
      internalValueResult.config = this._config;
    }
    if (this._connectorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectorId = this._connectorId;
    }
    if (this._doNotSave?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.doNotSave = this._doNotSave?.internalValue;
    }
    if (this._saveToVault?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.saveToVault = this._saveToVault?.internalValue;
    }
    if (this._schemaId !== undefined) {
      hasAnyValues = true;
      internalValueResult.schemaId = this._schemaId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._config = undefined;
      this._connectorId = undefined;
      this._doNotSave.internalValue = undefined;
      this._saveToVault.internalValue = undefined;
      this._schemaId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._config = value.config;
      this._connectorId = value.connectorId;
      this._doNotSave.internalValue = value.doNotSave;
      this._saveToVault.internalValue = value.saveToVault;
      this._schemaId = value.schemaId;
    }
  }

  // config - computed: true, optional: true, required: false
  private _config?: string; 
  public get config() {
    return this.getStringAttribute('config');
  }
  public set config(value: string) {
    this._config = value;
  }
  public resetConfig() {
    this._config = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get configInput() {
    return this._config;
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

  // do_not_save - computed: true, optional: true, required: false
  private _doNotSave = new AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSaveOutputReference(this, "do_not_save");
  public get doNotSave() {
    return this._doNotSave;
  }
  public putDoNotSave(value: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionDoNotSave) {
    this._doNotSave.internalValue = value;
  }
  public resetDoNotSave() {
    this._doNotSave.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get doNotSaveInput() {
    return this._doNotSave.internalValue;
  }

  // save_to_vault - computed: true, optional: true, required: false
  private _saveToVault = new AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVaultOutputReference(this, "save_to_vault");
  public get saveToVault() {
    return this._saveToVault;
  }
  public putSaveToVault(value: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionSaveToVault) {
    this._saveToVault.internalValue = value;
  }
  public resetSaveToVault() {
    this._saveToVault.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get saveToVaultInput() {
    return this._saveToVault.internalValue;
  }

  // schema_id - computed: true, optional: true, required: false
  private _schemaId?: string; 
  public get schemaId() {
    return this.getStringAttribute('schema_id');
  }
  public set schemaId(value: string) {
    this._schemaId = value;
  }
  public resetSchemaId() {
    this._schemaId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaIdInput() {
    return this._schemaId;
  }
}
export interface AppEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehavior {
  /**
  * this checks if the entitlement is enabled by provisioning in a specific connector
  *  this can happen automatically and doesn't need any extra info
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#connector_id AppEntitlement#connector_id}
  */
  readonly connectorId?: string;
}

export function appEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehaviorToTerraform(struct?: AppEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehavior | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    connector_id: cdktf.stringToTerraform(struct!.connectorId),
  }
}


export function appEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehaviorToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehavior | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    connector_id: {
      value: cdktf.stringToHclTerraform(struct!.connectorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehaviorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehavior | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._connectorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectorId = this._connectorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehavior | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._connectorId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._connectorId = value.connectorId;
    }
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
}
export interface AppEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccount {
  /**
  * The connectorId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#connector_id AppEntitlement#connector_id}
  */
  readonly connectorId?: string;
}

export function appEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccountToTerraform(struct?: AppEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    connector_id: cdktf.stringToTerraform(struct!.connectorId),
  }
}


export function appEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccountToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    connector_id: {
      value: cdktf.stringToHclTerraform(struct!.connectorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccount | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._connectorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectorId = this._connectorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccount | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._connectorId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._connectorId = value.connectorId;
    }
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
}
export interface AppEntitlementDeprovisionerPolicyConnectorProvision {
  /**
  * The AccountProvision message.
  * 
  * This message contains a oneof named storage_type. Only a single field of the following list may be set at a time:
  *   - saveToVault
  *   - doNotSave
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#account_provision AppEntitlement#account_provision}
  */
  readonly accountProvision?: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvision;
  /**
  * The DefaultBehavior message.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#default_behavior AppEntitlement#default_behavior}
  */
  readonly defaultBehavior?: AppEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehavior;
  /**
  * The DeleteAccount message.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#delete_account AppEntitlement#delete_account}
  */
  readonly deleteAccount?: AppEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccount;
}

export function appEntitlementDeprovisionerPolicyConnectorProvisionToTerraform(struct?: AppEntitlementDeprovisionerPolicyConnectorProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    account_provision: appEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionToTerraform(struct!.accountProvision),
    default_behavior: appEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehaviorToTerraform(struct!.defaultBehavior),
    delete_account: appEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccountToTerraform(struct!.deleteAccount),
  }
}


export function appEntitlementDeprovisionerPolicyConnectorProvisionToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyConnectorProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    account_provision: {
      value: appEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionToHclTerraform(struct!.accountProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvision",
    },
    default_behavior: {
      value: appEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehaviorToHclTerraform(struct!.defaultBehavior),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehavior",
    },
    delete_account: {
      value: appEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccountToHclTerraform(struct!.deleteAccount),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccount",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyConnectorProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyConnectorProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._accountProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.accountProvision = this._accountProvision?.internalValue;
    }
    if (this._defaultBehavior?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultBehavior = this._defaultBehavior?.internalValue;
    }
    if (this._deleteAccount?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.deleteAccount = this._deleteAccount?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyConnectorProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._accountProvision.internalValue = undefined;
      this._defaultBehavior.internalValue = undefined;
      this._deleteAccount.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._accountProvision.internalValue = value.accountProvision;
      this._defaultBehavior.internalValue = value.defaultBehavior;
      this._deleteAccount.internalValue = value.deleteAccount;
    }
  }

  // account_provision - computed: true, optional: true, required: false
  private _accountProvision = new AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvisionOutputReference(this, "account_provision");
  public get accountProvision() {
    return this._accountProvision;
  }
  public putAccountProvision(value: AppEntitlementDeprovisionerPolicyConnectorProvisionAccountProvision) {
    this._accountProvision.internalValue = value;
  }
  public resetAccountProvision() {
    this._accountProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accountProvisionInput() {
    return this._accountProvision.internalValue;
  }

  // default_behavior - computed: true, optional: true, required: false
  private _defaultBehavior = new AppEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehaviorOutputReference(this, "default_behavior");
  public get defaultBehavior() {
    return this._defaultBehavior;
  }
  public putDefaultBehavior(value: AppEntitlementDeprovisionerPolicyConnectorProvisionDefaultBehavior) {
    this._defaultBehavior.internalValue = value;
  }
  public resetDefaultBehavior() {
    this._defaultBehavior.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultBehaviorInput() {
    return this._defaultBehavior.internalValue;
  }

  // delete_account - computed: true, optional: true, required: false
  private _deleteAccount = new AppEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccountOutputReference(this, "delete_account");
  public get deleteAccount() {
    return this._deleteAccount;
  }
  public putDeleteAccount(value: AppEntitlementDeprovisionerPolicyConnectorProvisionDeleteAccount) {
    this._deleteAccount.internalValue = value;
  }
  public resetDeleteAccount() {
    this._deleteAccount.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteAccountInput() {
    return this._deleteAccount.internalValue;
  }
}
export interface AppEntitlementDeprovisionerPolicyDelegatedProvision {
  /**
  * The AppID of the entitlement to delegate provisioning to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#app_id AppEntitlement#app_id}
  */
  readonly appId?: string;
  /**
  * The ID of the entitlement we are delegating provisioning to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#entitlement_id AppEntitlement#entitlement_id}
  */
  readonly entitlementId?: string;
}

export function appEntitlementDeprovisionerPolicyDelegatedProvisionToTerraform(struct?: AppEntitlementDeprovisionerPolicyDelegatedProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_id: cdktf.stringToTerraform(struct!.appId),
    entitlement_id: cdktf.stringToTerraform(struct!.entitlementId),
  }
}


export function appEntitlementDeprovisionerPolicyDelegatedProvisionToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyDelegatedProvision | cdktf.IResolvable): any {
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
    entitlement_id: {
      value: cdktf.stringToHclTerraform(struct!.entitlementId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyDelegatedProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyDelegatedProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._appId !== undefined) {
      hasAnyValues = true;
      internalValueResult.appId = this._appId;
    }
    if (this._entitlementId !== undefined) {
      hasAnyValues = true;
      internalValueResult.entitlementId = this._entitlementId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyDelegatedProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._appId = undefined;
      this._entitlementId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._appId = value.appId;
      this._entitlementId = value.entitlementId;
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

  // entitlement_id - computed: true, optional: true, required: false
  private _entitlementId?: string; 
  public get entitlementId() {
    return this.getStringAttribute('entitlement_id');
  }
  public set entitlementId(value: string) {
    this._entitlementId = value;
  }
  public resetEntitlementId() {
    this._entitlementId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get entitlementIdInput() {
    return this._entitlementId;
  }
}
export interface AppEntitlementDeprovisionerPolicyExternalTicketProvision {
  /**
  * The appId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#app_id AppEntitlement#app_id}
  */
  readonly appId?: string;
  /**
  * The connectorId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#connector_id AppEntitlement#connector_id}
  */
  readonly connectorId?: string;
  /**
  * The externalTicketProvisionerConfigId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#external_ticket_provisioner_config_id AppEntitlement#external_ticket_provisioner_config_id}
  */
  readonly externalTicketProvisionerConfigId?: string;
  /**
  * This field indicates a text body of instructions for the provisioner to indicate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#instructions AppEntitlement#instructions}
  */
  readonly instructions?: string;
}

export function appEntitlementDeprovisionerPolicyExternalTicketProvisionToTerraform(struct?: AppEntitlementDeprovisionerPolicyExternalTicketProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_id: cdktf.stringToTerraform(struct!.appId),
    connector_id: cdktf.stringToTerraform(struct!.connectorId),
    external_ticket_provisioner_config_id: cdktf.stringToTerraform(struct!.externalTicketProvisionerConfigId),
    instructions: cdktf.stringToTerraform(struct!.instructions),
  }
}


export function appEntitlementDeprovisionerPolicyExternalTicketProvisionToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyExternalTicketProvision | cdktf.IResolvable): any {
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
    external_ticket_provisioner_config_id: {
      value: cdktf.stringToHclTerraform(struct!.externalTicketProvisionerConfigId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    instructions: {
      value: cdktf.stringToHclTerraform(struct!.instructions),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyExternalTicketProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyExternalTicketProvision | cdktf.IResolvable | undefined {
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
    if (this._externalTicketProvisionerConfigId !== undefined) {
      hasAnyValues = true;
      internalValueResult.externalTicketProvisionerConfigId = this._externalTicketProvisionerConfigId;
    }
    if (this._instructions !== undefined) {
      hasAnyValues = true;
      internalValueResult.instructions = this._instructions;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyExternalTicketProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._appId = undefined;
      this._connectorId = undefined;
      this._externalTicketProvisionerConfigId = undefined;
      this._instructions = undefined;
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
      this._externalTicketProvisionerConfigId = value.externalTicketProvisionerConfigId;
      this._instructions = value.instructions;
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

  // external_ticket_provisioner_config_id - computed: true, optional: true, required: false
  private _externalTicketProvisionerConfigId?: string; 
  public get externalTicketProvisionerConfigId() {
    return this.getStringAttribute('external_ticket_provisioner_config_id');
  }
  public set externalTicketProvisionerConfigId(value: string) {
    this._externalTicketProvisionerConfigId = value;
  }
  public resetExternalTicketProvisionerConfigId() {
    this._externalTicketProvisionerConfigId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalTicketProvisionerConfigIdInput() {
    return this._externalTicketProvisionerConfigId;
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
}
export interface AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner {
  /**
  * Whether the provisioner can reassign the task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#allow_reassignment AppEntitlement#allow_reassignment}
  */
  readonly allowReassignment?: boolean | cdktf.IResolvable;
  /**
  * Fallback user IDs if no app owners are found.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#fallback_user_ids AppEntitlement#fallback_user_ids}
  */
  readonly fallbackUserIds?: string[];
}

export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisionerToTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_reassignment: cdktf.booleanToTerraform(struct!.allowReassignment),
    fallback_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.fallbackUserIds),
  }
}


export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisionerToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_reassignment: {
      value: cdktf.booleanToHclTerraform(struct!.allowReassignment),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    fallback_user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.fallbackUserIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisionerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowReassignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowReassignment = this._allowReassignment;
    }
    if (this._fallbackUserIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.fallbackUserIds = this._fallbackUserIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowReassignment = undefined;
      this._fallbackUserIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowReassignment = value.allowReassignment;
      this._fallbackUserIds = value.fallbackUserIds;
    }
  }

  // allow_reassignment - computed: true, optional: true, required: false
  private _allowReassignment?: boolean | cdktf.IResolvable; 
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }
  public set allowReassignment(value: boolean | cdktf.IResolvable) {
    this._allowReassignment = value;
  }
  public resetAllowReassignment() {
    this._allowReassignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowReassignmentInput() {
    return this._allowReassignment;
  }

  // fallback_user_ids - computed: true, optional: true, required: false
  private _fallbackUserIds?: string[]; 
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
  public set fallbackUserIds(value: string[]) {
    this._fallbackUserIds = value;
  }
  public resetFallbackUserIds() {
    this._fallbackUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fallbackUserIdsInput() {
    return this._fallbackUserIds;
  }
}
export interface AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner {
  /**
  * Whether the provisioner can reassign the task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#allow_reassignment AppEntitlement#allow_reassignment}
  */
  readonly allowReassignment?: boolean | cdktf.IResolvable;
  /**
  * Fallback user IDs if no entitlement owners are found.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#fallback_user_ids AppEntitlement#fallback_user_ids}
  */
  readonly fallbackUserIds?: string[];
}

export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisionerToTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_reassignment: cdktf.booleanToTerraform(struct!.allowReassignment),
    fallback_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.fallbackUserIds),
  }
}


export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisionerToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_reassignment: {
      value: cdktf.booleanToHclTerraform(struct!.allowReassignment),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    fallback_user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.fallbackUserIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisionerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowReassignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowReassignment = this._allowReassignment;
    }
    if (this._fallbackUserIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.fallbackUserIds = this._fallbackUserIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowReassignment = undefined;
      this._fallbackUserIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowReassignment = value.allowReassignment;
      this._fallbackUserIds = value.fallbackUserIds;
    }
  }

  // allow_reassignment - computed: true, optional: true, required: false
  private _allowReassignment?: boolean | cdktf.IResolvable; 
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }
  public set allowReassignment(value: boolean | cdktf.IResolvable) {
    this._allowReassignment = value;
  }
  public resetAllowReassignment() {
    this._allowReassignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowReassignmentInput() {
    return this._allowReassignment;
  }

  // fallback_user_ids - computed: true, optional: true, required: false
  private _fallbackUserIds?: string[]; 
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
  public set fallbackUserIds(value: string[]) {
    this._fallbackUserIds = value;
  }
  public resetFallbackUserIds() {
    this._fallbackUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fallbackUserIdsInput() {
    return this._fallbackUserIds;
  }
}
export interface AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisioner {
  /**
  * Whether the provisioner can reassign the task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#allow_reassignment AppEntitlement#allow_reassignment}
  */
  readonly allowReassignment?: boolean | cdktf.IResolvable;
  /**
  * The CEL expressions to evaluate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#expressions AppEntitlement#expressions}
  */
  readonly expressions?: string[];
  /**
  * Fallback user IDs if expression evaluation yields no users.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#fallback_user_ids AppEntitlement#fallback_user_ids}
  */
  readonly fallbackUserIds?: string[];
}

export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisionerToTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_reassignment: cdktf.booleanToTerraform(struct!.allowReassignment),
    expressions: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.expressions),
    fallback_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.fallbackUserIds),
  }
}


export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisionerToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_reassignment: {
      value: cdktf.booleanToHclTerraform(struct!.allowReassignment),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    expressions: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.expressions),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    fallback_user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.fallbackUserIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisionerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisioner | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowReassignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowReassignment = this._allowReassignment;
    }
    if (this._expressions !== undefined) {
      hasAnyValues = true;
      internalValueResult.expressions = this._expressions;
    }
    if (this._fallbackUserIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.fallbackUserIds = this._fallbackUserIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisioner | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowReassignment = undefined;
      this._expressions = undefined;
      this._fallbackUserIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowReassignment = value.allowReassignment;
      this._expressions = value.expressions;
      this._fallbackUserIds = value.fallbackUserIds;
    }
  }

  // allow_reassignment - computed: true, optional: true, required: false
  private _allowReassignment?: boolean | cdktf.IResolvable; 
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }
  public set allowReassignment(value: boolean | cdktf.IResolvable) {
    this._allowReassignment = value;
  }
  public resetAllowReassignment() {
    this._allowReassignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowReassignmentInput() {
    return this._allowReassignment;
  }

  // expressions - computed: true, optional: true, required: false
  private _expressions?: string[]; 
  public get expressions() {
    return this.getListAttribute('expressions');
  }
  public set expressions(value: string[]) {
    this._expressions = value;
  }
  public resetExpressions() {
    this._expressions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionsInput() {
    return this._expressions;
  }

  // fallback_user_ids - computed: true, optional: true, required: false
  private _fallbackUserIds?: string[]; 
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
  public set fallbackUserIds(value: string[]) {
    this._fallbackUserIds = value;
  }
  public resetFallbackUserIds() {
    this._fallbackUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fallbackUserIdsInput() {
    return this._fallbackUserIds;
  }
}
export interface AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisioner {
  /**
  * Whether the provisioner can reassign the task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#allow_reassignment AppEntitlement#allow_reassignment}
  */
  readonly allowReassignment?: boolean | cdktf.IResolvable;
  /**
  * The app group ID (entitlement ID).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#app_group_id AppEntitlement#app_group_id}
  */
  readonly appGroupId?: string;
  /**
  * The app ID containing the group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#app_id AppEntitlement#app_id}
  */
  readonly appId?: string;
  /**
  * Fallback user IDs if no group members are found.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#fallback_user_ids AppEntitlement#fallback_user_ids}
  */
  readonly fallbackUserIds?: string[];
}

export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisionerToTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_reassignment: cdktf.booleanToTerraform(struct!.allowReassignment),
    app_group_id: cdktf.stringToTerraform(struct!.appGroupId),
    app_id: cdktf.stringToTerraform(struct!.appId),
    fallback_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.fallbackUserIds),
  }
}


export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisionerToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_reassignment: {
      value: cdktf.booleanToHclTerraform(struct!.allowReassignment),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    app_group_id: {
      value: cdktf.stringToHclTerraform(struct!.appGroupId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    app_id: {
      value: cdktf.stringToHclTerraform(struct!.appId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    fallback_user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.fallbackUserIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisionerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisioner | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowReassignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowReassignment = this._allowReassignment;
    }
    if (this._appGroupId !== undefined) {
      hasAnyValues = true;
      internalValueResult.appGroupId = this._appGroupId;
    }
    if (this._appId !== undefined) {
      hasAnyValues = true;
      internalValueResult.appId = this._appId;
    }
    if (this._fallbackUserIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.fallbackUserIds = this._fallbackUserIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisioner | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowReassignment = undefined;
      this._appGroupId = undefined;
      this._appId = undefined;
      this._fallbackUserIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowReassignment = value.allowReassignment;
      this._appGroupId = value.appGroupId;
      this._appId = value.appId;
      this._fallbackUserIds = value.fallbackUserIds;
    }
  }

  // allow_reassignment - computed: true, optional: true, required: false
  private _allowReassignment?: boolean | cdktf.IResolvable; 
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }
  public set allowReassignment(value: boolean | cdktf.IResolvable) {
    this._allowReassignment = value;
  }
  public resetAllowReassignment() {
    this._allowReassignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowReassignmentInput() {
    return this._allowReassignment;
  }

  // app_group_id - computed: true, optional: true, required: false
  private _appGroupId?: string; 
  public get appGroupId() {
    return this.getStringAttribute('app_group_id');
  }
  public set appGroupId(value: string) {
    this._appGroupId = value;
  }
  public resetAppGroupId() {
    this._appGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appGroupIdInput() {
    return this._appGroupId;
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

  // fallback_user_ids - computed: true, optional: true, required: false
  private _fallbackUserIds?: string[]; 
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
  public set fallbackUserIds(value: string[]) {
    this._fallbackUserIds = value;
  }
  public resetFallbackUserIds() {
    this._fallbackUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fallbackUserIdsInput() {
    return this._fallbackUserIds;
  }
}
export interface AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisioner {
  /**
  * Whether the provisioner can reassign the task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#allow_reassignment AppEntitlement#allow_reassignment}
  */
  readonly allowReassignment?: boolean | cdktf.IResolvable;
  /**
  * Fallback user IDs if no manager is found.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#fallback_user_ids AppEntitlement#fallback_user_ids}
  */
  readonly fallbackUserIds?: string[];
}

export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisionerToTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_reassignment: cdktf.booleanToTerraform(struct!.allowReassignment),
    fallback_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.fallbackUserIds),
  }
}


export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisionerToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_reassignment: {
      value: cdktf.booleanToHclTerraform(struct!.allowReassignment),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    fallback_user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.fallbackUserIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisionerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisioner | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowReassignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowReassignment = this._allowReassignment;
    }
    if (this._fallbackUserIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.fallbackUserIds = this._fallbackUserIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisioner | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowReassignment = undefined;
      this._fallbackUserIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowReassignment = value.allowReassignment;
      this._fallbackUserIds = value.fallbackUserIds;
    }
  }

  // allow_reassignment - computed: true, optional: true, required: false
  private _allowReassignment?: boolean | cdktf.IResolvable; 
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }
  public set allowReassignment(value: boolean | cdktf.IResolvable) {
    this._allowReassignment = value;
  }
  public resetAllowReassignment() {
    this._allowReassignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowReassignmentInput() {
    return this._allowReassignment;
  }

  // fallback_user_ids - computed: true, optional: true, required: false
  private _fallbackUserIds?: string[]; 
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
  public set fallbackUserIds(value: string[]) {
    this._fallbackUserIds = value;
  }
  public resetFallbackUserIds() {
    this._fallbackUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fallbackUserIdsInput() {
    return this._fallbackUserIds;
  }
}
export interface AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisioner {
  /**
  * Whether the provisioner can reassign the task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#allow_reassignment AppEntitlement#allow_reassignment}
  */
  readonly allowReassignment?: boolean | cdktf.IResolvable;
  /**
  * The user IDs to assign as provisioners.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#user_ids AppEntitlement#user_ids}
  */
  readonly userIds?: string[];
}

export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisionerToTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_reassignment: cdktf.booleanToTerraform(struct!.allowReassignment),
    user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.userIds),
  }
}


export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisionerToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_reassignment: {
      value: cdktf.booleanToHclTerraform(struct!.allowReassignment),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.userIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisionerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisioner | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowReassignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowReassignment = this._allowReassignment;
    }
    if (this._userIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.userIds = this._userIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisioner | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowReassignment = undefined;
      this._userIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowReassignment = value.allowReassignment;
      this._userIds = value.userIds;
    }
  }

  // allow_reassignment - computed: true, optional: true, required: false
  private _allowReassignment?: boolean | cdktf.IResolvable; 
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }
  public set allowReassignment(value: boolean | cdktf.IResolvable) {
    this._allowReassignment = value;
  }
  public resetAllowReassignment() {
    this._allowReassignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowReassignmentInput() {
    return this._allowReassignment;
  }

  // user_ids - computed: true, optional: true, required: false
  private _userIds?: string[]; 
  public get userIds() {
    return this.getListAttribute('user_ids');
  }
  public set userIds(value: string[]) {
    this._userIds = value;
  }
  public resetUserIds() {
    this._userIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdsInput() {
    return this._userIds;
  }
}
export interface AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignment {
  /**
  * AppOwnerProvisioner resolves to app owners.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#app_owner_provisioner AppEntitlement#app_owner_provisioner}
  */
  readonly appOwnerProvisioner?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner;
  /**
  * EntitlementOwnerProvisioner resolves to entitlement owners.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#entitlement_owner_provisioner AppEntitlement#entitlement_owner_provisioner}
  */
  readonly entitlementOwnerProvisioner?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner;
  /**
  * ExpressionProvisioner evaluates CEL expressions to determine provisioners.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#expression_provisioner AppEntitlement#expression_provisioner}
  */
  readonly expressionProvisioner?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisioner;
  /**
  * GroupProvisioner resolves to members of a specific group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#group_provisioner AppEntitlement#group_provisioner}
  */
  readonly groupProvisioner?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisioner;
  /**
  * ManagerProvisioner resolves to the user's manager.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#manager_provisioner AppEntitlement#manager_provisioner}
  */
  readonly managerProvisioner?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisioner;
  /**
  * UserProvisioner assigns specific users as provisioners.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#user_provisioner AppEntitlement#user_provisioner}
  */
  readonly userProvisioner?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisioner;
}

export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentToTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignment | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_owner_provisioner: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisionerToTerraform(struct!.appOwnerProvisioner),
    entitlement_owner_provisioner: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisionerToTerraform(struct!.entitlementOwnerProvisioner),
    expression_provisioner: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisionerToTerraform(struct!.expressionProvisioner),
    group_provisioner: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisionerToTerraform(struct!.groupProvisioner),
    manager_provisioner: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisionerToTerraform(struct!.managerProvisioner),
    user_provisioner: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisionerToTerraform(struct!.userProvisioner),
  }
}


export function appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignment | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    app_owner_provisioner: {
      value: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisionerToHclTerraform(struct!.appOwnerProvisioner),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner",
    },
    entitlement_owner_provisioner: {
      value: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisionerToHclTerraform(struct!.entitlementOwnerProvisioner),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner",
    },
    expression_provisioner: {
      value: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisionerToHclTerraform(struct!.expressionProvisioner),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisioner",
    },
    group_provisioner: {
      value: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisionerToHclTerraform(struct!.groupProvisioner),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisioner",
    },
    manager_provisioner: {
      value: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisionerToHclTerraform(struct!.managerProvisioner),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisioner",
    },
    user_provisioner: {
      value: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisionerToHclTerraform(struct!.userProvisioner),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisioner",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignment | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._appOwnerProvisioner?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.appOwnerProvisioner = this._appOwnerProvisioner?.internalValue;
    }
    if (this._entitlementOwnerProvisioner?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.entitlementOwnerProvisioner = this._entitlementOwnerProvisioner?.internalValue;
    }
    if (this._expressionProvisioner?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.expressionProvisioner = this._expressionProvisioner?.internalValue;
    }
    if (this._groupProvisioner?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupProvisioner = this._groupProvisioner?.internalValue;
    }
    if (this._managerProvisioner?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.managerProvisioner = this._managerProvisioner?.internalValue;
    }
    if (this._userProvisioner?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.userProvisioner = this._userProvisioner?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignment | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._appOwnerProvisioner.internalValue = undefined;
      this._entitlementOwnerProvisioner.internalValue = undefined;
      this._expressionProvisioner.internalValue = undefined;
      this._groupProvisioner.internalValue = undefined;
      this._managerProvisioner.internalValue = undefined;
      this._userProvisioner.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._appOwnerProvisioner.internalValue = value.appOwnerProvisioner;
      this._entitlementOwnerProvisioner.internalValue = value.entitlementOwnerProvisioner;
      this._expressionProvisioner.internalValue = value.expressionProvisioner;
      this._groupProvisioner.internalValue = value.groupProvisioner;
      this._managerProvisioner.internalValue = value.managerProvisioner;
      this._userProvisioner.internalValue = value.userProvisioner;
    }
  }

  // app_owner_provisioner - computed: true, optional: true, required: false
  private _appOwnerProvisioner = new AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisionerOutputReference(this, "app_owner_provisioner");
  public get appOwnerProvisioner() {
    return this._appOwnerProvisioner;
  }
  public putAppOwnerProvisioner(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner) {
    this._appOwnerProvisioner.internalValue = value;
  }
  public resetAppOwnerProvisioner() {
    this._appOwnerProvisioner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appOwnerProvisionerInput() {
    return this._appOwnerProvisioner.internalValue;
  }

  // entitlement_owner_provisioner - computed: true, optional: true, required: false
  private _entitlementOwnerProvisioner = new AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisionerOutputReference(this, "entitlement_owner_provisioner");
  public get entitlementOwnerProvisioner() {
    return this._entitlementOwnerProvisioner;
  }
  public putEntitlementOwnerProvisioner(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner) {
    this._entitlementOwnerProvisioner.internalValue = value;
  }
  public resetEntitlementOwnerProvisioner() {
    this._entitlementOwnerProvisioner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get entitlementOwnerProvisionerInput() {
    return this._entitlementOwnerProvisioner.internalValue;
  }

  // expression_provisioner - computed: true, optional: true, required: false
  private _expressionProvisioner = new AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisionerOutputReference(this, "expression_provisioner");
  public get expressionProvisioner() {
    return this._expressionProvisioner;
  }
  public putExpressionProvisioner(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentExpressionProvisioner) {
    this._expressionProvisioner.internalValue = value;
  }
  public resetExpressionProvisioner() {
    this._expressionProvisioner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionProvisionerInput() {
    return this._expressionProvisioner.internalValue;
  }

  // group_provisioner - computed: true, optional: true, required: false
  private _groupProvisioner = new AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisionerOutputReference(this, "group_provisioner");
  public get groupProvisioner() {
    return this._groupProvisioner;
  }
  public putGroupProvisioner(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentGroupProvisioner) {
    this._groupProvisioner.internalValue = value;
  }
  public resetGroupProvisioner() {
    this._groupProvisioner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupProvisionerInput() {
    return this._groupProvisioner.internalValue;
  }

  // manager_provisioner - computed: true, optional: true, required: false
  private _managerProvisioner = new AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisionerOutputReference(this, "manager_provisioner");
  public get managerProvisioner() {
    return this._managerProvisioner;
  }
  public putManagerProvisioner(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentManagerProvisioner) {
    this._managerProvisioner.internalValue = value;
  }
  public resetManagerProvisioner() {
    this._managerProvisioner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managerProvisionerInput() {
    return this._managerProvisioner.internalValue;
  }

  // user_provisioner - computed: true, optional: true, required: false
  private _userProvisioner = new AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisionerOutputReference(this, "user_provisioner");
  public get userProvisioner() {
    return this._userProvisioner;
  }
  public putUserProvisioner(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentUserProvisioner) {
    this._userProvisioner.internalValue = value;
  }
  public resetUserProvisioner() {
    this._userProvisioner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userProvisionerInput() {
    return this._userProvisioner.internalValue;
  }
}
export interface AppEntitlementDeprovisionerPolicyManualProvision {
  /**
  * This field indicates a text body of instructions for the provisioner to indicate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#instructions AppEntitlement#instructions}
  */
  readonly instructions?: string;
  /**
  * ProvisionerAssignment defines how a provisioner is dynamically assigned.
  * 
  * This message contains a oneof named typ. Only a single field of the following list may be set at a time:
  *   - users
  *   - appOwners
  *   - group
  *   - manager
  *   - expression
  *   - entitlementOwners
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#provisioner_assignment AppEntitlement#provisioner_assignment}
  */
  readonly provisionerAssignment?: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignment;
  /**
  * An array of users that are required to provision during this step.
  *  Deprecated: Use provisioner_assignment field instead for dynamic provisioner assignment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#user_ids AppEntitlement#user_ids}
  */
  readonly userIds?: string[];
}

export function appEntitlementDeprovisionerPolicyManualProvisionToTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    instructions: cdktf.stringToTerraform(struct!.instructions),
    provisioner_assignment: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentToTerraform(struct!.provisionerAssignment),
    user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.userIds),
  }
}


export function appEntitlementDeprovisionerPolicyManualProvisionToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyManualProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    instructions: {
      value: cdktf.stringToHclTerraform(struct!.instructions),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    provisioner_assignment: {
      value: appEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentToHclTerraform(struct!.provisionerAssignment),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignment",
    },
    user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.userIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyManualProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyManualProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._instructions !== undefined) {
      hasAnyValues = true;
      internalValueResult.instructions = this._instructions;
    }
    if (this._provisionerAssignment?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.provisionerAssignment = this._provisionerAssignment?.internalValue;
    }
    if (this._userIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.userIds = this._userIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyManualProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._instructions = undefined;
      this._provisionerAssignment.internalValue = undefined;
      this._userIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._instructions = value.instructions;
      this._provisionerAssignment.internalValue = value.provisionerAssignment;
      this._userIds = value.userIds;
    }
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

  // provisioner_assignment - computed: true, optional: true, required: false
  private _provisionerAssignment = new AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignmentOutputReference(this, "provisioner_assignment");
  public get provisionerAssignment() {
    return this._provisionerAssignment;
  }
  public putProvisionerAssignment(value: AppEntitlementDeprovisionerPolicyManualProvisionProvisionerAssignment) {
    this._provisionerAssignment.internalValue = value;
  }
  public resetProvisionerAssignment() {
    this._provisionerAssignment.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get provisionerAssignmentInput() {
    return this._provisionerAssignment.internalValue;
  }

  // user_ids - computed: true, optional: true, required: false
  private _userIds?: string[]; 
  public get userIds() {
    return this.getListAttribute('user_ids');
  }
  public set userIds(value: string[]) {
    this._userIds = value;
  }
  public resetUserIds() {
    this._userIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdsInput() {
    return this._userIds;
  }
}
export interface AppEntitlementDeprovisionerPolicyUnconfiguredProvision {
}

export function appEntitlementDeprovisionerPolicyUnconfiguredProvisionToTerraform(struct?: AppEntitlementDeprovisionerPolicyUnconfiguredProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appEntitlementDeprovisionerPolicyUnconfiguredProvisionToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyUnconfiguredProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppEntitlementDeprovisionerPolicyUnconfiguredProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyUnconfiguredProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyUnconfiguredProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface AppEntitlementDeprovisionerPolicyWebhookProvision {
  /**
  * The ID of the webhook to call for provisioning.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#webhook_id AppEntitlement#webhook_id}
  */
  readonly webhookId?: string;
}

export function appEntitlementDeprovisionerPolicyWebhookProvisionToTerraform(struct?: AppEntitlementDeprovisionerPolicyWebhookProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    webhook_id: cdktf.stringToTerraform(struct!.webhookId),
  }
}


export function appEntitlementDeprovisionerPolicyWebhookProvisionToHclTerraform(struct?: AppEntitlementDeprovisionerPolicyWebhookProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    webhook_id: {
      value: cdktf.stringToHclTerraform(struct!.webhookId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyWebhookProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicyWebhookProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._webhookId !== undefined) {
      hasAnyValues = true;
      internalValueResult.webhookId = this._webhookId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicyWebhookProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._webhookId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._webhookId = value.webhookId;
    }
  }

  // webhook_id - computed: true, optional: true, required: false
  private _webhookId?: string; 
  public get webhookId() {
    return this.getStringAttribute('webhook_id');
  }
  public set webhookId(value: string) {
    this._webhookId = value;
  }
  public resetWebhookId() {
    this._webhookId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webhookIdInput() {
    return this._webhookId;
  }
}
export interface AppEntitlementDeprovisionerPolicy {
  /**
  * This provision step indicates that account lifecycle action should be called to provision this entitlement.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#action_provision AppEntitlement#action_provision}
  */
  readonly actionProvision?: AppEntitlementDeprovisionerPolicyActionProvision;
  /**
  * Indicates that a connector should perform the provisioning. This object has no fields.
  * 
  * This message contains a oneof named provision_type. Only a single field of the following list may be set at a time:
  *   - defaultBehavior
  *   - account
  *   - deleteAccount
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#connector_provision AppEntitlement#connector_provision}
  */
  readonly connectorProvision?: AppEntitlementDeprovisionerPolicyConnectorProvision;
  /**
  * This provision step indicates that we should delegate provisioning to the configuration of another app entitlement. This app entitlement does not have to be one from the same app, but MUST be configured as a proxy binding leading into this entitlement.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#delegated_provision AppEntitlement#delegated_provision}
  */
  readonly delegatedProvision?: AppEntitlementDeprovisionerPolicyDelegatedProvision;
  /**
  * This provision step indicates that we should check an external ticket to provision this entitlement
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#external_ticket_provision AppEntitlement#external_ticket_provision}
  */
  readonly externalTicketProvision?: AppEntitlementDeprovisionerPolicyExternalTicketProvision;
  /**
  * Manual provisioning indicates that a human must intervene for the provisioning of this step.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#manual_provision AppEntitlement#manual_provision}
  */
  readonly manualProvision?: AppEntitlementDeprovisionerPolicyManualProvision;
  /**
  * MultiStep indicates that this provision step has multiple steps to process. Parsed as JSON.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#multi_step AppEntitlement#multi_step}
  */
  readonly multiStep?: string;
  /**
  * The UnconfiguredProvision message.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#unconfigured_provision AppEntitlement#unconfigured_provision}
  */
  readonly unconfiguredProvision?: AppEntitlementDeprovisionerPolicyUnconfiguredProvision;
  /**
  * This provision step indicates that a webhook should be called to provision this entitlement.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#webhook_provision AppEntitlement#webhook_provision}
  */
  readonly webhookProvision?: AppEntitlementDeprovisionerPolicyWebhookProvision;
}

export function appEntitlementDeprovisionerPolicyToTerraform(struct?: AppEntitlementDeprovisionerPolicy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action_provision: appEntitlementDeprovisionerPolicyActionProvisionToTerraform(struct!.actionProvision),
    connector_provision: appEntitlementDeprovisionerPolicyConnectorProvisionToTerraform(struct!.connectorProvision),
    delegated_provision: appEntitlementDeprovisionerPolicyDelegatedProvisionToTerraform(struct!.delegatedProvision),
    external_ticket_provision: appEntitlementDeprovisionerPolicyExternalTicketProvisionToTerraform(struct!.externalTicketProvision),
    manual_provision: appEntitlementDeprovisionerPolicyManualProvisionToTerraform(struct!.manualProvision),
    multi_step: cdktf.stringToTerraform(struct!.multiStep),
    unconfigured_provision: appEntitlementDeprovisionerPolicyUnconfiguredProvisionToTerraform(struct!.unconfiguredProvision),
    webhook_provision: appEntitlementDeprovisionerPolicyWebhookProvisionToTerraform(struct!.webhookProvision),
  }
}


export function appEntitlementDeprovisionerPolicyToHclTerraform(struct?: AppEntitlementDeprovisionerPolicy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    action_provision: {
      value: appEntitlementDeprovisionerPolicyActionProvisionToHclTerraform(struct!.actionProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyActionProvision",
    },
    connector_provision: {
      value: appEntitlementDeprovisionerPolicyConnectorProvisionToHclTerraform(struct!.connectorProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyConnectorProvision",
    },
    delegated_provision: {
      value: appEntitlementDeprovisionerPolicyDelegatedProvisionToHclTerraform(struct!.delegatedProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyDelegatedProvision",
    },
    external_ticket_provision: {
      value: appEntitlementDeprovisionerPolicyExternalTicketProvisionToHclTerraform(struct!.externalTicketProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyExternalTicketProvision",
    },
    manual_provision: {
      value: appEntitlementDeprovisionerPolicyManualProvisionToHclTerraform(struct!.manualProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyManualProvision",
    },
    multi_step: {
      value: cdktf.stringToHclTerraform(struct!.multiStep),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    unconfigured_provision: {
      value: appEntitlementDeprovisionerPolicyUnconfiguredProvisionToHclTerraform(struct!.unconfiguredProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyUnconfiguredProvision",
    },
    webhook_provision: {
      value: appEntitlementDeprovisionerPolicyWebhookProvisionToHclTerraform(struct!.webhookProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementDeprovisionerPolicyWebhookProvision",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementDeprovisionerPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDeprovisionerPolicy | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._actionProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.actionProvision = this._actionProvision?.internalValue;
    }
    if (this._connectorProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectorProvision = this._connectorProvision?.internalValue;
    }
    if (this._delegatedProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.delegatedProvision = this._delegatedProvision?.internalValue;
    }
    if (this._externalTicketProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.externalTicketProvision = this._externalTicketProvision?.internalValue;
    }
    if (this._manualProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.manualProvision = this._manualProvision?.internalValue;
    }
    if (this._multiStep !== undefined) {
      hasAnyValues = true;
      internalValueResult.multiStep = this._multiStep;
    }
    if (this._unconfiguredProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.unconfiguredProvision = this._unconfiguredProvision?.internalValue;
    }
    if (this._webhookProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.webhookProvision = this._webhookProvision?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDeprovisionerPolicy | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._actionProvision.internalValue = undefined;
      this._connectorProvision.internalValue = undefined;
      this._delegatedProvision.internalValue = undefined;
      this._externalTicketProvision.internalValue = undefined;
      this._manualProvision.internalValue = undefined;
      this._multiStep = undefined;
      this._unconfiguredProvision.internalValue = undefined;
      this._webhookProvision.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._actionProvision.internalValue = value.actionProvision;
      this._connectorProvision.internalValue = value.connectorProvision;
      this._delegatedProvision.internalValue = value.delegatedProvision;
      this._externalTicketProvision.internalValue = value.externalTicketProvision;
      this._manualProvision.internalValue = value.manualProvision;
      this._multiStep = value.multiStep;
      this._unconfiguredProvision.internalValue = value.unconfiguredProvision;
      this._webhookProvision.internalValue = value.webhookProvision;
    }
  }

  // action_provision - computed: true, optional: true, required: false
  private _actionProvision = new AppEntitlementDeprovisionerPolicyActionProvisionOutputReference(this, "action_provision");
  public get actionProvision() {
    return this._actionProvision;
  }
  public putActionProvision(value: AppEntitlementDeprovisionerPolicyActionProvision) {
    this._actionProvision.internalValue = value;
  }
  public resetActionProvision() {
    this._actionProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get actionProvisionInput() {
    return this._actionProvision.internalValue;
  }

  // connector_provision - computed: true, optional: true, required: false
  private _connectorProvision = new AppEntitlementDeprovisionerPolicyConnectorProvisionOutputReference(this, "connector_provision");
  public get connectorProvision() {
    return this._connectorProvision;
  }
  public putConnectorProvision(value: AppEntitlementDeprovisionerPolicyConnectorProvision) {
    this._connectorProvision.internalValue = value;
  }
  public resetConnectorProvision() {
    this._connectorProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectorProvisionInput() {
    return this._connectorProvision.internalValue;
  }

  // delegated_provision - computed: true, optional: true, required: false
  private _delegatedProvision = new AppEntitlementDeprovisionerPolicyDelegatedProvisionOutputReference(this, "delegated_provision");
  public get delegatedProvision() {
    return this._delegatedProvision;
  }
  public putDelegatedProvision(value: AppEntitlementDeprovisionerPolicyDelegatedProvision) {
    this._delegatedProvision.internalValue = value;
  }
  public resetDelegatedProvision() {
    this._delegatedProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get delegatedProvisionInput() {
    return this._delegatedProvision.internalValue;
  }

  // external_ticket_provision - computed: true, optional: true, required: false
  private _externalTicketProvision = new AppEntitlementDeprovisionerPolicyExternalTicketProvisionOutputReference(this, "external_ticket_provision");
  public get externalTicketProvision() {
    return this._externalTicketProvision;
  }
  public putExternalTicketProvision(value: AppEntitlementDeprovisionerPolicyExternalTicketProvision) {
    this._externalTicketProvision.internalValue = value;
  }
  public resetExternalTicketProvision() {
    this._externalTicketProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalTicketProvisionInput() {
    return this._externalTicketProvision.internalValue;
  }

  // manual_provision - computed: true, optional: true, required: false
  private _manualProvision = new AppEntitlementDeprovisionerPolicyManualProvisionOutputReference(this, "manual_provision");
  public get manualProvision() {
    return this._manualProvision;
  }
  public putManualProvision(value: AppEntitlementDeprovisionerPolicyManualProvision) {
    this._manualProvision.internalValue = value;
  }
  public resetManualProvision() {
    this._manualProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get manualProvisionInput() {
    return this._manualProvision.internalValue;
  }

  // multi_step - computed: true, optional: true, required: false
  private _multiStep?: string; 
  public get multiStep() {
    return this.getStringAttribute('multi_step');
  }
  public set multiStep(value: string) {
    this._multiStep = value;
  }
  public resetMultiStep() {
    this._multiStep = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get multiStepInput() {
    return this._multiStep;
  }

  // unconfigured_provision - computed: true, optional: true, required: false
  private _unconfiguredProvision = new AppEntitlementDeprovisionerPolicyUnconfiguredProvisionOutputReference(this, "unconfigured_provision");
  public get unconfiguredProvision() {
    return this._unconfiguredProvision;
  }
  public putUnconfiguredProvision(value: AppEntitlementDeprovisionerPolicyUnconfiguredProvision) {
    this._unconfiguredProvision.internalValue = value;
  }
  public resetUnconfiguredProvision() {
    this._unconfiguredProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unconfiguredProvisionInput() {
    return this._unconfiguredProvision.internalValue;
  }

  // webhook_provision - computed: true, optional: true, required: false
  private _webhookProvision = new AppEntitlementDeprovisionerPolicyWebhookProvisionOutputReference(this, "webhook_provision");
  public get webhookProvision() {
    return this._webhookProvision;
  }
  public putWebhookProvision(value: AppEntitlementDeprovisionerPolicyWebhookProvision) {
    this._webhookProvision.internalValue = value;
  }
  public resetWebhookProvision() {
    this._webhookProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webhookProvisionInput() {
    return this._webhookProvision.internalValue;
  }
}
export interface AppEntitlementDurationUnset {
}

export function appEntitlementDurationUnsetToTerraform(struct?: AppEntitlementDurationUnset | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appEntitlementDurationUnsetToHclTerraform(struct?: AppEntitlementDurationUnset | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppEntitlementDurationUnsetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementDurationUnset | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementDurationUnset | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface AppEntitlementExpanded {
}

export function appEntitlementExpandedToTerraform(struct?: AppEntitlementExpanded): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appEntitlementExpandedToHclTerraform(struct?: AppEntitlementExpanded): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppEntitlementExpandedOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AppEntitlementExpanded | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementExpanded | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}

export class AppEntitlementExpandedList extends cdktf.ComplexList {

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
  public get(index: number): AppEntitlementExpandedOutputReference {
    return new AppEntitlementExpandedOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AppEntitlementProvisionPolicyActionProvision {
  /**
  * The actionName field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#action_name AppEntitlement#action_name}
  */
  readonly actionName?: string;
  /**
  * The appId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#app_id AppEntitlement#app_id}
  */
  readonly appId?: string;
  /**
  * The connectorId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#connector_id AppEntitlement#connector_id}
  */
  readonly connectorId?: string;
}

export function appEntitlementProvisionPolicyActionProvisionToTerraform(struct?: AppEntitlementProvisionPolicyActionProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action_name: cdktf.stringToTerraform(struct!.actionName),
    app_id: cdktf.stringToTerraform(struct!.appId),
    connector_id: cdktf.stringToTerraform(struct!.connectorId),
  }
}


export function appEntitlementProvisionPolicyActionProvisionToHclTerraform(struct?: AppEntitlementProvisionPolicyActionProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    action_name: {
      value: cdktf.stringToHclTerraform(struct!.actionName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
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
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyActionProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyActionProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._actionName !== undefined) {
      hasAnyValues = true;
      internalValueResult.actionName = this._actionName;
    }
    if (this._appId !== undefined) {
      hasAnyValues = true;
      internalValueResult.appId = this._appId;
    }
    if (this._connectorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectorId = this._connectorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyActionProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._actionName = undefined;
      this._appId = undefined;
      this._connectorId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._actionName = value.actionName;
      this._appId = value.appId;
      this._connectorId = value.connectorId;
    }
  }

  // action_name - computed: true, optional: true, required: false
  private _actionName?: string; 
  public get actionName() {
    return this.getStringAttribute('action_name');
  }
  public set actionName(value: string) {
    this._actionName = value;
  }
  public resetActionName() {
    this._actionName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get actionNameInput() {
    return this._actionName;
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
}
export interface AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSave {
}

export function appEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSaveToTerraform(struct?: AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSave | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSaveToHclTerraform(struct?: AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSave | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSaveOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSave | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSave | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVault {
  /**
  * The vaultIds field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#vault_ids AppEntitlement#vault_ids}
  */
  readonly vaultIds?: string[];
}

export function appEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVaultToTerraform(struct?: AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVault | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    vault_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.vaultIds),
  }
}


export function appEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVaultToHclTerraform(struct?: AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVault | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    vault_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.vaultIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVaultOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVault | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._vaultIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.vaultIds = this._vaultIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVault | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._vaultIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._vaultIds = value.vaultIds;
    }
  }

  // vault_ids - computed: true, optional: true, required: false
  private _vaultIds?: string[]; 
  public get vaultIds() {
    return this.getListAttribute('vault_ids');
  }
  public set vaultIds(value: string[]) {
    this._vaultIds = value;
  }
  public resetVaultIds() {
    this._vaultIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vaultIdsInput() {
    return this._vaultIds;
  }
}
export interface AppEntitlementProvisionPolicyConnectorProvisionAccountProvision {
  /**
  * Parsed as JSON.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#config AppEntitlement#config}
  */
  readonly config?: string;
  /**
  * The connectorId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#connector_id AppEntitlement#connector_id}
  */
  readonly connectorId?: string;
  /**
  * The DoNotSave message.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#do_not_save AppEntitlement#do_not_save}
  */
  readonly doNotSave?: AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSave;
  /**
  * The SaveToVault message.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#save_to_vault AppEntitlement#save_to_vault}
  */
  readonly saveToVault?: AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVault;
  /**
  * The schemaId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#schema_id AppEntitlement#schema_id}
  */
  readonly schemaId?: string;
}

export function appEntitlementProvisionPolicyConnectorProvisionAccountProvisionToTerraform(struct?: AppEntitlementProvisionPolicyConnectorProvisionAccountProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    config: cdktf.stringToTerraform(struct!.config),
    connector_id: cdktf.stringToTerraform(struct!.connectorId),
    do_not_save: appEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSaveToTerraform(struct!.doNotSave),
    save_to_vault: appEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVaultToTerraform(struct!.saveToVault),
    schema_id: cdktf.stringToTerraform(struct!.schemaId),
  }
}


export function appEntitlementProvisionPolicyConnectorProvisionAccountProvisionToHclTerraform(struct?: AppEntitlementProvisionPolicyConnectorProvisionAccountProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    config: {
      value: cdktf.stringToHclTerraform(struct!.config),
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
    do_not_save: {
      value: appEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSaveToHclTerraform(struct!.doNotSave),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSave",
    },
    save_to_vault: {
      value: appEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVaultToHclTerraform(struct!.saveToVault),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVault",
    },
    schema_id: {
      value: cdktf.stringToHclTerraform(struct!.schemaId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyConnectorProvisionAccountProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._config !== undefined) {
      hasAnyValues = true;
      internalValueResult.config = this._config;
    }
    if (this._connectorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectorId = this._connectorId;
    }
    if (this._doNotSave?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.doNotSave = this._doNotSave?.internalValue;
    }
    if (this._saveToVault?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.saveToVault = this._saveToVault?.internalValue;
    }
    if (this._schemaId !== undefined) {
      hasAnyValues = true;
      internalValueResult.schemaId = this._schemaId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyConnectorProvisionAccountProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._config = undefined;
      this._connectorId = undefined;
      this._doNotSave.internalValue = undefined;
      this._saveToVault.internalValue = undefined;
      this._schemaId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._config = value.config;
      this._connectorId = value.connectorId;
      this._doNotSave.internalValue = value.doNotSave;
      this._saveToVault.internalValue = value.saveToVault;
      this._schemaId = value.schemaId;
    }
  }

  // config - computed: true, optional: true, required: false
  private _config?: string; 
  public get config() {
    return this.getStringAttribute('config');
  }
  public set config(value: string) {
    this._config = value;
  }
  public resetConfig() {
    this._config = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get configInput() {
    return this._config;
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

  // do_not_save - computed: true, optional: true, required: false
  private _doNotSave = new AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSaveOutputReference(this, "do_not_save");
  public get doNotSave() {
    return this._doNotSave;
  }
  public putDoNotSave(value: AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionDoNotSave) {
    this._doNotSave.internalValue = value;
  }
  public resetDoNotSave() {
    this._doNotSave.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get doNotSaveInput() {
    return this._doNotSave.internalValue;
  }

  // save_to_vault - computed: true, optional: true, required: false
  private _saveToVault = new AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVaultOutputReference(this, "save_to_vault");
  public get saveToVault() {
    return this._saveToVault;
  }
  public putSaveToVault(value: AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionSaveToVault) {
    this._saveToVault.internalValue = value;
  }
  public resetSaveToVault() {
    this._saveToVault.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get saveToVaultInput() {
    return this._saveToVault.internalValue;
  }

  // schema_id - computed: true, optional: true, required: false
  private _schemaId?: string; 
  public get schemaId() {
    return this.getStringAttribute('schema_id');
  }
  public set schemaId(value: string) {
    this._schemaId = value;
  }
  public resetSchemaId() {
    this._schemaId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaIdInput() {
    return this._schemaId;
  }
}
export interface AppEntitlementProvisionPolicyConnectorProvisionDefaultBehavior {
  /**
  * this checks if the entitlement is enabled by provisioning in a specific connector
  *  this can happen automatically and doesn't need any extra info
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#connector_id AppEntitlement#connector_id}
  */
  readonly connectorId?: string;
}

export function appEntitlementProvisionPolicyConnectorProvisionDefaultBehaviorToTerraform(struct?: AppEntitlementProvisionPolicyConnectorProvisionDefaultBehavior | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    connector_id: cdktf.stringToTerraform(struct!.connectorId),
  }
}


export function appEntitlementProvisionPolicyConnectorProvisionDefaultBehaviorToHclTerraform(struct?: AppEntitlementProvisionPolicyConnectorProvisionDefaultBehavior | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    connector_id: {
      value: cdktf.stringToHclTerraform(struct!.connectorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyConnectorProvisionDefaultBehaviorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyConnectorProvisionDefaultBehavior | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._connectorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectorId = this._connectorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyConnectorProvisionDefaultBehavior | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._connectorId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._connectorId = value.connectorId;
    }
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
}
export interface AppEntitlementProvisionPolicyConnectorProvisionDeleteAccount {
  /**
  * The connectorId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#connector_id AppEntitlement#connector_id}
  */
  readonly connectorId?: string;
}

export function appEntitlementProvisionPolicyConnectorProvisionDeleteAccountToTerraform(struct?: AppEntitlementProvisionPolicyConnectorProvisionDeleteAccount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    connector_id: cdktf.stringToTerraform(struct!.connectorId),
  }
}


export function appEntitlementProvisionPolicyConnectorProvisionDeleteAccountToHclTerraform(struct?: AppEntitlementProvisionPolicyConnectorProvisionDeleteAccount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    connector_id: {
      value: cdktf.stringToHclTerraform(struct!.connectorId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyConnectorProvisionDeleteAccountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyConnectorProvisionDeleteAccount | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._connectorId !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectorId = this._connectorId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyConnectorProvisionDeleteAccount | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._connectorId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._connectorId = value.connectorId;
    }
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
}
export interface AppEntitlementProvisionPolicyConnectorProvision {
  /**
  * The AccountProvision message.
  * 
  * This message contains a oneof named storage_type. Only a single field of the following list may be set at a time:
  *   - saveToVault
  *   - doNotSave
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#account_provision AppEntitlement#account_provision}
  */
  readonly accountProvision?: AppEntitlementProvisionPolicyConnectorProvisionAccountProvision;
  /**
  * The DefaultBehavior message.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#default_behavior AppEntitlement#default_behavior}
  */
  readonly defaultBehavior?: AppEntitlementProvisionPolicyConnectorProvisionDefaultBehavior;
  /**
  * The DeleteAccount message.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#delete_account AppEntitlement#delete_account}
  */
  readonly deleteAccount?: AppEntitlementProvisionPolicyConnectorProvisionDeleteAccount;
}

export function appEntitlementProvisionPolicyConnectorProvisionToTerraform(struct?: AppEntitlementProvisionPolicyConnectorProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    account_provision: appEntitlementProvisionPolicyConnectorProvisionAccountProvisionToTerraform(struct!.accountProvision),
    default_behavior: appEntitlementProvisionPolicyConnectorProvisionDefaultBehaviorToTerraform(struct!.defaultBehavior),
    delete_account: appEntitlementProvisionPolicyConnectorProvisionDeleteAccountToTerraform(struct!.deleteAccount),
  }
}


export function appEntitlementProvisionPolicyConnectorProvisionToHclTerraform(struct?: AppEntitlementProvisionPolicyConnectorProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    account_provision: {
      value: appEntitlementProvisionPolicyConnectorProvisionAccountProvisionToHclTerraform(struct!.accountProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyConnectorProvisionAccountProvision",
    },
    default_behavior: {
      value: appEntitlementProvisionPolicyConnectorProvisionDefaultBehaviorToHclTerraform(struct!.defaultBehavior),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyConnectorProvisionDefaultBehavior",
    },
    delete_account: {
      value: appEntitlementProvisionPolicyConnectorProvisionDeleteAccountToHclTerraform(struct!.deleteAccount),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyConnectorProvisionDeleteAccount",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyConnectorProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyConnectorProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._accountProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.accountProvision = this._accountProvision?.internalValue;
    }
    if (this._defaultBehavior?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultBehavior = this._defaultBehavior?.internalValue;
    }
    if (this._deleteAccount?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.deleteAccount = this._deleteAccount?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyConnectorProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._accountProvision.internalValue = undefined;
      this._defaultBehavior.internalValue = undefined;
      this._deleteAccount.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._accountProvision.internalValue = value.accountProvision;
      this._defaultBehavior.internalValue = value.defaultBehavior;
      this._deleteAccount.internalValue = value.deleteAccount;
    }
  }

  // account_provision - computed: true, optional: true, required: false
  private _accountProvision = new AppEntitlementProvisionPolicyConnectorProvisionAccountProvisionOutputReference(this, "account_provision");
  public get accountProvision() {
    return this._accountProvision;
  }
  public putAccountProvision(value: AppEntitlementProvisionPolicyConnectorProvisionAccountProvision) {
    this._accountProvision.internalValue = value;
  }
  public resetAccountProvision() {
    this._accountProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accountProvisionInput() {
    return this._accountProvision.internalValue;
  }

  // default_behavior - computed: true, optional: true, required: false
  private _defaultBehavior = new AppEntitlementProvisionPolicyConnectorProvisionDefaultBehaviorOutputReference(this, "default_behavior");
  public get defaultBehavior() {
    return this._defaultBehavior;
  }
  public putDefaultBehavior(value: AppEntitlementProvisionPolicyConnectorProvisionDefaultBehavior) {
    this._defaultBehavior.internalValue = value;
  }
  public resetDefaultBehavior() {
    this._defaultBehavior.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultBehaviorInput() {
    return this._defaultBehavior.internalValue;
  }

  // delete_account - computed: true, optional: true, required: false
  private _deleteAccount = new AppEntitlementProvisionPolicyConnectorProvisionDeleteAccountOutputReference(this, "delete_account");
  public get deleteAccount() {
    return this._deleteAccount;
  }
  public putDeleteAccount(value: AppEntitlementProvisionPolicyConnectorProvisionDeleteAccount) {
    this._deleteAccount.internalValue = value;
  }
  public resetDeleteAccount() {
    this._deleteAccount.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteAccountInput() {
    return this._deleteAccount.internalValue;
  }
}
export interface AppEntitlementProvisionPolicyDelegatedProvision {
  /**
  * The AppID of the entitlement to delegate provisioning to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#app_id AppEntitlement#app_id}
  */
  readonly appId?: string;
  /**
  * The ID of the entitlement we are delegating provisioning to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#entitlement_id AppEntitlement#entitlement_id}
  */
  readonly entitlementId?: string;
}

export function appEntitlementProvisionPolicyDelegatedProvisionToTerraform(struct?: AppEntitlementProvisionPolicyDelegatedProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_id: cdktf.stringToTerraform(struct!.appId),
    entitlement_id: cdktf.stringToTerraform(struct!.entitlementId),
  }
}


export function appEntitlementProvisionPolicyDelegatedProvisionToHclTerraform(struct?: AppEntitlementProvisionPolicyDelegatedProvision | cdktf.IResolvable): any {
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
    entitlement_id: {
      value: cdktf.stringToHclTerraform(struct!.entitlementId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyDelegatedProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyDelegatedProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._appId !== undefined) {
      hasAnyValues = true;
      internalValueResult.appId = this._appId;
    }
    if (this._entitlementId !== undefined) {
      hasAnyValues = true;
      internalValueResult.entitlementId = this._entitlementId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyDelegatedProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._appId = undefined;
      this._entitlementId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._appId = value.appId;
      this._entitlementId = value.entitlementId;
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

  // entitlement_id - computed: true, optional: true, required: false
  private _entitlementId?: string; 
  public get entitlementId() {
    return this.getStringAttribute('entitlement_id');
  }
  public set entitlementId(value: string) {
    this._entitlementId = value;
  }
  public resetEntitlementId() {
    this._entitlementId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get entitlementIdInput() {
    return this._entitlementId;
  }
}
export interface AppEntitlementProvisionPolicyExternalTicketProvision {
  /**
  * The appId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#app_id AppEntitlement#app_id}
  */
  readonly appId?: string;
  /**
  * The connectorId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#connector_id AppEntitlement#connector_id}
  */
  readonly connectorId?: string;
  /**
  * The externalTicketProvisionerConfigId field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#external_ticket_provisioner_config_id AppEntitlement#external_ticket_provisioner_config_id}
  */
  readonly externalTicketProvisionerConfigId?: string;
  /**
  * This field indicates a text body of instructions for the provisioner to indicate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#instructions AppEntitlement#instructions}
  */
  readonly instructions?: string;
}

export function appEntitlementProvisionPolicyExternalTicketProvisionToTerraform(struct?: AppEntitlementProvisionPolicyExternalTicketProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_id: cdktf.stringToTerraform(struct!.appId),
    connector_id: cdktf.stringToTerraform(struct!.connectorId),
    external_ticket_provisioner_config_id: cdktf.stringToTerraform(struct!.externalTicketProvisionerConfigId),
    instructions: cdktf.stringToTerraform(struct!.instructions),
  }
}


export function appEntitlementProvisionPolicyExternalTicketProvisionToHclTerraform(struct?: AppEntitlementProvisionPolicyExternalTicketProvision | cdktf.IResolvable): any {
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
    external_ticket_provisioner_config_id: {
      value: cdktf.stringToHclTerraform(struct!.externalTicketProvisionerConfigId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    instructions: {
      value: cdktf.stringToHclTerraform(struct!.instructions),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyExternalTicketProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyExternalTicketProvision | cdktf.IResolvable | undefined {
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
    if (this._externalTicketProvisionerConfigId !== undefined) {
      hasAnyValues = true;
      internalValueResult.externalTicketProvisionerConfigId = this._externalTicketProvisionerConfigId;
    }
    if (this._instructions !== undefined) {
      hasAnyValues = true;
      internalValueResult.instructions = this._instructions;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyExternalTicketProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._appId = undefined;
      this._connectorId = undefined;
      this._externalTicketProvisionerConfigId = undefined;
      this._instructions = undefined;
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
      this._externalTicketProvisionerConfigId = value.externalTicketProvisionerConfigId;
      this._instructions = value.instructions;
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

  // external_ticket_provisioner_config_id - computed: true, optional: true, required: false
  private _externalTicketProvisionerConfigId?: string; 
  public get externalTicketProvisionerConfigId() {
    return this.getStringAttribute('external_ticket_provisioner_config_id');
  }
  public set externalTicketProvisionerConfigId(value: string) {
    this._externalTicketProvisionerConfigId = value;
  }
  public resetExternalTicketProvisionerConfigId() {
    this._externalTicketProvisionerConfigId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalTicketProvisionerConfigIdInput() {
    return this._externalTicketProvisionerConfigId;
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
}
export interface AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner {
  /**
  * Whether the provisioner can reassign the task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#allow_reassignment AppEntitlement#allow_reassignment}
  */
  readonly allowReassignment?: boolean | cdktf.IResolvable;
  /**
  * Fallback user IDs if no app owners are found.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#fallback_user_ids AppEntitlement#fallback_user_ids}
  */
  readonly fallbackUserIds?: string[];
}

export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisionerToTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_reassignment: cdktf.booleanToTerraform(struct!.allowReassignment),
    fallback_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.fallbackUserIds),
  }
}


export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisionerToHclTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_reassignment: {
      value: cdktf.booleanToHclTerraform(struct!.allowReassignment),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    fallback_user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.fallbackUserIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisionerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowReassignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowReassignment = this._allowReassignment;
    }
    if (this._fallbackUserIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.fallbackUserIds = this._fallbackUserIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowReassignment = undefined;
      this._fallbackUserIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowReassignment = value.allowReassignment;
      this._fallbackUserIds = value.fallbackUserIds;
    }
  }

  // allow_reassignment - computed: true, optional: true, required: false
  private _allowReassignment?: boolean | cdktf.IResolvable; 
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }
  public set allowReassignment(value: boolean | cdktf.IResolvable) {
    this._allowReassignment = value;
  }
  public resetAllowReassignment() {
    this._allowReassignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowReassignmentInput() {
    return this._allowReassignment;
  }

  // fallback_user_ids - computed: true, optional: true, required: false
  private _fallbackUserIds?: string[]; 
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
  public set fallbackUserIds(value: string[]) {
    this._fallbackUserIds = value;
  }
  public resetFallbackUserIds() {
    this._fallbackUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fallbackUserIdsInput() {
    return this._fallbackUserIds;
  }
}
export interface AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner {
  /**
  * Whether the provisioner can reassign the task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#allow_reassignment AppEntitlement#allow_reassignment}
  */
  readonly allowReassignment?: boolean | cdktf.IResolvable;
  /**
  * Fallback user IDs if no entitlement owners are found.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#fallback_user_ids AppEntitlement#fallback_user_ids}
  */
  readonly fallbackUserIds?: string[];
}

export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisionerToTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_reassignment: cdktf.booleanToTerraform(struct!.allowReassignment),
    fallback_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.fallbackUserIds),
  }
}


export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisionerToHclTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_reassignment: {
      value: cdktf.booleanToHclTerraform(struct!.allowReassignment),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    fallback_user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.fallbackUserIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisionerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowReassignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowReassignment = this._allowReassignment;
    }
    if (this._fallbackUserIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.fallbackUserIds = this._fallbackUserIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowReassignment = undefined;
      this._fallbackUserIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowReassignment = value.allowReassignment;
      this._fallbackUserIds = value.fallbackUserIds;
    }
  }

  // allow_reassignment - computed: true, optional: true, required: false
  private _allowReassignment?: boolean | cdktf.IResolvable; 
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }
  public set allowReassignment(value: boolean | cdktf.IResolvable) {
    this._allowReassignment = value;
  }
  public resetAllowReassignment() {
    this._allowReassignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowReassignmentInput() {
    return this._allowReassignment;
  }

  // fallback_user_ids - computed: true, optional: true, required: false
  private _fallbackUserIds?: string[]; 
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
  public set fallbackUserIds(value: string[]) {
    this._fallbackUserIds = value;
  }
  public resetFallbackUserIds() {
    this._fallbackUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fallbackUserIdsInput() {
    return this._fallbackUserIds;
  }
}
export interface AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisioner {
  /**
  * Whether the provisioner can reassign the task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#allow_reassignment AppEntitlement#allow_reassignment}
  */
  readonly allowReassignment?: boolean | cdktf.IResolvable;
  /**
  * The CEL expressions to evaluate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#expressions AppEntitlement#expressions}
  */
  readonly expressions?: string[];
  /**
  * Fallback user IDs if expression evaluation yields no users.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#fallback_user_ids AppEntitlement#fallback_user_ids}
  */
  readonly fallbackUserIds?: string[];
}

export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisionerToTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_reassignment: cdktf.booleanToTerraform(struct!.allowReassignment),
    expressions: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.expressions),
    fallback_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.fallbackUserIds),
  }
}


export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisionerToHclTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_reassignment: {
      value: cdktf.booleanToHclTerraform(struct!.allowReassignment),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    expressions: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.expressions),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    fallback_user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.fallbackUserIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisionerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisioner | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowReassignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowReassignment = this._allowReassignment;
    }
    if (this._expressions !== undefined) {
      hasAnyValues = true;
      internalValueResult.expressions = this._expressions;
    }
    if (this._fallbackUserIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.fallbackUserIds = this._fallbackUserIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisioner | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowReassignment = undefined;
      this._expressions = undefined;
      this._fallbackUserIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowReassignment = value.allowReassignment;
      this._expressions = value.expressions;
      this._fallbackUserIds = value.fallbackUserIds;
    }
  }

  // allow_reassignment - computed: true, optional: true, required: false
  private _allowReassignment?: boolean | cdktf.IResolvable; 
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }
  public set allowReassignment(value: boolean | cdktf.IResolvable) {
    this._allowReassignment = value;
  }
  public resetAllowReassignment() {
    this._allowReassignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowReassignmentInput() {
    return this._allowReassignment;
  }

  // expressions - computed: true, optional: true, required: false
  private _expressions?: string[]; 
  public get expressions() {
    return this.getListAttribute('expressions');
  }
  public set expressions(value: string[]) {
    this._expressions = value;
  }
  public resetExpressions() {
    this._expressions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionsInput() {
    return this._expressions;
  }

  // fallback_user_ids - computed: true, optional: true, required: false
  private _fallbackUserIds?: string[]; 
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
  public set fallbackUserIds(value: string[]) {
    this._fallbackUserIds = value;
  }
  public resetFallbackUserIds() {
    this._fallbackUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fallbackUserIdsInput() {
    return this._fallbackUserIds;
  }
}
export interface AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisioner {
  /**
  * Whether the provisioner can reassign the task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#allow_reassignment AppEntitlement#allow_reassignment}
  */
  readonly allowReassignment?: boolean | cdktf.IResolvable;
  /**
  * The app group ID (entitlement ID).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#app_group_id AppEntitlement#app_group_id}
  */
  readonly appGroupId?: string;
  /**
  * The app ID containing the group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#app_id AppEntitlement#app_id}
  */
  readonly appId?: string;
  /**
  * Fallback user IDs if no group members are found.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#fallback_user_ids AppEntitlement#fallback_user_ids}
  */
  readonly fallbackUserIds?: string[];
}

export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisionerToTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_reassignment: cdktf.booleanToTerraform(struct!.allowReassignment),
    app_group_id: cdktf.stringToTerraform(struct!.appGroupId),
    app_id: cdktf.stringToTerraform(struct!.appId),
    fallback_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.fallbackUserIds),
  }
}


export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisionerToHclTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_reassignment: {
      value: cdktf.booleanToHclTerraform(struct!.allowReassignment),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    app_group_id: {
      value: cdktf.stringToHclTerraform(struct!.appGroupId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    app_id: {
      value: cdktf.stringToHclTerraform(struct!.appId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    fallback_user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.fallbackUserIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisionerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisioner | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowReassignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowReassignment = this._allowReassignment;
    }
    if (this._appGroupId !== undefined) {
      hasAnyValues = true;
      internalValueResult.appGroupId = this._appGroupId;
    }
    if (this._appId !== undefined) {
      hasAnyValues = true;
      internalValueResult.appId = this._appId;
    }
    if (this._fallbackUserIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.fallbackUserIds = this._fallbackUserIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisioner | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowReassignment = undefined;
      this._appGroupId = undefined;
      this._appId = undefined;
      this._fallbackUserIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowReassignment = value.allowReassignment;
      this._appGroupId = value.appGroupId;
      this._appId = value.appId;
      this._fallbackUserIds = value.fallbackUserIds;
    }
  }

  // allow_reassignment - computed: true, optional: true, required: false
  private _allowReassignment?: boolean | cdktf.IResolvable; 
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }
  public set allowReassignment(value: boolean | cdktf.IResolvable) {
    this._allowReassignment = value;
  }
  public resetAllowReassignment() {
    this._allowReassignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowReassignmentInput() {
    return this._allowReassignment;
  }

  // app_group_id - computed: true, optional: true, required: false
  private _appGroupId?: string; 
  public get appGroupId() {
    return this.getStringAttribute('app_group_id');
  }
  public set appGroupId(value: string) {
    this._appGroupId = value;
  }
  public resetAppGroupId() {
    this._appGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appGroupIdInput() {
    return this._appGroupId;
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

  // fallback_user_ids - computed: true, optional: true, required: false
  private _fallbackUserIds?: string[]; 
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
  public set fallbackUserIds(value: string[]) {
    this._fallbackUserIds = value;
  }
  public resetFallbackUserIds() {
    this._fallbackUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fallbackUserIdsInput() {
    return this._fallbackUserIds;
  }
}
export interface AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisioner {
  /**
  * Whether the provisioner can reassign the task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#allow_reassignment AppEntitlement#allow_reassignment}
  */
  readonly allowReassignment?: boolean | cdktf.IResolvable;
  /**
  * Fallback user IDs if no manager is found.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#fallback_user_ids AppEntitlement#fallback_user_ids}
  */
  readonly fallbackUserIds?: string[];
}

export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisionerToTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_reassignment: cdktf.booleanToTerraform(struct!.allowReassignment),
    fallback_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.fallbackUserIds),
  }
}


export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisionerToHclTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_reassignment: {
      value: cdktf.booleanToHclTerraform(struct!.allowReassignment),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    fallback_user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.fallbackUserIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisionerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisioner | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowReassignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowReassignment = this._allowReassignment;
    }
    if (this._fallbackUserIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.fallbackUserIds = this._fallbackUserIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisioner | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowReassignment = undefined;
      this._fallbackUserIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowReassignment = value.allowReassignment;
      this._fallbackUserIds = value.fallbackUserIds;
    }
  }

  // allow_reassignment - computed: true, optional: true, required: false
  private _allowReassignment?: boolean | cdktf.IResolvable; 
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }
  public set allowReassignment(value: boolean | cdktf.IResolvable) {
    this._allowReassignment = value;
  }
  public resetAllowReassignment() {
    this._allowReassignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowReassignmentInput() {
    return this._allowReassignment;
  }

  // fallback_user_ids - computed: true, optional: true, required: false
  private _fallbackUserIds?: string[]; 
  public get fallbackUserIds() {
    return this.getListAttribute('fallback_user_ids');
  }
  public set fallbackUserIds(value: string[]) {
    this._fallbackUserIds = value;
  }
  public resetFallbackUserIds() {
    this._fallbackUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fallbackUserIdsInput() {
    return this._fallbackUserIds;
  }
}
export interface AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisioner {
  /**
  * Whether the provisioner can reassign the task.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#allow_reassignment AppEntitlement#allow_reassignment}
  */
  readonly allowReassignment?: boolean | cdktf.IResolvable;
  /**
  * The user IDs to assign as provisioners.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#user_ids AppEntitlement#user_ids}
  */
  readonly userIds?: string[];
}

export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisionerToTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_reassignment: cdktf.booleanToTerraform(struct!.allowReassignment),
    user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.userIds),
  }
}


export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisionerToHclTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisioner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_reassignment: {
      value: cdktf.booleanToHclTerraform(struct!.allowReassignment),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.userIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisionerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisioner | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowReassignment !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowReassignment = this._allowReassignment;
    }
    if (this._userIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.userIds = this._userIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisioner | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowReassignment = undefined;
      this._userIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowReassignment = value.allowReassignment;
      this._userIds = value.userIds;
    }
  }

  // allow_reassignment - computed: true, optional: true, required: false
  private _allowReassignment?: boolean | cdktf.IResolvable; 
  public get allowReassignment() {
    return this.getBooleanAttribute('allow_reassignment');
  }
  public set allowReassignment(value: boolean | cdktf.IResolvable) {
    this._allowReassignment = value;
  }
  public resetAllowReassignment() {
    this._allowReassignment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowReassignmentInput() {
    return this._allowReassignment;
  }

  // user_ids - computed: true, optional: true, required: false
  private _userIds?: string[]; 
  public get userIds() {
    return this.getListAttribute('user_ids');
  }
  public set userIds(value: string[]) {
    this._userIds = value;
  }
  public resetUserIds() {
    this._userIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdsInput() {
    return this._userIds;
  }
}
export interface AppEntitlementProvisionPolicyManualProvisionProvisionerAssignment {
  /**
  * AppOwnerProvisioner resolves to app owners.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#app_owner_provisioner AppEntitlement#app_owner_provisioner}
  */
  readonly appOwnerProvisioner?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner;
  /**
  * EntitlementOwnerProvisioner resolves to entitlement owners.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#entitlement_owner_provisioner AppEntitlement#entitlement_owner_provisioner}
  */
  readonly entitlementOwnerProvisioner?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner;
  /**
  * ExpressionProvisioner evaluates CEL expressions to determine provisioners.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#expression_provisioner AppEntitlement#expression_provisioner}
  */
  readonly expressionProvisioner?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisioner;
  /**
  * GroupProvisioner resolves to members of a specific group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#group_provisioner AppEntitlement#group_provisioner}
  */
  readonly groupProvisioner?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisioner;
  /**
  * ManagerProvisioner resolves to the user's manager.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#manager_provisioner AppEntitlement#manager_provisioner}
  */
  readonly managerProvisioner?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisioner;
  /**
  * UserProvisioner assigns specific users as provisioners.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#user_provisioner AppEntitlement#user_provisioner}
  */
  readonly userProvisioner?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisioner;
}

export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentToTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignment | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    app_owner_provisioner: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisionerToTerraform(struct!.appOwnerProvisioner),
    entitlement_owner_provisioner: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisionerToTerraform(struct!.entitlementOwnerProvisioner),
    expression_provisioner: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisionerToTerraform(struct!.expressionProvisioner),
    group_provisioner: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisionerToTerraform(struct!.groupProvisioner),
    manager_provisioner: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisionerToTerraform(struct!.managerProvisioner),
    user_provisioner: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisionerToTerraform(struct!.userProvisioner),
  }
}


export function appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentToHclTerraform(struct?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignment | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    app_owner_provisioner: {
      value: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisionerToHclTerraform(struct!.appOwnerProvisioner),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner",
    },
    entitlement_owner_provisioner: {
      value: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisionerToHclTerraform(struct!.entitlementOwnerProvisioner),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner",
    },
    expression_provisioner: {
      value: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisionerToHclTerraform(struct!.expressionProvisioner),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisioner",
    },
    group_provisioner: {
      value: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisionerToHclTerraform(struct!.groupProvisioner),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisioner",
    },
    manager_provisioner: {
      value: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisionerToHclTerraform(struct!.managerProvisioner),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisioner",
    },
    user_provisioner: {
      value: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisionerToHclTerraform(struct!.userProvisioner),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisioner",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyManualProvisionProvisionerAssignment | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._appOwnerProvisioner?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.appOwnerProvisioner = this._appOwnerProvisioner?.internalValue;
    }
    if (this._entitlementOwnerProvisioner?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.entitlementOwnerProvisioner = this._entitlementOwnerProvisioner?.internalValue;
    }
    if (this._expressionProvisioner?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.expressionProvisioner = this._expressionProvisioner?.internalValue;
    }
    if (this._groupProvisioner?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupProvisioner = this._groupProvisioner?.internalValue;
    }
    if (this._managerProvisioner?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.managerProvisioner = this._managerProvisioner?.internalValue;
    }
    if (this._userProvisioner?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.userProvisioner = this._userProvisioner?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignment | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._appOwnerProvisioner.internalValue = undefined;
      this._entitlementOwnerProvisioner.internalValue = undefined;
      this._expressionProvisioner.internalValue = undefined;
      this._groupProvisioner.internalValue = undefined;
      this._managerProvisioner.internalValue = undefined;
      this._userProvisioner.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._appOwnerProvisioner.internalValue = value.appOwnerProvisioner;
      this._entitlementOwnerProvisioner.internalValue = value.entitlementOwnerProvisioner;
      this._expressionProvisioner.internalValue = value.expressionProvisioner;
      this._groupProvisioner.internalValue = value.groupProvisioner;
      this._managerProvisioner.internalValue = value.managerProvisioner;
      this._userProvisioner.internalValue = value.userProvisioner;
    }
  }

  // app_owner_provisioner - computed: true, optional: true, required: false
  private _appOwnerProvisioner = new AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisionerOutputReference(this, "app_owner_provisioner");
  public get appOwnerProvisioner() {
    return this._appOwnerProvisioner;
  }
  public putAppOwnerProvisioner(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentAppOwnerProvisioner) {
    this._appOwnerProvisioner.internalValue = value;
  }
  public resetAppOwnerProvisioner() {
    this._appOwnerProvisioner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appOwnerProvisionerInput() {
    return this._appOwnerProvisioner.internalValue;
  }

  // entitlement_owner_provisioner - computed: true, optional: true, required: false
  private _entitlementOwnerProvisioner = new AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisionerOutputReference(this, "entitlement_owner_provisioner");
  public get entitlementOwnerProvisioner() {
    return this._entitlementOwnerProvisioner;
  }
  public putEntitlementOwnerProvisioner(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentEntitlementOwnerProvisioner) {
    this._entitlementOwnerProvisioner.internalValue = value;
  }
  public resetEntitlementOwnerProvisioner() {
    this._entitlementOwnerProvisioner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get entitlementOwnerProvisionerInput() {
    return this._entitlementOwnerProvisioner.internalValue;
  }

  // expression_provisioner - computed: true, optional: true, required: false
  private _expressionProvisioner = new AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisionerOutputReference(this, "expression_provisioner");
  public get expressionProvisioner() {
    return this._expressionProvisioner;
  }
  public putExpressionProvisioner(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentExpressionProvisioner) {
    this._expressionProvisioner.internalValue = value;
  }
  public resetExpressionProvisioner() {
    this._expressionProvisioner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionProvisionerInput() {
    return this._expressionProvisioner.internalValue;
  }

  // group_provisioner - computed: true, optional: true, required: false
  private _groupProvisioner = new AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisionerOutputReference(this, "group_provisioner");
  public get groupProvisioner() {
    return this._groupProvisioner;
  }
  public putGroupProvisioner(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentGroupProvisioner) {
    this._groupProvisioner.internalValue = value;
  }
  public resetGroupProvisioner() {
    this._groupProvisioner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupProvisionerInput() {
    return this._groupProvisioner.internalValue;
  }

  // manager_provisioner - computed: true, optional: true, required: false
  private _managerProvisioner = new AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisionerOutputReference(this, "manager_provisioner");
  public get managerProvisioner() {
    return this._managerProvisioner;
  }
  public putManagerProvisioner(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentManagerProvisioner) {
    this._managerProvisioner.internalValue = value;
  }
  public resetManagerProvisioner() {
    this._managerProvisioner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managerProvisionerInput() {
    return this._managerProvisioner.internalValue;
  }

  // user_provisioner - computed: true, optional: true, required: false
  private _userProvisioner = new AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisionerOutputReference(this, "user_provisioner");
  public get userProvisioner() {
    return this._userProvisioner;
  }
  public putUserProvisioner(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentUserProvisioner) {
    this._userProvisioner.internalValue = value;
  }
  public resetUserProvisioner() {
    this._userProvisioner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userProvisionerInput() {
    return this._userProvisioner.internalValue;
  }
}
export interface AppEntitlementProvisionPolicyManualProvision {
  /**
  * This field indicates a text body of instructions for the provisioner to indicate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#instructions AppEntitlement#instructions}
  */
  readonly instructions?: string;
  /**
  * ProvisionerAssignment defines how a provisioner is dynamically assigned.
  * 
  * This message contains a oneof named typ. Only a single field of the following list may be set at a time:
  *   - users
  *   - appOwners
  *   - group
  *   - manager
  *   - expression
  *   - entitlementOwners
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#provisioner_assignment AppEntitlement#provisioner_assignment}
  */
  readonly provisionerAssignment?: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignment;
  /**
  * An array of users that are required to provision during this step.
  *  Deprecated: Use provisioner_assignment field instead for dynamic provisioner assignment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#user_ids AppEntitlement#user_ids}
  */
  readonly userIds?: string[];
}

export function appEntitlementProvisionPolicyManualProvisionToTerraform(struct?: AppEntitlementProvisionPolicyManualProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    instructions: cdktf.stringToTerraform(struct!.instructions),
    provisioner_assignment: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentToTerraform(struct!.provisionerAssignment),
    user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.userIds),
  }
}


export function appEntitlementProvisionPolicyManualProvisionToHclTerraform(struct?: AppEntitlementProvisionPolicyManualProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    instructions: {
      value: cdktf.stringToHclTerraform(struct!.instructions),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    provisioner_assignment: {
      value: appEntitlementProvisionPolicyManualProvisionProvisionerAssignmentToHclTerraform(struct!.provisionerAssignment),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyManualProvisionProvisionerAssignment",
    },
    user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.userIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyManualProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyManualProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._instructions !== undefined) {
      hasAnyValues = true;
      internalValueResult.instructions = this._instructions;
    }
    if (this._provisionerAssignment?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.provisionerAssignment = this._provisionerAssignment?.internalValue;
    }
    if (this._userIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.userIds = this._userIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyManualProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._instructions = undefined;
      this._provisionerAssignment.internalValue = undefined;
      this._userIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._instructions = value.instructions;
      this._provisionerAssignment.internalValue = value.provisionerAssignment;
      this._userIds = value.userIds;
    }
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

  // provisioner_assignment - computed: true, optional: true, required: false
  private _provisionerAssignment = new AppEntitlementProvisionPolicyManualProvisionProvisionerAssignmentOutputReference(this, "provisioner_assignment");
  public get provisionerAssignment() {
    return this._provisionerAssignment;
  }
  public putProvisionerAssignment(value: AppEntitlementProvisionPolicyManualProvisionProvisionerAssignment) {
    this._provisionerAssignment.internalValue = value;
  }
  public resetProvisionerAssignment() {
    this._provisionerAssignment.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get provisionerAssignmentInput() {
    return this._provisionerAssignment.internalValue;
  }

  // user_ids - computed: true, optional: true, required: false
  private _userIds?: string[]; 
  public get userIds() {
    return this.getListAttribute('user_ids');
  }
  public set userIds(value: string[]) {
    this._userIds = value;
  }
  public resetUserIds() {
    this._userIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdsInput() {
    return this._userIds;
  }
}
export interface AppEntitlementProvisionPolicyUnconfiguredProvision {
}

export function appEntitlementProvisionPolicyUnconfiguredProvisionToTerraform(struct?: AppEntitlementProvisionPolicyUnconfiguredProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function appEntitlementProvisionPolicyUnconfiguredProvisionToHclTerraform(struct?: AppEntitlementProvisionPolicyUnconfiguredProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AppEntitlementProvisionPolicyUnconfiguredProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyUnconfiguredProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyUnconfiguredProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface AppEntitlementProvisionPolicyWebhookProvision {
  /**
  * The ID of the webhook to call for provisioning.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#webhook_id AppEntitlement#webhook_id}
  */
  readonly webhookId?: string;
}

export function appEntitlementProvisionPolicyWebhookProvisionToTerraform(struct?: AppEntitlementProvisionPolicyWebhookProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    webhook_id: cdktf.stringToTerraform(struct!.webhookId),
  }
}


export function appEntitlementProvisionPolicyWebhookProvisionToHclTerraform(struct?: AppEntitlementProvisionPolicyWebhookProvision | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    webhook_id: {
      value: cdktf.stringToHclTerraform(struct!.webhookId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyWebhookProvisionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicyWebhookProvision | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._webhookId !== undefined) {
      hasAnyValues = true;
      internalValueResult.webhookId = this._webhookId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicyWebhookProvision | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._webhookId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._webhookId = value.webhookId;
    }
  }

  // webhook_id - computed: true, optional: true, required: false
  private _webhookId?: string; 
  public get webhookId() {
    return this.getStringAttribute('webhook_id');
  }
  public set webhookId(value: string) {
    this._webhookId = value;
  }
  public resetWebhookId() {
    this._webhookId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webhookIdInput() {
    return this._webhookId;
  }
}
export interface AppEntitlementProvisionPolicy {
  /**
  * This provision step indicates that account lifecycle action should be called to provision this entitlement.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#action_provision AppEntitlement#action_provision}
  */
  readonly actionProvision?: AppEntitlementProvisionPolicyActionProvision;
  /**
  * Indicates that a connector should perform the provisioning. This object has no fields.
  * 
  * This message contains a oneof named provision_type. Only a single field of the following list may be set at a time:
  *   - defaultBehavior
  *   - account
  *   - deleteAccount
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#connector_provision AppEntitlement#connector_provision}
  */
  readonly connectorProvision?: AppEntitlementProvisionPolicyConnectorProvision;
  /**
  * This provision step indicates that we should delegate provisioning to the configuration of another app entitlement. This app entitlement does not have to be one from the same app, but MUST be configured as a proxy binding leading into this entitlement.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#delegated_provision AppEntitlement#delegated_provision}
  */
  readonly delegatedProvision?: AppEntitlementProvisionPolicyDelegatedProvision;
  /**
  * This provision step indicates that we should check an external ticket to provision this entitlement
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#external_ticket_provision AppEntitlement#external_ticket_provision}
  */
  readonly externalTicketProvision?: AppEntitlementProvisionPolicyExternalTicketProvision;
  /**
  * Manual provisioning indicates that a human must intervene for the provisioning of this step.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#manual_provision AppEntitlement#manual_provision}
  */
  readonly manualProvision?: AppEntitlementProvisionPolicyManualProvision;
  /**
  * MultiStep indicates that this provision step has multiple steps to process. Parsed as JSON.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#multi_step AppEntitlement#multi_step}
  */
  readonly multiStep?: string;
  /**
  * The UnconfiguredProvision message.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#unconfigured_provision AppEntitlement#unconfigured_provision}
  */
  readonly unconfiguredProvision?: AppEntitlementProvisionPolicyUnconfiguredProvision;
  /**
  * This provision step indicates that a webhook should be called to provision this entitlement.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#webhook_provision AppEntitlement#webhook_provision}
  */
  readonly webhookProvision?: AppEntitlementProvisionPolicyWebhookProvision;
}

export function appEntitlementProvisionPolicyToTerraform(struct?: AppEntitlementProvisionPolicy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action_provision: appEntitlementProvisionPolicyActionProvisionToTerraform(struct!.actionProvision),
    connector_provision: appEntitlementProvisionPolicyConnectorProvisionToTerraform(struct!.connectorProvision),
    delegated_provision: appEntitlementProvisionPolicyDelegatedProvisionToTerraform(struct!.delegatedProvision),
    external_ticket_provision: appEntitlementProvisionPolicyExternalTicketProvisionToTerraform(struct!.externalTicketProvision),
    manual_provision: appEntitlementProvisionPolicyManualProvisionToTerraform(struct!.manualProvision),
    multi_step: cdktf.stringToTerraform(struct!.multiStep),
    unconfigured_provision: appEntitlementProvisionPolicyUnconfiguredProvisionToTerraform(struct!.unconfiguredProvision),
    webhook_provision: appEntitlementProvisionPolicyWebhookProvisionToTerraform(struct!.webhookProvision),
  }
}


export function appEntitlementProvisionPolicyToHclTerraform(struct?: AppEntitlementProvisionPolicy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    action_provision: {
      value: appEntitlementProvisionPolicyActionProvisionToHclTerraform(struct!.actionProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyActionProvision",
    },
    connector_provision: {
      value: appEntitlementProvisionPolicyConnectorProvisionToHclTerraform(struct!.connectorProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyConnectorProvision",
    },
    delegated_provision: {
      value: appEntitlementProvisionPolicyDelegatedProvisionToHclTerraform(struct!.delegatedProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyDelegatedProvision",
    },
    external_ticket_provision: {
      value: appEntitlementProvisionPolicyExternalTicketProvisionToHclTerraform(struct!.externalTicketProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyExternalTicketProvision",
    },
    manual_provision: {
      value: appEntitlementProvisionPolicyManualProvisionToHclTerraform(struct!.manualProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyManualProvision",
    },
    multi_step: {
      value: cdktf.stringToHclTerraform(struct!.multiStep),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    unconfigured_provision: {
      value: appEntitlementProvisionPolicyUnconfiguredProvisionToHclTerraform(struct!.unconfiguredProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyUnconfiguredProvision",
    },
    webhook_provision: {
      value: appEntitlementProvisionPolicyWebhookProvisionToHclTerraform(struct!.webhookProvision),
      isBlock: true,
      type: "struct",
      storageClassType: "AppEntitlementProvisionPolicyWebhookProvision",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppEntitlementProvisionPolicyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AppEntitlementProvisionPolicy | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._actionProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.actionProvision = this._actionProvision?.internalValue;
    }
    if (this._connectorProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.connectorProvision = this._connectorProvision?.internalValue;
    }
    if (this._delegatedProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.delegatedProvision = this._delegatedProvision?.internalValue;
    }
    if (this._externalTicketProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.externalTicketProvision = this._externalTicketProvision?.internalValue;
    }
    if (this._manualProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.manualProvision = this._manualProvision?.internalValue;
    }
    if (this._multiStep !== undefined) {
      hasAnyValues = true;
      internalValueResult.multiStep = this._multiStep;
    }
    if (this._unconfiguredProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.unconfiguredProvision = this._unconfiguredProvision?.internalValue;
    }
    if (this._webhookProvision?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.webhookProvision = this._webhookProvision?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppEntitlementProvisionPolicy | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._actionProvision.internalValue = undefined;
      this._connectorProvision.internalValue = undefined;
      this._delegatedProvision.internalValue = undefined;
      this._externalTicketProvision.internalValue = undefined;
      this._manualProvision.internalValue = undefined;
      this._multiStep = undefined;
      this._unconfiguredProvision.internalValue = undefined;
      this._webhookProvision.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._actionProvision.internalValue = value.actionProvision;
      this._connectorProvision.internalValue = value.connectorProvision;
      this._delegatedProvision.internalValue = value.delegatedProvision;
      this._externalTicketProvision.internalValue = value.externalTicketProvision;
      this._manualProvision.internalValue = value.manualProvision;
      this._multiStep = value.multiStep;
      this._unconfiguredProvision.internalValue = value.unconfiguredProvision;
      this._webhookProvision.internalValue = value.webhookProvision;
    }
  }

  // action_provision - computed: true, optional: true, required: false
  private _actionProvision = new AppEntitlementProvisionPolicyActionProvisionOutputReference(this, "action_provision");
  public get actionProvision() {
    return this._actionProvision;
  }
  public putActionProvision(value: AppEntitlementProvisionPolicyActionProvision) {
    this._actionProvision.internalValue = value;
  }
  public resetActionProvision() {
    this._actionProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get actionProvisionInput() {
    return this._actionProvision.internalValue;
  }

  // connector_provision - computed: true, optional: true, required: false
  private _connectorProvision = new AppEntitlementProvisionPolicyConnectorProvisionOutputReference(this, "connector_provision");
  public get connectorProvision() {
    return this._connectorProvision;
  }
  public putConnectorProvision(value: AppEntitlementProvisionPolicyConnectorProvision) {
    this._connectorProvision.internalValue = value;
  }
  public resetConnectorProvision() {
    this._connectorProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectorProvisionInput() {
    return this._connectorProvision.internalValue;
  }

  // delegated_provision - computed: true, optional: true, required: false
  private _delegatedProvision = new AppEntitlementProvisionPolicyDelegatedProvisionOutputReference(this, "delegated_provision");
  public get delegatedProvision() {
    return this._delegatedProvision;
  }
  public putDelegatedProvision(value: AppEntitlementProvisionPolicyDelegatedProvision) {
    this._delegatedProvision.internalValue = value;
  }
  public resetDelegatedProvision() {
    this._delegatedProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get delegatedProvisionInput() {
    return this._delegatedProvision.internalValue;
  }

  // external_ticket_provision - computed: true, optional: true, required: false
  private _externalTicketProvision = new AppEntitlementProvisionPolicyExternalTicketProvisionOutputReference(this, "external_ticket_provision");
  public get externalTicketProvision() {
    return this._externalTicketProvision;
  }
  public putExternalTicketProvision(value: AppEntitlementProvisionPolicyExternalTicketProvision) {
    this._externalTicketProvision.internalValue = value;
  }
  public resetExternalTicketProvision() {
    this._externalTicketProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalTicketProvisionInput() {
    return this._externalTicketProvision.internalValue;
  }

  // manual_provision - computed: true, optional: true, required: false
  private _manualProvision = new AppEntitlementProvisionPolicyManualProvisionOutputReference(this, "manual_provision");
  public get manualProvision() {
    return this._manualProvision;
  }
  public putManualProvision(value: AppEntitlementProvisionPolicyManualProvision) {
    this._manualProvision.internalValue = value;
  }
  public resetManualProvision() {
    this._manualProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get manualProvisionInput() {
    return this._manualProvision.internalValue;
  }

  // multi_step - computed: true, optional: true, required: false
  private _multiStep?: string; 
  public get multiStep() {
    return this.getStringAttribute('multi_step');
  }
  public set multiStep(value: string) {
    this._multiStep = value;
  }
  public resetMultiStep() {
    this._multiStep = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get multiStepInput() {
    return this._multiStep;
  }

  // unconfigured_provision - computed: true, optional: true, required: false
  private _unconfiguredProvision = new AppEntitlementProvisionPolicyUnconfiguredProvisionOutputReference(this, "unconfigured_provision");
  public get unconfiguredProvision() {
    return this._unconfiguredProvision;
  }
  public putUnconfiguredProvision(value: AppEntitlementProvisionPolicyUnconfiguredProvision) {
    this._unconfiguredProvision.internalValue = value;
  }
  public resetUnconfiguredProvision() {
    this._unconfiguredProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unconfiguredProvisionInput() {
    return this._unconfiguredProvision.internalValue;
  }

  // webhook_provision - computed: true, optional: true, required: false
  private _webhookProvision = new AppEntitlementProvisionPolicyWebhookProvisionOutputReference(this, "webhook_provision");
  public get webhookProvision() {
    return this._webhookProvision;
  }
  public putWebhookProvision(value: AppEntitlementProvisionPolicyWebhookProvision) {
    this._webhookProvision.internalValue = value;
  }
  public resetWebhookProvision() {
    this._webhookProvision.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webhookProvisionInput() {
    return this._webhookProvision.internalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement conductorone_app_entitlement}
*/
export class AppEntitlement extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_app_entitlement";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AppEntitlement resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AppEntitlement to import
  * @param importFromId The id of the existing AppEntitlement that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AppEntitlement to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_app_entitlement", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/app_entitlement conductorone_app_entitlement} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AppEntitlementConfig
  */
  public constructor(scope: Construct, id: string, config: AppEntitlementConfig) {
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
    this._alias = config.alias;
    this._appId = config.appId;
    this._certifyPolicyId = config.certifyPolicyId;
    this._complianceFrameworkValueIds = config.complianceFrameworkValueIds;
    this._deprovisionerPolicy.internalValue = config.deprovisionerPolicy;
    this._description = config.description;
    this._displayName = config.displayName;
    this._durationGrant = config.durationGrant;
    this._durationUnset.internalValue = config.durationUnset;
    this._emergencyGrantEnabled = config.emergencyGrantEnabled;
    this._emergencyGrantPolicyId = config.emergencyGrantPolicyId;
    this._grantPolicyId = config.grantPolicyId;
    this._id = config.id;
    this._matchBatonId = config.matchBatonId;
    this._overrideAccessRequestsDefaults = config.overrideAccessRequestsDefaults;
    this._provisionPolicy.internalValue = config.provisionPolicy;
    this._purpose = config.purpose;
    this._revokePolicyId = config.revokePolicyId;
    this._riskLevelValueId = config.riskLevelValueId;
    this._slug = config.slug;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // app_resource_id - computed: true, optional: false, required: false
  public get appResourceId() {
    return this.getStringAttribute('app_resource_id');
  }

  // app_resource_type_id - computed: true, optional: false, required: false
  public get appResourceTypeId() {
    return this.getStringAttribute('app_resource_type_id');
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

  // compliance_framework_value_ids - computed: true, optional: true, required: false
  private _complianceFrameworkValueIds?: string[]; 
  public get complianceFrameworkValueIds() {
    return this.getListAttribute('compliance_framework_value_ids');
  }
  public set complianceFrameworkValueIds(value: string[]) {
    this._complianceFrameworkValueIds = value;
  }
  public resetComplianceFrameworkValueIds() {
    this._complianceFrameworkValueIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get complianceFrameworkValueIdsInput() {
    return this._complianceFrameworkValueIds;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // default_values_applied - computed: true, optional: false, required: false
  public get defaultValuesApplied() {
    return this.getBooleanAttribute('default_values_applied');
  }

  // deprovisioner_policy - computed: true, optional: true, required: false
  private _deprovisionerPolicy = new AppEntitlementDeprovisionerPolicyOutputReference(this, "deprovisioner_policy");
  public get deprovisionerPolicy() {
    return this._deprovisionerPolicy;
  }
  public putDeprovisionerPolicy(value: AppEntitlementDeprovisionerPolicy) {
    this._deprovisionerPolicy.internalValue = value;
  }
  public resetDeprovisionerPolicy() {
    this._deprovisionerPolicy.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deprovisionerPolicyInput() {
    return this._deprovisionerPolicy.internalValue;
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

  // duration_grant - computed: true, optional: true, required: false
  private _durationGrant?: string; 
  public get durationGrant() {
    return this.getStringAttribute('duration_grant');
  }
  public set durationGrant(value: string) {
    this._durationGrant = value;
  }
  public resetDurationGrant() {
    this._durationGrant = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get durationGrantInput() {
    return this._durationGrant;
  }

  // duration_unset - computed: true, optional: true, required: false
  private _durationUnset = new AppEntitlementDurationUnsetOutputReference(this, "duration_unset");
  public get durationUnset() {
    return this._durationUnset;
  }
  public putDurationUnset(value: AppEntitlementDurationUnset) {
    this._durationUnset.internalValue = value;
  }
  public resetDurationUnset() {
    this._durationUnset.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get durationUnsetInput() {
    return this._durationUnset.internalValue;
  }

  // emergency_grant_enabled - computed: true, optional: true, required: false
  private _emergencyGrantEnabled?: boolean | cdktf.IResolvable; 
  public get emergencyGrantEnabled() {
    return this.getBooleanAttribute('emergency_grant_enabled');
  }
  public set emergencyGrantEnabled(value: boolean | cdktf.IResolvable) {
    this._emergencyGrantEnabled = value;
  }
  public resetEmergencyGrantEnabled() {
    this._emergencyGrantEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emergencyGrantEnabledInput() {
    return this._emergencyGrantEnabled;
  }

  // emergency_grant_policy_id - computed: true, optional: true, required: false
  private _emergencyGrantPolicyId?: string; 
  public get emergencyGrantPolicyId() {
    return this.getStringAttribute('emergency_grant_policy_id');
  }
  public set emergencyGrantPolicyId(value: string) {
    this._emergencyGrantPolicyId = value;
  }
  public resetEmergencyGrantPolicyId() {
    this._emergencyGrantPolicyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emergencyGrantPolicyIdInput() {
    return this._emergencyGrantPolicyId;
  }

  // expanded - computed: true, optional: false, required: false
  private _expanded = new AppEntitlementExpandedList(this, "expanded", false);
  public get expanded() {
    return this._expanded;
  }

  // grant_count - computed: true, optional: false, required: false
  public get grantCount() {
    return this.getStringAttribute('grant_count');
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

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // is_automation_enabled - computed: true, optional: false, required: false
  public get isAutomationEnabled() {
    return this.getBooleanAttribute('is_automation_enabled');
  }

  // is_manually_managed - computed: true, optional: false, required: false
  public get isManuallyManaged() {
    return this.getBooleanAttribute('is_manually_managed');
  }

  // match_baton_id - computed: true, optional: true, required: false
  private _matchBatonId?: string; 
  public get matchBatonId() {
    return this.getStringAttribute('match_baton_id');
  }
  public set matchBatonId(value: string) {
    this._matchBatonId = value;
  }
  public resetMatchBatonId() {
    this._matchBatonId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get matchBatonIdInput() {
    return this._matchBatonId;
  }

  // override_access_requests_defaults - computed: true, optional: true, required: false
  private _overrideAccessRequestsDefaults?: boolean | cdktf.IResolvable; 
  public get overrideAccessRequestsDefaults() {
    return this.getBooleanAttribute('override_access_requests_defaults');
  }
  public set overrideAccessRequestsDefaults(value: boolean | cdktf.IResolvable) {
    this._overrideAccessRequestsDefaults = value;
  }
  public resetOverrideAccessRequestsDefaults() {
    this._overrideAccessRequestsDefaults = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get overrideAccessRequestsDefaultsInput() {
    return this._overrideAccessRequestsDefaults;
  }

  // provision_policy - computed: true, optional: true, required: false
  private _provisionPolicy = new AppEntitlementProvisionPolicyOutputReference(this, "provision_policy");
  public get provisionPolicy() {
    return this._provisionPolicy;
  }
  public putProvisionPolicy(value: AppEntitlementProvisionPolicy) {
    this._provisionPolicy.internalValue = value;
  }
  public resetProvisionPolicy() {
    this._provisionPolicy.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get provisionPolicyInput() {
    return this._provisionPolicy.internalValue;
  }

  // purpose - computed: true, optional: true, required: false
  private _purpose?: string; 
  public get purpose() {
    return this.getStringAttribute('purpose');
  }
  public set purpose(value: string) {
    this._purpose = value;
  }
  public resetPurpose() {
    this._purpose = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get purposeInput() {
    return this._purpose;
  }

  // request_schema_id - computed: true, optional: false, required: false
  public get requestSchemaId() {
    return this.getStringAttribute('request_schema_id');
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

  // risk_level_value_id - computed: true, optional: true, required: false
  private _riskLevelValueId?: string; 
  public get riskLevelValueId() {
    return this.getStringAttribute('risk_level_value_id');
  }
  public set riskLevelValueId(value: string) {
    this._riskLevelValueId = value;
  }
  public resetRiskLevelValueId() {
    this._riskLevelValueId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get riskLevelValueIdInput() {
    return this._riskLevelValueId;
  }

  // slug - computed: true, optional: true, required: false
  private _slug?: string; 
  public get slug() {
    return this.getStringAttribute('slug');
  }
  public set slug(value: string) {
    this._slug = value;
  }
  public resetSlug() {
    this._slug = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slugInput() {
    return this._slug;
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

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      alias: cdktf.stringToTerraform(this._alias),
      app_id: cdktf.stringToTerraform(this._appId),
      certify_policy_id: cdktf.stringToTerraform(this._certifyPolicyId),
      compliance_framework_value_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._complianceFrameworkValueIds),
      deprovisioner_policy: appEntitlementDeprovisionerPolicyToTerraform(this._deprovisionerPolicy.internalValue),
      description: cdktf.stringToTerraform(this._description),
      display_name: cdktf.stringToTerraform(this._displayName),
      duration_grant: cdktf.stringToTerraform(this._durationGrant),
      duration_unset: appEntitlementDurationUnsetToTerraform(this._durationUnset.internalValue),
      emergency_grant_enabled: cdktf.booleanToTerraform(this._emergencyGrantEnabled),
      emergency_grant_policy_id: cdktf.stringToTerraform(this._emergencyGrantPolicyId),
      grant_policy_id: cdktf.stringToTerraform(this._grantPolicyId),
      id: cdktf.stringToTerraform(this._id),
      match_baton_id: cdktf.stringToTerraform(this._matchBatonId),
      override_access_requests_defaults: cdktf.booleanToTerraform(this._overrideAccessRequestsDefaults),
      provision_policy: appEntitlementProvisionPolicyToTerraform(this._provisionPolicy.internalValue),
      purpose: cdktf.stringToTerraform(this._purpose),
      revoke_policy_id: cdktf.stringToTerraform(this._revokePolicyId),
      risk_level_value_id: cdktf.stringToTerraform(this._riskLevelValueId),
      slug: cdktf.stringToTerraform(this._slug),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
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
      certify_policy_id: {
        value: cdktf.stringToHclTerraform(this._certifyPolicyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      compliance_framework_value_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._complianceFrameworkValueIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      deprovisioner_policy: {
        value: appEntitlementDeprovisionerPolicyToHclTerraform(this._deprovisionerPolicy.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "AppEntitlementDeprovisionerPolicy",
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
      duration_grant: {
        value: cdktf.stringToHclTerraform(this._durationGrant),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      duration_unset: {
        value: appEntitlementDurationUnsetToHclTerraform(this._durationUnset.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "AppEntitlementDurationUnset",
      },
      emergency_grant_enabled: {
        value: cdktf.booleanToHclTerraform(this._emergencyGrantEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      emergency_grant_policy_id: {
        value: cdktf.stringToHclTerraform(this._emergencyGrantPolicyId),
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
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      match_baton_id: {
        value: cdktf.stringToHclTerraform(this._matchBatonId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      override_access_requests_defaults: {
        value: cdktf.booleanToHclTerraform(this._overrideAccessRequestsDefaults),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      provision_policy: {
        value: appEntitlementProvisionPolicyToHclTerraform(this._provisionPolicy.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "AppEntitlementProvisionPolicy",
      },
      purpose: {
        value: cdktf.stringToHclTerraform(this._purpose),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      revoke_policy_id: {
        value: cdktf.stringToHclTerraform(this._revokePolicyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      risk_level_value_id: {
        value: cdktf.stringToHclTerraform(this._riskLevelValueId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      slug: {
        value: cdktf.stringToHclTerraform(this._slug),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

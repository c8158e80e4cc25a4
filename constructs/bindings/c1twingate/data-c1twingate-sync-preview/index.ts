// https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/sync_preview
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataC1TwingateSyncPreviewConfig extends cdktf.TerraformMetaArguments {
  /**
  * Accept a preview stopped by time_budget_seconds: partial counts, complete = false and a warning, instead of an error. Default false. A preview that read nothing fails either way.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/sync_preview#allow_partial DataC1TwingateSyncPreview#allow_partial}
  */
  readonly allowPartial?: boolean | cdktf.IResolvable;
  /**
  * Twingate API key (sensitive, never stored in state).
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/sync_preview#api_key DataC1TwingateSyncPreview#api_key}
  */
  readonly apiKey: string;
  /**
  * Which behaviour of ConductorOne's Twingate connector connector_view models: "baton-2023" or "baton-2026". Default "baton-2023" (what the cloud-hosted v1 integration most likely runs, inferred).
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/sync_preview#connector_version DataC1TwingateSyncPreview#connector_version}
  */
  readonly connectorVersion?: string;
  /**
  * Provisioning target groups (names or IDs) to look up; each non-empty.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/sync_preview#groups DataC1TwingateSyncPreview#groups}
  */
  readonly groups?: string[];
  /**
  * Twingate network name or URL ("acme", "acme.twingate.com").
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/sync_preview#network DataC1TwingateSyncPreview#network}
  */
  readonly network: string;
  /**
  * Who else reports on the key: "terraform" (default: this data source reports every failure) or "twingate-integration" (set by the TwingateIntegration construct, whose credential check fails the plan for a wrong key or network: such a failure is then left to the check, one error per cause, and this data source returns empty results with a warning).
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/sync_preview#surface DataC1TwingateSyncPreview#surface}
  */
  readonly surface?: string;
  /**
  * Longest the preview may take, waits under the rate limit included, in seconds; a preview stopped there fails the plan unless allow_partial = true. Default 120, at most 86400.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/sync_preview#time_budget_seconds DataC1TwingateSyncPreview#time_budget_seconds}
  */
  readonly timeBudgetSeconds?: number;
}
export interface DataC1TwingateSyncPreviewConnectorView {
}

export function dataC1TwingateSyncPreviewConnectorViewToTerraform(struct?: DataC1TwingateSyncPreviewConnectorView): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataC1TwingateSyncPreviewConnectorViewToHclTerraform(struct?: DataC1TwingateSyncPreviewConnectorView): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataC1TwingateSyncPreviewConnectorViewOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataC1TwingateSyncPreviewConnectorView | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataC1TwingateSyncPreviewConnectorView | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // default_member_page - computed: true, optional: false, required: false
  public get defaultMemberPage() {
    return this.getNumberAttribute('default_member_page');
  }

  // entitlements - computed: true, optional: false, required: false
  public get entitlements() {
    return this.getNumberAttribute('entitlements');
  }

  // group_memberships - computed: true, optional: false, required: false
  public get groupMemberships() {
    return this.getNumberAttribute('group_memberships');
  }

  // group_memberships_missed - computed: true, optional: false, required: false
  public get groupMembershipsMissed() {
    return this.getNumberAttribute('group_memberships_missed');
  }

  // group_memberships_seen - computed: true, optional: false, required: false
  public get groupMembershipsSeen() {
    return this.getNumberAttribute('group_memberships_seen');
  }

  // groups_not_fully_seen - computed: true, optional: false, required: false
  public get groupsNotFullySeen() {
    return this.getNumberAttribute('groups_not_fully_seen');
  }

  // inactive_groups_offered - computed: true, optional: false, required: false
  public get inactiveGroupsOffered() {
    return this.getNumberAttribute('inactive_groups_offered');
  }

  // inactive_users_shown_enabled - computed: true, optional: false, required: false
  public get inactiveUsersShownEnabled() {
    return this.getNumberAttribute('inactive_users_shown_enabled');
  }

  // provisionable_entitlements - computed: true, optional: false, required: false
  public get provisionableEntitlements() {
    return this.getNumberAttribute('provisionable_entitlements');
  }

  // rate_limit_at_risk - computed: true, optional: false, required: false
  public get rateLimitAtRisk() {
    return this.getBooleanAttribute('rate_limit_at_risk');
  }

  // refused_groups - computed: true, optional: false, required: false
  public get refusedGroups() {
    return this.getNumberAttribute('refused_groups');
  }

  // role_grants - computed: true, optional: false, required: false
  private _roleGrants = new cdktf.NumberMap(this, "role_grants");
  public get roleGrants() {
    return this._roleGrants;
  }

  // shared_group_names - computed: true, optional: false, required: false
  public get sharedGroupNames() {
    return this.getNumberAttribute('shared_group_names');
  }

  // sync_requests - computed: true, optional: false, required: false
  public get syncRequests() {
    return this.getNumberAttribute('sync_requests');
  }

  // users_under_other_role - computed: true, optional: false, required: false
  public get usersUnderOtherRole() {
    return this.getNumberAttribute('users_under_other_role');
  }

  // users_without_role_grant - computed: true, optional: false, required: false
  public get usersWithoutRoleGrant() {
    return this.getNumberAttribute('users_without_role_grant');
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute('version');
  }
}

/**
* Represents a {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/sync_preview c1twingate_sync_preview}
*/
export class DataC1TwingateSyncPreview extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "c1twingate_sync_preview";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataC1TwingateSyncPreview resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataC1TwingateSyncPreview to import
  * @param importFromId The id of the existing DataC1TwingateSyncPreview that should be imported. Refer to the {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/sync_preview#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataC1TwingateSyncPreview to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "c1twingate_sync_preview", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/sync_preview c1twingate_sync_preview} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataC1TwingateSyncPreviewConfig
  */
  public constructor(scope: Construct, id: string, config: DataC1TwingateSyncPreviewConfig) {
    super(scope, id, {
      terraformResourceType: 'c1twingate_sync_preview',
      terraformGeneratorMetadata: {
        providerName: 'c1twingate',
        providerVersionConstraint: '~> 0.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._allowPartial = config.allowPartial;
    this._apiKey = config.apiKey;
    this._connectorVersion = config.connectorVersion;
    this._groups = config.groups;
    this._network = config.network;
    this._surface = config.surface;
    this._timeBudgetSeconds = config.timeBudgetSeconds;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // admin_count - computed: true, optional: false, required: false
  public get adminCount() {
    return this.getNumberAttribute('admin_count');
  }

  // allow_partial - computed: false, optional: true, required: false
  private _allowPartial?: boolean | cdktf.IResolvable; 
  public get allowPartial() {
    return this.getBooleanAttribute('allow_partial');
  }
  public set allowPartial(value: boolean | cdktf.IResolvable) {
    this._allowPartial = value;
  }
  public resetAllowPartial() {
    this._allowPartial = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPartialInput() {
    return this._allowPartial;
  }

  // ambiguous_groups - computed: true, optional: false, required: false
  private _ambiguousGroups = new cdktf.StringListMap(this, "ambiguous_groups");
  public get ambiguousGroups() {
    return this._ambiguousGroups;
  }

  // api_key - computed: false, optional: false, required: true
  private _apiKey?: string; 
  public get apiKey() {
    return this.getStringAttribute('api_key');
  }
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // complete - computed: true, optional: false, required: false
  public get complete() {
    return this.getBooleanAttribute('complete');
  }

  // connector_version - computed: false, optional: true, required: false
  private _connectorVersion?: string; 
  public get connectorVersion() {
    return this.getStringAttribute('connector_version');
  }
  public set connectorVersion(value: string) {
    this._connectorVersion = value;
  }
  public resetConnectorVersion() {
    this._connectorVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectorVersionInput() {
    return this._connectorVersion;
  }

  // connector_view - computed: true, optional: false, required: false
  private _connectorView = new DataC1TwingateSyncPreviewConnectorViewOutputReference(this, "connector_view");
  public get connectorView() {
    return this._connectorView;
  }

  // group_count - computed: true, optional: false, required: false
  public get groupCount() {
    return this.getNumberAttribute('group_count');
  }

  // group_types - computed: true, optional: false, required: false
  private _groupTypes = new cdktf.StringMap(this, "group_types");
  public get groupTypes() {
    return this._groupTypes;
  }

  // groups - computed: false, optional: true, required: false
  private _groups?: string[]; 
  public get groups() {
    return this.getListAttribute('groups');
  }
  public set groups(value: string[]) {
    this._groups = value;
  }
  public resetGroups() {
    this._groups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupsInput() {
    return this._groups;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // missing_groups - computed: true, optional: false, required: false
  public get missingGroups() {
    return this.getListAttribute('missing_groups');
  }

  // network - computed: false, optional: false, required: true
  private _network?: string; 
  public get network() {
    return this.getStringAttribute('network');
  }
  public set network(value: string) {
    this._network = value;
  }
  // Temporarily expose input value. Use with caution.
  public get networkInput() {
    return this._network;
  }

  // provisionable_groups - computed: true, optional: false, required: false
  private _provisionableGroups = new cdktf.StringMap(this, "provisionable_groups");
  public get provisionableGroups() {
    return this._provisionableGroups;
  }

  // surface - computed: false, optional: true, required: false
  private _surface?: string; 
  public get surface() {
    return this.getStringAttribute('surface');
  }
  public set surface(value: string) {
    this._surface = value;
  }
  public resetSurface() {
    this._surface = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get surfaceInput() {
    return this._surface;
  }

  // time_budget_seconds - computed: false, optional: true, required: false
  private _timeBudgetSeconds?: number; 
  public get timeBudgetSeconds() {
    return this.getNumberAttribute('time_budget_seconds');
  }
  public set timeBudgetSeconds(value: number) {
    this._timeBudgetSeconds = value;
  }
  public resetTimeBudgetSeconds() {
    this._timeBudgetSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeBudgetSecondsInput() {
    return this._timeBudgetSeconds;
  }

  // user_count - computed: true, optional: false, required: false
  public get userCount() {
    return this.getNumberAttribute('user_count');
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_partial: cdktf.booleanToTerraform(this._allowPartial),
      api_key: cdktf.stringToTerraform(this._apiKey),
      connector_version: cdktf.stringToTerraform(this._connectorVersion),
      groups: cdktf.listMapper(cdktf.stringToTerraform, false)(this._groups),
      network: cdktf.stringToTerraform(this._network),
      surface: cdktf.stringToTerraform(this._surface),
      time_budget_seconds: cdktf.numberToTerraform(this._timeBudgetSeconds),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allow_partial: {
        value: cdktf.booleanToHclTerraform(this._allowPartial),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      api_key: {
        value: cdktf.stringToHclTerraform(this._apiKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      connector_version: {
        value: cdktf.stringToHclTerraform(this._connectorVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      groups: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._groups),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      network: {
        value: cdktf.stringToHclTerraform(this._network),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      surface: {
        value: cdktf.stringToHclTerraform(this._surface),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      time_budget_seconds: {
        value: cdktf.numberToHclTerraform(this._timeBudgetSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

// https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/connector_sync
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ConnectorSyncConfig extends cdktf.TerraformMetaArguments {
  /**
  * What counts as synced: "completed" (default: a completed sync, ConductorOne's Connected) or "started" (a running sync, Syncing, is enough). The mapping of API states to these labels is inferred, not documented by ConductorOne: see docs/conductorone-sync.md.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/connector_sync#accept ConnectorSync#accept}
  */
  readonly accept?: string;
  /**
  * ConductorOne app id the connector belongs to.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/connector_sync#app_id ConnectorSync#app_id}
  */
  readonly appId: string;
  /**
  * Longest time apply waits, in minutes (fractions allowed). Default 30; ConductorOne says syncs take minutes to hours.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/connector_sync#budget_minutes ConnectorSync#budget_minutes}
  */
  readonly budgetMinutes?: number;
  /**
  * ConductorOne connector id (the id of conductorone_integration_twingate).
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/connector_sync#connector_id ConnectorSync#connector_id}
  */
  readonly connectorId: string;
  /**
  * Queue a sync before waiting (ConductorOne force_sync), and accept only a sync newer than what the connector showed before. Default false: a new config starts a sync by itself.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/connector_sync#force_sync ConnectorSync#force_sync}
  */
  readonly forceSync?: boolean | cdktf.IResolvable;
  /**
  * Time between two reads of the connector, in seconds. Default 15.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/connector_sync#poll_interval_seconds ConnectorSync#poll_interval_seconds}
  */
  readonly pollIntervalSeconds?: number;
  /**
  * Any change of these values replaces the resource, so apply waits for a sync again, e.g. { config = conductorone_integration_twingate.this.updated_at }.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/connector_sync#triggers ConnectorSync#triggers}
  */
  readonly triggers?: { [key: string]: string };
  /**
  * Optional: the Twingate API key the connector was given, used only to scrub it from ConductorOne's sync errors (lastError) before they are shown. Never sent anywhere. Write-only.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/connector_sync#twingate_api_key ConnectorSync#twingate_api_key}
  */
  readonly twingateApiKey?: string;
}

/**
* Represents a {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/connector_sync c1twingate_connector_sync}
*/
export class ConnectorSync extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "c1twingate_connector_sync";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ConnectorSync resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ConnectorSync to import
  * @param importFromId The id of the existing ConnectorSync that should be imported. Refer to the {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/connector_sync#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ConnectorSync to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "c1twingate_connector_sync", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/connector_sync c1twingate_connector_sync} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ConnectorSyncConfig
  */
  public constructor(scope: Construct, id: string, config: ConnectorSyncConfig) {
    super(scope, id, {
      terraformResourceType: 'c1twingate_connector_sync',
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
    this._accept = config.accept;
    this._appId = config.appId;
    this._budgetMinutes = config.budgetMinutes;
    this._connectorId = config.connectorId;
    this._forceSync = config.forceSync;
    this._pollIntervalSeconds = config.pollIntervalSeconds;
    this._triggers = config.triggers;
    this._twingateApiKey = config.twingateApiKey;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // accept - computed: true, optional: true, required: false
  private _accept?: string; 
  public get accept() {
    return this.getStringAttribute('accept');
  }
  public set accept(value: string) {
    this._accept = value;
  }
  public resetAccept() {
    this._accept = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get acceptInput() {
    return this._accept;
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

  // budget_minutes - computed: true, optional: true, required: false
  private _budgetMinutes?: number; 
  public get budgetMinutes() {
    return this.getNumberAttribute('budget_minutes');
  }
  public set budgetMinutes(value: number) {
    this._budgetMinutes = value;
  }
  public resetBudgetMinutes() {
    this._budgetMinutes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get budgetMinutesInput() {
    return this._budgetMinutes;
  }

  // completed_at - computed: true, optional: false, required: false
  public get completedAt() {
    return this.getStringAttribute('completed_at');
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

  // force_sync - computed: true, optional: true, required: false
  private _forceSync?: boolean | cdktf.IResolvable; 
  public get forceSync() {
    return this.getBooleanAttribute('force_sync');
  }
  public set forceSync(value: boolean | cdktf.IResolvable) {
    this._forceSync = value;
  }
  public resetForceSync() {
    this._forceSync = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceSyncInput() {
    return this._forceSync;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // label - computed: true, optional: false, required: false
  public get label() {
    return this.getStringAttribute('label');
  }

  // poll_interval_seconds - computed: true, optional: true, required: false
  private _pollIntervalSeconds?: number; 
  public get pollIntervalSeconds() {
    return this.getNumberAttribute('poll_interval_seconds');
  }
  public set pollIntervalSeconds(value: number) {
    this._pollIntervalSeconds = value;
  }
  public resetPollIntervalSeconds() {
    this._pollIntervalSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pollIntervalSecondsInput() {
    return this._pollIntervalSeconds;
  }

  // started_at - computed: true, optional: false, required: false
  public get startedAt() {
    return this.getStringAttribute('started_at');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // triggers - computed: false, optional: true, required: false
  private _triggers?: { [key: string]: string }; 
  public get triggers() {
    return this.getStringMapAttribute('triggers');
  }
  public set triggers(value: { [key: string]: string }) {
    this._triggers = value;
  }
  public resetTriggers() {
    this._triggers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get triggersInput() {
    return this._triggers;
  }

  // twingate_api_key - computed: false, optional: true, required: false
  private _twingateApiKey?: string; 
  public get twingateApiKey() {
    return this.getStringAttribute('twingate_api_key');
  }
  public set twingateApiKey(value: string) {
    this._twingateApiKey = value;
  }
  public resetTwingateApiKey() {
    this._twingateApiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get twingateApiKeyInput() {
    return this._twingateApiKey;
  }

  // verified_at - computed: true, optional: false, required: false
  public get verifiedAt() {
    return this.getStringAttribute('verified_at');
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      accept: cdktf.stringToTerraform(this._accept),
      app_id: cdktf.stringToTerraform(this._appId),
      budget_minutes: cdktf.numberToTerraform(this._budgetMinutes),
      connector_id: cdktf.stringToTerraform(this._connectorId),
      force_sync: cdktf.booleanToTerraform(this._forceSync),
      poll_interval_seconds: cdktf.numberToTerraform(this._pollIntervalSeconds),
      triggers: cdktf.hashMapper(cdktf.stringToTerraform)(this._triggers),
      twingate_api_key: cdktf.stringToTerraform(this._twingateApiKey),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      accept: {
        value: cdktf.stringToHclTerraform(this._accept),
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
      budget_minutes: {
        value: cdktf.numberToHclTerraform(this._budgetMinutes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      connector_id: {
        value: cdktf.stringToHclTerraform(this._connectorId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      force_sync: {
        value: cdktf.booleanToHclTerraform(this._forceSync),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      poll_interval_seconds: {
        value: cdktf.numberToHclTerraform(this._pollIntervalSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      triggers: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._triggers),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      twingate_api_key: {
        value: cdktf.stringToHclTerraform(this._twingateApiKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

// https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/connector_status
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataC1TwingateConnectorStatusConfig extends cdktf.TerraformMetaArguments {
  /**
  * What counts as synced: "completed" (default: a completed sync, ConductorOne's Connected) or "started" (a running sync, Syncing, is enough). The mapping of API states to these labels is inferred, not documented by ConductorOne: see docs/conductorone-sync.md.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/connector_status#accept DataC1TwingateConnectorStatus#accept}
  */
  readonly accept?: string;
  /**
  * ConductorOne app id the connector belongs to.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/connector_status#app_id DataC1TwingateConnectorStatus#app_id}
  */
  readonly appId: string;
  /**
  * ConductorOne connector id (the id of conductorone_integration_twingate).
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/connector_status#connector_id DataC1TwingateConnectorStatus#connector_id}
  */
  readonly connectorId: string;
  /**
  * A problem when the last completed sync is older than this many hours (fractions allowed). Default: no age limit.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/connector_status#max_age_hours DataC1TwingateConnectorStatus#max_age_hours}
  */
  readonly maxAgeHours?: number;
  /**
  * What a problem does to the plan: "warn" (default) or "fail".
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/connector_status#on_problem DataC1TwingateConnectorStatus#on_problem}
  */
  readonly onProblem?: string;
  /**
  * Optional: the Twingate API key the connector was given, used only to scrub it from ConductorOne's sync errors (lastError) before they are shown. Never sent anywhere. Never stored in state.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/connector_status#twingate_api_key DataC1TwingateConnectorStatus#twingate_api_key}
  */
  readonly twingateApiKey?: string;
}

/**
* Represents a {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/connector_status c1twingate_connector_status}
*/
export class DataC1TwingateConnectorStatus extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "c1twingate_connector_status";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataC1TwingateConnectorStatus resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataC1TwingateConnectorStatus to import
  * @param importFromId The id of the existing DataC1TwingateConnectorStatus that should be imported. Refer to the {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/connector_status#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataC1TwingateConnectorStatus to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "c1twingate_connector_status", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/data-sources/connector_status c1twingate_connector_status} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataC1TwingateConnectorStatusConfig
  */
  public constructor(scope: Construct, id: string, config: DataC1TwingateConnectorStatusConfig) {
    super(scope, id, {
      terraformResourceType: 'c1twingate_connector_status',
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
    this._connectorId = config.connectorId;
    this._maxAgeHours = config.maxAgeHours;
    this._onProblem = config.onProblem;
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

  // disabled_reason - computed: true, optional: false, required: false
  public get disabledReason() {
    return this.getStringAttribute('disabled_reason');
  }

  // healthy - computed: true, optional: false, required: false
  public get healthy() {
    return this.getBooleanAttribute('healthy');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // label - computed: true, optional: false, required: false
  public get label() {
    return this.getStringAttribute('label');
  }

  // last_error - computed: true, optional: false, required: false
  public get lastError() {
    return this.getStringAttribute('last_error');
  }

  // max_age_hours - computed: false, optional: true, required: false
  private _maxAgeHours?: number; 
  public get maxAgeHours() {
    return this.getNumberAttribute('max_age_hours');
  }
  public set maxAgeHours(value: number) {
    this._maxAgeHours = value;
  }
  public resetMaxAgeHours() {
    this._maxAgeHours = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxAgeHoursInput() {
    return this._maxAgeHours;
  }

  // on_problem - computed: true, optional: true, required: false
  private _onProblem?: string; 
  public get onProblem() {
    return this.getStringAttribute('on_problem');
  }
  public set onProblem(value: string) {
    this._onProblem = value;
  }
  public resetOnProblem() {
    this._onProblem = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onProblemInput() {
    return this._onProblem;
  }

  // started_at - computed: true, optional: false, required: false
  public get startedAt() {
    return this.getStringAttribute('started_at');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
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

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      accept: cdktf.stringToTerraform(this._accept),
      app_id: cdktf.stringToTerraform(this._appId),
      connector_id: cdktf.stringToTerraform(this._connectorId),
      max_age_hours: cdktf.numberToTerraform(this._maxAgeHours),
      on_problem: cdktf.stringToTerraform(this._onProblem),
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
      connector_id: {
        value: cdktf.stringToHclTerraform(this._connectorId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      max_age_hours: {
        value: cdktf.numberToHclTerraform(this._maxAgeHours),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      on_problem: {
        value: cdktf.stringToHclTerraform(this._onProblem),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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

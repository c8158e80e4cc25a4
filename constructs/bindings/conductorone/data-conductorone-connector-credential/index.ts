// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_credential
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataConductoroneConnectorCredentialConfig extends cdktf.TerraformMetaArguments {
  /**
  * The appId of the app the connector is attached to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_credential#app_id DataConductoroneConnectorCredential#app_id}
  */
  readonly appId: string;
  /**
  * The connectorId of the connector the credential is associated with.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_credential#connector_id DataConductoroneConnectorCredential#connector_id}
  */
  readonly connectorId: string;
  /**
  * The id of the ConnectorCredential.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_credential#id DataConductoroneConnectorCredential#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_credential conductorone_connector_credential}
*/
export class DataConductoroneConnectorCredential extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_connector_credential";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataConductoroneConnectorCredential resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataConductoroneConnectorCredential to import
  * @param importFromId The id of the existing DataConductoroneConnectorCredential that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_credential#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataConductoroneConnectorCredential to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_connector_credential", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/connector_credential conductorone_connector_credential} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataConductoroneConnectorCredentialConfig
  */
  public constructor(scope: Construct, id: string, config: DataConductoroneConnectorCredentialConfig) {
    super(scope, id, {
      terraformResourceType: 'conductorone_connector_credential',
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
    this._id = config.id;
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

  // client_id - computed: true, optional: false, required: false
  public get clientId() {
    return this.getStringAttribute('client_id');
  }

  // client_secret - computed: true, optional: false, required: false
  public get clientSecret() {
    return this.getStringAttribute('client_secret');
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

  // deleted_at - computed: true, optional: false, required: false
  public get deletedAt() {
    return this.getStringAttribute('deleted_at');
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // expires_time - computed: true, optional: false, required: false
  public get expiresTime() {
    return this.getStringAttribute('expires_time');
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

  // last_used_at - computed: true, optional: false, required: false
  public get lastUsedAt() {
    return this.getStringAttribute('last_used_at');
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
      app_id: cdktf.stringToTerraform(this._appId),
      connector_id: cdktf.stringToTerraform(this._connectorId),
      id: cdktf.stringToTerraform(this._id),
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
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

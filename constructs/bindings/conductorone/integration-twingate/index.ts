// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/integration_twingate
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface IntegrationTwingateConfig extends cdktf.TerraformMetaArguments {
  /**
  * The ID for the Application that this integration should connected to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/integration_twingate#app_id IntegrationTwingate#app_id}
  */
  readonly appId: string;
  /**
  * API key
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/integration_twingate#twingate_apikey IntegrationTwingate#twingate_apikey}
  */
  readonly twingateApikey?: string;
  /**
  * Domain
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/integration_twingate#twingate_domain IntegrationTwingate#twingate_domain}
  */
  readonly twingateDomain?: string;
  /**
  * A list of user IDs of who owns this integration. It defaults to the user who created the integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/integration_twingate#user_ids IntegrationTwingate#user_ids}
  */
  readonly userIds?: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/integration_twingate conductorone_integration_twingate}
*/
export class IntegrationTwingate extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_integration_twingate";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IntegrationTwingate resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IntegrationTwingate to import
  * @param importFromId The id of the existing IntegrationTwingate that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/integration_twingate#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IntegrationTwingate to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_integration_twingate", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/resources/integration_twingate conductorone_integration_twingate} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IntegrationTwingateConfig
  */
  public constructor(scope: Construct, id: string, config: IntegrationTwingateConfig) {
    super(scope, id, {
      terraformResourceType: 'conductorone_integration_twingate',
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
    this._twingateApikey = config.twingateApikey;
    this._twingateDomain = config.twingateDomain;
    this._userIds = config.userIds;
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

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // deleted_at - computed: true, optional: false, required: false
  public get deletedAt() {
    return this.getStringAttribute('deleted_at');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // twingate_apikey - computed: false, optional: true, required: false
  private _twingateApikey?: string; 
  public get twingateApikey() {
    return this.getStringAttribute('twingate_apikey');
  }
  public set twingateApikey(value: string) {
    this._twingateApikey = value;
  }
  public resetTwingateApikey() {
    this._twingateApikey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get twingateApikeyInput() {
    return this._twingateApikey;
  }

  // twingate_domain - computed: false, optional: true, required: false
  private _twingateDomain?: string; 
  public get twingateDomain() {
    return this.getStringAttribute('twingate_domain');
  }
  public set twingateDomain(value: string) {
    this._twingateDomain = value;
  }
  public resetTwingateDomain() {
    this._twingateDomain = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get twingateDomainInput() {
    return this._twingateDomain;
  }

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
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

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      app_id: cdktf.stringToTerraform(this._appId),
      twingate_apikey: cdktf.stringToTerraform(this._twingateApikey),
      twingate_domain: cdktf.stringToTerraform(this._twingateDomain),
      user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._userIds),
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
      twingate_apikey: {
        value: cdktf.stringToHclTerraform(this._twingateApikey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      twingate_domain: {
        value: cdktf.stringToHclTerraform(this._twingateDomain),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._userIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

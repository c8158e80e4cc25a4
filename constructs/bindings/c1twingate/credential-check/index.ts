// https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/credential_check
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CredentialCheckConfig extends cdktf.TerraformMetaArguments {
  /**
  * Twingate API key. Write-only: never stored in plan or state.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/credential_check#api_key CredentialCheck#api_key}
  */
  readonly apiKey: string;
  /**
  * Twingate network name or URL ("acme", "acme.twingate.com"). Changing it replaces the check.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/credential_check#network CredentialCheck#network}
  */
  readonly network: string;
  /**
  * Permission the key must have: "read" or "write". Default "read".
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/credential_check#require CredentialCheck#require}
  */
  readonly require?: string;
  /**
  * Whose words the messages use: "terraform" (default: this block's arguments, e.g. require = "write") or "twingate-integration" (the TwingateIntegration construct's props, e.g. access: "provisioning"; the construct sets it). Changes only messages.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/credential_check#surface CredentialCheck#surface}
  */
  readonly surface?: string;
}

/**
* Represents a {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/credential_check c1twingate_credential_check}
*/
export class CredentialCheck extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "c1twingate_credential_check";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CredentialCheck resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CredentialCheck to import
  * @param importFromId The id of the existing CredentialCheck that should be imported. Refer to the {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/credential_check#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CredentialCheck to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "c1twingate_credential_check", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs/resources/credential_check c1twingate_credential_check} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CredentialCheckConfig
  */
  public constructor(scope: Construct, id: string, config: CredentialCheckConfig) {
    super(scope, id, {
      terraformResourceType: 'c1twingate_credential_check',
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
    this._apiKey = config.apiKey;
    this._network = config.network;
    this._require = config.require;
    this._surface = config.surface;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // api_url - computed: true, optional: false, required: false
  public get apiUrl() {
    return this.getStringAttribute('api_url');
  }

  // endpoint - computed: true, optional: false, required: false
  public get endpoint() {
    return this.getStringAttribute('endpoint');
  }

  // group_count - computed: true, optional: false, required: false
  public get groupCount() {
    return this.getNumberAttribute('group_count');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key_fingerprint - computed: true, optional: false, required: false
  public get keyFingerprint() {
    return this.getStringAttribute('key_fingerprint');
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

  // network_label - computed: true, optional: false, required: false
  public get networkLabel() {
    return this.getStringAttribute('network_label');
  }

  // permission - computed: true, optional: false, required: false
  public get permission() {
    return this.getStringAttribute('permission');
  }

  // require - computed: true, optional: true, required: false
  private _require?: string; 
  public get require() {
    return this.getStringAttribute('require');
  }
  public set require(value: string) {
    this._require = value;
  }
  public resetRequire() {
    this._require = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requireInput() {
    return this._require;
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

  // user_count - computed: true, optional: false, required: false
  public get userCount() {
    return this.getNumberAttribute('user_count');
  }

  // validated_at - computed: true, optional: false, required: false
  public get validatedAt() {
    return this.getStringAttribute('validated_at');
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      api_key: cdktf.stringToTerraform(this._apiKey),
      network: cdktf.stringToTerraform(this._network),
      require: cdktf.stringToTerraform(this._require),
      surface: cdktf.stringToTerraform(this._surface),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      api_key: {
        value: cdktf.stringToHclTerraform(this._apiKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      network: {
        value: cdktf.stringToHclTerraform(this._network),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      require: {
        value: cdktf.stringToHclTerraform(this._require),
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
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

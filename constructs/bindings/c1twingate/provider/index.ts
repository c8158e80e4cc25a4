// https://c1twingate.invalid/providers/local/c1twingate/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface C1TwingateProviderConfig {
  /**
  * Base domain of Twingate networks. Default "twingate.com".
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#base_domain C1TwingateProvider#base_domain}
  */
  readonly baseDomain?: string;
  /**
  * URL template of the Twingate API containing {network}, e.g. "http://127.0.0.1:4567/{network}" for the simulator. Default "https://{network}.<base_domain>".
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#base_url C1TwingateProvider#base_url}
  */
  readonly baseUrl?: string;
  /**
  * Cap on one Twingate API response, compressed or decompressed, in bytes. Default 16777216 (16 MiB).
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#max_response_bytes C1TwingateProvider#max_response_bytes}
  */
  readonly maxResponseBytes?: number;
  /**
  * Retries of a request after a rate limit (429), a 5xx or a dropped connection. Default 3.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#max_retries C1TwingateProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Client-side pacing of queries per network. Default 60 (Twingate's limit).
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#reads_per_minute C1TwingateProvider#reads_per_minute}
  */
  readonly readsPerMinute?: number;
  /**
  * Longest one credential check may take, retries and waits included, in seconds. Default 90.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#time_budget_seconds C1TwingateProvider#time_budget_seconds}
  */
  readonly timeBudgetSeconds?: number;
  /**
  * Timeout of one API request in seconds. Default 35.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#timeout_seconds C1TwingateProvider#timeout_seconds}
  */
  readonly timeoutSeconds?: number;
  /**
  * Client-side pacing of mutations per network. Default 20 (Twingate's limit).
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#writes_per_minute C1TwingateProvider#writes_per_minute}
  */
  readonly writesPerMinute?: number;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#alias C1TwingateProvider#alias}
  */
  readonly alias?: string;
  /**
  * conductorone block
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#conductorone C1TwingateProvider#conductorone}
  */
  readonly conductorone?: C1TwingateProviderConductorone;
}
export interface C1TwingateProviderConductorone {
  /**
  * Client id, <name>@<tenant host>/<kind> (env CONDUCTORONE_CLIENT_ID).
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#client_id C1TwingateProvider#client_id}
  */
  readonly clientId?: string;
  /**
  * Client secret, secret-token:conductorone.com:v1:… (env CONDUCTORONE_CLIENT_SECRET). Sensitive: prefer the environment variable or an ephemeral variable.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#client_secret C1TwingateProvider#client_secret}
  */
  readonly clientSecret?: string;
  /**
  * OIDC token for workload identity federation (env CONDUCTORONE_OIDC_TOKEN, then TFC_WORKLOAD_IDENTITY_TOKEN_CONDUCTORONE, TFC_WORKLOAD_IDENTITY_TOKEN_C1, TFC_WORKLOAD_IDENTITY_TOKEN); needs client_id.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#oidc_token C1TwingateProvider#oidc_token}
  */
  readonly oidcToken?: string;
  /**
  * ConductorOne API URL, e.g. https://acme.conductor.one (env CONDUCTORONE_SERVER_URL). Default: the host inside client_id.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#server_url C1TwingateProvider#server_url}
  */
  readonly serverUrl?: string;
  /**
  * Tenant name, "acme" for acme.conductor.one (env CONDUCTORONE_TENANT_DOMAIN); used instead of server_url when set.
  *
  * Docs at Terraform Registry: {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#tenant_domain C1TwingateProvider#tenant_domain}
  */
  readonly tenantDomain?: string;
}

export function c1TwingateProviderConductoroneToTerraform(struct?: C1TwingateProviderConductorone | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    client_id: cdktf.stringToTerraform(struct!.clientId),
    client_secret: cdktf.stringToTerraform(struct!.clientSecret),
    oidc_token: cdktf.stringToTerraform(struct!.oidcToken),
    server_url: cdktf.stringToTerraform(struct!.serverUrl),
    tenant_domain: cdktf.stringToTerraform(struct!.tenantDomain),
  }
}


export function c1TwingateProviderConductoroneToHclTerraform(struct?: C1TwingateProviderConductorone | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    client_id: {
      value: cdktf.stringToHclTerraform(struct!.clientId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    client_secret: {
      value: cdktf.stringToHclTerraform(struct!.clientSecret),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    oidc_token: {
      value: cdktf.stringToHclTerraform(struct!.oidcToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    server_url: {
      value: cdktf.stringToHclTerraform(struct!.serverUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tenant_domain: {
      value: cdktf.stringToHclTerraform(struct!.tenantDomain),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}


/**
* Represents a {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs c1twingate}
*/
export class C1TwingateProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "c1twingate";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a C1TwingateProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the C1TwingateProvider to import
  * @param importFromId The id of the existing C1TwingateProvider that should be imported. Refer to the {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the C1TwingateProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "c1twingate", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://c1twingate.invalid/providers/local/c1twingate/latest/docs c1twingate} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options C1TwingateProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: C1TwingateProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'c1twingate',
      terraformGeneratorMetadata: {
        providerName: 'c1twingate',
        providerVersionConstraint: '~> 0.1'
      },
      terraformProviderSource: 'c1twingate.invalid/local/c1twingate'
    });
    this._baseDomain = config.baseDomain;
    this._baseUrl = config.baseUrl;
    this._maxResponseBytes = config.maxResponseBytes;
    this._maxRetries = config.maxRetries;
    this._readsPerMinute = config.readsPerMinute;
    this._timeBudgetSeconds = config.timeBudgetSeconds;
    this._timeoutSeconds = config.timeoutSeconds;
    this._writesPerMinute = config.writesPerMinute;
    this._alias = config.alias;
    this._conductorone = config.conductorone;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // base_domain - computed: false, optional: true, required: false
  private _baseDomain?: string; 
  public get baseDomain() {
    return this._baseDomain;
  }
  public set baseDomain(value: string | undefined) {
    this._baseDomain = value;
  }
  public resetBaseDomain() {
    this._baseDomain = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get baseDomainInput() {
    return this._baseDomain;
  }

  // base_url - computed: false, optional: true, required: false
  private _baseUrl?: string; 
  public get baseUrl() {
    return this._baseUrl;
  }
  public set baseUrl(value: string | undefined) {
    this._baseUrl = value;
  }
  public resetBaseUrl() {
    this._baseUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get baseUrlInput() {
    return this._baseUrl;
  }

  // max_response_bytes - computed: false, optional: true, required: false
  private _maxResponseBytes?: number; 
  public get maxResponseBytes() {
    return this._maxResponseBytes;
  }
  public set maxResponseBytes(value: number | undefined) {
    this._maxResponseBytes = value;
  }
  public resetMaxResponseBytes() {
    this._maxResponseBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxResponseBytesInput() {
    return this._maxResponseBytes;
  }

  // max_retries - computed: false, optional: true, required: false
  private _maxRetries?: number; 
  public get maxRetries() {
    return this._maxRetries;
  }
  public set maxRetries(value: number | undefined) {
    this._maxRetries = value;
  }
  public resetMaxRetries() {
    this._maxRetries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRetriesInput() {
    return this._maxRetries;
  }

  // reads_per_minute - computed: false, optional: true, required: false
  private _readsPerMinute?: number; 
  public get readsPerMinute() {
    return this._readsPerMinute;
  }
  public set readsPerMinute(value: number | undefined) {
    this._readsPerMinute = value;
  }
  public resetReadsPerMinute() {
    this._readsPerMinute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readsPerMinuteInput() {
    return this._readsPerMinute;
  }

  // time_budget_seconds - computed: false, optional: true, required: false
  private _timeBudgetSeconds?: number; 
  public get timeBudgetSeconds() {
    return this._timeBudgetSeconds;
  }
  public set timeBudgetSeconds(value: number | undefined) {
    this._timeBudgetSeconds = value;
  }
  public resetTimeBudgetSeconds() {
    this._timeBudgetSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeBudgetSecondsInput() {
    return this._timeBudgetSeconds;
  }

  // timeout_seconds - computed: false, optional: true, required: false
  private _timeoutSeconds?: number; 
  public get timeoutSeconds() {
    return this._timeoutSeconds;
  }
  public set timeoutSeconds(value: number | undefined) {
    this._timeoutSeconds = value;
  }
  public resetTimeoutSeconds() {
    this._timeoutSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutSecondsInput() {
    return this._timeoutSeconds;
  }

  // writes_per_minute - computed: false, optional: true, required: false
  private _writesPerMinute?: number; 
  public get writesPerMinute() {
    return this._writesPerMinute;
  }
  public set writesPerMinute(value: number | undefined) {
    this._writesPerMinute = value;
  }
  public resetWritesPerMinute() {
    this._writesPerMinute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get writesPerMinuteInput() {
    return this._writesPerMinute;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public override get alias() {
    return this._alias;
  }
  public override set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // conductorone - computed: false, optional: true, required: false
  private _conductorone?: C1TwingateProviderConductorone; 
  public get conductorone() {
    return this._conductorone;
  }
  public set conductorone(value: C1TwingateProviderConductorone | undefined) {
    this._conductorone = value;
  }
  public resetConductorone() {
    this._conductorone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conductoroneInput() {
    return this._conductorone;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      base_domain: cdktf.stringToTerraform(this._baseDomain),
      base_url: cdktf.stringToTerraform(this._baseUrl),
      max_response_bytes: cdktf.numberToTerraform(this._maxResponseBytes),
      max_retries: cdktf.numberToTerraform(this._maxRetries),
      reads_per_minute: cdktf.numberToTerraform(this._readsPerMinute),
      time_budget_seconds: cdktf.numberToTerraform(this._timeBudgetSeconds),
      timeout_seconds: cdktf.numberToTerraform(this._timeoutSeconds),
      writes_per_minute: cdktf.numberToTerraform(this._writesPerMinute),
      alias: cdktf.stringToTerraform(this._alias),
      conductorone: c1TwingateProviderConductoroneToTerraform(this._conductorone),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      base_domain: {
        value: cdktf.stringToHclTerraform(this._baseDomain),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      base_url: {
        value: cdktf.stringToHclTerraform(this._baseUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      max_response_bytes: {
        value: cdktf.numberToHclTerraform(this._maxResponseBytes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      max_retries: {
        value: cdktf.numberToHclTerraform(this._maxRetries),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      reads_per_minute: {
        value: cdktf.numberToHclTerraform(this._readsPerMinute),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      time_budget_seconds: {
        value: cdktf.numberToHclTerraform(this._timeBudgetSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      timeout_seconds: {
        value: cdktf.numberToHclTerraform(this._timeoutSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      writes_per_minute: {
        value: cdktf.numberToHclTerraform(this._writesPerMinute),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      conductorone: {
        value: c1TwingateProviderConductoroneToHclTerraform(this._conductorone),
        isBlock: true,
        type: "struct",
        storageClassType: "C1TwingateProviderConductorone",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

import type { Construct } from "constructs";
import * as cdktf from "../../core";
import { definedHclAttributes } from "../hcl-attributes";
import { CONDUCTORONE_GENERATOR_METADATA } from "./provider";

export interface IntegrationTwingateConfig extends cdktf.TerraformMetaArguments {
  /**
   * The ConductorOne app the Twingate connector belongs to. Changing it replaces the integration.
   */
  readonly appId: string;
  /**
   * Twingate API key (exact attribute name `twingate_apikey`). Sensitive; pass a token
   * (sensitive variable), never a literal, or it lands in cdk.tf.json.
   *
   * @default - no key: ConductorOne creates a delegated connector pending configuration
   */
  readonly twingateApikey?: string;
  /**
   * The Twingate network name, e.g. `acme` for `acme.twingate.com`.
   *
   * @default - no domain
   */
  readonly twingateDomain?: string;
  /**
   * Connector owners. Optional+computed in the provider; since July 2026 ConductorOne
   * no longer returns it, so setting it drifts. Prefer `conductorone_connector_owner_user`.
   *
   * @default - owners are not managed through this attribute
   */
  readonly userIds?: string[];
}

/** Represents `conductorone_integration_twingate`. Import is not supported by the provider. */
export class IntegrationTwingate extends cdktf.TerraformResource {
  public static readonly tfResourceType = "conductorone_integration_twingate";

  public constructor(scope: Construct, id: string, config: IntegrationTwingateConfig) {
    super(scope, id, {
      terraformResourceType: "conductorone_integration_twingate",
      terraformGeneratorMetadata: CONDUCTORONE_GENERATOR_METADATA,
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._appId = config.appId;
    this._twingateApikey = config.twingateApikey;
    this._twingateDomain = config.twingateDomain;
    this._userIds = config.userIds;
  }

  private _appId?: string;
  public get appId(): string {
    return this.getStringAttribute("app_id");
  }
  public set appId(value: string) {
    this._appId = value;
  }
  public get appIdInput(): string | undefined {
    return this._appId;
  }

  private _twingateApikey?: string;
  public get twingateApikey(): string {
    return this.getStringAttribute("twingate_apikey");
  }
  public set twingateApikey(value: string) {
    this._twingateApikey = value;
  }
  public resetTwingateApikey(): void {
    this._twingateApikey = undefined;
  }
  public get twingateApikeyInput(): string | undefined {
    return this._twingateApikey;
  }

  private _twingateDomain?: string;
  public get twingateDomain(): string {
    return this.getStringAttribute("twingate_domain");
  }
  public set twingateDomain(value: string) {
    this._twingateDomain = value;
  }
  public resetTwingateDomain(): void {
    this._twingateDomain = undefined;
  }
  public get twingateDomainInput(): string | undefined {
    return this._twingateDomain;
  }

  private _userIds?: string[];
  public get userIds(): string[] {
    return this.getListAttribute("user_ids");
  }
  public set userIds(value: string[]) {
    this._userIds = value;
  }
  public resetUserIds(): void {
    this._userIds = undefined;
  }
  public get userIdsInput(): string[] | undefined {
    return this._userIds;
  }

  // id - computed: true, optional: false, required: false
  public get id(): string {
    return this.getStringAttribute("id");
  }
  public get createdAt(): string {
    return this.getStringAttribute("created_at");
  }
  public get deletedAt(): string {
    return this.getStringAttribute("deleted_at");
  }
  public get updatedAt(): string {
    return this.getStringAttribute("updated_at");
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      app_id: cdktf.stringToTerraform(this._appId),
      twingate_apikey: cdktf.stringToTerraform(this._twingateApikey),
      twingate_domain: cdktf.stringToTerraform(this._twingateDomain),
      user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._userIds),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: unknown } {
    return definedHclAttributes({
      app_id: { value: cdktf.stringToHclTerraform(this._appId), isBlock: false, type: "simple", storageClassType: "string" },
      twingate_apikey: { value: cdktf.stringToHclTerraform(this._twingateApikey), isBlock: false, type: "simple", storageClassType: "string" },
      twingate_domain: { value: cdktf.stringToHclTerraform(this._twingateDomain), isBlock: false, type: "simple", storageClassType: "string" },
      user_ids: { value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._userIds), isBlock: false, type: "list", storageClassType: "stringList" },
    });
  }
}

import type { Construct } from "constructs";
import * as cdktf from "../../core";
import { definedHclAttributes } from "../hcl-attributes";
import { CONDUCTORONE_GENERATOR_METADATA } from "./provider";

/** `user_ref` nested attribute (an object attribute, not a block). */
export interface ConnectorOwnerUserUserRef {
  /**
   * The id of the user.
   *
   * @default - unset
   */
  readonly id?: string;
}

export function connectorOwnerUserUserRefToTerraform(struct?: ConnectorOwnerUserUserRef | cdktf.IResolvable): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  const ref = struct as ConnectorOwnerUserUserRef;
  return { id: cdktf.stringToTerraform(ref.id) };
}

export function connectorOwnerUserUserRefToHclTerraform(struct?: ConnectorOwnerUserUserRef | cdktf.IResolvable): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  const ref = struct as ConnectorOwnerUserUserRef;
  return definedHclAttributes({
    id: { value: cdktf.stringToHclTerraform(ref.id), isBlock: false, type: "simple", storageClassType: "string" },
  });
}

export interface ConnectorOwnerUserConfig extends cdktf.TerraformMetaArguments {
  /** The app of the connector. Requires replacement if changed. */
  readonly appId: string;
  /** The connector (the integration's `id`). Requires replacement if changed. */
  readonly connectorId: string;
  /**
   * The ownership role. ConductorOne does not document the valid slugs publicly;
   * see `TwingateIntegrationProps.ownerRoleSlug`. Requires replacement if changed.
   */
  readonly roleSlug: string;
  /** The ConductorOne user id of the owner. Requires replacement if changed. */
  readonly userRefId: string;
  /**
   * A reference to the user. Requires replacement if changed.
   *
   * @default - none
   */
  readonly userRef?: ConnectorOwnerUserUserRef;
}

/** Represents `conductorone_connector_owner_user` (provider ≥ 1.4.0): one owner of one connector. */
export class ConnectorOwnerUser extends cdktf.TerraformResource {
  public static readonly tfResourceType = "conductorone_connector_owner_user";

  /** Import id is JSON `{"app_id","connector_id","role_slug","user_ref_id"}`. */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_connector_owner_user", importId: importFromId, provider });
  }

  public constructor(scope: Construct, id: string, config: ConnectorOwnerUserConfig) {
    super(scope, id, {
      terraformResourceType: "conductorone_connector_owner_user",
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
    this._connectorId = config.connectorId;
    this._roleSlug = config.roleSlug;
    this._userRefId = config.userRefId;
    this._userRef = config.userRef;
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

  private _connectorId?: string;
  public get connectorId(): string {
    return this.getStringAttribute("connector_id");
  }
  public set connectorId(value: string) {
    this._connectorId = value;
  }
  public get connectorIdInput(): string | undefined {
    return this._connectorId;
  }

  private _roleSlug?: string;
  public get roleSlug(): string {
    return this.getStringAttribute("role_slug");
  }
  public set roleSlug(value: string) {
    this._roleSlug = value;
  }
  public get roleSlugInput(): string | undefined {
    return this._roleSlug;
  }

  private _userRefId?: string;
  public get userRefId(): string {
    return this.getStringAttribute("user_ref_id");
  }
  public set userRefId(value: string) {
    this._userRefId = value;
  }
  public get userRefIdInput(): string | undefined {
    return this._userRefId;
  }

  private _userRef?: ConnectorOwnerUserUserRef;
  /** Token for `user_ref.id`. */
  public get userRefIdAttribute(): string {
    return this.getStringAttribute("user_ref.id");
  }
  public putUserRef(value: ConnectorOwnerUserUserRef): void {
    this._userRef = value;
  }
  public resetUserRef(): void {
    this._userRef = undefined;
  }
  public get userRefInput(): ConnectorOwnerUserUserRef | undefined {
    return this._userRef;
  }

  public get createdAt(): string {
    return this.getStringAttribute("created_at");
  }
  /** Token for the computed `user.id`. */
  public get userId(): string {
    return this.getStringAttribute("user.id");
  }
  /** Token for the computed `user.email`. */
  public get userEmail(): string {
    return this.getStringAttribute("user.email");
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      app_id: cdktf.stringToTerraform(this._appId),
      connector_id: cdktf.stringToTerraform(this._connectorId),
      role_slug: cdktf.stringToTerraform(this._roleSlug),
      user_ref_id: cdktf.stringToTerraform(this._userRefId),
      user_ref: connectorOwnerUserUserRefToTerraform(this._userRef),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: unknown } {
    return definedHclAttributes({
      app_id: { value: cdktf.stringToHclTerraform(this._appId), isBlock: false, type: "simple", storageClassType: "string" },
      connector_id: { value: cdktf.stringToHclTerraform(this._connectorId), isBlock: false, type: "simple", storageClassType: "string" },
      role_slug: { value: cdktf.stringToHclTerraform(this._roleSlug), isBlock: false, type: "simple", storageClassType: "string" },
      user_ref_id: { value: cdktf.stringToHclTerraform(this._userRefId), isBlock: false, type: "simple", storageClassType: "string" },
      user_ref: { value: connectorOwnerUserUserRefToHclTerraform(this._userRef), isBlock: false, type: "struct", storageClassType: "ConnectorOwnerUserUserRef" },
    });
  }
}

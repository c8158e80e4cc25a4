import type { Construct } from "constructs";
import * as cdktf from "../../core";
import { definedHclAttributes } from "../hcl-attributes";
import { C1TWINGATE_GENERATOR_METADATA } from "./provider";

/** Permission a check requires of the key. */
export type RequiredPermission = "read" | "write";

export interface CredentialCheckConfig extends cdktf.TerraformMetaArguments {
  /** Network name or URL (`acme`, `acme.twingate.com`). Changing it forces replacement. */
  readonly network: string;
  /**
   * Twingate API key. Sensitive and write-only: the provider never stores it in state.
   * Pass a token (sensitive variable), never a literal.
   */
  readonly apiKey: string;
  /**
   * Permission the key must have; the plan fails when it has less.
   *
   * @default "read"
   */
  readonly require?: RequiredPermission | string;
}

/**
 * Represents `c1twingate_credential_check`: planning it calls Twingate with the key,
 * so a wrong key, network or permission fails `terraform plan` before anything is created.
 */
export class CredentialCheck extends cdktf.TerraformResource {
  public static readonly tfResourceType = "c1twingate_credential_check";

  public constructor(scope: Construct, id: string, config: CredentialCheckConfig) {
    super(scope, id, {
      terraformResourceType: "c1twingate_credential_check",
      terraformGeneratorMetadata: C1TWINGATE_GENERATOR_METADATA,
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._network = config.network;
    this._apiKey = config.apiKey;
    this._require = config.require;
  }

  private _network?: string;
  public get network(): string {
    return this.getStringAttribute("network");
  }
  public set network(value: string) {
    this._network = value;
  }
  public get networkInput(): string | undefined {
    return this._network;
  }

  // api_key is write-only: no attribute getter, a reference would always read null.
  private _apiKey?: string;
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  public get apiKeyInput(): string | undefined {
    return this._apiKey;
  }

  private _require?: string;
  public get require(): string {
    return this.getStringAttribute("require");
  }
  public set require(value: string) {
    this._require = value;
  }
  public resetRequire(): void {
    this._require = undefined;
  }
  public get requireInput(): string | undefined {
    return this._require;
  }

  // Computed outputs.
  public get id(): string {
    return this.getStringAttribute("id");
  }
  /** The normalised network name (`acme`). */
  public get networkLabel(): string {
    return this.getStringAttribute("network_label");
  }
  /** The GraphQL URL used. */
  public get endpoint(): string {
    return this.getStringAttribute("endpoint");
  }
  /** `read`, `write` or `unknown`. */
  public get permission(): string {
    return this.getStringAttribute("permission");
  }
  /** Non-reversible fingerprint of the key, so a rotated key shows as a change. */
  public get keyFingerprint(): string {
    return this.getStringAttribute("key_fingerprint");
  }
  public get validatedAt(): string {
    return this.getStringAttribute("validated_at");
  }
  public get userCount(): number {
    return this.getNumberAttribute("user_count");
  }
  public get groupCount(): number {
    return this.getNumberAttribute("group_count");
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      network: cdktf.stringToTerraform(this._network),
      api_key: cdktf.stringToTerraform(this._apiKey),
      require: cdktf.stringToTerraform(this._require),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: unknown } {
    return definedHclAttributes({
      network: { value: cdktf.stringToHclTerraform(this._network), isBlock: false, type: "simple", storageClassType: "string" },
      api_key: { value: cdktf.stringToHclTerraform(this._apiKey), isBlock: false, type: "simple", storageClassType: "string" },
      require: { value: cdktf.stringToHclTerraform(this._require), isBlock: false, type: "simple", storageClassType: "string" },
    });
  }
}

import type { Construct } from "constructs";
import * as cdktf from "../../core";
import { definedHclAttributes } from "../hcl-attributes";
import type { RequiredPermission } from "./credential-check";
import { C1TWINGATE_GENERATOR_METADATA } from "./provider";

export interface DataC1twingateCredentialsConfig extends cdktf.TerraformMetaArguments {
  /** Network name or URL (`acme`, `acme.twingate.com`). */
  readonly network: string;
  /** Twingate API key (sensitive). Pass a token, never a literal. */
  readonly apiKey: string;
  /**
   * Permission the key must have.
   *
   * @default "read"
   */
  readonly require?: RequiredPermission | string;
}

/** Represents the `c1twingate_credentials` data source: the same check as a read, re-run on every plan. */
export class DataC1twingateCredentials extends cdktf.TerraformDataSource {
  public static readonly tfResourceType = "c1twingate_credentials";

  public constructor(scope: Construct, id: string, config: DataC1twingateCredentialsConfig) {
    super(scope, id, {
      terraformResourceType: "c1twingate_credentials",
      terraformGeneratorMetadata: C1TWINGATE_GENERATOR_METADATA,
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
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

  private _apiKey?: string;
  public get apiKey(): string {
    return this.getStringAttribute("api_key");
  }
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

  public get id(): string {
    return this.getStringAttribute("id");
  }
  public get networkLabel(): string {
    return this.getStringAttribute("network_label");
  }
  public get endpoint(): string {
    return this.getStringAttribute("endpoint");
  }
  public get permission(): string {
    return this.getStringAttribute("permission");
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

import type { Construct } from "constructs";
import * as cdktf from "../../core";
import { definedHclAttributes } from "../hcl-attributes";
import { C1TWINGATE_GENERATOR_METADATA } from "./provider";

export interface DataC1twingateSyncPreviewConfig extends cdktf.TerraformMetaArguments {
  /** Network name or URL. */
  readonly network: string;
  /** Twingate API key (sensitive). Pass a token, never a literal. */
  readonly apiKey: string;
  /**
   * Group names to check for provisioning.
   *
   * @default - no group is checked
   */
  readonly groups?: string[];
  /**
   * Upper bound of the preview's run time, in seconds.
   *
   * @default - the provider's default
   */
  readonly timeBudgetSeconds?: number;
}

/**
 * Represents the `c1twingate_sync_preview` data source: what a ConductorOne sync would
 * see (counts, provisionable groups) without writing anything.
 */
export class DataC1twingateSyncPreview extends cdktf.TerraformDataSource {
  public static readonly tfResourceType = "c1twingate_sync_preview";

  public constructor(scope: Construct, id: string, config: DataC1twingateSyncPreviewConfig) {
    super(scope, id, {
      terraformResourceType: "c1twingate_sync_preview",
      terraformGeneratorMetadata: C1TWINGATE_GENERATOR_METADATA,
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      forEach: config.forEach,
    });
    this._provisionableGroups = new cdktf.StringMap(this, "provisionable_groups");
    this._groupTypes = new cdktf.StringMap(this, "group_types");
    this._network = config.network;
    this._apiKey = config.apiKey;
    this._groups = config.groups;
    this._timeBudgetSeconds = config.timeBudgetSeconds;
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

  private _groups?: string[];
  public get groups(): string[] {
    return this.getListAttribute("groups");
  }
  public set groups(value: string[]) {
    this._groups = value;
  }
  public resetGroups(): void {
    this._groups = undefined;
  }
  public get groupsInput(): string[] | undefined {
    return this._groups;
  }

  private _timeBudgetSeconds?: number;
  public get timeBudgetSeconds(): number {
    return this.getNumberAttribute("time_budget_seconds");
  }
  public set timeBudgetSeconds(value: number) {
    this._timeBudgetSeconds = value;
  }
  public resetTimeBudgetSeconds(): void {
    this._timeBudgetSeconds = undefined;
  }
  public get timeBudgetSecondsInput(): number | undefined {
    return this._timeBudgetSeconds;
  }

  public get id(): string {
    return this.getStringAttribute("id");
  }
  public get userCount(): number {
    return this.getNumberAttribute("user_count");
  }
  public get groupCount(): number {
    return this.getNumberAttribute("group_count");
  }
  public get adminCount(): number {
    return this.getNumberAttribute("admin_count");
  }
  private _provisionableGroups: cdktf.StringMap;
  /** name → id of MANUAL, active groups. */
  public get provisionableGroups(): cdktf.StringMap {
    return this._provisionableGroups;
  }
  private _groupTypes: cdktf.StringMap;
  /** name → type (MANUAL, SYNCED, SYSTEM). */
  public get groupTypes(): cdktf.StringMap {
    return this._groupTypes;
  }
  public get missingGroups(): string[] {
    return this.getListAttribute("missing_groups");
  }
  /** False when the time budget ran out before every page was read. */
  public get complete(): cdktf.IResolvable {
    return this.getBooleanAttribute("complete");
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      network: cdktf.stringToTerraform(this._network),
      api_key: cdktf.stringToTerraform(this._apiKey),
      groups: cdktf.listMapper(cdktf.stringToTerraform, false)(this._groups),
      time_budget_seconds: cdktf.numberToTerraform(this._timeBudgetSeconds),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: unknown } {
    return definedHclAttributes({
      network: { value: cdktf.stringToHclTerraform(this._network), isBlock: false, type: "simple", storageClassType: "string" },
      api_key: { value: cdktf.stringToHclTerraform(this._apiKey), isBlock: false, type: "simple", storageClassType: "string" },
      groups: { value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._groups), isBlock: false, type: "list", storageClassType: "stringList" },
      time_budget_seconds: { value: cdktf.numberToHclTerraform(this._timeBudgetSeconds), isBlock: false, type: "simple", storageClassType: "number" },
    });
  }
}

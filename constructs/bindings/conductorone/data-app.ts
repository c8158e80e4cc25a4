import type { Construct } from "constructs";
import * as cdktf from "../../core";
import { definedHclAttributes } from "../hcl-attributes";
import { type IdRef, idRefToHclTerraform, idRefToTerraform } from "./id-ref";
import { CONDUCTORONE_GENERATOR_METADATA } from "./provider";

export interface DataConductoroneAppConfig extends cdktf.TerraformMetaArguments {
  /** Case-insensitive match on the display name. @default - no display name filter */
  readonly displayName?: string;
  /** Fuzzy search on display name and description. @default - no query */
  readonly query?: string;
  /** Restrict the search to these app ids. @default - all apps */
  readonly appIds?: string[];
  /** @default - none excluded */
  readonly excludeAppIds?: string[];
  /** Only directory apps. @default false */
  readonly onlyDirectories?: boolean | cdktf.IResolvable;
  /** Apps using any of these policies. @default - no policy filter */
  readonly policyRefs?: IdRef[] | cdktf.IResolvable;
}

/**
 * Represents the `conductorone_app` data source: the first app matching the filters;
 * zero hits fail the plan.
 */
export class DataConductoroneApp extends cdktf.TerraformDataSource {
  public static readonly tfResourceType = "conductorone_app";

  public constructor(scope: Construct, id: string, config: DataConductoroneAppConfig = {}) {
    super(scope, id, {
      terraformResourceType: "conductorone_app",
      terraformGeneratorMetadata: CONDUCTORONE_GENERATOR_METADATA,
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      forEach: config.forEach,
    });
    this._displayName = config.displayName;
    this._query = config.query;
    this._appIds = config.appIds;
    this._excludeAppIds = config.excludeAppIds;
    this._onlyDirectories = config.onlyDirectories;
    this._policyRefs = config.policyRefs;
  }

  private _displayName?: string;
  /** The app's display name (input filter and output). */
  public get displayName(): string {
    return this.getStringAttribute("display_name");
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  public resetDisplayName(): void {
    this._displayName = undefined;
  }
  public get displayNameInput(): string | undefined {
    return this._displayName;
  }

  private _query?: string;
  public get query(): string {
    return this.getStringAttribute("query");
  }
  public set query(value: string) {
    this._query = value;
  }
  public resetQuery(): void {
    this._query = undefined;
  }
  public get queryInput(): string | undefined {
    return this._query;
  }

  private _appIds?: string[];
  public get appIds(): string[] {
    return this.getListAttribute("app_ids");
  }
  public set appIds(value: string[]) {
    this._appIds = value;
  }
  public resetAppIds(): void {
    this._appIds = undefined;
  }
  public get appIdsInput(): string[] | undefined {
    return this._appIds;
  }

  private _excludeAppIds?: string[];
  public get excludeAppIds(): string[] {
    return this.getListAttribute("exclude_app_ids");
  }
  public set excludeAppIds(value: string[]) {
    this._excludeAppIds = value;
  }
  public resetExcludeAppIds(): void {
    this._excludeAppIds = undefined;
  }
  public get excludeAppIdsInput(): string[] | undefined {
    return this._excludeAppIds;
  }

  private _onlyDirectories?: boolean | cdktf.IResolvable;
  public get onlyDirectories(): cdktf.IResolvable {
    return this.getBooleanAttribute("only_directories");
  }
  public set onlyDirectories(value: boolean | cdktf.IResolvable) {
    this._onlyDirectories = value;
  }
  public resetOnlyDirectories(): void {
    this._onlyDirectories = undefined;
  }
  public get onlyDirectoriesInput(): boolean | cdktf.IResolvable | undefined {
    return this._onlyDirectories;
  }

  private _policyRefs?: IdRef[] | cdktf.IResolvable;
  public putPolicyRefs(value: IdRef[] | cdktf.IResolvable): void {
    this._policyRefs = value;
  }
  public resetPolicyRefs(): void {
    this._policyRefs = undefined;
  }
  public get policyRefsInput(): IdRef[] | cdktf.IResolvable | undefined {
    return this._policyRefs;
  }

  // Computed outputs.
  public get id(): string {
    return this.getStringAttribute("id");
  }
  public get description(): string {
    return this.getStringAttribute("description");
  }
  public get appAccountId(): string {
    return this.getStringAttribute("app_account_id");
  }
  public get appAccountName(): string {
    return this.getStringAttribute("app_account_name");
  }
  public get grantPolicyId(): string {
    return this.getStringAttribute("grant_policy_id");
  }
  public get revokePolicyId(): string {
    return this.getStringAttribute("revoke_policy_id");
  }
  public get certifyPolicyId(): string {
    return this.getStringAttribute("certify_policy_id");
  }
  public get identityMatching(): string {
    return this.getStringAttribute("identity_matching");
  }
  public get isDirectory(): cdktf.IResolvable {
    return this.getBooleanAttribute("is_directory");
  }
  public get isManuallyManaged(): cdktf.IResolvable {
    return this.getBooleanAttribute("is_manually_managed");
  }
  public get monthlyCostUsd(): number {
    return this.getNumberAttribute("monthly_cost_usd");
  }
  public get parentAppId(): string {
    return this.getStringAttribute("parent_app_id");
  }
  public get userCount(): string {
    return this.getStringAttribute("user_count");
  }
  public get createdAt(): string {
    return this.getStringAttribute("created_at");
  }
  public get updatedAt(): string {
    return this.getStringAttribute("updated_at");
  }
  public get deletedAt(): string {
    return this.getStringAttribute("deleted_at");
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      display_name: cdktf.stringToTerraform(this._displayName),
      query: cdktf.stringToTerraform(this._query),
      app_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._appIds),
      exclude_app_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeAppIds),
      only_directories: cdktf.booleanToTerraform(this._onlyDirectories),
      policy_refs: cdktf.listMapper(idRefToTerraform, false)(this._policyRefs),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: unknown } {
    return definedHclAttributes({
      display_name: { value: cdktf.stringToHclTerraform(this._displayName), isBlock: false, type: "simple", storageClassType: "string" },
      query: { value: cdktf.stringToHclTerraform(this._query), isBlock: false, type: "simple", storageClassType: "string" },
      app_ids: { value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._appIds), isBlock: false, type: "list", storageClassType: "stringList" },
      exclude_app_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._excludeAppIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      only_directories: { value: cdktf.booleanToHclTerraform(this._onlyDirectories), isBlock: false, type: "simple", storageClassType: "boolean" },
      policy_refs: { value: cdktf.listMapperHcl(idRefToHclTerraform, false)(this._policyRefs), isBlock: false, type: "list", storageClassType: "DataConductoroneAppPolicyRefsList" },
    });
  }
}

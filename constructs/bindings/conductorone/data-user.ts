import type { Construct } from "constructs";
import * as cdktf from "../../core";
import { definedHclAttributes } from "../hcl-attributes";
import { type IdRef, idRefToHclTerraform, idRefToTerraform } from "./id-ref";
import { CONDUCTORONE_GENERATOR_METADATA } from "./provider";

export interface DataConductoroneUserConfig extends cdktf.TerraformMetaArguments {
  /** Exact, case-sensitive email match. @default - no email filter */
  readonly email?: string;
  /** Fuzzy search on display name and emails. @default - no query */
  readonly query?: string;
  /** Deprecated by the provider in favour of `refs`. @default - no id filter */
  readonly ids?: string[];
  /** Restrict results to these user ids. @default - no ref filter */
  readonly refs?: IdRef[] | cdktf.IResolvable;
  /** Users having any of these role ids. @default - no role filter */
  readonly roleIds?: string[];
  /** `ENABLED`, `DISABLED` or `DELETED`. @default - no status filter */
  readonly userStatuses?: string[];
  /** @default - none excluded */
  readonly excludeIds?: string[];
  /** e.g. `USER_TYPE_HUMAN`. @default - none excluded */
  readonly excludeTypes?: string[];
}

/**
 * Represents the `conductorone_user` data source. It takes the FIRST search hit and
 * fails on zero hits; there is no multiple-match check, so filter precisely (email).
 */
export class DataConductoroneUser extends cdktf.TerraformDataSource {
  public static readonly tfResourceType = "conductorone_user";

  public constructor(scope: Construct, id: string, config: DataConductoroneUserConfig = {}) {
    super(scope, id, {
      terraformResourceType: "conductorone_user",
      terraformGeneratorMetadata: CONDUCTORONE_GENERATOR_METADATA,
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      forEach: config.forEach,
    });
    this._email = config.email;
    this._query = config.query;
    this._ids = config.ids;
    this._refs = config.refs;
    this._roleIds = config.roleIds;
    this._userStatuses = config.userStatuses;
    this._excludeIds = config.excludeIds;
    this._excludeTypes = config.excludeTypes;
  }

  private _email?: string;
  /** The user's email (input filter and output). */
  public get email(): string {
    return this.getStringAttribute("email");
  }
  public set email(value: string) {
    this._email = value;
  }
  public resetEmail(): void {
    this._email = undefined;
  }
  public get emailInput(): string | undefined {
    return this._email;
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

  private _ids?: string[];
  public get ids(): string[] {
    return this.getListAttribute("ids");
  }
  public set ids(value: string[]) {
    this._ids = value;
  }
  public resetIds(): void {
    this._ids = undefined;
  }
  public get idsInput(): string[] | undefined {
    return this._ids;
  }

  private _refs?: IdRef[] | cdktf.IResolvable;
  public putRefs(value: IdRef[] | cdktf.IResolvable): void {
    this._refs = value;
  }
  public resetRefs(): void {
    this._refs = undefined;
  }
  public get refsInput(): IdRef[] | cdktf.IResolvable | undefined {
    return this._refs;
  }

  private _roleIds?: string[];
  public get roleIds(): string[] {
    return this.getListAttribute("role_ids");
  }
  public set roleIds(value: string[]) {
    this._roleIds = value;
  }
  public resetRoleIds(): void {
    this._roleIds = undefined;
  }
  public get roleIdsInput(): string[] | undefined {
    return this._roleIds;
  }

  private _userStatuses?: string[];
  public get userStatuses(): string[] {
    return this.getListAttribute("user_statuses");
  }
  public set userStatuses(value: string[]) {
    this._userStatuses = value;
  }
  public resetUserStatuses(): void {
    this._userStatuses = undefined;
  }
  public get userStatusesInput(): string[] | undefined {
    return this._userStatuses;
  }

  private _excludeIds?: string[];
  public get excludeIds(): string[] {
    return this.getListAttribute("exclude_ids");
  }
  public set excludeIds(value: string[]) {
    this._excludeIds = value;
  }
  public resetExcludeIds(): void {
    this._excludeIds = undefined;
  }
  public get excludeIdsInput(): string[] | undefined {
    return this._excludeIds;
  }

  private _excludeTypes?: string[];
  public get excludeTypes(): string[] {
    return this.getListAttribute("exclude_types");
  }
  public set excludeTypes(value: string[]) {
    this._excludeTypes = value;
  }
  public resetExcludeTypes(): void {
    this._excludeTypes = undefined;
  }
  public get excludeTypesInput(): string[] | undefined {
    return this._excludeTypes;
  }

  // Computed outputs.
  public get id(): string {
    return this.getStringAttribute("id");
  }
  public get displayName(): string {
    return this.getStringAttribute("display_name");
  }
  public get status(): string {
    return this.getStringAttribute("status");
  }
  public get username(): string {
    return this.getStringAttribute("username");
  }
  public get type(): string {
    return this.getStringAttribute("type");
  }
  public get department(): string {
    return this.getStringAttribute("department");
  }
  public get jobTitle(): string {
    return this.getStringAttribute("job_title");
  }
  public get employmentStatus(): string {
    return this.getStringAttribute("employment_status");
  }
  public get directoryStatus(): string {
    return this.getStringAttribute("directory_status");
  }
  public get emails(): string[] {
    return this.getListAttribute("emails");
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
      email: cdktf.stringToTerraform(this._email),
      query: cdktf.stringToTerraform(this._query),
      ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._ids),
      refs: cdktf.listMapper(idRefToTerraform, false)(this._refs),
      role_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._roleIds),
      user_statuses: cdktf.listMapper(cdktf.stringToTerraform, false)(this._userStatuses),
      exclude_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeIds),
      exclude_types: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeTypes),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: unknown } {
    const stringList = (value: string[] | undefined) =>
      ({ value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(value), isBlock: false, type: "list", storageClassType: "stringList" }) as const;
    return definedHclAttributes({
      email: { value: cdktf.stringToHclTerraform(this._email), isBlock: false, type: "simple", storageClassType: "string" },
      query: { value: cdktf.stringToHclTerraform(this._query), isBlock: false, type: "simple", storageClassType: "string" },
      ids: stringList(this._ids),
      refs: { value: cdktf.listMapperHcl(idRefToHclTerraform, false)(this._refs), isBlock: false, type: "list", storageClassType: "DataConductoroneUserRefsList" },
      role_ids: stringList(this._roleIds),
      user_statuses: stringList(this._userStatuses),
      exclude_ids: stringList(this._excludeIds),
      exclude_types: stringList(this._excludeTypes),
    });
  }
}

// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataConductoroneAppResourceTypeConfig extends cdktf.TerraformMetaArguments {
  /**
  * A list of app IDs to restrict the search by.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type#app_ids DataConductoroneAppResourceType#app_ids}
  */
  readonly appIds?: string[];
  /**
  * A list of app user IDs to restrict the search by.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type#app_user_ids DataConductoroneAppResourceType#app_user_ids}
  */
  readonly appUserIds?: string[];
  /**
  * The display name of the app resource type.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type#display_name DataConductoroneAppResourceType#display_name}
  */
  readonly displayName?: string;
  /**
  * A list of resource type IDs to exclude from the search.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type#exclude_resource_type_ids DataConductoroneAppResourceType#exclude_resource_type_ids}
  */
  readonly excludeResourceTypeIds?: string[];
  /**
  * A list of resource type trait IDs to exclude from the search.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type#exclude_resource_type_trait_ids DataConductoroneAppResourceType#exclude_resource_type_trait_ids}
  */
  readonly excludeResourceTypeTraitIds?: string[];
  /**
  * The pageSize where 10 <= pageSize <= 100, default 25.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type#page_size DataConductoroneAppResourceType#page_size}
  */
  readonly pageSize?: number;
  /**
  * The pageToken field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type#page_token DataConductoroneAppResourceType#page_token}
  */
  readonly pageToken?: string;
  /**
  * Fuzzy search the display name of resource types.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type#query DataConductoroneAppResourceType#query}
  */
  readonly query?: string;
  /**
  * A list of resource type IDs to restrict the search by.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type#resource_type_ids DataConductoroneAppResourceType#resource_type_ids}
  */
  readonly resourceTypeIds?: string[];
  /**
  * A list of resource type trait IDs to restrict the search by.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type#resource_type_trait_ids DataConductoroneAppResourceType#resource_type_trait_ids}
  */
  readonly resourceTypeTraitIds?: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type conductorone_app_resource_type}
*/
export class DataConductoroneAppResourceType extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_app_resource_type";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataConductoroneAppResourceType resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataConductoroneAppResourceType to import
  * @param importFromId The id of the existing DataConductoroneAppResourceType that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataConductoroneAppResourceType to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_app_resource_type", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource_type conductorone_app_resource_type} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataConductoroneAppResourceTypeConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataConductoroneAppResourceTypeConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'conductorone_app_resource_type',
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
    this._appIds = config.appIds;
    this._appUserIds = config.appUserIds;
    this._displayName = config.displayName;
    this._excludeResourceTypeIds = config.excludeResourceTypeIds;
    this._excludeResourceTypeTraitIds = config.excludeResourceTypeTraitIds;
    this._pageSize = config.pageSize;
    this._pageToken = config.pageToken;
    this._query = config.query;
    this._resourceTypeIds = config.resourceTypeIds;
    this._resourceTypeTraitIds = config.resourceTypeTraitIds;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // app_id - computed: true, optional: false, required: false
  public get appId() {
    return this.getStringAttribute('app_id');
  }

  // app_ids - computed: false, optional: true, required: false
  private _appIds?: string[]; 
  public get appIds() {
    return this.getListAttribute('app_ids');
  }
  public set appIds(value: string[]) {
    this._appIds = value;
  }
  public resetAppIds() {
    this._appIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appIdsInput() {
    return this._appIds;
  }

  // app_user_ids - computed: false, optional: true, required: false
  private _appUserIds?: string[]; 
  public get appUserIds() {
    return this.getListAttribute('app_user_ids');
  }
  public set appUserIds(value: string[]) {
    this._appUserIds = value;
  }
  public resetAppUserIds() {
    this._appUserIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appUserIdsInput() {
    return this._appUserIds;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // deleted_at - computed: true, optional: false, required: false
  public get deletedAt() {
    return this.getStringAttribute('deleted_at');
  }

  // display_name - computed: true, optional: true, required: false
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  public resetDisplayName() {
    this._displayName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get displayNameInput() {
    return this._displayName;
  }

  // exclude_resource_type_ids - computed: false, optional: true, required: false
  private _excludeResourceTypeIds?: string[]; 
  public get excludeResourceTypeIds() {
    return this.getListAttribute('exclude_resource_type_ids');
  }
  public set excludeResourceTypeIds(value: string[]) {
    this._excludeResourceTypeIds = value;
  }
  public resetExcludeResourceTypeIds() {
    this._excludeResourceTypeIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeResourceTypeIdsInput() {
    return this._excludeResourceTypeIds;
  }

  // exclude_resource_type_trait_ids - computed: false, optional: true, required: false
  private _excludeResourceTypeTraitIds?: string[]; 
  public get excludeResourceTypeTraitIds() {
    return this.getListAttribute('exclude_resource_type_trait_ids');
  }
  public set excludeResourceTypeTraitIds(value: string[]) {
    this._excludeResourceTypeTraitIds = value;
  }
  public resetExcludeResourceTypeTraitIds() {
    this._excludeResourceTypeTraitIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeResourceTypeTraitIdsInput() {
    return this._excludeResourceTypeTraitIds;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // next_page_token - computed: true, optional: false, required: false
  public get nextPageToken() {
    return this.getStringAttribute('next_page_token');
  }

  // page_size - computed: false, optional: true, required: false
  private _pageSize?: number; 
  public get pageSize() {
    return this.getNumberAttribute('page_size');
  }
  public set pageSize(value: number) {
    this._pageSize = value;
  }
  public resetPageSize() {
    this._pageSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pageSizeInput() {
    return this._pageSize;
  }

  // page_token - computed: false, optional: true, required: false
  private _pageToken?: string; 
  public get pageToken() {
    return this.getStringAttribute('page_token');
  }
  public set pageToken(value: string) {
    this._pageToken = value;
  }
  public resetPageToken() {
    this._pageToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pageTokenInput() {
    return this._pageToken;
  }

  // query - computed: false, optional: true, required: false
  private _query?: string; 
  public get query() {
    return this.getStringAttribute('query');
  }
  public set query(value: string) {
    this._query = value;
  }
  public resetQuery() {
    this._query = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queryInput() {
    return this._query;
  }

  // resource_type_ids - computed: false, optional: true, required: false
  private _resourceTypeIds?: string[]; 
  public get resourceTypeIds() {
    return this.getListAttribute('resource_type_ids');
  }
  public set resourceTypeIds(value: string[]) {
    this._resourceTypeIds = value;
  }
  public resetResourceTypeIds() {
    this._resourceTypeIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceTypeIdsInput() {
    return this._resourceTypeIds;
  }

  // resource_type_trait_ids - computed: false, optional: true, required: false
  private _resourceTypeTraitIds?: string[]; 
  public get resourceTypeTraitIds() {
    return this.getListAttribute('resource_type_trait_ids');
  }
  public set resourceTypeTraitIds(value: string[]) {
    this._resourceTypeTraitIds = value;
  }
  public resetResourceTypeTraitIds() {
    this._resourceTypeTraitIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceTypeTraitIdsInput() {
    return this._resourceTypeTraitIds;
  }

  // trait_ids - computed: true, optional: false, required: false
  public get traitIds() {
    return this.getListAttribute('trait_ids');
  }

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      app_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._appIds),
      app_user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._appUserIds),
      display_name: cdktf.stringToTerraform(this._displayName),
      exclude_resource_type_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeResourceTypeIds),
      exclude_resource_type_trait_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludeResourceTypeTraitIds),
      page_size: cdktf.numberToTerraform(this._pageSize),
      page_token: cdktf.stringToTerraform(this._pageToken),
      query: cdktf.stringToTerraform(this._query),
      resource_type_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._resourceTypeIds),
      resource_type_trait_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._resourceTypeTraitIds),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      app_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._appIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      app_user_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._appUserIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      display_name: {
        value: cdktf.stringToHclTerraform(this._displayName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      exclude_resource_type_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._excludeResourceTypeIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      exclude_resource_type_trait_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._excludeResourceTypeTraitIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      page_size: {
        value: cdktf.numberToHclTerraform(this._pageSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      page_token: {
        value: cdktf.stringToHclTerraform(this._pageToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      query: {
        value: cdktf.stringToHclTerraform(this._query),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      resource_type_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._resourceTypeIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      resource_type_trait_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._resourceTypeTraitIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

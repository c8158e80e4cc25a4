// https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataConductoroneAppResourceConfig extends cdktf.TerraformMetaArguments {
  /**
  * The app that this resource belongs to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource#app_id DataConductoroneAppResource#app_id}
  */
  readonly appId: string;
  /**
  * The resource type that this resource is.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource#app_resource_type_id DataConductoroneAppResource#app_resource_type_id}
  */
  readonly appResourceTypeId: string;
  /**
  * The id of the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource#id DataConductoroneAppResource#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}
export interface DataConductoroneAppResourceAgentTrait {
}

export function dataConductoroneAppResourceAgentTraitToTerraform(struct?: DataConductoroneAppResourceAgentTrait): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppResourceAgentTraitToHclTerraform(struct?: DataConductoroneAppResourceAgentTrait): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppResourceAgentTraitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppResourceAgentTrait | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppResourceAgentTrait | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // identity_app_user_id - computed: true, optional: false, required: false
  public get identityAppUserId() {
    return this.getStringAttribute('identity_app_user_id');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }
}
export interface DataConductoroneAppResourceExpanded {
}

export function dataConductoroneAppResourceExpandedToTerraform(struct?: DataConductoroneAppResourceExpanded): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppResourceExpandedToHclTerraform(struct?: DataConductoroneAppResourceExpanded): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppResourceExpandedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataConductoroneAppResourceExpanded | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppResourceExpanded | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}

export class DataConductoroneAppResourceExpandedList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataConductoroneAppResourceExpandedOutputReference {
    return new DataConductoroneAppResourceExpandedOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataConductoroneAppResourceProfile {
}

export function dataConductoroneAppResourceProfileToTerraform(struct?: DataConductoroneAppResourceProfile): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppResourceProfileToHclTerraform(struct?: DataConductoroneAppResourceProfile): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppResourceProfileOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppResourceProfile | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppResourceProfile | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }
}
export interface DataConductoroneAppResourceSecretTrait {
}

export function dataConductoroneAppResourceSecretTraitToTerraform(struct?: DataConductoroneAppResourceSecretTrait): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataConductoroneAppResourceSecretTraitToHclTerraform(struct?: DataConductoroneAppResourceSecretTrait): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataConductoroneAppResourceSecretTraitOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataConductoroneAppResourceSecretTrait | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataConductoroneAppResourceSecretTrait | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // created_by_app_user_id - computed: true, optional: false, required: false
  public get createdByAppUserId() {
    return this.getStringAttribute('created_by_app_user_id');
  }

  // credential_detail - computed: true, optional: false, required: false
  public get credentialDetail() {
    return this.getStringAttribute('credential_detail');
  }

  // identity_app_user_id - computed: true, optional: false, required: false
  public get identityAppUserId() {
    return this.getStringAttribute('identity_app_user_id');
  }

  // last_used_at - computed: true, optional: false, required: false
  public get lastUsedAt() {
    return this.getStringAttribute('last_used_at');
  }

  // secret_created_at - computed: true, optional: false, required: false
  public get secretCreatedAt() {
    return this.getStringAttribute('secret_created_at');
  }

  // secret_expires_at - computed: true, optional: false, required: false
  public get secretExpiresAt() {
    return this.getStringAttribute('secret_expires_at');
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource conductorone_app_resource}
*/
export class DataConductoroneAppResource extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "conductorone_app_resource";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataConductoroneAppResource resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataConductoroneAppResource to import
  * @param importFromId The id of the existing DataConductoroneAppResource that should be imported. Refer to the {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataConductoroneAppResource to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "conductorone_app_resource", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/conductorone/conductorone/latest/docs/data-sources/app_resource conductorone_app_resource} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataConductoroneAppResourceConfig
  */
  public constructor(scope: Construct, id: string, config: DataConductoroneAppResourceConfig) {
    super(scope, id, {
      terraformResourceType: 'conductorone_app_resource',
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
    this._appId = config.appId;
    this._appResourceTypeId = config.appResourceTypeId;
    this._id = config.id;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_config_id - computed: true, optional: false, required: false
  public get accessConfigId() {
    return this.getStringAttribute('access_config_id');
  }

  // agent_trait - computed: true, optional: false, required: false
  private _agentTrait = new DataConductoroneAppResourceAgentTraitOutputReference(this, "agent_trait");
  public get agentTrait() {
    return this._agentTrait;
  }

  // annotations - computed: true, optional: false, required: false
  private _annotations = new cdktf.StringMap(this, "annotations");
  public get annotations() {
    return this._annotations;
  }

  // app_id - computed: false, optional: false, required: true
  private _appId?: string; 
  public get appId() {
    return this.getStringAttribute('app_id');
  }
  public set appId(value: string) {
    this._appId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get appIdInput() {
    return this._appId;
  }

  // app_resource_type_id - computed: false, optional: false, required: true
  private _appResourceTypeId?: string; 
  public get appResourceTypeId() {
    return this.getStringAttribute('app_resource_type_id');
  }
  public set appResourceTypeId(value: string) {
    this._appResourceTypeId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get appResourceTypeIdInput() {
    return this._appResourceTypeId;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // delete - computed: true, optional: false, required: false
  public get delete() {
    return this.getBooleanAttribute('delete');
  }

  // deleted_at - computed: true, optional: false, required: false
  public get deletedAt() {
    return this.getStringAttribute('deleted_at');
  }

  // description - computed: true, optional: false, required: false
  public get description() {
    return this.getStringAttribute('description');
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // edit - computed: true, optional: false, required: false
  public get edit() {
    return this.getBooleanAttribute('edit');
  }

  // expanded - computed: true, optional: false, required: false
  private _expanded = new DataConductoroneAppResourceExpandedList(this, "expanded", false);
  public get expanded() {
    return this._expanded;
  }

  // external_id - computed: true, optional: false, required: false
  public get externalId() {
    return this.getStringAttribute('external_id');
  }

  // extra - computed: true, optional: false, required: false
  private _extra = new cdktf.BooleanMap(this, "extra");
  public get extra() {
    return this._extra;
  }

  // grant_count - computed: true, optional: false, required: false
  public get grantCount() {
    return this.getStringAttribute('grant_count');
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // match_baton_id - computed: true, optional: false, required: false
  public get matchBatonId() {
    return this.getStringAttribute('match_baton_id');
  }

  // nhi_detail - computed: true, optional: false, required: false
  public get nhiDetail() {
    return this.getStringAttribute('nhi_detail');
  }

  // nhi_type - computed: true, optional: false, required: false
  public get nhiType() {
    return this.getStringAttribute('nhi_type');
  }

  // parent_app_resource_id - computed: true, optional: false, required: false
  public get parentAppResourceId() {
    return this.getStringAttribute('parent_app_resource_id');
  }

  // parent_app_resource_type_id - computed: true, optional: false, required: false
  public get parentAppResourceTypeId() {
    return this.getStringAttribute('parent_app_resource_type_id');
  }

  // profile - computed: true, optional: false, required: false
  private _profile = new DataConductoroneAppResourceProfileOutputReference(this, "profile");
  public get profile() {
    return this._profile;
  }

  // read - computed: true, optional: false, required: false
  public get read() {
    return this.getBooleanAttribute('read');
  }

  // secret_trait - computed: true, optional: false, required: false
  private _secretTrait = new DataConductoroneAppResourceSecretTraitOutputReference(this, "secret_trait");
  public get secretTrait() {
    return this._secretTrait;
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
      app_id: cdktf.stringToTerraform(this._appId),
      app_resource_type_id: cdktf.stringToTerraform(this._appResourceTypeId),
      id: cdktf.stringToTerraform(this._id),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      app_id: {
        value: cdktf.stringToHclTerraform(this._appId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      app_resource_type_id: {
        value: cdktf.stringToHclTerraform(this._appResourceTypeId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

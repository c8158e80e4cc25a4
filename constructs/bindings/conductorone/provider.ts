import type { Construct } from "constructs";
import * as cdktf from "../../core";
import { definedHclAttributes } from "../hcl-attributes";

/**
 * Version range of `conductorone/conductorone` the bindings are written for.
 * `>= 1.4` because `conductorone_connector_owner_user` arrived in 1.4.0 (and it also
 * skips 1.1.0, which the provider docs say not to use); `< 2.0` because a major
 * release may rename attributes. A range, not a pin: `providerVersion` would win
 * over the constraint in `required_providers`, so only the constraint is set.
 */
export const CONDUCTORONE_PROVIDER_VERSION_CONSTRAINT = "~> 1.4";
export const CONDUCTORONE_PROVIDER_SOURCE = "conductorone/conductorone";

/**
 * Generator metadata shared by every ConductorOne resource and data source. The
 * `providerName` must equal the provider class's, or the core's provider-presence
 * check cannot pair them.
 */
export const CONDUCTORONE_GENERATOR_METADATA = {
  providerName: "conductorone",
  providerVersionConstraint: CONDUCTORONE_PROVIDER_VERSION_CONSTRAINT,
} as const;

export interface ConductoroneProviderConfig {
  /**
   * API base URL. Falls back to `CONDUCTORONE_SERVER_URL`.
   *
   * @default - `https://{tenant}.conductor.one`, the tenant parsed from `client_id`
   */
  readonly serverUrl?: string;
  /**
   * OAuth client id (`…@<tenant>.conductor.one/…`). Falls back to `CONDUCTORONE_CLIENT_ID`.
   *
   * @default - read from the environment
   */
  readonly clientId?: string;
  /**
   * OAuth client secret. Sensitive: prefer `CONDUCTORONE_CLIENT_SECRET` in the
   * environment over a value that would be written to cdk.tf.json.
   *
   * @default - read from the environment
   */
  readonly clientSecret?: string;
  /**
   * Tenant domain; wins over `serverUrl` when both are set. Falls back to `CONDUCTORONE_TENANT_DOMAIN`.
   *
   * @default - parsed from `clientId`
   */
  readonly tenantDomain?: string;
  /**
   * OIDC token for workload identity (needs `clientId`). Sensitive. Falls back to
   * `CONDUCTORONE_OIDC_TOKEN` and the `TFC_WORKLOAD_IDENTITY_TOKEN*` variables.
   *
   * @default - read from the environment
   */
  readonly oidcToken?: string;
  /**
   * Alias name, for a second ConductorOne tenant in one stack.
   *
   * @default - the default (unaliased) provider configuration
   */
  readonly alias?: string;
}

/** Represents the `conductorone` provider (hand-written in the shape of generated bindings). */
export class ConductoroneProvider extends cdktf.TerraformProvider {
  public static readonly tfResourceType = "conductorone";

  public constructor(scope: Construct, id: string, config: ConductoroneProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: "conductorone",
      terraformGeneratorMetadata: CONDUCTORONE_GENERATOR_METADATA,
      terraformProviderSource: CONDUCTORONE_PROVIDER_SOURCE,
    });
    this._serverUrl = config.serverUrl;
    this._clientId = config.clientId;
    this._clientSecret = config.clientSecret;
    this._tenantDomain = config.tenantDomain;
    this._oidcToken = config.oidcToken;
    this._alias = config.alias;
  }

  private _serverUrl?: string;
  public get serverUrl(): string | undefined {
    return this._serverUrl;
  }
  public set serverUrl(value: string | undefined) {
    this._serverUrl = value;
  }
  public resetServerUrl(): void {
    this._serverUrl = undefined;
  }
  public get serverUrlInput(): string | undefined {
    return this._serverUrl;
  }

  private _clientId?: string;
  public get clientId(): string | undefined {
    return this._clientId;
  }
  public set clientId(value: string | undefined) {
    this._clientId = value;
  }
  public resetClientId(): void {
    this._clientId = undefined;
  }
  public get clientIdInput(): string | undefined {
    return this._clientId;
  }

  private _clientSecret?: string;
  public get clientSecret(): string | undefined {
    return this._clientSecret;
  }
  public set clientSecret(value: string | undefined) {
    this._clientSecret = value;
  }
  public resetClientSecret(): void {
    this._clientSecret = undefined;
  }
  public get clientSecretInput(): string | undefined {
    return this._clientSecret;
  }

  private _tenantDomain?: string;
  public get tenantDomain(): string | undefined {
    return this._tenantDomain;
  }
  public set tenantDomain(value: string | undefined) {
    this._tenantDomain = value;
  }
  public resetTenantDomain(): void {
    this._tenantDomain = undefined;
  }
  public get tenantDomainInput(): string | undefined {
    return this._tenantDomain;
  }

  private _oidcToken?: string;
  public get oidcToken(): string | undefined {
    return this._oidcToken;
  }
  public set oidcToken(value: string | undefined) {
    this._oidcToken = value;
  }
  public resetOidcToken(): void {
    this._oidcToken = undefined;
  }
  public get oidcTokenInput(): string | undefined {
    return this._oidcToken;
  }

  private _alias?: string;
  public override get alias(): string | undefined {
    return this._alias;
  }
  public override set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias(): void {
    this._alias = undefined;
  }
  public get aliasInput(): string | undefined {
    return this._alias;
  }

  // Provider keys are snake-cased by the core (keysToSnakeCase); written snake_case anyway for clarity.
  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      server_url: cdktf.stringToTerraform(this._serverUrl),
      client_id: cdktf.stringToTerraform(this._clientId),
      client_secret: cdktf.stringToTerraform(this._clientSecret),
      tenant_domain: cdktf.stringToTerraform(this._tenantDomain),
      oidc_token: cdktf.stringToTerraform(this._oidcToken),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: unknown } {
    return definedHclAttributes({
      server_url: { value: cdktf.stringToHclTerraform(this._serverUrl), isBlock: false, type: "simple", storageClassType: "string" },
      client_id: { value: cdktf.stringToHclTerraform(this._clientId), isBlock: false, type: "simple", storageClassType: "string" },
      client_secret: { value: cdktf.stringToHclTerraform(this._clientSecret), isBlock: false, type: "simple", storageClassType: "string" },
      tenant_domain: { value: cdktf.stringToHclTerraform(this._tenantDomain), isBlock: false, type: "simple", storageClassType: "string" },
      oidc_token: { value: cdktf.stringToHclTerraform(this._oidcToken), isBlock: false, type: "simple", storageClassType: "string" },
      alias: { value: cdktf.stringToHclTerraform(this._alias), isBlock: false, type: "simple", storageClassType: "string" },
    });
  }
}

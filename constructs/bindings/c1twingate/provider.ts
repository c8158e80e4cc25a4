import type { Construct } from "constructs";
import * as cdktf from "../../core";
import { definedHclAttributes } from "../hcl-attributes";

/**
 * Source address of our provider. `.invalid` is a reserved TLD (RFC 2606): no public
 * registry can ever serve it, so a machine without the local mirror fails `init`
 * instead of downloading someone else's provider of the same name.
 */
export const C1TWINGATE_PROVIDER_SOURCE = "c1twingate.invalid/local/c1twingate";
export const C1TWINGATE_PROVIDER_VERSION_CONSTRAINT = "~> 0.1";

export const C1TWINGATE_GENERATOR_METADATA = {
  providerName: "c1twingate",
  providerVersionConstraint: C1TWINGATE_PROVIDER_VERSION_CONSTRAINT,
} as const;

export interface C1twingateProviderConfig {
  /**
   * URL template of the Twingate API with a `{network}` placeholder, e.g.
   * `http://127.0.0.1:4567/{network}` for the local simulator.
   *
   * @default "https://{network}.twingate.com"
   */
  readonly baseUrl?: string;
  /**
   * Base domain of Twingate networks.
   *
   * @default "twingate.com"
   */
  readonly baseDomain?: string;
  /**
   * Timeout of one API request, in seconds.
   *
   * @default - the provider's default
   */
  readonly timeoutSeconds?: number;
  /**
   * Retries of a failed request (429, 5xx, network errors).
   *
   * @default - the provider's default
   */
  readonly maxRetries?: number;
  /**
   * Client-side pacing of read queries.
   *
   * @default - the provider's default
   */
  readonly readsPerMinute?: number;
  /**
   * Client-side pacing of mutations.
   *
   * @default - the provider's default
   */
  readonly writesPerMinute?: number;
  /**
   * Alias name.
   *
   * @default - the default (unaliased) provider configuration
   */
  readonly alias?: string;
}

/** Represents our `c1twingate` provider, which validates Twingate credentials during plan. */
export class C1twingateProvider extends cdktf.TerraformProvider {
  public static readonly tfResourceType = "c1twingate";

  public constructor(scope: Construct, id: string, config: C1twingateProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: "c1twingate",
      terraformGeneratorMetadata: C1TWINGATE_GENERATOR_METADATA,
      terraformProviderSource: C1TWINGATE_PROVIDER_SOURCE,
    });
    this._baseUrl = config.baseUrl;
    this._baseDomain = config.baseDomain;
    this._timeoutSeconds = config.timeoutSeconds;
    this._maxRetries = config.maxRetries;
    this._readsPerMinute = config.readsPerMinute;
    this._writesPerMinute = config.writesPerMinute;
    this._alias = config.alias;
  }

  private _baseUrl?: string;
  public get baseUrl(): string | undefined {
    return this._baseUrl;
  }
  public set baseUrl(value: string | undefined) {
    this._baseUrl = value;
  }
  public resetBaseUrl(): void {
    this._baseUrl = undefined;
  }
  public get baseUrlInput(): string | undefined {
    return this._baseUrl;
  }

  private _baseDomain?: string;
  public get baseDomain(): string | undefined {
    return this._baseDomain;
  }
  public set baseDomain(value: string | undefined) {
    this._baseDomain = value;
  }
  public resetBaseDomain(): void {
    this._baseDomain = undefined;
  }
  public get baseDomainInput(): string | undefined {
    return this._baseDomain;
  }

  private _timeoutSeconds?: number;
  public get timeoutSeconds(): number | undefined {
    return this._timeoutSeconds;
  }
  public set timeoutSeconds(value: number | undefined) {
    this._timeoutSeconds = value;
  }
  public resetTimeoutSeconds(): void {
    this._timeoutSeconds = undefined;
  }
  public get timeoutSecondsInput(): number | undefined {
    return this._timeoutSeconds;
  }

  private _maxRetries?: number;
  public get maxRetries(): number | undefined {
    return this._maxRetries;
  }
  public set maxRetries(value: number | undefined) {
    this._maxRetries = value;
  }
  public resetMaxRetries(): void {
    this._maxRetries = undefined;
  }
  public get maxRetriesInput(): number | undefined {
    return this._maxRetries;
  }

  private _readsPerMinute?: number;
  public get readsPerMinute(): number | undefined {
    return this._readsPerMinute;
  }
  public set readsPerMinute(value: number | undefined) {
    this._readsPerMinute = value;
  }
  public resetReadsPerMinute(): void {
    this._readsPerMinute = undefined;
  }
  public get readsPerMinuteInput(): number | undefined {
    return this._readsPerMinute;
  }

  private _writesPerMinute?: number;
  public get writesPerMinute(): number | undefined {
    return this._writesPerMinute;
  }
  public set writesPerMinute(value: number | undefined) {
    this._writesPerMinute = value;
  }
  public resetWritesPerMinute(): void {
    this._writesPerMinute = undefined;
  }
  public get writesPerMinuteInput(): number | undefined {
    return this._writesPerMinute;
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

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return {
      base_url: cdktf.stringToTerraform(this._baseUrl),
      base_domain: cdktf.stringToTerraform(this._baseDomain),
      timeout_seconds: cdktf.numberToTerraform(this._timeoutSeconds),
      max_retries: cdktf.numberToTerraform(this._maxRetries),
      reads_per_minute: cdktf.numberToTerraform(this._readsPerMinute),
      writes_per_minute: cdktf.numberToTerraform(this._writesPerMinute),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: unknown } {
    return definedHclAttributes({
      base_url: { value: cdktf.stringToHclTerraform(this._baseUrl), isBlock: false, type: "simple", storageClassType: "string" },
      base_domain: { value: cdktf.stringToHclTerraform(this._baseDomain), isBlock: false, type: "simple", storageClassType: "string" },
      timeout_seconds: { value: cdktf.numberToHclTerraform(this._timeoutSeconds), isBlock: false, type: "simple", storageClassType: "number" },
      max_retries: { value: cdktf.numberToHclTerraform(this._maxRetries), isBlock: false, type: "simple", storageClassType: "number" },
      reads_per_minute: { value: cdktf.numberToHclTerraform(this._readsPerMinute), isBlock: false, type: "simple", storageClassType: "number" },
      writes_per_minute: { value: cdktf.numberToHclTerraform(this._writesPerMinute), isBlock: false, type: "simple", storageClassType: "number" },
      alias: { value: cdktf.stringToHclTerraform(this._alias), isBlock: false, type: "simple", storageClassType: "string" },
    });
  }
}

import { SYNC_PREVIEW_SETTING_NAMES, syncPreviewSchema } from "../../src/provider/sync-preview-data-source";
import { PROVIDER_SETTING_NAMES, providerSchema, settingsFromConfig, type ProviderConfig } from "../../src/provider/settings";
import { fillTemplate, SETTING_MAXIMA, settingFix } from "../../src/reconciler/settings";
import { CLI_FLAG, suggestedHclValue } from "../helpers/setting-fixes";
import { Diagnostics, UNKNOWN } from "../../src/tfplugin";

const empty: ProviderConfig = { base_url: null, base_domain: null, timeout_seconds: null, max_retries: null, reads_per_minute: null, writes_per_minute: null, time_budget_seconds: null, max_response_bytes: null, conductorone: null };

describe("provider settings", () => {
  it("leaves every client default in place when the block is empty", () => {
    expect(settingsFromConfig(empty, new Diagnostics())).toEqual({});
  });

  it("maps seconds, retries and per-minute pacing onto client options", () => {
    const diag = new Diagnostics();
    const settings = settingsFromConfig(
      { ...empty, base_url: " http://127.0.0.1:1/{network} ", base_domain: "Example.COM", timeout_seconds: 2.5, max_retries: 0, reads_per_minute: "30" },
      diag,
    );
    expect(diag.items).toEqual([]);
    expect(settings).toEqual({ baseUrl: "http://127.0.0.1:1/{network}", baseDomain: "example.com", timeoutMs: 2500, retry: { maxAttempts: 1 }, pacing: { reads: 30 } });
  });

  it("maps the check's time budget and the response size cap, validating their ranges", () => {
    const diag = new Diagnostics();
    expect(settingsFromConfig({ ...empty, time_budget_seconds: 30, max_response_bytes: 1_048_576 }, diag)).toEqual({ timeBudgetMs: 30_000, maxResponseBytes: 1_048_576 });
    expect(diag.items).toEqual([]);
    const check = <T>(validators: readonly ((v: T) => unknown)[] | undefined, v: T) => validators?.map((f) => f(v)).filter(Boolean);
    expect(check(providerSchema.attributes.max_response_bytes.options.validators, 100)).toEqual([expect.stringContaining("max_response_bytes must be a whole number from 65536")]);
    expect(check(providerSchema.attributes.time_budget_seconds.options.validators, 0)).toEqual([expect.stringContaining("time_budget_seconds must be")]);
  });

  it("refuses a setting only known at apply, at its attribute", () => {
    const diag = new Diagnostics();
    settingsFromConfig({ ...empty, base_url: UNKNOWN as unknown as string }, diag);
    expect(diag.items).toEqual([expect.objectContaining({ severity: "error", path: ["base_url"] })]);
    expect(diag.items[0]?.detail).toContain("not known until apply");
  });

  it("validates values with a message naming the attribute and describing the value by its structure, never the value", () => {
    const check = <T>(validators: readonly ((v: T) => unknown)[] | undefined, v: T) => validators?.map((f) => f(v)).filter(Boolean);
    expect(check(providerSchema.attributes.base_url.options.validators, "https://twingate.com")).toEqual([expect.stringContaining("{network}")]);
    expect(check(providerSchema.attributes.max_retries.options.validators, 1.5)).toEqual(["max_retries must be a whole number from 0 to 10: the value given (not shown) is not a whole number"]);
    expect(check(providerSchema.attributes.timeout_seconds.options.validators, 0)).toEqual([expect.stringContaining("timeout_seconds must be")]);
    expect(check(providerSchema.attributes.base_domain.options.validators, "not a domain")).toEqual(["base_domain must be a domain name such as twingate.com; the value given (12 characters, not shown) is not one: it contains a space at position 4"]);
    expect(check(providerSchema.attributes.reads_per_minute.options.validators, 60)).toEqual([]);
  });

  describe("how fixes name the settings (src/reconciler/settings.ts)", () => {
    const all = settingFix("{timeBudget}; {requestTimeout}; {maxResponseBytes}; {allowPartial}", { timeBudget: 240, requestTimeout: 70, maxResponseBytes: 33_554_432, allowPartial: true }).settingFix;

    it("a credential check names the provider block's attributes, never a CLI flag", () => {
      const text = fillTemplate(all, PROVIDER_SETTING_NAMES);
      expect(suggestedHclValue(text, "provider block", "time_budget_seconds")).toBe(240);
      expect(suggestedHclValue(text, "provider block", "timeout_seconds")).toBe(70);
      expect(suggestedHclValue(text, "provider block", "max_response_bytes")).toBe(33_554_432);
    });

    it("the sync preview names its own time_budget_seconds and allow_partial, and the provider block's other settings", () => {
      const text = fillTemplate(all, SYNC_PREVIEW_SETTING_NAMES);
      expect(suggestedHclValue(text, "data source", "time_budget_seconds")).toBe(240);
      expect(text).toContain('the data source attribute allow_partial = true (data "c1twingate_sync_preview")');
      expect(suggestedHclValue(text, "provider block", "timeout_seconds")).toBe(70);
      expect(text).not.toMatch(CLI_FLAG);
    });

    it("never suggests more than the attribute accepts", () => {
      const huge = settingFix("{timeBudget}; {requestTimeout}", { timeBudget: 103_680, requestTimeout: 1_200 }).settingFix;
      const text = fillTemplate(huge, SYNC_PREVIEW_SETTING_NAMES);
      expect(suggestedHclValue(text, "data source", "time_budget_seconds")).toBe(SETTING_MAXIMA.timeBudget);
      expect(suggestedHclValue(text, "provider block", "timeout_seconds")).toBe(SETTING_MAXIMA.requestTimeout);
      expect(text).toContain("(the largest value it accepts)");
      // What a fix may suggest, the attributes accept.
      const check = <T>(validators: readonly ((v: T) => unknown)[] | undefined, v: T) => validators?.map((f) => f(v)).filter(Boolean);
      expect(check(syncPreviewSchema.attributes.time_budget_seconds.options.validators, SETTING_MAXIMA.timeBudget)).toEqual([]);
      expect(check(providerSchema.attributes.time_budget_seconds.options.validators, SETTING_MAXIMA.timeBudget)).toEqual([]);
      expect(check(providerSchema.attributes.timeout_seconds.options.validators, SETTING_MAXIMA.requestTimeout)).toEqual([]);
      expect(check(providerSchema.attributes.max_response_bytes.options.validators, SETTING_MAXIMA.maxResponseBytes)).toEqual([]);
    });
  });
});

import type { ConnectorVersion } from "./preview/connector-model";

/**
 * Fixes that change one of our own settings ("allow more time", "accept partial results"),
 * written once and named by each surface in its own terms: the CLI says `--time-budget 1200`,
 * an HCL data source `time_budget_seconds = 1200`, a construct its prop. A finding carries the
 * fix as a template with one `{<setting>}` placeholder per setting and the values to suggest
 * (always larger than the value in force); `renderFix` fills the placeholders with a surface's
 * {@link SettingNames}. `Finding.fix` holds the neutral rendering, so a surface that does not
 * know the mechanism still prints a complete sentence.
 */
import { MAX_MAX_RESPONSE_BYTES } from "../twingate/response-limits"; // not response-body: the provider loads this file at start-up, without zod

/** The values a fix may suggest, by setting, in the unit each surface uses. */
export interface SettingValues {
  /** Overall time budget of one check or preview, in whole seconds. */
  timeBudget: number;
  /** Accept an incomplete preview (partial counts) instead of failing. */
  allowPartial: true;
  /** Cap on one API response, in bytes. */
  maxResponseBytes: number;
  /** Timeout of one API request, in whole seconds. */
  requestTimeout: number;
  /** Client-side pacing of API queries, per minute (leaves the rest of Twingate's shared limit to other clients). */
  readsPerMinute: number;
  /** Which behaviour of ConductorOne's connector the sync preview models (preview/connector-model.ts). */
  connectorVersion: ConnectorVersion;
}

export type SettingId = keyof SettingValues;

/** How one surface writes each setting with a value, e.g. `(v) => \`--time-budget ${v}\``. */
export type SettingNames = { readonly [K in SettingId]: (value: SettingValues[K]) => string };

export interface SettingFix {
  /** The fix with `{timeBudget}`-style placeholders where a setting is named. */
  template: string;
  values: Partial<SettingValues>;
}

/** The names used in `Finding.fix` when no surface renders it. */
export const NEUTRAL_SETTING_NAMES: SettingNames = {
  timeBudget: (v) => `a time budget of ${v} s`,
  allowPartial: () => "partial results allowed",
  maxResponseBytes: (v) => `a response size cap of ${v} bytes`,
  requestTimeout: (v) => `a request timeout of ${v} s`,
  readsPerMinute: (v) => `${v} reads per minute`,
  connectorVersion: (v) => `the connector version ${v}`,
};

/** The settings whose value is a number (a fix suggests a larger or a smaller one). */
type NumericSettingId = { [K in SettingId]: SettingValues[K] extends number ? K : never }[SettingId];

/**
 * The largest value each numeric setting accepts, the same on every surface (CLI flags, the
 * provider block, the sync preview data source): one day of time budget, ten minutes per
 * request, 1 GiB per response, 6000 reads per minute (the provider block's bound; a fix only
 * ever suggests fewer reads). A fix never suggests more than a surface would accept.
 */
export const SETTING_MAXIMA: { readonly [K in NumericSettingId]: number } = {
  timeBudget: 86_400,
  requestTimeout: 600,
  maxResponseBytes: MAX_MAX_RESPONSE_BYTES,
  readsPerMinute: 6000,
};

const PLACEHOLDER = /\{(timeBudget|allowPartial|maxResponseBytes|requestTimeout|readsPerMinute|connectorVersion)\}/g;

/**
 * Fill a template's placeholders; a placeholder without a value is an error in our own code.
 * A suggestion above the setting's maximum is cut to it, and said to be the maximum.
 */
export function fillTemplate(fix: SettingFix, names: SettingNames): string {
  return fix.template.replace(PLACEHOLDER, (_m, id: SettingId) => {
    const value = fix.values[id];
    if (value === undefined) throw new Error(`fix template names {${id}} without a value`);
    if (id === "allowPartial") return names.allowPartial(true);
    if (id === "connectorVersion") return names.connectorVersion(value as SettingValues["connectorVersion"]);
    const max = SETTING_MAXIMA[id];
    const name = names[id] as (v: number) => string;
    return (value as number) > max ? `${name(max)} (the largest value it accepts)` : name(value as number);
  });
}

/** `fix` and `settingFix` of a finding, from one template and the values to suggest. */
export function settingFix(template: string, values: Partial<SettingValues>): { fix: string; settingFix: SettingFix } {
  const sf: SettingFix = { template, values };
  return { fix: fillTemplate(sf, NEUTRAL_SETTING_NAMES), settingFix: sf };
}

/** The fix of a finding as a surface shows it: its own setting names where the fix names a setting. */
export function renderFix(finding: { fix?: string; settingFix?: SettingFix }, names: SettingNames): string | undefined {
  return finding.settingFix ? fillTemplate(finding.settingFix, names) : finding.fix;
}

/** Every finding with `fix` rendered for one surface (the CLI renders its findings once, for every sink). */
export function forSurface<F extends { fix?: string; settingFix?: SettingFix }>(findings: readonly F[], names: SettingNames): F[] {
  return findings.map((f) => (f.settingFix ? { ...f, fix: fillTemplate(f.settingFix, names) } : f));
}

/**
 * How a surface names the inputs a finding quotes back to the user, in the terms they wrote:
 * the CLI's flags, an HCL block's arguments, a construct's props. Passed to the check, which
 * builds its messages with it (one place decides the sentence, each surface its words).
 */
export interface InputNames {
  /** The permission the configuration asks for: `--require write`, `require = "write"`, `access: "provisioning"`. */
  requirement: (required: "read" | "write") => string;
}

/** For callers that name no surface (the engine's API): plain words. */
export const NEUTRAL_INPUT_NAMES: InputNames = {
  requirement: (r) => `the required permission "${r}"`,
};

/**
 * The surfaces a Terraform configuration is written on, and how each names the inputs: the HCL
 * arguments of `c1twingate_credential_check`, or the props of the `TwingateIntegration`
 * construct, which writes the resource for the user (it sets the resource's `surface`).
 */
export const SURFACE_INPUT_NAMES = {
  terraform: { requirement: (r) => `require = "${r}"` },
  "twingate-integration": { requirement: (r) => (r === "write" ? 'access: "provisioning"' : 'access: "read-only"') },
} as const satisfies Record<string, InputNames>;

export type Surface = keyof typeof SURFACE_INPUT_NAMES;
export const SURFACES = Object.keys(SURFACE_INPUT_NAMES) as Surface[];

export function isSurface(value: string): value is Surface {
  return Object.hasOwn(SURFACE_INPUT_NAMES, value);
}

/** A larger value to suggest: at least twice the value in force, rounded up. */
export function larger(current: number, atLeast = 0): number {
  return Math.max(Math.ceil(current * 2), Math.ceil(atLeast));
}

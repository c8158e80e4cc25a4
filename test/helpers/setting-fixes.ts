/**
 * Test helper: what a diagnostic's fix suggests for one of our settings, as an HCL user reads it
 * (`the data source attribute time_budget_seconds = 240 (...)`, `the provider block attribute
 * timeout_seconds = 70 (...)`). Fails the test when the text names a CLI flag instead, or does
 * not name the setting at all.
 */

/** Where an HCL setting lives, as the fix says it. */
export type HclSettingKind = "data source" | "provider block";

/** Matches a CLI flag such as `--time-budget`, which an HCL user cannot set. */
export const CLI_FLAG = /(^|\s)--[a-z][a-z-]+/;

/** The value the text suggests for `attribute` of `kind`; throws when the text does not name it or names a CLI flag. */
export function suggestedHclValue(text: string, kind: HclSettingKind, attribute: string): number {
  if (CLI_FLAG.test(text)) throw new Error(`the fix names a CLI flag, not an HCL attribute:\n${text}`);
  const match = new RegExp(`the ${kind} attribute ${attribute} = (\\d+)`).exec(text);
  if (!match?.[1]) throw new Error(`the fix does not name the ${kind} attribute ${attribute}:\n${text}`);
  return Number(match[1]);
}

import { UNKNOWN, valuesEqual, type CtyValue } from "../../tfplugin";

/**
 * On update, the API sets a new `updated_at`: plan it as unknown whenever any other
 * attribute changes, so apply may return the new time.
 */
export function planUpdatedAt(prior: Readonly<Record<string, CtyValue>> | null, planned: Readonly<Record<string, CtyValue>>): { updated_at?: typeof UNKNOWN } {
  if (prior === null) return {};
  const changed = Object.keys(planned).some((k) => k !== "updated_at" && !valuesEqual(prior[k] ?? null, planned[k] ?? null));
  return changed ? { updated_at: UNKNOWN } : {};
}

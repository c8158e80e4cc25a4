/**
 * An API timestamp as the provider stores it: RFC 3339 to the second (Go's time.Time formatted
 * with time.RFC3339, no fractional seconds). Null stays null.
 */
export function toSeconds(timestamp: string | null): string | null {
  if (timestamp === null) return null;
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? timestamp : new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * ConductorOne's times (protobuf JSON `Timestamp`: RFC 3339, `Z` or an offset, 0–9 fractional
 * digits; reference §3.1) parsed where they enter: only the re-formatted value is kept, so a
 * server cannot put its own characters where a time is printed or stored.
 */

/** An RFC 3339 time as `Date.prototype.toISOString` writes it (UTC, milliseconds). */
export type Timestamp = string & { readonly __rfc3339: unique symbol };

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/;

/** The time re-formatted in UTC with milliseconds, or undefined when `text` is not an RFC 3339 time. */
export function parseTimestamp(text: string): Timestamp | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second, fraction, offset] = m as unknown as [string, string, string, string, string, string, string, string | undefined, string];
  const ms = (fraction ?? "").padEnd(3, "0").slice(0, 3);
  const zone = offset === "z" ? "Z" : offset;
  const time = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}${zone}`);
  if (Number.isNaN(time)) return undefined;
  // Date.parse rolls some out-of-range fields over (e.g. Feb 30): refuse what does not round-trip.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day) || date.getUTCHours() !== Number(hour) || date.getUTCMinutes() !== Number(minute)) return undefined;
  return new Date(time).toISOString() as Timestamp;
}

/** ms since the epoch of a parsed time; undefined when absent. */
export function timestampMs(value: Timestamp | null | undefined): number | undefined {
  return value ? Date.parse(value) : undefined;
}

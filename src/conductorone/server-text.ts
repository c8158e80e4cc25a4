import { z } from "zod";

/**
 * Text that came from a server (an error body, a connector's `lastError`) made safe for every
 * sink — terminal, CI log, GitHub annotation, terraform diagnostic — in two steps, in this order,
 * on decoded text (issue 8 §2–3):
 *
 * 1. {@link redactSecrets}: each secret, case-insensitively, as itself, base64 (standard and
 *    url-safe, any alignment), percent-encoded and hex, and any echoed run of 12 or more of its
 *    characters, becomes `[redacted]`;
 * 2. {@link neutralize}: escape sequences and control, bidi and zero-width characters go, line
 *    breaks become spaces (nothing can begin a line), `::` is split (no workflow command), and
 *    the text is capped.
 */

export const REDACTED = "[redacted]";
/** Default cap of one server message, in characters. */
export const MAX_SERVER_TEXT = 300;
/** An echoed run of a secret at least this long is redacted. */
const MIN_PARTIAL_RUN = 12;
/** Server text longer than this is cut before any work (bodies are capped earlier too). */
const MAX_SCAN = 65_536;

/** One secret value to hunt for; `partial` also redacts echoed runs of it. */
export interface RedactionNeedle {
  value: string;
  partial: boolean;
}

function encodingsOf(value: string): string[] {
  const bytes = Buffer.from(value, "utf8");
  const forms = new Set<string>([value, encodeURIComponent(value), bytes.toString("hex")]);
  // Inside a longer base64 blob the value starts at one of 3 byte alignments: the aligned part
  // is the base64 of the value less its first 0, 1 or 2 bytes, cut to whole 3-byte groups.
  for (let shift = 0; shift < 3 && shift < bytes.length; shift++) {
    const slice = bytes.subarray(shift);
    const whole = slice.subarray(0, slice.length - (slice.length % 3));
    if (whole.length >= 3) {
      forms.add(whole.toString("base64"));
      forms.add(whole.toString("base64url"));
    }
  }
  forms.add(bytes.toString("base64").replace(/=+$/, ""));
  return [...forms].filter((f) => f.length >= 4);
}

/** Ranges [start, end) of `text` where a run of `needle` (≥ minRun chars, or all of it) occurs. */
function matchRanges(lowerText: string, needle: string, minRun: number): Array<[number, number]> {
  const lowerNeedle = needle.toLowerCase();
  const ranges: Array<[number, number]> = [];
  if (lowerNeedle.length < minRun || minRun <= 0) {
    for (let i = lowerText.indexOf(lowerNeedle); i >= 0 && lowerNeedle.length > 0; i = lowerText.indexOf(lowerNeedle, i + 1)) {
      ranges.push([i, i + lowerNeedle.length]);
    }
    return ranges;
  }
  for (let offset = 0; offset + minRun <= lowerNeedle.length; offset++) {
    const window = lowerNeedle.slice(offset, offset + minRun);
    for (let i = lowerText.indexOf(window); i >= 0; i = lowerText.indexOf(window, i + 1)) {
      let end = i + minRun;
      let n = offset + minRun;
      while (end < lowerText.length && n < lowerNeedle.length && lowerText[end] === lowerNeedle[n]) {
        end++;
        n++;
      }
      ranges.push([i, end]);
    }
  }
  return ranges;
}

export function redactSecrets(text: string, needles: readonly RedactionNeedle[]): string {
  const scanned = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const lower = scanned.toLowerCase();
  const ranges: Array<[number, number]> = [];
  for (const needle of needles) {
    if (needle.value.length === 0) continue;
    for (const form of encodingsOf(needle.value)) {
      ranges.push(...matchRanges(lower, form, needle.partial ? MIN_PARTIAL_RUN : form.length));
    }
  }
  if (ranges.length === 0) return scanned;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "";
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    if (start > cursor) out += scanned.slice(cursor, start);
    if (start >= cursor) out += REDACTED;
    cursor = Math.max(cursor, end);
  }
  return out + scanned.slice(cursor);
}

/* eslint-disable no-control-regex */
const ANSI_CSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;
const ANSI_OSC = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
const ANSI_OTHER = /\u001b[@-_]?/g;
const LINE_BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]+/g;
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/* eslint-enable no-control-regex */

/** One safe line: no escapes, controls or line breaks, no `::`, at most `max` characters. */
export function neutralize(text: string, max = MAX_SERVER_TEXT): string {
  let out = text.replace(ANSI_OSC, "").replace(ANSI_CSI, "").replace(ANSI_OTHER, "").replace(LINE_BREAKS, " ").replace(INVISIBLE, "");
  while (out.includes("::")) out = out.replace(/::/g, ": :");
  out = out.replace(/ {2,}/g, " ").trim();
  if (out.length > max) out = `${out.slice(0, max)}… (${out.length - max} more characters)`;
  return out;
}

export function sanitizeServerText(text: string, needles: readonly RedactionNeedle[], max = MAX_SERVER_TEXT): string {
  return neutralize(redactSecrets(text, needles), max);
}

const messageBody = z.object({ message: z.string() });
const oauthError = z.object({ error: z.string(), error_description: z.string().optional() });

/**
 * The human part of an error body, sanitised: `message` (gRPC-gateway `{code, message}`, the
 * likely C1 shape — UNVERIFIED), OAuth `error` / `error_description`, or the text itself; an
 * HTML page is named, not quoted. Undefined when the body says nothing.
 */
export function serverMessageOf(body: string, needles: readonly RedactionNeedle[]): string | undefined {
  const text = body.trim();
  if (text.length === 0) return undefined;
  if (/^<(!doctype|html|head|body)/i.test(text)) return "(an HTML page)";
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return sanitizeServerText(text, needles) || undefined;
  }
  const message = messageBody.safeParse(parsed);
  if (message.success) return sanitizeServerText(message.data.message, needles) || undefined;
  const oauth = oauthError.safeParse(parsed);
  if (oauth.success) {
    const joined = oauth.data.error_description ? `${oauth.data.error}: ${oauth.data.error_description}` : oauth.data.error;
    return sanitizeServerText(joined, needles) || undefined;
  }
  return undefined;
}

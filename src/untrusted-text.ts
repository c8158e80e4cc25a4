import { inspect } from "node:util";
import { once } from "./lazy";

/**
 * Text someone else wrote (a server's error message, a group name, a header) on its way to a
 * terminal, a CI log, a markdown page or a Terraform diagnostic. Generic: no product words, so
 * every room (the plugin bridge included) can use it.
 *
 * Neutralising makes such text inert wherever it lands:
 * - control and format characters (C0, DEL, C1, bidi overrides and isolates, zero-width and
 *   other invisible characters, line/paragraph separators, Unicode tag characters) are shown
 *   escaped (`\x1b`, `\u202e`), so no escape sequence reaches a terminal and the text stays on
 *   one line;
 * - no GitHub Actions workflow command is left in it, in either syntax the runner parses
 *   (actions/runner, src/Runner.Common/ActionCommand.cs): `::name::data` at the start of a line
 *   (TryParseV2; a sink that wraps long lines, as terraform does, can move any `::` after a space
 *   to a line start), and the legacy `##[name]data` found ANYWHERE in a line (TryParse, IndexOf):
 *   each `::` is shown as `:\:` and each `##[` as `#\#[`, which no wrapping at whitespace can split;
 * - it is capped to a length, with the count of what was cut.
 */

/** Default cap of one neutralised text, in characters. */
export const UNTRUSTED_TEXT_MAX_CHARS = 300;

/** Characters never shown raw: C0, DEL, C1, soft hyphen, bidi and invisible formatting, separators, BOM, tags. */
const HIDDEN =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]|[\u{1d173}-\u{1d17a}]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeHidden(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, "0")}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, "0")}`;
  return `\\u{${cp.toString(16)}}`;
}

/** Cut to `max` characters (code points, never splitting a pair), saying how much was cut. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  let count = 0;
  for (const ch of text) {
    if (count === max) break;
    count++;
    end += ch.length;
  }
  if (end >= text.length) return text;
  return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}

/**
 * Characters the runner's culture-sensitive string search (.NET `IndexOf`/`StartsWith` without an
 * ordinal comparison, ICU collation) may skip as ignorable: control characters, default-ignorable
 * code points (zero-width, joiners, variation selectors, fillers) and combining marks. `:\u200b:`
 * or `#\u034f#[` may therefore be read as `::` or `##[`; the defusing below looks through them.
 */
const IGNORABLE = "[\\p{Cc}\\p{Cf}\\p{Default_Ignorable_Code_Point}\\p{Mn}\\p{Me}]";
// The \p{…} regular expressions are built on first use: building one costs at every process start.
// Shared global ones are only used with `replace`, which starts at 0 and leaves lastIndex at 0.
/** A `:` that, with another one (ignorables between), forms `::`. */
const COLON_PAIR = once(() => new RegExp(`:(?=${IGNORABLE}*:)`, "gu"));
/** A `#` that starts `##[` (ignorables between). */
const LEGACY_START = once(() => new RegExp(`#(?=${IGNORABLE}*#${IGNORABLE}*\\[)`, "gu"));

/**
 * Every workflow command syntax of the GitHub Actions runner defused, wherever it is in `text`:
 * each `::` shown as `:\:` (`:::` as `:\:\:`), each `##[` as `#\#[`. No line of the text, however
 * a sink wraps it at whitespace, can then begin with `::`, and no line contains `##[`.
 */
export function defuseWorkflowCommands(text: string): string {
  let out = text;
  if (out.includes(":")) out = out.replace(COLON_PAIR(), ":\\");
  if (out.includes("#")) out = out.replace(LEGACY_START(), "#\\");
  return out;
}

/**
 * Make untrusted text safe to embed in a message for any text sink (terminal, log, annotation,
 * diagnostic). Markdown and workflow-command sinks still apply their own escaping on top.
 */
export function neutralise(text: string, maxChars: number = UNTRUSTED_TEXT_MAX_CHARS): string {
  // Lone surrogates are not text; show them as U+FFFD.
  const wellFormed = text.replace(LONE_SURROGATE, "\ufffd");
  return defuseWorkflowCommands(cap(wellFormed, maxChars).replace(HIDDEN, escapeHidden));
}

/** Blanks the runner's `TrimStart` removes before looking for `::` (any Unicode white space but line breaks), and ignorables. */
const LINE_START_COMMAND = once(() => new RegExp(`^((?:[^\\S\\r\\n]|${IGNORABLE.replace("\\p{Cc}", "\\x00-\\x09\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f")})*):(?=${IGNORABLE}*:)`, "gmu"));

/**
 * Defence in depth for a whole text output (a report, a summary): no line may begin (after
 * blanks) with `::`, and no `##[` may be anywhere, so nothing in it is run as a GitHub Actions
 * workflow command. A leading `::` is shown as `\::`, a `##[` as `#\#[`. Our own reports never
 * write either; workflow commands we mean to emit are written separately. For JSON, see
 * {@link guardJson}.
 */
export function guardLines(text: string): string {
  return text.replace(LINE_START_COMMAND(), "$1\\:").replace(LEGACY_START(), "#\\");
}

/**
 * {@link guardLines} for a JSON document (`JSON.stringify`, pretty or not), keeping it valid JSON
 * that parses to the same values: a `#` only occurs inside a string, so a `##[` is written
 * `##\u005b` (the JSON escape of `[`); no JSON line can begin with `::` (a string never spans lines).
 */
export function guardJson(json: string): string {
  return json.replace(new RegExp(`(#${IGNORABLE}*#${IGNORABLE}*)\\[`, "gu"), "$1\\u005b");
}

/**
 * At most `max` items of a list, and the count of the rest: "a; b; c and 12 more".
 */
export function listWithRest(items: readonly string[], max: number, separator = "; "): string {
  if (items.length <= max) return items.join(separator);
  return `${items.slice(0, max).join(separator)} and ${items.length - max} more`;
}

/**
 * A string that came from outside (a server), kept apart from our own text by its type:
 * code that renders it must choose a form. `String(x)`, template literals and `JSON.stringify`
 * all give the neutralised form; `.value` gives the text as received (for data: comparisons,
 * IDs sent back, Terraform state), never for display.
 */
export class UntrustedText {
  readonly value: string;

  protected constructor(value: string) {
    this.value = value;
  }

  static of(value: string): UntrustedText {
    return new UntrustedText(value);
  }

  /** The neutralised form, capped to `maxChars`. */
  shown(maxChars: number = UNTRUSTED_TEXT_MAX_CHARS): string {
    return neutralise(this.value, maxChars);
  }

  toString(): string {
    return this.shown();
  }

  toJSON(): string {
    return this.shown();
  }

  [inspect.custom](): string {
    return JSON.stringify(this.shown());
  }
}

/** Our own text, or untrusted text in its neutralised form. */
export function displayed(value: string | number | UntrustedText): string {
  return typeof value === "number" ? String(value) : value instanceof UntrustedText ? value.shown() : value;
}

/** A value in double quotes for a message, neutralised: `"Contractors"`. */
export function quoted(value: string | UntrustedText): string {
  return `"${value instanceof UntrustedText ? value.shown() : neutralise(value)}"`;
}

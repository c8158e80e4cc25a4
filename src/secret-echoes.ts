/**
 * Finding a secret in text someone else wrote: a server echoing a key back in an error
 * message, a header or a group name, or a user pasting the key into the wrong field.
 * Generic (no product words), so every room can use it.
 *
 * What counts as an echo, on text that was already decoded from its transport format
 * (JSON escapes are undone by JSON decoding before this runs):
 * - the secret, or any run of at least {@link MIN_ECHO_CHARS} consecutive characters of it
 *   (a partial echo), in any letter case;
 * - the same written with escapes: percent-encoding (`%74`), `\uXXXX`, `\xXX`, HTML numeric
 *   character references (`&#116;`), mixed freely with plain characters;
 * - its bytes in hexadecimal (any case), or in base64 or base64url at any byte alignment
 *   (of the secret as given, lower-cased or upper-cased), again whole or partial: any run
 *   that encodes at least MIN_ECHO_CHARS consecutive characters.
 * A secret shorter than MIN_ECHO_CHARS is only found whole.
 *
 * Matching is a rolling hash over each view of the text, verified on every hit: linear in
 * the text's length, so whole response bodies can be scanned.
 */

/** The shortest partial echo that is recognised, in characters of the secret. */
export const MIN_ECHO_CHARS = 12;

const REDACTED = "[redacted]";

/** One way of writing the secret: the windows of its forms, all of one length. */
interface Family {
  window: number;
  /** Compare lower-cased ASCII (plain text, hex) or exactly (base64). */
  fold: boolean;
  /** Map base64url's alphabet onto base64's before comparing. */
  base64: boolean;
  windows: Set<string>;
  hashes: Set<number>;
  /** One byte per low 16 bits of a window hash: most positions are ruled out by one array read. */
  filter: Uint8Array;
  /** BASE^(window-1) mod 2^32, to roll the first character out. */
  lead: number;
}

const BASE = 0x01000193;
// A module-level alias: the scan loop runs per character, and a global lookup of `Math` per
// iteration is slow wherever globals sit behind a proxy (jest's sandbox: 70× slower).
const imul = Math.imul;

function hashOf(text: string, start: number, length: number): number {
  let h = 0;
  for (let i = start; i < start + length; i++) h = (imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h;
}

function powBase(exponent: number): number {
  let p = 1;
  for (let i = 0; i < exponent; i++) p = imul(p, BASE);
  return p;
}

/** Lower-case ASCII letters only, so positions stay aligned with the original text. */
function foldAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : text;
}

function base64Core(bytes: Buffer, alignment: number): string {
  const encoded = Buffer.concat([Buffer.alloc(alignment), bytes]).toString("base64").replace(/=+$/, "");
  // Characters that also carry bits of the padding before or after the secret are not its own.
  const first = Math.ceil((alignment * 8) / 6);
  const last = Math.floor(((alignment + bytes.length) * 8) / 6);
  return encoded.slice(first, last);
}

function makeFamily(forms: string[], desired: number, fold: boolean, base64: boolean): Family | null {
  const usable = forms.filter((f) => f.length > 0);
  if (usable.length === 0) return null;
  const window = Math.min(desired, ...usable.map((f) => f.length));
  if (window <= 0) return null;
  const windows = new Set<string>();
  for (const form of usable) for (let i = 0; i + window <= form.length; i++) windows.add(form.slice(i, i + window));
  const hashes = new Set<number>();
  const filter = new Uint8Array(1 << 16);
  for (const w of windows) {
    const h = hashOf(w, 0, window);
    hashes.add(h);
    filter[h & 0xffff] = 1;
  }
  return { window, fold, base64, windows, hashes, filter, lead: powBase(window - 1) };
}

/** Escape sequences undone for the "decoded" view: %XX, \uXXXX, \xXX, &#NNN; and &#xHH;. */
const ESCAPE = /%([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|&#(\d{1,7});|&#[xX]([0-9a-fA-F]{1,6});/g;

interface View {
  text: string;
  /** Original offset of each view character, plus the original length at the end. */
  starts: number[] | null;
}

function decodedView(text: string): View | null {
  if (!/[%\\&]/.test(text)) return null;
  ESCAPE.lastIndex = 0;
  if (!ESCAPE.test(text)) return null;
  const out: string[] = [];
  const starts: number[] = [];
  let last = 0;
  ESCAPE.lastIndex = 0;
  for (let m = ESCAPE.exec(text); m !== null; m = ESCAPE.exec(text)) {
    for (let i = last; i < m.index; i++) {
      out.push(text[i] as string);
      starts.push(i);
    }
    const hex = m[1] ?? m[2] ?? m[3] ?? m[5];
    const code = hex !== undefined ? parseInt(hex, 16) : Number(m[4]);
    out.push(code <= 0xffff ? String.fromCharCode(code) : "\ufffd");
    starts.push(m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i < text.length; i++) {
    out.push(text[i] as string);
    starts.push(i);
  }
  starts.push(text.length);
  return { text: out.join(""), starts };
}

export class SecretEchoes {
  readonly #families: Family[];
  readonly #shortest: number;

  /** `secret` must not be empty. `minEchoChars` exists for tests; the default is documented. */
  constructor(secret: string, minEchoChars: number = MIN_ECHO_CHARS) {
    if (secret.length === 0) throw new RangeError("SecretEchoes needs a non-empty secret");
    const variants = [...new Set([secret, secret.toLowerCase(), secret.toUpperCase()])];
    const chars = Math.min(minEchoChars, secret.length);
    const families = [
      makeFamily([foldAscii(secret)], chars, true, false),
      makeFamily(
        variants.map((v) => Buffer.from(v, "utf8").toString("hex")),
        chars * 2,
        true,
        false,
      ),
      makeFamily(
        variants.flatMap((v) => [0, 1, 2].map((a) => base64Core(Buffer.from(v, "utf8"), a))),
        Math.ceil((chars * 4) / 3),
        false,
        true,
      ),
    ];
    this.#families = families.filter((f): f is Family => f !== null);
    this.#shortest = Math.min(...this.#families.map((f) => f.window));
  }

  /** True when `text` holds the secret or a partial echo of it, in any form listed above. */
  found(text: string): boolean {
    return this.#ranges(text, true).length > 0;
  }

  /** `text` with every echo replaced by `[redacted]`. */
  redact(text: string, replacement: string = REDACTED): string {
    const ranges = this.#ranges(text, false);
    if (ranges.length === 0) return text;
    let out = "";
    let at = 0;
    for (const [start, end] of ranges) {
      out += text.slice(at, start) + replacement;
      at = end;
    }
    return out + text.slice(at);
  }

  /** Merged, sorted [start, end) ranges of the original text that echo the secret. */
  #ranges(text: string, firstOnly: boolean): Array<[number, number]> {
    const views: View[] = [];
    if (text.length >= this.#shortest) views.push({ text, starts: null });
    const decoded = decodedView(text);
    if (decoded !== null && decoded.text.length >= this.#shortest) views.push(decoded);
    const found: Array<[number, number]> = [];
    for (const view of views) {
      for (const family of this.#families) {
        if (family.base64 && view.starts !== null) continue;
        scan(view, family, found, firstOnly);
        if (firstOnly && found.length > 0) return found;
      }
    }
    return merge(found);
  }

}

/** The character code as a family compares it: ASCII letters folded, base64url mapped onto base64. */
function normCode(c: number, family: Family): number {
  if (family.fold) return c >= 65 && c <= 90 ? c + 32 : c;
  if (family.base64) return c === 45 ? 43 : c === 95 ? 47 : c;
  return c;
}

function normText(text: string, family: Family): string {
  if (family.fold) return foldAscii(text);
  if (family.base64) return text.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
  return text;
}

/**
 * Slide a window over one view with a rolling hash; rule most positions out with one array
 * read, verify the rest against the window set. Characters are normalised as they are read,
 * so no copy of the text is made: this loop runs once per character of every server string.
 */
function scan(view: View, family: Family, found: Array<[number, number]>, firstOnly: boolean): void {
  const window = family.window;
  const text = view.text;
  if (text.length < window) return;
  const { hashes, filter, lead } = family;
  const last = text.length - window;
  let h = 0;
  for (let i = 0; i < window; i++) h = (imul(h, BASE) + normCode(text.charCodeAt(i), family)) | 0;
  for (let i = 0; i <= last; i++) {
    if (filter[h & 0xffff] === 1 && hashes.has(h) && family.windows.has(normText(text.slice(i, i + window), family))) {
      const starts = view.starts;
      found.push(starts === null ? [i, i + window] : [starts[i] as number, starts[i + window] as number]);
      if (firstOnly) return;
    }
    if (i < last) {
      const out = normCode(text.charCodeAt(i), family);
      const inc = normCode(text.charCodeAt(i + window), family);
      h = (imul(h - imul(out, lead), BASE) + inc) | 0;
    }
  }
}

function merge(ranges: Array<[number, number]>): Array<[number, number]> {
  if (ranges.length <= 1) return ranges;
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [ranges[0] as [number, number]];
  for (const r of ranges.slice(1)) {
    const last = out[out.length - 1] as [number, number];
    if (r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

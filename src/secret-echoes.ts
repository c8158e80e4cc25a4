/**
 * Finding a secret in text someone else wrote: a server echoing a key back in an error
 * message, a header or a group name, or a user pasting the key into the wrong field.
 * Generic (no product words), so every room can use it.
 *
 * Two layers, both linear in the text:
 *
 * 1. **Precise redaction of the direct forms**, on the text as it is: the secret, or any run of
 *    at least {@link MIN_ECHO_CHARS} consecutive characters of it (a partial echo), in any
 *    letter case; its bytes in hexadecimal (any case); in base64 or base64url at any byte
 *    alignment (of the secret as given, lower-cased or upper-cased). Each run is replaced by
 *    `[redacted]` and the rest of the text is kept.
 *
 * 2. **A detector over normalised views** of the text, for everything else a server (or a
 *    paste) can do to the secret. Each view is a character stream in which an echo, however it
 *    was written, becomes a plain run of the secret's characters again:
 *    - *skeleton*: NFKC (fullwidth and styled letters), Cyrillic/Greek look-alikes, case folded,
 *      escapes undone repeatedly (percent, `%uXXXX`, HTML numeric references with or without `;`
 *      and with leading zeros, named HTML entities, `\uXXXX`, `\u{X}`, `\UXXXXXXXX`, `\xXX`,
 *      quoted-printable `=XX`, and backslash-digits read once as CSS hex and once as octal),
 *      then every character that is not a letter or digit dropped: separators, zero-width and
 *      other invisible characters, one-character-at-a-time spacing, NULs of UTF-16 text;
 *      searched for the secret's letters and digits, forwards and reversed;
 *    - *UTF-16 bytes*: text whose code units carry the secret's bytes in pairs (either order);
 *    - *codes*: decimal numbers read as character codes (runs of digits worth 32–126: `67.97.110`,
 *      `67, 97, 110`, a JSON array of numbers joined by the gate), searched like the skeleton;
 *    - *hex*: hex digits only, `0x`/`\x` prefixes dropped (`43 61 6e`, `43:61`, `0x43,0x61`),
 *      searched for the UTF-8, UTF-16LE and UTF-16BE bytes of the secret;
 *    - *base64*: the base64/base64url alphabet only (wrapped or spaced base64 joins up), at every
 *      byte alignment, of UTF-8 and UTF-16LE bytes;
 *    - *base32*: the RFC 4648 alphabet only, at every byte alignment.
 *    A hit **withholds the whole string** (see {@link RedactOptions.withheld}): once an echo is
 *    encoded, where it starts and ends is not worth guessing. {@link SecretEchoes.redactAll}
 *    runs the detector over several strings as one stream (in order), so a secret split across
 *    messages is found too, and every string the echo touches is withheld; `orders` adds other
 *    readings of the same strings (a JSON body's values alone, a field across siblings), and
 *    pieces of at least {@link MIN_FRAGMENT_CHARS} letters and digits are found with anything
 *    between or around them, in any order (see FragmentIndex).
 *
 * An encoded form is searched with windows as long as the fewest encoded characters that carry
 * only a run's bits at the run's worst byte alignment (for 12 characters: base64 15, of UTF-16LE
 * 31; base32 18; hex 24, of UTF-16 48), so a run of exactly MIN_ECHO_CHARS is found wherever it
 * falls in the encoded text, not only where it starts on a character boundary. The other side:
 * such a window holds a little less than the run (90 of base64's 96 bits), so 11 characters whose
 * encoded neighbours happen to carry the rest of its bits are taken for an echo too.
 *
 * A secret shorter than MIN_ECHO_CHARS is found only whole; the detector needs at least
 * {@link MIN_DETECTOR_CHARS} letters and digits in the secret (fewer would match ordinary text).
 *
 * Cost: every view is built with native string operations (normalize, replace) and scanned with a
 * rolling hash and a 64 Ki-entry filter, so the work is a fixed number of linear passes and the
 * memory a fixed number of copies of the text: no per-character arrays, no recursion
 * (`bench/redaction.bench.ts`: MB/s and peak RSS on 16 MiB adversarial bodies).
 */

/** The shortest partial echo that is recognised, in characters of the secret. */
export const MIN_ECHO_CHARS = 12;
/** The detector needs this many letters and digits in the secret; shorter skeletons only get precise redaction. */
export const MIN_DETECTOR_CHARS = 8;
/** At most this many rounds of unescaping (`%2541` → `%41` → `A`). */
export const MAX_UNESCAPE_ROUNDS = 4;

const REDACTED = "[redacted]";
const WITHHELD = "[text withheld: it contained a secret]";

export interface RedactOptions {
  /** What replaces a precisely located echo. Default `[redacted]`. */
  replacement?: string;
  /**
   * More orders in which the strings are read as one stream for echoes split across them, each a
   * list of indices into `texts` (e.g. a JSON body's values without its keys, or the same field
   * across sibling objects): a split echo in any of them withholds every string it touches.
   */
  orders?: ReadonlyArray<readonly number[]>;
  /** What replaces a whole string in which the detector still finds an echo. Default `[text withheld: it contained a secret]`. */
  withheld?: string;
}

const BASE = 0x01000193;
// Module-level alias: the scan loops run per character, and a global lookup of `Math` per
// iteration is slow wherever globals sit behind a proxy (jest's sandbox).
const imul = Math.imul;

function powBase(exponent: number): number {
  let p = 1;
  for (let i = 0; i < exponent; i++) p = imul(p, BASE);
  return p;
}

/**
 * How a precise family reads text characters: folded ASCII letters, or base64url mapped onto
 * base64. Every change is in ASCII, so the table has 128 entries and any other code unit reads as
 * itself (see {@link mapCode}): a table of all 65 536 code units took ~1.5 ms to fill at a
 * process's first check, in each bundle that carries this module.
 */
type CodeMap = Uint8Array;
function codeMap(changes: readonly (readonly [number, number])[]): CodeMap {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = c;
  for (const [from, to] of changes) table[from] = to;
  return table;
}
/** Code unit `c` read through `map`. */
function mapCode(map: CodeMap, c: number): number {
  return c < 128 ? (map[c] as number) : c;
}
let foldTable: CodeMap | undefined;
let base64Table: CodeMap | undefined;
const ASCII_UPPER_TO_LOWER = Array.from({ length: 26 }, (_, i) => [65 + i, 97 + i] as const);
const FOLD = (): CodeMap => (foldTable ??= codeMap(ASCII_UPPER_TO_LOWER));
// base64url's "-" and "_" read as base64's "+" and "/".
const BASE64 = (): CodeMap => (base64Table ??= codeMap([[45, 43], [95, 47]]));

/**
 * The windows of some forms of the secret, all of one length, looked up by rolling hash: most
 * positions are ruled out by one read of a 64 Ki filter; the rest are compared character by
 * character (no slicing, no allocation). A window is kept as where it starts in its form, not as
 * a string of its own: a key has ~3 000 windows over all its forms, and making them as strings
 * cost ~10 ms at a process's first check.
 *
 * Built when first searched (see {@link WindowSet.lazy}): a key's nine sets hold ~7 500 windows,
 * ~10 ms of a checking process, and most texts a check judges (a network name, a short server
 * message) are shorter than most windows, so most sets are never searched at all.
 */
class WindowSet {
  #forms: readonly string[] | undefined;
  #window = 0;
  #lead = 0;
  #filter: Uint8Array | undefined;
  /**
   * The windows by hash, in typed arrays (no object per window: a key's ~7 500 windows as Map
   * entries and pairs cost a scavenge of their own): an open-addressed table of hashes
   * (`#slotHash`, `#slotFirst`: a slot's first window, −1 when free) and the windows as entries
   * chained from their slot (`#entryForm`, `#entryAt`: where the window starts in which form;
   * `#entryNext`: the next window with the same hash, −1 at the end).
   */
  #slotHash = new Int32Array(0);
  #slotFirst = new Int32Array(0);
  #entryForm = new Int32Array(0);
  #entryAt = new Int32Array(0);
  #entryNext = new Int32Array(0);
  #entries = 0;
  /** 32 − log2(slots): a mixed hash shifted right by it is a slot. */
  #slotShift = 32;
  readonly #makeForms: () => readonly string[];
  readonly #desired: number;
  readonly #publicParts: readonly string[];

  private constructor(makeForms: () => readonly string[], desired: number, publicParts: readonly string[]) {
    this.#makeForms = makeForms;
    this.#desired = desired;
    this.#publicParts = publicParts;
  }

  /**
   * Windows of `desired` characters (or of the shortest form, when shorter) of every form; null
   * when there are none. A window lying wholly inside one of `publicParts` (the public envelope
   * of the secret, in the same form) is left out: it echoes nothing secret. Built now, since
   * whether any window is left decides whether there is a set at all.
   */
  static of(forms: readonly string[], desired: number, publicParts: readonly string[] = []): WindowSet | null {
    if (desired <= 0) return null;
    const set = new WindowSet(() => forms, desired, publicParts);
    set.#index();
    return set.#entries > 0 ? set : null;
  }

  /**
   * The same windows, with no public part, made and indexed when the set is first searched with
   * a text at least a window long. `forms` must give at least one non-empty form (every form of
   * a non-empty secret does), so the set is never empty and `of` would never have returned null.
   */
  static lazy(forms: () => readonly string[], desired: number): WindowSet {
    return new WindowSet(forms, desired, []);
  }

  /** The length of every window, in characters (or bytes) of the searched text. */
  get window(): number {
    this.#formsReady();
    return this.#window;
  }

  /** BASE to the power window − 1: what the rolling hash takes off for the character leaving it. */
  get lead(): number {
    this.#formsReady();
    return this.#lead;
  }

  /** 1 at `hash & 0xffff` for the hash of each window. */
  get filter(): Uint8Array {
    if (this.#filter === undefined) this.#index();
    return this.#filter as Uint8Array;
  }

  #formsReady(): readonly string[] {
    if (this.#forms === undefined) {
      const usable = this.#makeForms().filter((f) => f.length > 0);
      this.#forms = usable;
      // No usable form (never, for a non-empty secret): one-character windows, none of them indexed.
      this.#window = usable.length === 0 ? 1 : Math.max(1, Math.min(this.#desired, ...usable.map((f) => f.length)));
      this.#lead = powBase(this.#window - 1);
    }
    return this.#forms;
  }

  #index(): void {
    const usable = this.#formsReady();
    const window = this.#window;
    this.#filter = new Uint8Array(1 << 16);
    let windows = 0;
    for (const form of usable) windows += Math.max(0, form.length - window + 1);
    // At most half full, so a probe ends after a few slots.
    let slots = 16;
    while (slots < 2 * windows) slots *= 2;
    this.#slotShift = 32 - Math.log2(slots);
    this.#slotHash = new Int32Array(slots);
    this.#slotFirst = new Int32Array(slots).fill(-1);
    this.#entryForm = new Int32Array(windows);
    this.#entryAt = new Int32Array(windows);
    this.#entryNext = new Int32Array(windows);
    // Only a public part at least a window long can hold one.
    const holders = this.#publicParts.filter((p) => p.length >= window);
    for (let f = 0; f < usable.length; f++) {
      // Every usable form is at least a window long (#formsReady).
      const form = usable[f] as string;
      let h = 0;
      for (let i = 0; i < window; i++) h = (imul(h, BASE) + form.charCodeAt(i)) | 0;
      for (let i = 0; ; i++) {
        const isPublic = window < form.length && holders.length > 0 && holders.some((p) => p.includes(form.slice(i, i + window)));
        if (!isPublic) this.#add(h, f, i);
        if (i + window === form.length) break;
        h = (imul(h - imul(form.charCodeAt(i), this.#lead), BASE) + form.charCodeAt(i + window)) | 0;
      }
    }
  }

  /** The slot of hash `h`: the one holding it, or the free one where it would go. */
  #slotOf(h: number): number {
    const mask = this.#slotHash.length - 1;
    // The slot from the hash's high bits, mixed (Fibonacci hashing): a secret whose characters
    // share their low bits (e.g. all multiples of 0x4000) gives hashes that do, and slots taken
    // from the low bits would pile them into long runs a search walks at every position.
    let slot = imul(h, 0x9e3779b1) >>> this.#slotShift;
    while (this.#slotFirst[slot] !== -1 && this.#slotHash[slot] !== h) slot = (slot + 1) & mask;
    return slot;
  }

  /** Adds the window at `#forms[form][at..]` unless an equal one is there already (the forms of a key's case variants share many). */
  #add(h: number, form: number, at: number): void {
    const slot = this.#slotOf(h);
    const forms = this.#forms as readonly string[];
    const text = forms[form] as string;
    const window = this.#window;
    let last = -1;
    for (let e = this.#slotFirst[slot] as number; e !== -1; e = this.#entryNext[e] as number) {
      const other = forms[this.#entryForm[e] as number] as string;
      const start = this.#entryAt[e] as number;
      let j = 0;
      while (j < window && other.charCodeAt(start + j) === text.charCodeAt(at + j)) j++;
      if (j === window) return;
      last = e;
    }
    const entry = this.#entries++;
    this.#entryForm[entry] = form;
    this.#entryAt[entry] = at;
    this.#entryNext[entry] = -1;
    if (last === -1) {
      this.#slotHash[slot] = h;
      this.#slotFirst[slot] = entry;
      (this.#filter as Uint8Array)[h & 0xffff] = 1;
    } else this.#entryNext[last] = entry;
  }

  /** Does text[at, at+window), read through `map`, equal a window with hash `h`? */
  matchesAt(text: string, at: number, h: number, map: CodeMap): boolean {
    // Only called on a filter hit, so the set is indexed.
    const forms = this.#forms as readonly string[];
    const window = this.#window;
    for (let e = this.#slotFirst[this.#slotOf(h)] as number; e !== -1; e = this.#entryNext[e] as number) {
      const form = forms[this.#entryForm[e] as number] as string;
      const start = this.#entryAt[e] as number;
      let j = 0;
      while (j < window && mapCode(map, text.charCodeAt(at + j)) === form.charCodeAt(start + j)) j++;
      if (j === window) return true;
    }
    return false;
  }

  /** Do bytes[at, at+window) equal a window with hash `h`? */
  matchesBytes(bytes: Uint8Array, at: number, h: number): boolean {
    // Only called on a filter hit, so the set is indexed.
    const forms = this.#forms as readonly string[];
    const window = this.#window;
    for (let e = this.#slotFirst[this.#slotOf(h)] as number; e !== -1; e = this.#entryNext[e] as number) {
      const form = forms[this.#entryForm[e] as number] as string;
      const start = this.#entryAt[e] as number;
      let j = 0;
      while (j < window && bytes[at + j] === form.charCodeAt(start + j)) j++;
      if (j === window) return true;
    }
    return false;
  }
}

/**
 * Slide the window over `text` read through `map`; report each matching start. `onHit` returns
 * true to stop. Linear: one multiply-add per character, a filter read, and a comparison on the
 * rare filter hits.
 */
function scanText(text: string, set: WindowSet, map: CodeMap, onHit: (start: number) => boolean): void {
  const n = set.window;
  if (text.length < n) return;
  const { filter, lead } = set;
  const last = text.length - n;
  let h = 0;
  for (let i = 0; i < n; i++) h = (imul(h, BASE) + mapCode(map, text.charCodeAt(i))) | 0;
  for (let i = 0; ; i++) {
    if (filter[h & 0xffff] === 1 && set.matchesAt(text, i, h, map) && onHit(i)) return;
    if (i === last) return;
    const out = mapCode(map, text.charCodeAt(i));
    const inc = mapCode(map, text.charCodeAt(i + n));
    h = (imul(h - imul(out, lead), BASE) + inc) | 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Forms of the secret

/**
 * The fewest characters of an encoding of `bitsPerChar` bits per character that carry only the
 * bits of a run of `bytes` bytes, over every byte alignment of the run: the window an encoded run
 * is found by. Off a character boundary the characters at both ends are shared with the
 * neighbours, so a 12-byte run is 16 base64 characters at alignment 0 but only 15 at 1 and 2
 * (base32: 19 or 18 of 19.2; hex: always 24). At least 1 (a 1-byte secret in base64 at
 * alignment 1 has no character of its own: that form is empty and only the others are searched).
 */
function innerChars(bytes: number, bitsPerChar: number): number {
  let fewest = Number.POSITIVE_INFINITY;
  // Byte offsets repeat their bit phase every bitsPerChar bytes at most (3 for base64, 5 for base32).
  for (let alignment = 0; alignment < bitsPerChar; alignment++) {
    const from = alignment * 8;
    fewest = Math.min(fewest, Math.floor((from + bytes * 8) / bitsPerChar) - Math.ceil(from / bitsPerChar));
  }
  return Math.max(1, fewest);
}

function base64Core(bytes: Buffer, alignment: number): string {
  const encoded = Buffer.concat([Buffer.alloc(alignment), bytes]).toString("base64").replace(/=+$/, "");
  // Characters that also carry bits of the padding before or after the secret are not its own.
  const first = Math.ceil((alignment * 8) / 6);
  const last = Math.floor(((alignment + bytes.length) * 8) / 6);
  return encoded.slice(first, last);
}

const BASE32_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/** RFC 4648 base32 (lower case, no padding) of `alignment` zero bytes + `bytes`, trimmed to the characters carrying only the secret's bits. */
function base32Core(bytes: Buffer, alignment: number): string {
  const all = Buffer.concat([Buffer.alloc(alignment), bytes]);
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of all) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= 0xff;
  }
  const first = Math.ceil((alignment * 8) / 5);
  const last = Math.floor(((alignment + bytes.length) * 8) / 5);
  return out.slice(first, last);
}

function utf16(text: string, order: "le" | "be"): Buffer {
  const le = Buffer.from(text, "utf16le");
  return order === "le" ? le : le.swap16();
}

function reversed(text: string): string {
  return Array.from(text).reverse().join("");
}

// ---------------------------------------------------------------------------------------------
// Views of server text

/**
 * Separates the strings of one `redactAll` call inside a view. A private-use character that NFKC,
 * case mapping and every filter below keep as it is; the same character arriving from outside (or
 * from an escape) is replaced first, so it cannot shift the boundaries.
 */
const MARK = "\ue000";
const MARK_CODE = 0xe000;
const MARK_ANYWHERE = /\ue000/g;

/** Latin look-alikes NFKC leaves alone (UTS #39 confusables of the letters a key is written with). */
const CONFUSABLES: Record<string, string> = {
  а: "a", в: "b", е: "e", һ: "h", і: "i", ј: "j", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x",
  ѕ: "s", ԁ: "d", ԛ: "q", ԝ: "w", ӏ: "l", ɡ: "g", ɑ: "a", ο: "o", ν: "v", α: "a", ι: "i", κ: "k", ρ: "p", τ: "t", υ: "u",
  χ: "x", β: "b", ε: "e", η: "n", μ: "u", ω: "w", ϲ: "c", ϳ: "j",
};
const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join("")}]`, "g");

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", sol: "/", bsol: "\\", colon: ":", semi: ";", comma: ",", period: ".",
  num: "#", percnt: "%", equals: "=", lowbar: "_", hyphen: "-", dash: "-", excl: "!", quest: "?", lpar: "(", rpar: ")",
  nbsp: " ", plus: "+", ast: "*", commat: "@", dollar: "$", tilde: "~", verbar: "|", lsqb: "[", rsqb: "]", lcub: "{", rcub: "}",
};

const HAS_ESCAPE = /[%\\&=]/;
const HAS_OCTAL = /\\[0-7]/;

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * One round of unescaping, by hand (a regex with a replace callback costs a call and a string per
 * escape: 11 s for 5 M escapes): percent and `%uXXXX`, `\\uXXXX`, `\\u{X}`, `\\UXXXXXXXX`, `\\xXX`,
 * HTML numeric references (hex or decimal, leading zeros, `;` optional), named HTML entities,
 * quoted-printable `=XX` and soft line breaks, and backslash-digits read as CSS hex (up to 6, one
 * space after) or as octal (up to 3). Output goes to a UTF-16 buffer decoded once.
 */
function unescapeOnce(text: string, reading: "css" | "octal"): string {
  const n = text.length;
  const out = new Uint16Array(n + 1);
  let o = 0;
  const emit = (cp: number): void => {
    if (cp === MARK_CODE || cp > 0x10ffff) cp = 0x20;
    if (cp > 0xffff) {
      cp -= 0x10000;
      out[o++] = 0xd800 + (cp >> 10);
      out[o++] = 0xdc00 + (cp & 0x3ff);
    } else out[o++] = cp;
  };
  /** Up to `max` digits of `radix` from `at`: the value, and the count in `count` (no array per escape: 5 M escapes would be 5 M arrays). */
  let count = 0;
  const digits = (at: number, max: number, radix: 8 | 10 | 16): number => {
    let value = 0;
    count = 0;
    while (count < max && at + count < n) {
      const c = text.charCodeAt(at + count);
      const d = radix === 16 ? hexValue(c) : c >= 48 && c < 48 + radix ? c - 48 : -1;
      if (d < 0) break;
      value = value * radix + d;
      count++;
    }
    return value;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 37 /* % */) {
      if ((text.charCodeAt(i + 1) | 32) === 117 /* u */) {
        const v = digits(i + 2, 4, 16);
        const k = count;
        if (k === 4) {
          emit(v);
          i += 6;
          continue;
        }
      }
      const v = digits(i + 1, 2, 16);
      const k = count;
      if (k === 2) {
        emit(v);
        i += 3;
        continue;
      }
    } else if (c === 92 /* \\ */) {
      const next = text.charCodeAt(i + 1);
      if (next === 117 /* u */ && text.charCodeAt(i + 2) === 123 /* { */) {
        const v = digits(i + 3, 6, 16);
        const k = count;
        if (k > 0 && text.charCodeAt(i + 3 + k) === 125 /* } */) {
          emit(v);
          i += 4 + k;
          continue;
        }
      } else if (next === 85 /* U */) {
        const v = digits(i + 2, 8, 16);
        const k = count;
        if (k === 8) {
          emit(v);
          i += 10;
          continue;
        }
      } else if (next === 117 /* u */) {
        const v = digits(i + 2, 4, 16);
        const k = count;
        if (k === 4) {
          emit(v);
          i += 6;
          continue;
        }
      } else if (next === 120 /* x */) {
        const v = digits(i + 2, 2, 16);
        const k = count;
        if (k === 2) {
          emit(v);
          i += 4;
          continue;
        }
      } else if (reading === "octal") {
        const v = digits(i + 1, 3, 8);
        const k = count;
        if (k > 0) {
          emit(v);
          i += 1 + k;
          continue;
        }
      } else {
        const v = digits(i + 1, 6, 16);
        const k = count;
        if (k > 0) {
          emit(v);
          i += 1 + k + (text.charCodeAt(i + 1 + k) === 32 ? 1 : 0);
          continue;
        }
      }
    } else if (c === 38 /* & */) {
      if (text.charCodeAt(i + 1) === 35 /* # */) {
        const hex = (text.charCodeAt(i + 2) | 32) === 120; /* x */
        const from = i + (hex ? 3 : 2);
        let zeros = 0;
        while (text.charCodeAt(from + zeros) === 48 && zeros < 32) zeros++;
        const v = digits(from + zeros, hex ? 6 : 7, hex ? 16 : 10);
        const k = count;
        if (k > 0 || zeros > 0) {
          emit(v);
          const end = from + zeros + k;
          i = end + (text.charCodeAt(end) === 59 /* ; */ ? 1 : 0);
          continue;
        }
      } else {
        const semi = text.indexOf(";", i + 1);
        if (semi > i + 2 && semi <= i + 9) {
          const entity = NAMED_ENTITIES[text.slice(i + 1, semi).toLowerCase()];
          if (entity !== undefined) {
            emit(entity.charCodeAt(0));
            i = semi + 1;
            continue;
          }
        }
      }
    } else if (c === 61 /* = */) {
      const v = digits(i + 1, 2, 16);
      const k = count;
      if (k === 2) {
        emit(v);
        i += 3;
        continue;
      }
      // Quoted-printable soft line break.
      if (text.charCodeAt(i + 1) === 10) {
        i += 2;
        continue;
      }
      if (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10) {
        i += 3;
        continue;
      }
    }
    out[o++] = c;
    i++;
  }
  return Buffer.from(out.buffer, out.byteOffset, o * 2).toString("utf16le");
}

/** Undo escapes, repeatedly (double encoding), at most MAX_UNESCAPE_ROUNDS times. */
function unescapeAll(text: string, reading: "css" | "octal"): string {
  let current = text;
  for (let round = 0; round < MAX_UNESCAPE_ROUNDS && HAS_ESCAPE.test(current); round++) {
    const next = unescapeOnce(current, reading);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Anything NFKC or the look-alike map could change (the string mark aside). */
const NON_ASCII = /[^\x00-\x7f\ue000]/;

/** Letters and digits only, folded, look-alikes mapped: what a person would read as the secret. */
function skeletonOf(text: string): string {
  return skeletonOfFolded(NON_ASCII.test(text) ? text.normalize("NFKC").toLowerCase() : text.toLowerCase());
}

/** The same, for text already in NFKC and lower case. */
function skeletonOfFolded(lower: string): string {
  const mapped = NON_ASCII.test(lower) ? lower.replace(CONFUSABLE, (c) => CONFUSABLES[c] ?? c) : lower;
  return mapped.replace(/[^a-z0-9\ue000]+/g, "");
}

/** Code units as byte pairs (`le`: low byte first), NULs dropped, marks kept: text carrying the secret's bytes in UTF-16. */
function utf16BytesOf(text: string, order: "le" | "be"): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === MARK_CODE) chunk.push(c);
    else {
      const first = order === "le" ? c & 0xff : c >>> 8;
      const second = order === "le" ? c >>> 8 : c & 0xff;
      if (first !== 0) chunk.push(first);
      if (second !== 0) chunk.push(second);
    }
    if (chunk.length >= 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join("");
}

type ViewKind = "skeleton" | "hex" | "base64" | "base32";

/** The streams a chunk of text is turned into; each is searched for the windows of one kind. */
const STREAMS = ["plain", "css", "octal", "utf16le", "utf16be", "codes", "hex", "base64", "base32"] as const;
type StreamName = (typeof STREAMS)[number];
const STREAM_KIND: Record<StreamName, ViewKind> = {
  plain: "skeleton",
  css: "skeleton",
  octal: "skeleton",
  utf16le: "skeleton",
  utf16be: "skeleton",
  codes: "skeleton",
  hex: "hex",
  base64: "base64",
  base32: "base32",
};
/** A skeleton stream equal to the plain one for this chunk (no escapes, no wide characters). */
const SAME_AS_PLAIN = null;

/** The string mark in a byte view: NUL, which no filtered view keeps otherwise. */
const MARK_BYTE = 0;

/**
 * Byte views are written by hand into one reusable buffer each: a regex replace that drops every
 * third character (`%41%41…`) makes a string part per match, and that garbage, not the scan,
 * was most of the cost. Each view keeps only its alphabet (ASCII), and the mark as MARK_BYTE.
 */
class ViewBuffer {
  #bytes = new Uint8Array(0);
  /** Room for `n` bytes; the previous content is not kept. */
  take(n: number): Uint8Array {
    if (this.#bytes.length < n) this.#bytes = new Uint8Array(Math.max(n, this.#bytes.length * 2));
    return this.#bytes;
  }
}

/** Letters and digits of text already folded (and look-alikes mapped), marks kept. */
function skeletonBytes(lower: string, into: ViewBuffer): Uint8Array {
  const out = into.take(lower.length);
  let o = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out[o++] = c;
    else if (c === MARK_CODE) out[o++] = MARK_BYTE;
  }
  return out.subarray(0, o);
}

/** Hex digits of folded text, `0x`, `\x`, `%u`, `u+` and `&#x` prefixes dropped, marks kept. */
function hexBytes(lower: string, into: ViewBuffer): Uint8Array {
  const out = into.take(lower.length);
  let o = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const next = lower.charCodeAt(i + 1);
    if ((c === 48 /* 0 */ && next === 120) /* x */ || (c === 92 /* \ */ && next === 120) || (c === 37 /* % */ && next === 117) /* u */ || (c === 117 && next === 43) /* u+ */) {
      i++;
      continue;
    }
    if (c === 38 /* & */ && next === 35 /* # */ && lower.charCodeAt(i + 2) === 120) {
      i += 2;
      continue;
    }
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102)) out[o++] = c;
    else if (c === MARK_CODE) out[o++] = MARK_BYTE;
  }
  return out.subarray(0, o);
}

/** The base64 and base64url alphabet (url mapped onto base64), case kept, marks kept. */
function base64Bytes(text: string, into: ViewBuffer): Uint8Array {
  const out = into.take(text.length);
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47) out[o++] = c;
    else if (c === 45 /* - */) out[o++] = 43;
    else if (c === 95 /* _ */) out[o++] = 47;
    else if (c === MARK_CODE) out[o++] = MARK_BYTE;
  }
  return out.subarray(0, o);
}

/** The RFC 4648 base32 alphabet of folded text, marks kept. */
function base32Bytes(lower: string, into: ViewBuffer): Uint8Array {
  const out = into.take(lower.length);
  let o = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 50 && c <= 55)) out[o++] = c;
    else if (c === MARK_CODE) out[o++] = MARK_BYTE;
  }
  return out.subarray(0, o);
}

const HAS_DIGIT = /[0-9]/;

/**
 * Decimal numbers read as character codes: every run of digits whose value is printable ASCII
 * (32–126) becomes that character, everything else is dropped (marks kept). `67.97.110`,
 * `67, 97, 110` and a JSON array `[67,97,110]` (joined by the gate) all read `Can`.
 */
function characterCodesOf(text: string): string {
  const out = new Uint16Array(text.length);
  let o = 0;
  let value = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 48 && c <= 57) {
      value = value < 0 ? c - 48 : value > 1000 ? value : value * 10 + (c - 48);
      continue;
    }
    if (value >= 32 && value <= 126) out[o++] = value;
    value = -1;
    if (c === MARK_CODE) out[o++] = c;
  }
  return Buffer.from(out.buffer, out.byteOffset, o * 2).toString("utf16le");
}

/** Fold, NFKC and map look-alikes: what skeletonBytes reads. */
function folded(text: string): string {
  const lower = NON_ASCII.test(text) ? text.normalize("NFKC").toLowerCase() : text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.replace(CONFUSABLE, (c) => CONFUSABLES[c] ?? c) : lower;
}

/** One buffer per stream, reused for every chunk. */
type ViewBuffers = Record<StreamName, ViewBuffer>;
function viewBuffers(): ViewBuffers {
  const out = {} as ViewBuffers;
  for (const name of STREAMS) out[name] = new ViewBuffer();
  return out;
}

/** The views of one chunk (see the file comment), as bytes in `buffers` (valid until the next chunk). */
function viewsOf(chunk: string, buffers: ViewBuffers): Record<StreamName, Uint8Array | typeof SAME_AS_PLAIN> {
  // NFKC leaves ASCII as it is, and most text is ASCII.
  const nfkc = NON_ASCII.test(chunk) ? chunk.normalize("NFKC") : chunk;
  const lower = nfkc.toLowerCase();
  const escapes = HAS_ESCAPE.test(nfkc);
  // Only code units above U+00FF can carry bytes in pairs differently from what they show.
  const wide = /[\u0100-\udfff\ue001-\uffff]/.test(nfkc);
  const mapped = NON_ASCII.test(lower) ? lower.replace(CONFUSABLE, (c) => CONFUSABLES[c] ?? c) : lower;
  return {
    plain: skeletonBytes(mapped, buffers.plain),
    css: escapes ? skeletonBytes(folded(unescapeAll(nfkc, "css")), buffers.css) : SAME_AS_PLAIN,
    octal: escapes && HAS_OCTAL.test(nfkc) ? skeletonBytes(folded(unescapeAll(nfkc, "octal")), buffers.octal) : SAME_AS_PLAIN,
    utf16le: wide ? skeletonBytes(folded(utf16BytesOf(nfkc, "le")), buffers.utf16le) : SAME_AS_PLAIN,
    utf16be: wide ? skeletonBytes(folded(utf16BytesOf(nfkc, "be")), buffers.utf16be) : SAME_AS_PLAIN,
    codes: HAS_DIGIT.test(nfkc) ? skeletonBytes(folded(characterCodesOf(nfkc)), buffers.codes) : SAME_AS_PLAIN,
    hex: hexBytes(lower, buffers.hex),
    base64: base64Bytes(nfkc, buffers.base64),
    base32: base32Bytes(lower, buffers.base32),
  };
}

/** Characters of text per chunk of the detector: the views cost a few times this, whatever the text's size. */
export const DETECTOR_CHUNK_CHARS = 256 * 1024;
/** How far past the chunk size a cut point is looked for. */
const CUT_SEARCH_CHARS = 16 * 1024;
/** No escape contains whitespace, and NFKC composes nothing across it: a cut right before it loses nothing. */
const WHITESPACE = /[\t\n\r ]/;
/** Outside every escape's alphabet (and not a low surrogate): a cut before it splits no escape of the first round. */
const OUTSIDE_ESCAPES = /[^%\\&#=;{}0-9A-Fa-fxXuU\udc00-\udfff]/;

/** The first index in [from, to) of a character `re` matches, or -1; only that stretch is searched. */
function firstAt(re: RegExp, text: string, from: number, to: number): number {
  const at = text.slice(from, to).search(re);
  return at < 0 ? -1 : from + at;
}

/**
 * The texts as chunks of about DETECTOR_CHUNK_CHARS, with MARK between strings. A text longer
 * than a chunk is cut before whitespace, else before a character no escape uses, else (an
 * unbroken run of escape characters longer than CUT_SEARCH_CHARS) at the size, never inside a
 * surrogate pair. Every view is character-local except escapes and NFKC, and the streams carry
 * their last bytes across chunks, so a cut at the first two kinds of point loses nothing; the
 * last kind can lose the one encoded character it splits (a full echo of 25 characters or more
 * still leaves a window of 12 on one side).
 */
function* chunksOf(texts: readonly string[]): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (let index = 0; index < texts.length; index++) {
    const raw = texts[index] as string;
    const text = raw.includes(MARK) ? raw.replace(MARK_ANYWHERE, " ") : raw;
    if (index > 0) {
      parts.push(MARK);
      size++;
    }
    let at = 0;
    while (text.length - at + size > DETECTOR_CHUNK_CHARS) {
      const target = Math.max(at + 1, at + DETECTOR_CHUNK_CHARS - size);
      const limit = Math.min(text.length, target + CUT_SEARCH_CHARS);
      let cut = firstAt(WHITESPACE, text, target, limit);
      if (cut < 0) cut = firstAt(OUTSIDE_ESCAPES, text, target, limit);
      if (cut < 0) cut = (text.charCodeAt(target) & 0xfc00) === 0xdc00 ? target + 1 : target;
      if (cut >= text.length) break;
      parts.push(text.slice(at, cut));
      yield parts.join("");
      parts = [];
      size = 0;
      at = cut;
    }
    if (at < text.length) {
      parts.push(at === 0 ? text : text.slice(at));
      size += text.length - at;
    }
  }
  if (parts.length > 0) yield parts.join("");
}

/** The string holding `offset` of a stream: how many string starts are at or before it. */
function stringAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One view's stream across chunks, as bytes (every view is ASCII once filtered) without the string
 * marks. The last bytes of a chunk are carried into the next, so a window may span chunks and
 * strings (the secret split across messages); a hit names the first and last string it touches.
 */
class ViewStream {
  readonly #sets: readonly WindowSet[];
  readonly #keep: number;
  /** The last bytes fed (at most keep), carried into the next chunk. */
  #carry = new Uint8Array(0);
  #carried = 0;
  /** Carry + this chunk's bytes without marks: reused across chunks. */
  readonly #data = new ViewBuffer();
  /** Bytes fed so far. */
  #end = 0;
  /** Offsets in the stream where string k+1 starts (ascending). */
  readonly #starts: number[] = [];

  constructor(sets: readonly WindowSet[]) {
    this.#sets = sets;
    this.#keep = Math.max(0, ...sets.map((s) => s.window - 1));
    this.#carry = new Uint8Array(this.#keep);
  }

  /**
   * Feed one chunk's view. `junctionOnly`: the view equals the plain stream's, which is searched
   * whole, so only windows starting in the carried bytes are new. True when `onHit` says stop.
   */
  feed(view: Uint8Array, junctionOnly: boolean, onHit: (first: number, last: number) => boolean): boolean {
    const keep = this.#keep;
    const carried = this.#carried;
    // Every byte of the view is scanned only when it is new; at a junction, the first `keep` bare bytes suffice.
    const data = this.#data.take(carried + view.length);
    data.set(this.#carry.subarray(0, carried), 0);
    let d = carried;
    let bare = 0;
    for (let i = 0; i < view.length; i++) {
      const b = view[i] as number;
      if (b === MARK_BYTE) {
        this.#starts.push(this.#end + bare);
        continue;
      }
      if (!junctionOnly || bare < keep) data[d++] = b;
      bare++;
    }
    const scanned = data.subarray(0, d);
    const dataStart = this.#end - carried;
    let stop = false;
    for (const set of this.#sets) {
      const n = set.window;
      scanBytes(scanned, set, (i) => {
        // Windows wholly inside the carry were seen with the previous chunk.
        if (i + n <= carried) return false;
        if (junctionOnly && i >= carried) return true;
        stop = onHit(stringAt(this.#starts, dataStart + i), stringAt(this.#starts, dataStart + i + n - 1));
        return stop;
      });
      if (stop) return true;
    }
    this.#end += bare;
    // The new carry: the last `keep` bytes of carry + this view (bare), in order.
    if (keep > 0) {
      if (!junctionOnly && d >= keep) {
        this.#carry.set(data.subarray(d - keep, d), 0);
        this.#carried = keep;
      } else {
        // Short view, or a junction-only copy: rebuild from the view's own tail.
        const tail: number[] = [];
        for (let i = view.length - 1; i >= 0 && tail.length < keep; i--) if (view[i] !== MARK_BYTE) tail.push(view[i] as number);
        const fromOld = Math.min(carried, keep - tail.length);
        const next = new Uint8Array(keep);
        next.set(this.#carry.subarray(carried - fromOld, carried), 0);
        for (let k = 0; k < tail.length; k++) next[fromOld + k] = tail[tail.length - 1 - k] as number;
        this.#carry = next;
        this.#carried = fromOld + tail.length;
      }
    }
    return false;
  }
}

/** Rolling hash over bytes; `onHit(start)` returns true to stop. */
function scanBytes(bytes: Uint8Array, set: WindowSet, onHit: (start: number) => boolean): void {
  const n = set.window;
  if (bytes.length < n) return;
  const { filter, lead } = set;
  const last = bytes.length - n;
  let h = 0;
  for (let i = 0; i < n; i++) h = (imul(h, BASE) + (bytes[i] as number)) | 0;
  for (let i = 0; ; i++) {
    if (filter[h & 0xffff] === 1 && set.matchesBytes(bytes, i, h) && onHit(i)) return;
    if (i === last) return;
    h = (imul(h - imul(bytes[i] as number, lead), BASE) + (bytes[i + n] as number)) | 0;
  }
}

/**
 * The public envelope of an RFC 8959 `secret-token:` URI: the scheme and any `name:` segments
 * before the payload, e.g. `secret-token:conductorone.com:v1:` of ConductorOne's client secrets
 * (docs.conductorone.com, "secret-token:conductorone.com:v1:…"). Ordinary words such as
 * "ConductorOne" in a message are runs of it, not echoes; a window reaching into the payload is.
 * Empty for other secrets, and when the payload would be shorter than the shortest partial echo.
 */
export function publicEnvelopeOf(secret: string): string {
  const match = /^secret-token:(?:[^:]*:)*/i.exec(secret);
  if (match === null) return "";
  return secret.length - match[0].length >= MIN_ECHO_CHARS ? match[0] : "";
}

export class SecretEchoes {
  /** Precise families: [windows, how text characters are read]. */
  readonly #precise: Array<[WindowSet, CodeMap]>;
  #shortest: number | undefined;
  readonly #detector: Record<ViewKind, WindowSet[]>;
  /** Pieces of the secret spread over several strings with other text between (see {@link FragmentIndex}); made at first use. */
  #fragments: FragmentIndex | null | undefined;
  readonly #makeFragments: () => FragmentIndex | null;

  /** `secret` must not be empty. `minEchoChars` exists for tests; the default is documented. */
  constructor(secret: string, minEchoChars: number = MIN_ECHO_CHARS) {
    if (secret.length === 0) throw new RangeError("SecretEchoes needs a non-empty secret");
    // A window of 0, fewer or a fraction of characters would match every text (or never end).
    if (!Number.isInteger(minEchoChars) || minEchoChars < 1) throw new RangeError(`SecretEchoes needs minEchoChars to be a positive integer, not ${minEchoChars}`);
    const variants = [...new Set([secret, secret.toLowerCase(), secret.toUpperCase()])];
    const chars = Math.min(minEchoChars, secret.length);
    const utf8 = variants.map((v) => Buffer.from(v, "utf8"));
    const envelope = publicEnvelopeOf(secret);
    // Without a public envelope no window is left out, so each set is made when first searched
    // (WindowSet.lazy); with one, now, as whether any window is left decides the set (WindowSet.of).
    const withPublic = (forms: () => string[], desired: number, publicParts: () => string[]): WindowSet | null =>
      envelope === "" ? WindowSet.lazy(forms, desired) : WindowSet.of(forms(), desired, publicParts());
    // The key's UTF-8 bytes in hex and base64, searched by a precise family and by the detector alike: one set each.
    // Encoded windows are as long as what a run of `chars` characters (at least that many bytes)
    // encodes to with nothing of its neighbours, at the worst byte alignment (see innerChars).
    const utf8Hex = WindowSet.lazy(() => utf8.map((b) => b.toString("hex")), innerChars(chars, 4));
    const utf8Base64 = WindowSet.lazy(() => utf8.flatMap((b) => [0, 1, 2].map((a) => base64Core(b, a))), innerChars(chars, 6));
    const envelopeHex = (): string[] => [envelope, envelope.toLowerCase(), envelope.toUpperCase()].map((v) => Buffer.from(v, "utf8").toString("hex"));
    const precise: Array<[WindowSet | null, CodeMap]> = [
      [withPublic(() => [secret.toLowerCase()], chars, () => [envelope.toLowerCase()]), FOLD()],
      [envelope === "" ? utf8Hex : WindowSet.of(utf8.map((b) => b.toString("hex")), chars * 2, envelopeHex()), FOLD()],
      [utf8Base64, BASE64()],
    ];
    this.#precise = precise.filter((f): f is [WindowSet, CodeMap] => f[0] !== null);

    const skeleton = skeletonOf(secret.replace(MARK_ANYWHERE, ""));
    const sets = (list: Array<WindowSet | null>): WindowSet[] => list.filter((s): s is WindowSet => s !== null);
    this.#makeFragments = () => {
      if (skeleton.length < MIN_DETECTOR_CHARS) return null;
      const envelopeSkeleton = envelope === "" ? "" : skeletonOf(envelope);
      return new FragmentIndex(skeleton, skeleton.startsWith(envelopeSkeleton) ? envelopeSkeleton.length : 0, chars);
    };
    if (skeleton.length < MIN_DETECTOR_CHARS) {
      this.#detector = { skeleton: [], hex: [], base64: [], base32: [] };
    } else {
      const le = (): Buffer[] => variants.map((v) => utf16(v, "le"));
      const be = (): Buffer[] => variants.map((v) => utf16(v, "be"));
      this.#detector = {
        skeleton: sets([withPublic(() => [skeleton, reversed(skeleton)], chars, () => [skeletonOf(envelope), reversed(skeletonOf(envelope))])]),
        hex: [utf8Hex, WindowSet.lazy(() => [...le(), ...be()].map((b) => b.toString("hex")), innerChars(chars * 2, 4))],
        base64: [utf8Base64, WindowSet.lazy(() => le().flatMap((b) => [0, 1, 2].map((a) => base64Core(b, a))), innerChars(chars * 2, 6))],
        base32: [WindowSet.lazy(() => utf8.flatMap((b) => [0, 1, 2, 3, 4].map((a) => base32Core(b, a))), innerChars(chars, 5))],
      };
    }
  }

  /** True when `text` holds the secret, a partial echo or an encoded echo of it (either layer). */
  found(text: string): boolean {
    return this.#preciseRanges(text, true).length > 0 || this.#detected([text], false).size > 0;
  }

  /** True when any of `texts`, or their concatenation in order, holds an echo. */
  foundIn(texts: readonly string[]): boolean {
    return texts.some((t) => this.#preciseRanges(t, true).length > 0) || this.#detected(texts, false).size > 0;
  }

  /** `text` with every direct echo replaced, or withheld whole when an encoded echo remains. */
  redact(text: string, options: RedactOptions = {}): string {
    return this.redactAll([text], options)[0] as string;
  }

  /**
   * Several strings of one source (every string of one response, in order): each redacted
   * precisely, then the detector runs over all of them as one stream and every string an
   * encoded echo touches (a secret split across messages touches several) is withheld whole.
   */
  redactAll(texts: readonly string[], options: RedactOptions = {}): string[] {
    const replacement = options.replacement ?? REDACTED;
    const withheld = options.withheld ?? WITHHELD;
    const out = texts.map((text) => this.#redactPrecisely(text, replacement));
    // An echo within one string: judged after precise redaction (what is left of it).
    const hits = this.#detected(out, false);
    // An echo split across strings: judged on the strings as received, since precise redaction of
    // one part would cut the neighbours of the others apart. (Nothing redacted: the pass above saw them.)
    // Only the edges of a string can hold part of an echo that spans strings: long strings are cut to their edges.
    const changed = out.some((text, i) => text !== texts[i]);
    if (changed && texts.length > 1) for (const index of this.#detected(texts.map(edges), true)) hits.add(index);
    if (texts.length > 1) {
      // The same echo read in other orders (values only, one field across siblings), and pieces
      // of the secret with anything between them, whatever their order.
      for (const order of options.orders ?? []) {
        if (order.length < 2) continue;
        for (const k of this.#detected(order.map((i) => edges(texts[i] as string)), true)) hits.add(order[k] as number);
      }
      if (this.#fragments === undefined) this.#fragments = this.#makeFragments();
      if (this.#fragments !== null) for (const index of this.#fragments.spread(texts)) hits.add(index);
    }
    for (const index of hits) out[index] = withheld;
    return out;
  }

  #redactPrecisely(text: string, replacement: string): string {
    const ranges = this.#preciseRanges(text, false);
    if (ranges.length === 0) return text;
    const parts: string[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      parts.push(text.slice(at, start), replacement);
      at = end;
    }
    parts.push(text.slice(at));
    return parts.join("");
  }

  /** Merged, sorted [start, end) ranges of the direct forms. */
  #preciseRanges(text: string, firstOnly: boolean): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    this.#shortest ??= Math.min(...this.#precise.map(([set]) => set.window));
    if (text.length < this.#shortest) return found;
    for (const [set, map] of this.#precise) {
      // Hits arrive in order: extend the last range instead of keeping one per position (a body of
      // the secret repeated 16 MiB over is one range, not millions).
      let last: [number, number] | undefined;
      scanText(text, set, map, (start) => {
        const end = start + set.window;
        if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
        else {
          last = [start, end];
          found.push(last);
        }
        return firstOnly;
      });
      if (firstOnly && found.length > 0) return found;
    }
    return merge(found);
  }

  /**
   * Indices of the strings the detector finds an encoded echo in (alone or joined with their
   * neighbours); `acrossOnly`: only echoes that span more than one string.
   */
  #detected(texts: readonly string[], acrossOnly: boolean): Set<number> {
    const hits = new Set<number>();
    if (this.#detector.skeleton.length === 0 || texts.length === 0) return hits;
    const total = texts.length;
    const streams = {} as Record<StreamName, ViewStream>;
    for (const name of STREAMS) streams[name] = new ViewStream(this.#detector[STREAM_KIND[name]]);
    const onHit = (first: number, last: number): boolean => {
      if (acrossOnly && first === last) return false;
      for (let i = first; i <= Math.min(last, total - 1); i++) hits.add(i);
      // Keep going while some string is unmarked: every string an echo touches is withheld.
      return hits.size === total;
    };
    const buffers = viewBuffers();
    for (const chunk of chunksOf(texts)) {
      const views = viewsOf(chunk, buffers);
      for (const name of STREAMS) {
        const view = views[name];
        if (streams[name].feed(view ?? (views.plain as Uint8Array), view === SAME_AS_PLAIN, onHit)) return hits;
      }
    }
    return hits;
  }
}

/** The shortest run of the secret's letters and digits that counts as one piece of an echo spread over strings. */
export const MIN_FRAGMENT_CHARS = 6;

/**
 * Finds a secret cut into pieces spread over several strings with anything between them (object
 * keys, other fields, a label in front of each piece: `partb kQ9vLm4TzX8`), in any order: every
 * run of at least {@link MIN_FRAGMENT_CHARS} of the secret's letters and digits (skeleton, case
 * folded) in each string is located in the secret; runs from two or more strings that together
 * cover a contiguous stretch of at least the partial-echo length are an echo, and every string
 * holding one of them is withheld. The public envelope (see {@link publicEnvelopeOf}) is not
 * part of the secret here. Linear: a bigram table rules out most positions.
 */
class FragmentIndex {
  readonly #secret: string;
  readonly #from: number;
  readonly #needed: number;
  /** Bigrams (two skeleton bytes) that occur in the secret's payload. */
  readonly #bigrams = new Uint8Array(128 * 128);
  /** Start positions in the secret of each MIN_FRAGMENT_CHARS-gram of the payload. */
  readonly #grams = new Map<string, number[]>();

  constructor(skeleton: string, payloadFrom: number, needed: number) {
    this.#secret = skeleton;
    this.#from = payloadFrom;
    this.#needed = needed;
    for (let q = payloadFrom; q + MIN_FRAGMENT_CHARS <= skeleton.length; q++) {
      this.#bigrams[skeleton.charCodeAt(q) * 128 + skeleton.charCodeAt(q + 1)] = 1;
      const gram = skeleton.slice(q, q + MIN_FRAGMENT_CHARS);
      const list = this.#grams.get(gram);
      if (list) list.push(q);
      else this.#grams.set(gram, [q]);
    }
  }

  /** Indices of the strings holding pieces of one spread echo (two or more strings). */
  spread(texts: readonly string[]): number[] {
    if (this.#grams.size === 0) return [];
    const starts: number[] = [];
    const ends: number[] = [];
    const owners: number[] = [];
    const secret = this.#secret;
    for (let t = 0; t < texts.length; t++) {
      const raw = texts[t] as string;
      if (raw.length < MIN_FRAGMENT_CHARS) continue;
      const text = skeletonOf(edges(raw));
      for (let p = 0; p + MIN_FRAGMENT_CHARS <= text.length; p++) {
        if (this.#bigrams[(text.charCodeAt(p) & 127) * 128 + (text.charCodeAt(p + 1) & 127)] !== 1) continue;
        const at = this.#grams.get(text.slice(p, p + MIN_FRAGMENT_CHARS));
        if (at === undefined) continue;
        for (const q of at) {
          // Left-maximal runs only: the same run is not recorded once per position.
          if (p > 0 && q > this.#from && text.charCodeAt(p - 1) === secret.charCodeAt(q - 1)) continue;
          let k = MIN_FRAGMENT_CHARS;
          while (p + k < text.length && q + k < secret.length && text.charCodeAt(p + k) === secret.charCodeAt(q + k)) k++;
          starts.push(q);
          ends.push(q + k);
          owners.push(t);
        }
      }
    }
    if (owners.length < 2) return [];
    const order = owners.map((_, i) => i).sort((a, b) => (starts[a] as number) - (starts[b] as number));
    const hits: number[] = [];
    let group: number[] = [];
    let groupStart = -1;
    let groupEnd = -1;
    const close = (): void => {
      if (groupEnd - groupStart >= this.#needed) {
        const strings = new Set(group.map((i) => owners[i] as number));
        if (strings.size >= 2) hits.push(...strings);
      }
    };
    for (const i of order) {
      const s = starts[i] as number;
      if (group.length > 0 && s <= groupEnd) {
        group.push(i);
        groupEnd = Math.max(groupEnd, ends[i] as number);
        continue;
      }
      if (group.length > 0) close();
      group = [i];
      groupStart = s;
      groupEnd = ends[i] as number;
    }
    if (group.length > 0) close();
    return hits;
  }
}

/** Characters kept at each end of a string for the across-strings pass: an encoded 12-character run fits many times over. */
const EDGE_CHARS = 4096;

function edges(text: string): string {
  return text.length <= 2 * EDGE_CHARS ? text : `${text.slice(0, EDGE_CHARS)} ${text.slice(-EDGE_CHARS)}`;
}

function merge(ranges: Array<[number, number]>): Array<[number, number]> {
  if (ranges.length <= 1) return ranges;
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [ranges[0] as [number, number]];
  for (let i = 1; i < ranges.length; i++) {
    const r = ranges[i] as [number, number];
    const last = out[out.length - 1] as [number, number];
    if (r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

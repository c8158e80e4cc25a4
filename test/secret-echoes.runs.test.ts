import { MIN_ECHO_CHARS, SecretEchoes } from "../src/secret-echoes";
import { SeededRandom } from "../src/simulator/random";
import { base32 } from "./helpers/base32";

/**
 * A run of exactly MIN_ECHO_CHARS characters of a key, encoded, is found at every byte alignment
 * and every position in the key. Off a character boundary an encoding spends a character at each
 * end on bits shared with the neighbours (12 bytes: 15 base64 characters of their own at
 * alignments 1 and 2, not 16; 18 base32 characters, not 20), and a differential fuzzer found
 * such runs missed. The neighbours here differ from the key's own in every bit, so nothing beyond
 * the run itself can help a match; for the same reason a run one character shorter is never taken.
 */

const random = new SeededRandom(0x12c4a5);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** Random 32–40 character keys (fixed seed, so a failure replays). */
const KEYS = [32, 36, 40].map((length, i) => {
  let key = i === 0 ? "tgk_" : "";
  while (key.length < length) key += ALNUM[random.int(ALNUM.length)];
  return key;
});
const WITHHELD = "[text withheld: it contained a secret]";

const wrap = (text: string, every: number): string => text.replace(new RegExp(`(.{${every}})`, "g"), "$1\n");

/** `key[from, to)` (upper-cased when `upper`), between neighbours that share no bit with the key's own, after `lead` filler characters. */
function runText(key: string, from: number, to: number, lead: number, upper: boolean): string {
  const source = upper ? key.toUpperCase() : key;
  // Inverted in every bit of the low byte: no bit of an encoded neighbour agrees with the key's.
  const flip = (at: number): string => String.fromCharCode((source.charCodeAt(Math.min(Math.max(at, 0), source.length - 1)) ^ 0xff) & 0xff);
  return `${"~".repeat(lead)}${flip(from - 1)}${source.slice(from, to)}${flip(to)}~`;
}

interface Form {
  /** Characters of filler before the run: enough to put the run at every byte alignment of the encoding. */
  leads: number;
  encode: (text: string) => string;
  /** `precise`: cut out as `[redacted]`; `detector`: the whole string withheld. */
  layer: "precise" | "detector";
  upper?: boolean;
}

const utf8 = (text: string): Buffer => Buffer.from(text, "latin1");
const utf16le = (text: string): Buffer => Buffer.from(text, "utf16le");
const utf16be = (text: string): Buffer => Buffer.from(text, "utf16le").swap16();

// The flipped neighbours are bytes 0x80–0xff: text is written as latin1 so each stays one byte.
// UTF-16 text: a character is two bytes, so 0, 1, 2 characters before put the run at bytes 2, 4, 6 (every alignment mod 3).
const FORMS: Record<string, Form> = {
  base64: { leads: 3, encode: (t) => utf8(t).toString("base64"), layer: "precise" },
  base64url: { leads: 3, encode: (t) => utf8(t).toString("base64url"), layer: "precise" },
  "base64 of the upper-cased key": { leads: 3, encode: (t) => utf8(t).toString("base64"), layer: "precise", upper: true },
  "hex (UTF-8)": { leads: 2, encode: (t) => utf8(t).toString("hex"), layer: "precise" },
  "base64 wrapped at 4 (UTF-8)": { leads: 3, encode: (t) => wrap(utf8(t).toString("base64"), 4), layer: "detector" },
  "base64url spaced at 5 (UTF-8)": { leads: 3, encode: (t) => utf8(t).toString("base64url").replace(/(.{5})/g, "$1 "), layer: "detector" },
  "base64 of UTF-16LE": { leads: 3, encode: (t) => utf16le(t).toString("base64"), layer: "detector" },
  "base64 of UTF-16LE wrapped at 6": { leads: 3, encode: (t) => wrap(utf16le(t).toString("base64"), 6), layer: "detector" },
  base32: { leads: 5, encode: (t) => base32(utf8(t)), layer: "detector" },
  "base32 lower case, wrapped at 8": { leads: 5, encode: (t) => wrap(base32(utf8(t)).toLowerCase(), 8), layer: "detector" },
  "hex spaced (UTF-8)": { leads: 2, encode: (t) => utf8(t).toString("hex").replace(/(..)/g, "$1 "), layer: "detector" },
  "hex of UTF-16LE": { leads: 2, encode: (t) => utf16le(t).toString("hex"), layer: "detector" },
  "hex of UTF-16BE": { leads: 2, encode: (t) => utf16be(t).toString("hex"), layer: "detector" },
};

describe("SecretEchoes finds a run of exactly MIN_ECHO_CHARS characters encoded at every alignment", () => {
  it.each(Object.entries(FORMS))("%s: every alignment, every position in the key", (_name, form) => {
    const missed: string[] = [];
    for (const key of KEYS) {
      const echoes = new SecretEchoes(key);
      for (let from = 0; from + MIN_ECHO_CHARS <= key.length; from++) {
        for (let lead = 0; lead < form.leads; lead++) {
          const text = form.encode(runText(key, from, from + MIN_ECHO_CHARS, lead, form.upper === true));
          const redacted = echoes.redact(text);
          const ok =
            echoes.found(text) &&
            (form.layer === "precise" ? redacted.includes("[redacted]") && !echoes.found(redacted) : redacted === WITHHELD);
          if (!ok) missed.push(`${key}[${from}..] after ${lead}: ${JSON.stringify(redacted)}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it.each(Object.entries(FORMS))("%s: a run one character shorter is not an echo", (_name, form) => {
    const taken: string[] = [];
    for (const key of KEYS) {
      const echoes = new SecretEchoes(key);
      for (let from = 0; from + MIN_ECHO_CHARS - 1 <= key.length; from++) {
        for (let lead = 0; lead < form.leads; lead++) {
          const text = form.encode(runText(key, from, from + MIN_ECHO_CHARS - 1, lead, form.upper === true));
          if (echoes.found(text) || echoes.redact(text) !== text) taken.push(`${key}[${from}..] after ${lead}`);
        }
      }
    }
    expect(taken).toEqual([]);
  });
});

// Run by icu-slim.test.ts in Node's official runtime and as the main script of a single executable
// built from it: what ICU answers, as JSON. Each probe records its value or the error it threw.
const probes = {
  nfkc: () => "ＡＰＩ－ｋｅｙ①ﬁ".normalize("NFKC"),
  nfkd: () => "é".normalize("NFKD").length,
  upper: () => "straße ǆ ﬃ".toUpperCase(),
  lowerTurkish: () => "İI".toLocaleLowerCase("tr"),
  lowerEnglish: () => "İI".toLocaleLowerCase("en-US"),
  collateRoot: () => ["b", "A", "a", "ä", "Z", "é", "e"].sort(new Intl.Collator("en").compare),
  localeCompare: () => ["twingate-admin", "Twingate", "devops", "DevOps", "élan"].sort((a, b) => a.localeCompare(b)),
  dateEn: () => new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeStyle: "long", timeZone: "America/New_York" }).format(Date.UTC(2026, 2, 8, 12, 30)),
  dateBerlin: () => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", timeZoneName: "short", hour: "2-digit", minute: "2-digit" }).format(Date.UTC(2026, 6, 1, 12)),
  dateToString: () => new Date(Date.UTC(2026, 0, 1)).toISOString(),
  number: () => new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(1234567.891),
  unit: () => new Intl.NumberFormat("en", { style: "unit", unit: "megabyte", unitDisplay: "long" }).format(3.5),
  plural: () => [0, 1, 2, 5].map((n) => new Intl.PluralRules("en").select(n)),
  relative: () => new Intl.RelativeTimeFormat("en", { numeric: "auto" }).format(-1, "day"),
  list: () => new Intl.ListFormat("en", { type: "conjunction" }).format(["users", "groups", "roles"]),
  segmenter: () => [...new Intl.Segmenter("en", { granularity: "word" }).segment("Twingate's API, v2.")].map((s) => s.segment),
  graphemes: () => [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment("e\u0301👩‍💻")].length,
  displayNames: () => new Intl.DisplayNames("en", { type: "region" }).of("DE"),
  unicodeRegExp: () => /^\p{Lu}\p{Ll}+$/u.test("Ärger") && /\p{Script=Greek}/u.test("α"),
  caseInsensitiveRegExp: () => /straße/iu.test("STRASSE") || /ſ/iu.test("S"),
  supportedLocales: () => Intl.DateTimeFormat.supportedLocalesOf(["en-US", "en-GB"]),
  timeZones: () => Intl.supportedValuesOf("timeZone").includes("Europe/Berlin"),
  textDecoderLatin1: () => new TextDecoder("latin1").decode(Uint8Array.of(0x41, 0xe9)),
  textDecoderUtf16: () => new TextDecoder("utf-16le").decode(Uint8Array.of(0x41, 0, 0xe9, 0)),
  bufferTranscode: () => require("node:buffer").transcode(Buffer.from("é"), "utf8", "latin1").toString("hex"),
  domainToASCII: () => require("node:url").domainToASCII("bücher.example"),
  // Other locales: in the slimmed runtime they format as ICU's root locale; they must not crash.
  dateGerman: () => typeof new Intl.DateTimeFormat("de-DE", { dateStyle: "long" }).format(0),
  numberArabic: () => typeof new Intl.NumberFormat("ar-EG").format(1234.5),
  collateSwedish: () => Array.isArray(["ö", "z"].sort(new Intl.Collator("sv").compare)),
  segmentJapanese: () => [...new Intl.Segmenter("ja", { granularity: "word" }).segment("東京都に住む")].length > 0,
  displayNamesFrench: () => typeof new Intl.DisplayNames("fr", { type: "language" }).of("de"),
  // Legacy encodings: refused in the slimmed runtime (no converter), Latin-1 even when streamed (a one-shot decode has a fast path).
  textDecoderShiftJis: () => new TextDecoder("shift_jis").decode(Uint8Array.of(0x82, 0xa0)),
  textDecoderLatin1Stream: () => new TextDecoder("latin1").decode(Uint8Array.of(0x41, 0x80), { stream: true }),
};
const result = {};
for (const [name, probe] of Object.entries(probes)) {
  try {
    result[name] = { value: probe() };
  } catch (e) {
    result[name] = { error: `${e && e.name}: ${e && e.code ? e.code : ""}` };
  }
}
process.stdout.write(JSON.stringify(result));

/**
 * ICU's common data package, as Node's official binaries link it in (the `icudt<N>l.dat` format,
 * data format "CmnD", in the binary as the symbol `icudt<N>_dat`), and the smaller package an
 * executable provider carries instead (elf-icu-slim.ts).
 *
 * Why: Terraform hashes an installed provider against the lock file's `h1:` at every command
 * (~0.7 ms per MiB here), and 31.6 of the 103.3 MiB of Node 22's stripped linux-x64 binary are this
 * package: display names, calendars, units and currencies for ~750 locales, ~230 legacy
 * character-set converters and the dictionaries for breaking Chinese, Japanese, Thai, Lao, Khmer
 * and Burmese text into words. The provider formats nothing for a locale and decodes only UTF-8.
 *
 * What is kept ({@link keepsIcuItem}): everything but (1) converters (`*.cnv`: UTF-8/16/32,
 * ISO-8859-1 and US-ASCII are algorithmic in ICU and need no file), (2) break-iterator
 * dictionaries (`*.dict`: without one, such text breaks per character), and (3) the locale bundles
 * of every locale but `root`, `en` and `en_*`, in every tree (the top level, `coll`, `curr`,
 * `lang`, `region`, `unit`, `zone`, `rbnf`, `brkitr`, `translit`). Normalization (`nfkc.nrm`, which
 * secret-echoes.ts's NFKC folding needs), case mapping, collation's root (`coll/ucadata.icu`),
 * break rules, time zones (`zoneinfo64.res`), plural rules and the supplemental data stay. A
 * locale other than English then formats as ICU's root locale, as Node's `small-icu` builds did.
 *
 * Format (ICU4C source/common/ucmndata.h, udatamem.h): a data header (`MappedData`: u16
 * headerSize, magic 0xda 0x27; then `UDataInfo`: u16 size, u16 reserved, u8 isBigEndian, u8
 * charsetFamily, u8 sizeofUChar, u8 reserved, char[4] dataFormat "CmnD", u8[4] formatVersion
 * (1.x), u8[4] dataVersion), padded to headerSize; then the table of contents (`UDataOffsetTOC`):
 * u32 count and `count` entries {u32 nameOffset, u32 dataOffset}, both from the table's start,
 * sorted by name (ICU searches it by bisection); then the names, then each item, 16-byte aligned.
 * An item's length is the distance to the next item's start (ICU reads it so, and takes the last
 * item's as unknown).
 */

const MAGIC_1 = 0xda;
const MAGIC_2 = 0x27;
const INFO_AT = 4;
const FORMAT_AT = INFO_AT + 8;
const TOC_ENTRY_SIZE = 8;
const ITEM_ALIGNMENT = 16;
const PADDING = 0xaa;
/** Longest item name read, NUL included (ICU's are < 64 bytes: `icudt78l/coll/de__PHONEBOOK.res`). */
const MAX_NAME = 256;

/** One item of the package: its name without the package prefix (`coll/root.res`) and its bytes. */
export interface IcuItem {
  name: string;
  bytes: Buffer;
}

export interface IcuPackage {
  /** The package's name prefix of every item, e.g. `icudt78l`. */
  prefix: string;
  /** The data header, as read (copied unchanged into a subset). */
  header: Buffer;
  items: IcuItem[];
}

/** Why `bytes` cannot be read as a little-endian common data package, or the package. */
export function readIcuPackage(bytes: Buffer): IcuPackage | { problem: string } {
  if (bytes.length < FORMAT_AT + 8) return { problem: "it is shorter than a data header" };
  const headerSize = bytes.readUInt16LE(0);
  if (bytes[2] !== MAGIC_1 || bytes[3] !== MAGIC_2) return { problem: "it does not start with ICU's data magic (0xda 0x27)" };
  if (bytes[INFO_AT + 4] !== 0) return { problem: "it is big-endian" };
  if (bytes.toString("latin1", FORMAT_AT, FORMAT_AT + 4) !== "CmnD" || bytes[FORMAT_AT + 4] !== 1) return { problem: "it is not a common data package (format CmnD 1.x)" };
  if (headerSize % ITEM_ALIGNMENT !== 0 || headerSize + 4 > bytes.length) return { problem: `its header size ${headerSize} is not usable` };
  const toc = headerSize;
  const count = bytes.readUInt32LE(toc);
  if (count === 0 || toc + 4 + count * TOC_ENTRY_SIZE > bytes.length) return { problem: `its table of contents (${count} items) does not fit` };
  // Names lie between the table and the first item's data: each is searched for its end there only,
  // and no longer than a name can be (a damaged table would otherwise make each search run to the end).
  const namesEnd = Math.min(bytes.length, toc + bytes.readUInt32LE(toc + 8));
  const entries: { name: string; start: number }[] = [];
  for (let i = 0; i < count; i++) {
    const nameAt = toc + bytes.readUInt32LE(toc + 4 + i * TOC_ENTRY_SIZE);
    const start = toc + bytes.readUInt32LE(toc + 8 + i * TOC_ENTRY_SIZE);
    const found = nameAt < namesEnd ? bytes.subarray(nameAt, Math.min(namesEnd, nameAt + MAX_NAME)).indexOf(0) : -1;
    if (found === -1) return { problem: `item ${i}'s name is not in the table's names` };
    const nameEnd = nameAt + found;
    const previous = entries[i - 1];
    if (start > bytes.length || start % ITEM_ALIGNMENT !== 0 || (previous !== undefined && start < previous.start)) return { problem: `item ${i}'s data is not where an item can be` };
    entries.push({ name: bytes.toString("latin1", nameAt, nameEnd), start });
  }
  const slash = entries[0]!.name.indexOf("/");
  const prefix = entries[0]!.name.slice(0, slash);
  if (slash <= 0 || entries.some((e) => !e.name.startsWith(`${prefix}/`))) return { problem: "its items do not share one package name" };
  for (let i = 1; i < entries.length; i++) if (!(entries[i - 1]!.name < entries[i]!.name)) return { problem: "its table of contents is not sorted by name" };
  const items = entries.map((e, i) => ({ name: e.name.slice(prefix.length + 1), bytes: bytes.subarray(e.start, entries[i + 1]?.start ?? bytes.length) }));
  return { prefix, header: bytes.subarray(0, headerSize), items };
}

/** A locale's bundle: `en.res`, `sr_Latn_BA.res`, `de__PHONEBOOK.res`. */
const LOCALE_BUNDLE = /^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$/;
/** The locales whose bundles are kept: English and its variants (and `root`, which is not a locale name). */
const KEPT_LOCALE = /^en(_[A-Za-z0-9]*)*\.res$/;

/** Whether the subset keeps the item named `name` (without the package prefix); see the module comment. */
export function keepsIcuItem(name: string): boolean {
  const file = name.slice(name.lastIndexOf("/") + 1);
  if (file.endsWith(".cnv") || file.endsWith(".dict")) return false;
  // res_index.res lists the installed locales (matches the pattern; not a locale).
  if (file === "res_index.res") return true;
  return !LOCALE_BUNDLE.test(file) || KEPT_LOCALE.test(file);
}

/** The common data package of `pkg`'s header and the items `keep` accepts, in their order. */
export function writeIcuPackage(pkg: IcuPackage, keep: (name: string) => boolean = keepsIcuItem): Buffer {
  const items = pkg.items.filter((i) => keep(i.name));
  const names = items.map((i) => Buffer.from(`${pkg.prefix}/${i.name}\0`, "latin1"));
  const tocStart = pkg.header.length;
  const namesStart = 4 + items.length * TOC_ENTRY_SIZE;
  const namesLength = names.reduce((n, b) => n + b.length, 0);
  // Offsets count from the table's start; items are aligned in the package (the header's size is a multiple of 16).
  let at = align(namesStart + namesLength, ITEM_ALIGNMENT);
  const starts = items.map((i) => {
    const start = at;
    at = align(at + i.bytes.length, ITEM_ALIGNMENT);
    return start;
  });
  const last = items[items.length - 1];
  // Padding as ICU's pkgdata writes it (0xaa), so a package written back whole is the same bytes.
  const out = Buffer.alloc(tocStart + (last === undefined ? at : starts[starts.length - 1]! + last.bytes.length), PADDING);
  pkg.header.copy(out, 0);
  out.writeUInt32LE(items.length, tocStart);
  let nameAt = namesStart;
  items.forEach((item, i) => {
    out.writeUInt32LE(nameAt, tocStart + 4 + i * TOC_ENTRY_SIZE);
    out.writeUInt32LE(starts[i]!, tocStart + 8 + i * TOC_ENTRY_SIZE);
    names[i]!.copy(out, tocStart + nameAt);
    nameAt += names[i]!.length;
    item.bytes.copy(out, tocStart + starts[i]!);
  });
  return out;
}

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/**
 * icu-data.ts and elf-icu-slim.ts against Node's official Linux runtimes and the executables built
 * from them (checked with the test-side ELF reader, executable-formats.ts), and what ICU still
 * answers in a slimmed executable, compared with the official runtime running the same script.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { currentPlatform } from "../../../src/tfplugin";
import { findElfSymbol, ICU_DATA_SYMBOL, slimIcuData, type ElfSymbol } from "../../../src/tfplugin/packaging/elf-icu-slim";
import { stripElf } from "../../../src/tfplugin/packaging/elf-strip";
import { keepsIcuItem, readIcuPackage, writeIcuPackage, type IcuPackage } from "../../../src/tfplugin/packaging/icu-data";
import { fetchNodeRuntime, nodeRuntimeFor } from "../../../src/tfplugin/packaging/node-runtime";
import { buildSingleExecutable } from "../../../src/tfplugin/packaging/sea";
import { providerExecutables, TEST_CACHES } from "../../provider/executable-fixture";
import { readElf, writeElfHeader } from "./executable-formats";

jest.setTimeout(900_000);

const PT_LOAD = 1;
const MiB = 1024 * 1024;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "c1tg-icu-slim-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function officialRuntime(platform: string): Promise<Buffer> {
  return readFileSync(await fetchNodeRuntime(nodeRuntimeFor(platform), { cacheDir: TEST_CACHES.runtimeCacheDir }));
}

/** `length` bytes of what the loader maps at `vaddr`, read from the file through its PT_LOAD headers. */
function memoryAt(elf: Buffer, vaddr: number, length: number): Buffer {
  const load = readElf(elf).segments.find((s) => s.type === PT_LOAD && Number(s.vaddr) <= vaddr && vaddr + length <= Number(s.vaddr) + s.fileSize);
  if (!load) throw new Error(`nothing maps [${vaddr.toString(16)}, +${length}) from the file`);
  const at = load.offset + (vaddr - Number(load.vaddr));
  return elf.subarray(at, at + length);
}

/** st_size of the dynamic symbol (`.dynsym`, names in the table its sh_link names) called `name`. */
function dynamicSymbolSize(elf: Buffer, name: string): number | undefined {
  const { sections } = readElf(elf);
  const dynsym = sections.find((s) => s.type === 11)!;
  const names = sections[dynsym.link]!;
  const wanted = Buffer.from(`${name}\0`, "latin1");
  for (let at = dynsym.offset; at < dynsym.offset + dynsym.size; at += 24) {
    const nameAt = names.offset + elf.readUInt32LE(at);
    if (elf.compare(wanted, 0, wanted.length, nameAt, nameAt + wanted.length) === 0) return Number(elf.readBigUInt64LE(at + 16));
  }
  return undefined;
}

function readPackage(bytes: Buffer): IcuPackage {
  const pkg = readIcuPackage(bytes);
  if ("problem" in pkg) throw new Error(pkg.problem);
  return pkg;
}

describe.each(["linux_amd64", "linux_arm64"])("the ICU data of Node's official %s runtime", (platform) => {
  let official: Buffer;
  let symbol: ElfSymbol;
  let pkg: IcuPackage;
  beforeAll(async () => {
    official = await officialRuntime(platform);
    symbol = findElfSymbol(official, ICU_DATA_SYMBOL) ?? { name: "", address: 0, size: 0 };
    pkg = readPackage(memoryAt(official, symbol.address, symbol.size));
  });

  it("is found by its symbol, read as a common data package, and written back to the same bytes", () => {
    expect(symbol.name).toMatch(/^icudt7\d_dat$/);
    expect(symbol.size).toBeGreaterThan(30 * MiB);
    expect(pkg.prefix).toBe(`${symbol.name.slice(0, -4)}l`);
    expect(pkg.items.length).toBeGreaterThan(4000);
    expect(writeIcuPackage(pkg, () => true).equals(memoryAt(official, symbol.address, symbol.size))).toBe(true);
  });

  it("keeps English, root, normalization, collation, break rules and time zones; drops converters, dictionaries and other locales", () => {
    const subset = readPackage(writeIcuPackage(pkg));
    const names = subset.items.map((i) => i.name);
    expect(names).toEqual(pkg.items.map((i) => i.name).filter(keepsIcuItem));
    for (const needed of ["nfkc.nrm", "uts46.nrm", "root.res", "en.res", "en_GB.res", "pool.res", "res_index.res", "zoneinfo64.res", "timezoneTypes.res", "metaZones.res", "supplementalData.res", "plurals.res", "cnvalias.icu", "coll/ucadata.icu", "coll/root.res", "brkitr/word.brk", "brkitr/root.res", "zone/en.res", "curr/en.res", "unit/en.res"]) {
      expect(names).toContain(needed);
    }
    for (const dropped of ["de.res", "ja.res", "zh_Hant.res", "coll/de.res", "coll/de__PHONEBOOK.res", "zone/fr.res", "brkitr/cjdict.dict", "gb18030-2022.cnv", "ibm-1252_P100-2000.cnv"]) {
      expect(names).not.toContain(dropped);
    }
    const byName = new Map(pkg.items.map((i) => [i.name, i.bytes]));
    for (const item of subset.items) expect(item.bytes.equals(byName.get(item.name) ?? Buffer.alloc(0))).toBe(true);
    const size = writeIcuPackage(pkg).length;
    expect(size).toBeLessThan(8 * MiB);
    expect(symbol.size - size).toBeGreaterThan(24 * MiB);
  });
});

describe.each(["linux_amd64", "linux_arm64"])("the %s provider executable", (platform) => {
  let official: Buffer;
  let exe: Buffer;
  let symbol: ElfSymbol;
  beforeAll(async () => {
    official = await officialRuntime(platform);
    symbol = findElfSymbol(official, ICU_DATA_SYMBOL) ?? { name: "", address: 0, size: 0 };
    exe = readFileSync((await providerExecutables([platform]))[platform] ?? "");
  });

  it("carries the subset where the package was, and loads every other byte of its segment as published", () => {
    const subset = writeIcuPackage(readPackage(memoryAt(official, symbol.address, symbol.size)));
    expect(memoryAt(exe, symbol.address, subset.length).equals(subset)).toBe(true);
    const loads = readElf(exe).segments.filter((s) => s.type === PT_LOAD);
    const before = loads.find((s) => Number(s.vaddr) <= symbol.address && symbol.address < Number(s.vaddr) + s.fileSize);
    const after = loads[loads.indexOf(before!) + 1];
    expect(before).toBeDefined();
    expect(after).toBeDefined();
    const holeStart = Number(before!.vaddr) + before!.fileSize;
    const holeEnd = Number(after!.vaddr);
    // The hole: after the subset, inside the old package, of whole 64 KiB / 4 KiB pages, nothing mapped there.
    expect(holeStart).toBeGreaterThanOrEqual(symbol.address + subset.length);
    expect(holeEnd).toBeLessThanOrEqual(symbol.address + symbol.size);
    expect(holeEnd - holeStart).toBeGreaterThan(24 * MiB);
    expect(after!.offset).toBe(before!.offset + before!.fileSize);
    expect(BigInt(holeStart) % 0x1000n).toBe(0n);
    expect(loads.every((s) => s === before || Number(s.vaddr) + Number(s.memSize) <= holeStart || Number(s.vaddr) >= holeEnd)).toBe(true);
    // Right after the subset, the program header table (e_phoff mapped where the first segment's mapping puts it); around it and
    // in what is left of the old package on the mapped pages, zeros.
    const first = loads[0]!;
    const phoff = Number(exe.readBigUInt64LE(32));
    const tableAddress = Number(first.vaddr) - first.offset + phoff;
    const tableSize = exe.readUInt16LE(56) * 56;
    expect(tableAddress).toBe(Math.ceil((symbol.address + subset.length) / 8) * 8);
    expect(readElf(exe).segments[0]).toMatchObject({ type: 6, offset: phoff, vaddr: BigInt(tableAddress), fileSize: tableSize });
    expect(memoryAt(exe, symbol.address + subset.length, tableAddress - symbol.address - subset.length).every((b) => b === 0)).toBe(true);
    expect(memoryAt(exe, tableAddress + tableSize, holeStart - tableAddress - tableSize).every((b) => b === 0)).toBe(true);
    expect(memoryAt(exe, holeEnd, symbol.address + symbol.size - holeEnd).every((b) => b === 0)).toBe(true);
    // The rest of the segment that held the package: 1 MiB either side, the same bytes at the same addresses
    // (postject's flipped fuse, outside these ranges on both platforms, is checked by executables.test.ts).
    const window = 1 * MiB;
    expect(memoryAt(exe, symbol.address - window, window).equals(memoryAt(official, symbol.address - window, window))).toBe(true);
    const tailEnd = Math.min(Number(after!.vaddr) + after!.fileSize, symbol.address + symbol.size + window);
    const tail = tailEnd - (symbol.address + symbol.size);
    expect(tail).toBeGreaterThan(0);
    expect(memoryAt(exe, symbol.address + symbol.size, tail).equals(memoryAt(official, symbol.address + symbol.size, tail))).toBe(true);
    // The section that spanned the cut is two, the second one's header appended; every section's bytes are in the file.
    const sections = readElf(exe).sections;
    const [head, rest] = sections.filter((s) => s.name === ".rodata");
    expect(Number(head!.addr) + head!.size).toBe(holeStart);
    expect(Number(rest!.addr)).toBe(holeEnd);
    expect(sections.indexOf(rest!)).toBe(sections.length - 1);
    for (const s of sections) if (s.type !== 8) expect(s.offset + s.size).toBeLessThanOrEqual(exe.length);
    // The exported symbol's size is the subset's: nothing declares bytes in the hole.
    expect(dynamicSymbolSize(exe, symbol.name)).toBe(subset.length);
    expect(dynamicSymbolSize(official, symbol.name)).toBe(symbol.size);
    expect(exe.length).toBeLessThan(stripElf(official).bytes.length - 24 * MiB);
  });
});

describe("what ICU answers in a slimmed executable", () => {
  it("the same as the official runtime, for English, root, normalization, case, collation, segmentation and time zones", async () => {
    const platform = currentPlatform();
    const probe = join(__dirname, "icu-intl-probe.js");
    const runtime = await fetchNodeRuntime(nodeRuntimeFor(platform), { cacheDir: TEST_CACHES.runtimeCacheDir });
    const built = await buildSingleExecutable({ script: probe, outFile: join(root, "probe"), platform, runtimeCacheDir: TEST_CACHES.runtimeCacheDir, buildCacheDir: TEST_CACHES.buildCacheDir });
    const env = { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", TZ: "UTC" };
    const full = JSON.parse(execFileSync(runtime, [probe], { encoding: "utf8", env })) as Record<string, unknown>;
    const slim = JSON.parse(execFileSync(built.file, [], { encoding: "utf8", env })) as Record<string, unknown>;
    expect(Object.keys(slim)).toEqual(Object.keys(full));
    expect(full.nfkc).toEqual({ value: "API-key1fi" });
    expect(full.textDecoderShiftJis).toEqual({ value: "あ" });
    expect(full.textDecoderLatin1Stream).toEqual({ value: "A€" });
    // Only legacy encodings' converters are missing; other locales format as English or root, and do not throw.
    const { textDecoderShiftJis, textDecoderLatin1Stream, ...rest } = slim;
    expect(textDecoderShiftJis).toEqual({ error: "RangeError: ERR_ENCODING_NOT_SUPPORTED" });
    expect(textDecoderLatin1Stream).toEqual({ error: "RangeError: ERR_ENCODING_NOT_SUPPORTED" });
    const { textDecoderShiftJis: _sjis, textDecoderLatin1Stream: _latin1, ...fullRest } = full;
    expect(rest).toEqual(fullRest);
    // With a German locale in the environment as well: nothing throws.
    const german = JSON.parse(execFileSync(built.file, [], { encoding: "utf8", env: { ...env, LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" } })) as Record<string, { error?: string }>;
    expect(Object.entries(german).filter(([name, r]) => r.error !== undefined && !name.startsWith("textDecoder"))).toEqual([]);
  });
});

describe("files it leaves as they are", () => {
  let official: Buffer;
  let symbol: ElfSymbol;
  beforeAll(async () => {
    official = await officialRuntime("linux_amd64");
    symbol = findElfSymbol(official, ICU_DATA_SYMBOL) ?? { name: "", address: 0, size: 0 };
  });

  it("slims a runtime that has not been through postject as well, which then runs as Node", () => {
    const stripped = stripElf(official).bytes;
    const slimmed = slimIcuData(stripped, symbol);
    expect(slimmed.unchanged).toBeUndefined();
    expect(slimmed.removed).toBeGreaterThan(24 * MiB);
    if (currentPlatform() !== "linux_amd64") return;
    const file = join(root, "node");
    writeFileSync(file, slimmed.bytes);
    chmodSync(file, 0o755);
    const env = { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", TZ: "UTC" };
    const probe = JSON.parse(execFileSync(file, [join(__dirname, "icu-intl-probe.js")], { encoding: "utf8", env })) as Record<string, unknown>;
    expect(probe.nfkc).toEqual({ value: "API-key1fi" });
    expect(probe.dateEn).toEqual({ value: "Sunday, March 8, 2026 at 8:30:00 AM EDT" });
  });

  it("another format, a wrong address, a symbol table without the package", () => {
    const stripped = stripElf(official).bytes;
    expect(slimIcuData(Buffer.from("MZ not an ELF file at all, padded to be long enough for a header"), symbol).unchanged).toBe("not an ELF file");
    const misplaced = slimIcuData(stripped, { ...symbol, address: symbol.address + 16 });
    // (Not toBe on the result: jest would compare 100 MB buffers byte by byte.)
    expect(misplaced.bytes === stripped).toBe(true);
    expect(misplaced.unchanged).toMatch(/^icudt78_dat is not an ICU package this can read/);
    expect(slimIcuData(stripped, { ...symbol, address: 0x10 }).unchanged).toBe("no loadable segment holds icudt78_dat in the file");
    expect(findElfSymbol(stripped, ICU_DATA_SYMBOL)).toBeUndefined();
    expect(findElfSymbol(Buffer.alloc(10), ICU_DATA_SYMBOL)).toBeUndefined();
  });
});

/** A small ICU package: a 32-byte header and `items` (name without prefix, size, fill byte), sorted by name. */
function smallPackage(items: [string, number, number][]): Buffer {
  const header = Buffer.alloc(32);
  header.writeUInt16LE(32, 0);
  header[2] = 0xda;
  header[3] = 0x27;
  header.writeUInt16LE(20, 4);
  header.write("CmnD", 12, "latin1");
  header[16] = 1;
  return writeIcuPackage({ prefix: "icudt99l", header, items: items.map(([name, size, fill]) => ({ name, bytes: Buffer.alloc(size, fill) })) }, () => true);
}

/**
 * An executable laid out as postject leaves Node's: the program header table with room to spare
 * (PT_PHDR), a loadable segment holding `before`, the package and `after`, a writable segment after
 * it, and the section header table (null, .rodata, .data, .shstrtab) at the end of the file.
 */
function smallExecutable(pkg: Buffer): { file: Buffer; icu: ElfSymbol; rodata: { vaddr: number; before: Buffer; after: Buffer }; data: { vaddr: number; bytes: Buffer } } {
  const page = 0x1000;
  const before = Buffer.alloc(16, 0xbb);
  const after = Buffer.from(Array.from({ length: 0x2345 }, (_, i) => (i * 7) & 0xff));
  const rodataSize = before.length + pkg.length + after.length;
  const rodataOffset = page;
  const dataOffset = rodataOffset + Math.ceil(rodataSize / page) * page;
  const dataBytes = Buffer.alloc(0x300, 0xd1);
  const names = Buffer.from("\0.rodata\0.data\0.shstrtab\0", "latin1");
  const namesOffset = dataOffset + dataBytes.length;
  const shoff = Math.ceil((namesOffset + names.length) / 8) * 8;
  const file = Buffer.alloc(shoff + 4 * 64);
  const base = 0x400000;
  writeElfHeader(file, { phoff: 64, phnum: 4, shoff, shnum: 4, shstrndx: 3 });
  const phdr = (i: number, type: number, flags: number, offset: number, vaddr: number, size: number, memSize: number, align: number) => {
    const at = 64 + i * 56;
    file.writeUInt32LE(type, at);
    file.writeUInt32LE(flags, at + 4);
    file.writeBigUInt64LE(BigInt(offset), at + 8);
    file.writeBigUInt64LE(BigInt(vaddr), at + 16);
    file.writeBigUInt64LE(BigInt(vaddr), at + 24);
    file.writeBigUInt64LE(BigInt(size), at + 32);
    file.writeBigUInt64LE(BigInt(memSize), at + 40);
    file.writeBigUInt64LE(BigInt(align), at + 48);
  };
  phdr(0, 6, 4, 64, base + 64, 8 * 56, 8 * 56, 8);
  phdr(1, PT_LOAD, 4, 0, base, page, page, page);
  phdr(2, PT_LOAD, 4, rodataOffset, base + rodataOffset, rodataSize, rodataSize, page);
  phdr(3, PT_LOAD, 6, dataOffset, base + dataOffset, dataBytes.length, dataBytes.length + 0x100, page);
  before.copy(file, rodataOffset);
  pkg.copy(file, rodataOffset + before.length);
  after.copy(file, rodataOffset + before.length + pkg.length);
  dataBytes.copy(file, dataOffset);
  names.copy(file, namesOffset);
  const shdr = (i: number, name: number, type: number, flags: number, vaddr: number, offset: number, size: number) => {
    const at = shoff + i * 64;
    file.writeUInt32LE(name, at);
    file.writeUInt32LE(type, at + 4);
    file.writeBigUInt64LE(BigInt(flags), at + 8);
    file.writeBigUInt64LE(BigInt(vaddr), at + 16);
    file.writeBigUInt64LE(BigInt(offset), at + 24);
    file.writeBigUInt64LE(BigInt(size), at + 32);
  };
  shdr(1, 1, 1, 2, base + rodataOffset, rodataOffset, rodataSize);
  shdr(2, 9, 1, 3, base + dataOffset, dataOffset, dataBytes.length);
  shdr(3, 15, 3, 0, 0, namesOffset, names.length);
  return {
    file,
    icu: { name: "icudt99_dat", address: base + rodataOffset + before.length, size: pkg.length },
    rodata: { vaddr: base + rodataOffset, before, after },
    data: { vaddr: base + dataOffset, bytes: dataBytes },
  };
}

describe("a small executable laid out as postject leaves Node's", () => {
  const pkg = smallPackage([["de.res", 0x3000, 0xde], ["en.res", 0x100, 0xe1], ["ibm-37_P100-1995.cnv", 0x3000, 0xcc], ["nfkc.nrm", 0x40, 0x22]]);
  const small = smallExecutable(pkg);

  it("is cut: the subset where the package was, the same bytes at the same addresses elsewhere, one segment and one section more", () => {
    const result = slimIcuData(small.file, small.icu);
    expect(result.unchanged).toBeUndefined();
    expect(result.items).toEqual({ before: 4, after: 2 });
    const out = result.bytes;
    expect(result.removed).toBe(small.file.length - out.length);
    expect(result.removed).toBe(0x5000 - 64);
    const subset = readPackage(memoryAt(out, small.icu.address, writeIcuPackage(readPackage(pkg)).length));
    expect(subset.items.map((i) => [i.name, i.bytes[0], i.bytes.length])).toEqual([["en.res", 0xe1, 0x100], ["nfkc.nrm", 0x22, 0x40]]);
    expect(memoryAt(out, small.rodata.vaddr, 16).equals(small.rodata.before)).toBe(true);
    expect(memoryAt(out, small.icu.address + pkg.length, small.rodata.after.length).equals(small.rodata.after)).toBe(true);
    expect(memoryAt(out, small.data.vaddr, small.data.bytes.length).equals(small.data.bytes)).toBe(true);
    const elf = readElf(out);
    expect(elf.segments.filter((s) => s.type === PT_LOAD).map((s) => [Number(s.vaddr) - 0x400000, s.offset, s.fileSize])).toEqual([
      [0, 0, 0x1000],
      [0x1000, 0x1000, 0x1000],
      [0x7000, 0x2000, pkg.length + 16 + small.rodata.after.length - 0x6000],
      [small.data.vaddr - 0x400000, small.data.vaddr - 0x400000 - 0x5000, small.data.bytes.length],
    ]);
    // The program header table, one entry longer, right after the subset (8-aligned), mapped where the first segment's mapping puts it.
    const tableAt = Math.ceil((0x1010 + writeIcuPackage(readPackage(pkg)).length) / 8) * 8;
    expect(out.readBigUInt64LE(32)).toBe(BigInt(tableAt));
    expect(elf.segments[0]).toMatchObject({ type: 6, offset: tableAt, vaddr: BigInt(0x400000 + tableAt), fileSize: 5 * 56 });
    expect(small.file.subarray(64, 64 + 4 * 56).every((b) => b === 0)).toBe(false);
    expect(out.subarray(64, 64 + 4 * 56).every((b) => b === 0)).toBe(true);
    expect(elf.sections.map((s) => [s.name, Number(s.addr) && Number(s.addr) - 0x400000, s.size])).toEqual([
      ["", 0, 0],
      [".rodata", 0x1000, 0x1000],
      [".data", small.data.vaddr - 0x400000, small.data.bytes.length],
      [".shstrtab", 0, 25],
      [".rodata", 0x7000, pkg.length + 16 + small.rodata.after.length - 0x6000],
    ]);
    expect(elf.sectionHeadersEnd).toBe(out.length);
    expect(slimIcuData(small.file, small.icu).bytes.equals(out)).toBe(true);
  });

  it("is left as it is when nothing would be freed, or a segment or section lies across the cut", () => {
    const tiny = smallExecutable(smallPackage([["en.res", 0x100, 1], ["x.cnv", 0x800, 2]]));
    expect(slimIcuData(tiny.file, tiny.icu).unchanged).toBe("the subset frees no whole page");
    const across = Buffer.from(small.file);
    // A PT_NOTE over the middle of the package.
    across.writeUInt32LE(4, 64 + 4 * 56);
    across.writeBigUInt64LE(BigInt(0x3000), 64 + 4 * 56 + 8);
    across.writeBigUInt64LE(BigInt(0x403000), 64 + 4 * 56 + 16);
    across.writeBigUInt64LE(16n, 64 + 4 * 56 + 32);
    across.writeBigUInt64LE(16n, 64 + 4 * 56 + 40);
    across.writeUInt16LE(5, 56);
    expect(slimIcuData(across, small.icu).unchanged).toBe("a segment (type 4) lies across the cut");
    const notLast = Buffer.concat([small.file, Buffer.alloc(8)]);
    expect(slimIcuData(notLast, small.icu).unchanged).toBe("the section header table is not at the end of the file");
  });

  it("refuses a package whose names do not end among the names, without searching the rest of it for each", () => {
    // Names that end only at the package's last byte, 4 MiB on: each search stops at the names' end.
    // (The search once ran to that byte for each item, copying a 4 MiB name each time, and refused the package only later.)
    const count = 200;
    const header = smallPackage([["a.res", 16, 0]]).subarray(0, 32);
    const dataStart = 4 + count * 8 + count * 16;
    const bytes = Buffer.alloc(32 + dataStart + count * 16 + 4 * 1024 * 1024, 0x41);
    header.copy(bytes);
    bytes.writeUInt32LE(count, 32);
    for (let i = 0; i < count; i++) {
      bytes.writeUInt32LE(4 + count * 8 + i * 16, 36 + i * 8);
      bytes.writeUInt32LE(dataStart + i * 16, 40 + i * 8);
    }
    bytes[bytes.length - 1] = 0;
    expect(readIcuPackage(bytes)).toEqual({ problem: "item 0's name is not in the table's names" });
  });

  it("never throws on a damaged header, program header or section header table, or package", () => {
    const shoff = Number(small.file.readBigUInt64LE(40));
    const icuAt = small.icu.address - 0x400000;
    const positions = [
      ...Array.from({ length: 64 + 5 * 56 }, (_, i) => i),
      ...Array.from({ length: 4 * 64 }, (_, i) => shoff + i),
      ...Array.from({ length: 32 + 4 + 4 * 8 + 48 }, (_, i) => icuAt + i),
    ];
    const outcomes = new Set<string>();
    for (const at of positions) {
      for (const value of [0x00, 0x01, 0x80, 0xff]) {
        const copy = Buffer.from(small.file);
        copy[at] = value;
        const result = slimIcuData(copy, small.icu);
        outcomes.add(result.unchanged ?? "slimmed");
        if (result.unchanged !== undefined) expect(result.bytes === copy).toBe(true);
      }
    }
    expect(outcomes).toContain("slimmed");
    expect(outcomes.size).toBeGreaterThan(5);
  });
});

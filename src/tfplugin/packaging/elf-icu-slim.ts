/**
 * A Linux executable provider without most of Node's ICU data: the runtime's common data package
 * (`icudt<N>_dat`, 31.6 MiB of Node 22's linux-x64 binary) is replaced in place by the subset
 * icu-data.ts keeps (~5.5 MiB), and the file bytes behind the freed pages are cut out, leaving a
 * hole in the address space that nothing maps. Terraform hashes the whole installed package at
 * every command, so the cut saves that much hashing per `plan`, `apply` or `validate` (and as much
 * download).
 *
 * How: the loadable segment (PT_LOAD) that holds the package becomes two, one ending at the first
 * page boundary after the subset and one starting at the last page boundary inside the old
 * package, and every byte of the file after the cut moves down by the cut's length (a multiple of
 * every segment's alignment, so each segment's offset stays congruent to its address). The
 * program header table, one entry longer, moves into the freed space right after the subset
 * (postject leaves it at the end of a segment, on arm64 the one that is cut, and the loaders that
 * take its address from the first segment's mapping must find it there). The section that spanned
 * the cut (`.rodata`) is split the same way, its second half's header appended to the section
 * header table at the end of the file. Code that addresses the package only knows its start, where
 * the subset begins; every other byte the loader maps keeps its address and value, but for the
 * size of the package's exported symbol in `.dynsym`, which becomes the subset's. Node finds the
 * SEA blob through the program headers in memory, not by file offset.
 *
 * Any layout this does not expect (a segment or section other than the split one across the cut,
 * a holding segment mapped unlike the first, a package that cannot be read) leaves the file as it is, with
 * the reason: the executable still works, it is only larger (test/tfplugin/packaging/icu-slim.test.ts
 * checks that the executables of both pinned Linux runtimes are slimmed).
 *
 * Format: System V ABI, "Object Files" and "Program Loading" (ELF-64 headers, PT_LOAD
 * congruence of p_offset and p_vaddr modulo p_align).
 */
import { alignUp, EHDR_SIZE, ELF_MAGIC, ELFCLASS64, ELFDATA2LSB, PHDR_SIZE, PN_XNUM, safeNumber, SHDR_SIZE, SHN_LORESERVE, SHT_NOBITS } from "./elf-format";
import { readIcuPackage, writeIcuPackage } from "./icu-data";

const PT_LOAD = 1;
const PT_PHDR = 6;
const SHT_SYMTAB = 2;
const SHT_DYNSYM = 11;
/** Size of an ELF-64 symbol (Elf64_Sym): name u32, info, other, shndx u16, value u64 at 8, size u64 at 16. */
const SYM_SIZE = 24;
/** Longest symbol name read (C++ names run to a few KiB; the one looked for is short). */
const MAX_NAME = 8192;
/** Program headers' alignment (8-byte fields). */
const PHDR_ALIGNMENT = 8;
/** The smallest page the loader may use; larger segment alignments (arm64's 64 KiB) win. */
const MIN_PAGE = 0x1000;

/** ICU's common data package in Node's binaries (`icudt78_dat` in Node 22.23). */
export const ICU_DATA_SYMBOL = /^icudt\d+_dat$/;

/** Where a symbol of the runtime lies in memory (bytes). */
export interface ElfSymbol {
  name: string;
  address: number;
  size: number;
}

export interface IcuSlimResult {
  /** The slimmed file, or the input itself when unchanged. */
  bytes: Buffer;
  /** Bytes the file lost. 0 when unchanged. */
  removed: number;
  /** Items of the package before and after (0 when unchanged). */
  items: { before: number; after: number };
  /** Why the file was left as it is, when it was. */
  unchanged?: string;
}

interface Phdr {
  type: number;
  offset: number;
  vaddr: number;
  filesz: number;
  memsz: number;
  align: number;
  raw: Buffer;
}

interface Shdr {
  type: number;
  flags: bigint;
  addr: number;
  offset: number;
  size: number;
  raw: Buffer;
}

/**
 * The first symbol of `elf`'s symbol table (`.symtab`, which elf-strip.ts removes, so: of the
 * official runtime) whose name matches `pattern`; undefined when there is none or the file is not
 * an ELF-64 little-endian file with one.
 */
export function findElfSymbol(elf: Buffer, pattern: RegExp): ElfSymbol | undefined {
  const header = elfHeader(elf);
  if (typeof header === "string") return undefined;
  const sections = readSections(elf, header);
  const symtab = sections.find((s) => s.type === SHT_SYMTAB);
  if (!symtab || symtab.offset + symtab.size > elf.length) return undefined;
  const strings = sections[symtab.raw.readUInt32LE(40)];
  if (!strings || strings.offset + strings.size > elf.length) return undefined;
  for (let at = symtab.offset; at + SYM_SIZE <= symtab.offset + symtab.size; at += SYM_SIZE) {
    const name = stringAt(elf, strings, elf.readUInt32LE(at));
    if (name !== undefined && pattern.test(name)) return { name, address: safeNumber(elf.readBigUInt64LE(at + 8)), size: safeNumber(elf.readBigUInt64LE(at + 16)) };
  }
  return undefined;
}

/** The string at `offset` of the string table `strings`, or undefined when it does not end inside the table (or within MAX_NAME bytes). */
function stringAt(elf: Buffer, strings: Shdr, offset: number): string | undefined {
  const start = strings.offset + offset;
  const end = Math.min(strings.offset + strings.size, start + MAX_NAME);
  const found = start < end ? elf.subarray(start, end).indexOf(0) : -1;
  return found === -1 ? undefined : elf.toString("latin1", start, start + found);
}

/** `exe` (a Linux executable after postject) with the ICU package at `icu` slimmed; see the module comment. */
export function slimIcuData(exe: Buffer, icu: ElfSymbol): IcuSlimResult {
  const unchanged = (reason: string): IcuSlimResult => ({ bytes: exe, removed: 0, items: { before: 0, after: 0 }, unchanged: reason });
  const header = elfHeader(exe);
  if (typeof header === "string") return unchanged(header);
  const { phoff, phnum, shoff, shnum } = header;
  const phdrs = Array.from({ length: phnum }, (_, i) => readPhdr(exe.subarray(phoff + i * PHDR_SIZE, phoff + (i + 1) * PHDR_SIZE)));
  const loads = phdrs.filter((p) => p.type === PT_LOAD);
  const holder = loads.find((p) => p.vaddr <= icu.address && icu.address + icu.size <= p.vaddr + p.filesz);
  if (!holder || holder.offset + holder.filesz > exe.length || holder.memsz < holder.filesz) return unchanged(`no loadable segment holds ${icu.name} in the file`);
  const icuAt = holder.offset + (icu.address - holder.vaddr);
  const pkg = readIcuPackage(exe.subarray(icuAt, icuAt + icu.size));
  if ("problem" in pkg) return unchanged(`${icu.name} is not an ICU package this can read: ${pkg.problem}`);
  const subset = writeIcuPackage(pkg);

  // The program header table, one entry longer, moves into the freed space right after the subset,
  // where it is mapped at first-segment-address + file offset: kernels before Linux 5.18 and qemu
  // tell the dynamic linker that it is there (AT_PHDR = load address + e_phoff), whatever PT_PHDR says.
  const first = loads[0]!;
  if (holder.vaddr - holder.offset !== first.vaddr - first.offset) return unchanged(`the segment that holds ${icu.name} is not mapped as the first one is`);
  const table = phdrs.find((p) => p.type === PT_PHDR);
  if (!table || table.offset !== phoff) return unchanged("it has no program header (PT_PHDR) entry for its table");
  const tableVaddr = alignUp(icu.address + subset.length, PHDR_ALIGNMENT);
  const tableSize = (phnum + 1) * PHDR_SIZE;

  // The hole: whole pages of every alignment in the file, inside the old package, after the subset and the table.
  const granule = Math.max(MIN_PAGE, ...loads.map((p) => p.align));
  const holeStart = alignUp(tableVaddr + tableSize, granule);
  const holeEnd = alignDown(icu.address + icu.size, granule);
  if (holeEnd <= holeStart) return unchanged("the subset frees no whole page");
  const cut = holeEnd - holeStart;
  const cutAt = holder.offset + (holeStart - holder.vaddr);
  const cutEnd = cutAt + cut;
  for (const p of phdrs) {
    if (p === holder || p === table) continue;
    if (p.filesz > 0 && p.offset < cutEnd && p.offset + p.filesz > cutAt) return unchanged(`a segment (type ${p.type}) lies across the cut`);
    if (p.memsz > 0 && p.vaddr < holeEnd && p.vaddr + p.memsz > holeStart) return unchanged(`a segment (type ${p.type}) lies across the hole`);
  }
  if (phoff < cutEnd && phoff + phnum * PHDR_SIZE > icuAt) return unchanged("the program header table lies in the package");
  if (shoff + shnum * SHDR_SIZE !== exe.length) return unchanged("the section header table is not at the end of the file");
  const sections = readSections(exe, header);
  const split: Shdr[] = [];
  for (const s of sections) {
    if (s.type === SHT_NOBITS || s.size === 0) continue;
    if (s.offset < cutEnd && s.offset + s.size > cutAt) {
      if (s.offset >= cutAt || s.offset + s.size <= cutEnd || s.offset - s.addr !== holder.offset - holder.vaddr) return unchanged("a section lies inside the cut, or is not where the segment maps it");
      split.push(s);
    }
  }

  const moved = (offset: number): number => (offset >= cutEnd ? offset - cut : offset);
  const out = Buffer.alloc(exe.length - cut + split.length * SHDR_SIZE);
  exe.copy(out, 0, 0, cutAt);
  exe.copy(out, cutAt, cutEnd);
  // The subset where the package was, and zeros for what is left of the old one and for the old table.
  out.fill(0, icuAt, cutAt);
  subset.copy(out, icuAt);
  out.fill(0, cutAt, cutAt + (icu.address + icu.size - holeEnd));
  out.fill(0, moved(phoff), moved(phoff) + phnum * PHDR_SIZE);

  // Program headers: PT_PHDR names the new table; the holder ends at the hole, its second half follows it.
  const second = Buffer.from(holder.raw);
  second.writeBigUInt64LE(BigInt(cutAt), 8);
  second.writeBigUInt64LE(BigInt(holeEnd), 16);
  second.writeBigUInt64LE(BigInt(holeEnd), 24);
  second.writeBigUInt64LE(BigInt(holder.filesz - (holeEnd - holder.vaddr)), 32);
  second.writeBigUInt64LE(BigInt(holder.memsz - (holeEnd - holder.vaddr)), 40);
  const tableAt = holder.offset + (tableVaddr - holder.vaddr);
  const entries: Buffer[] = [];
  for (const p of phdrs) {
    const raw = Buffer.from(p.raw);
    if (p === holder) {
      raw.writeBigUInt64LE(BigInt(holeStart - holder.vaddr), 32);
      raw.writeBigUInt64LE(BigInt(holeStart - holder.vaddr), 40);
      entries.push(raw, second);
      continue;
    }
    if (p === table) {
      raw.writeBigUInt64LE(BigInt(tableAt), 8);
      raw.writeBigUInt64LE(BigInt(tableVaddr), 16);
      raw.writeBigUInt64LE(BigInt(tableVaddr), 24);
      raw.writeBigUInt64LE(BigInt(tableSize), 32);
      raw.writeBigUInt64LE(BigInt(tableSize), 40);
    } else {
      raw.writeBigUInt64LE(BigInt(moved(p.offset)), 8);
    }
    entries.push(raw);
  }
  entries.forEach((raw, i) => raw.copy(out, tableAt + i * PHDR_SIZE));
  out.writeBigUInt64LE(BigInt(tableAt), 32);
  out.writeUInt16LE(phnum + 1, 56);

  // Section headers, at the (moved) end of the file, with the second half of each split section appended.
  const newShoff = moved(shoff);
  sections.forEach((s, i) => {
    const raw = Buffer.from(s.raw);
    if (split.includes(s)) raw.writeBigUInt64LE(BigInt(holeStart - s.addr), 32);
    else raw.writeBigUInt64LE(BigInt(moved(s.offset)), 24);
    raw.copy(out, newShoff + i * SHDR_SIZE);
  });
  split.forEach((s, i) => {
    const raw = Buffer.from(s.raw);
    raw.writeBigUInt64LE(BigInt(holeEnd), 16);
    raw.writeBigUInt64LE(BigInt(cutAt), 24);
    raw.writeBigUInt64LE(BigInt(s.addr + s.size - holeEnd), 32);
    raw.copy(out, newShoff + (shnum + i) * SHDR_SIZE);
  });
  out.writeBigUInt64LE(BigInt(newShoff), 40);
  out.writeUInt16LE(shnum + split.length, 60);

  // Node exports the package's symbol: its size in the dynamic symbol table becomes the subset's, which is all that is mapped.
  for (const dynsym of sections.filter((d) => d.type === SHT_DYNSYM && d.offset + d.size <= exe.length && d.offset + d.size <= cutAt)) {
    const strings = sections[dynsym.raw.readUInt32LE(40)];
    if (!strings || strings.offset + strings.size > exe.length) continue;
    for (let at = dynsym.offset; at + SYM_SIZE <= dynsym.offset + dynsym.size; at += SYM_SIZE) {
      if (exe.readBigUInt64LE(at + 8) !== BigInt(icu.address) || stringAt(exe, strings, exe.readUInt32LE(at)) !== icu.name) continue;
      out.writeBigUInt64LE(BigInt(subset.length), at + 16);
    }
  }
  return { bytes: out, removed: exe.length - out.length, items: { before: pkg.items.length, after: readIcuCount(subset) } };
}

function readIcuCount(pkg: Buffer): number {
  return pkg.readUInt32LE(pkg.readUInt16LE(0));
}

interface ElfHeader {
  phoff: number;
  phnum: number;
  shoff: number;
  shnum: number;
}

/** The header fields this needs, or why the file is not one this handles. */
function elfHeader(elf: Buffer): ElfHeader | string {
  if (elf.length < EHDR_SIZE || elf.readUInt32BE(0) !== ELF_MAGIC) return "not an ELF file";
  if (elf[4] !== ELFCLASS64 || elf[5] !== ELFDATA2LSB) return "not a 64-bit little-endian ELF file";
  const phoff = safeNumber(elf.readBigUInt64LE(32));
  const shoff = safeNumber(elf.readBigUInt64LE(40));
  const phnum = elf.readUInt16LE(56);
  const shnum = elf.readUInt16LE(60);
  if (phnum === PN_XNUM || shnum === 0 || shnum >= SHN_LORESERVE) return "it uses extended numbering or has no section header table";
  if (elf.readUInt16LE(54) !== PHDR_SIZE || elf.readUInt16LE(58) !== SHDR_SIZE) return "its header tables have unexpected entry sizes";
  if (phoff + phnum * PHDR_SIZE > elf.length || shoff + shnum * SHDR_SIZE > elf.length) return "its header tables run past the end of the file";
  return { phoff, phnum, shoff, shnum };
}

function readPhdr(raw: Buffer): Phdr {
  return {
    type: raw.readUInt32LE(0),
    offset: safeNumber(raw.readBigUInt64LE(8)),
    vaddr: safeNumber(raw.readBigUInt64LE(16)),
    filesz: safeNumber(raw.readBigUInt64LE(32)),
    memsz: safeNumber(raw.readBigUInt64LE(40)),
    align: safeNumber(raw.readBigUInt64LE(48)),
    raw,
  };
}

function readSections(elf: Buffer, { shoff, shnum }: ElfHeader): Shdr[] {
  return Array.from({ length: shnum }, (_, i) => {
    const raw = elf.subarray(shoff + i * SHDR_SIZE, shoff + (i + 1) * SHDR_SIZE);
    return {
      type: raw.readUInt32LE(4),
      flags: raw.readBigUInt64LE(8),
      addr: safeNumber(raw.readBigUInt64LE(16)),
      offset: safeNumber(raw.readBigUInt64LE(24)),
      size: safeNumber(raw.readBigUInt64LE(32)),
      raw,
    };
  });
}

function alignDown(n: number, to: number): number {
  return Math.floor(n / to) * to;
}

/**
 * Dropping the symbol table and debug sections from an ELF executable, as `strip` would, but with
 * the same bytes out for the same bytes in on every build host (binutils' `strip` lays a file out
 * by its own version's rules, so two hosts could give two `h1:` hashes).
 *
 * Why: Terraform hashes an installed provider against the lock file's `h1:` at every command
 * (internal/command/meta_providers.go, `MatchesAnyHash`), ~0.75 ms per MiB here. Node's official
 * Linux binaries carry a full `.symtab`/`.strtab` and some DWARF (~16 MiB of 119 on linux-x64,
 * ~18 of 117 on linux-arm64) that nothing reads at run time: the dynamic linker and Node's own
 * native stack traces use `.dynsym`, which is allocated and kept.
 *
 * What is removed: every section of an executable or shared object that is not allocated (no
 * `SHF_ALLOC`), except the section-name table, *if* all of them come after every kept section both
 * in the file (after the last byte of every kept section and of every segment's file image) and in
 * the section header table (so no kept section changes its index: `.dynsym` names sections by index
 * in each symbol, and is kept as it is). That is how GNU ld lays out Node's binaries. The kept
 * bytes, `[0, cut)`, are copied unchanged, so every segment the loader maps is byte for byte the
 * official one. After them come a new section-name table and section header table. Any other
 * layout or file type, a 32-bit or big-endian file, or extended section numbering, is left as it
 * is, with the reason (not an error: the executable still works, it is only larger; the pinned
 * runtimes are stripped, which test/provider/executables.test.ts checks).
 *
 * Format: System V ABI, "Object Files" (ELF-64 header, section header, program header layouts).
 */

import { alignUp, EHDR_SIZE, ELF_MAGIC, ELFCLASS64, ELFDATA2LSB, PHDR_SIZE, PN_XNUM, safeNumber, SHDR_SIZE, SHN_LORESERVE, SHN_UNDEF, SHT_NOBITS } from "./elf-format";

const SHF_ALLOC = 0x2;
const SHF_INFO_LINK = 0x40;
const SHT_RELA = 4;
const SHT_REL = 9;
const ET_EXEC = 2;
const ET_DYN = 3;

export interface ElfStripResult {
  /** The stripped file, or the input itself when nothing was removed. */
  bytes: Buffer;
  /** Sections removed, in file order, with their sizes in bytes. Empty when the file is unchanged. */
  removed: { name: string; bytes: number }[];
  /** Why nothing was removed, when nothing was. */
  unchanged?: string;
}

interface Section {
  index: number;
  name: string;
  type: number;
  flags: bigint;
  offset: number;
  size: number;
  link: number;
  info: number;
  /** The 64 bytes of its header, as read. */
  header: Buffer;
}

/** Strips `input` (an ELF-64 little-endian file) of its non-allocated sections; see the module comment. */
export function stripElf(input: Buffer): ElfStripResult {
  const unchanged = (reason: string): ElfStripResult => ({ bytes: input, removed: [], unchanged: reason });
  if (input.length < EHDR_SIZE || input.readUInt32BE(0) !== ELF_MAGIC) return unchanged("not an ELF file");
  if (input[4] !== ELFCLASS64 || input[5] !== ELFDATA2LSB) return unchanged("not a 64-bit little-endian ELF file");
  const type = input.readUInt16LE(16);
  if (type !== ET_EXEC && type !== ET_DYN) return unchanged(`not an executable or shared object (ELF type ${type})`);
  const phoff = safeNumber(input.readBigUInt64LE(32));
  const shoff = safeNumber(input.readBigUInt64LE(40));
  const phentsize = input.readUInt16LE(54);
  const phnum = input.readUInt16LE(56);
  const shentsize = input.readUInt16LE(58);
  const shnum = input.readUInt16LE(60);
  const shstrndx = input.readUInt16LE(62);
  if (shoff === 0 || shnum === 0) return unchanged("it has no section header table (or uses extended section numbering)");
  if (phnum === PN_XNUM || shstrndx >= SHN_LORESERVE) return unchanged("it uses extended numbering");
  if (shentsize !== SHDR_SIZE || (phnum > 0 && phentsize !== PHDR_SIZE)) return unchanged("its header tables have unexpected entry sizes");
  if (shoff + shnum * SHDR_SIZE > input.length || phoff + phnum * PHDR_SIZE > input.length) return unchanged("its header tables run past the end of the file");
  if (shstrndx === SHN_UNDEF || shstrndx >= shnum) return unchanged("it has no section-name table");

  const raw = Array.from({ length: shnum }, (_, index) => {
    const header = input.subarray(shoff + index * SHDR_SIZE, shoff + (index + 1) * SHDR_SIZE);
    return {
      index,
      nameOffset: header.readUInt32LE(0),
      type: header.readUInt32LE(4),
      flags: header.readBigUInt64LE(8),
      offset: safeNumber(header.readBigUInt64LE(24)),
      size: safeNumber(header.readBigUInt64LE(32)),
      link: header.readUInt32LE(40),
      info: header.readUInt32LE(44),
      header,
    };
  });
  const names = raw[shstrndx]!;
  if (names.type === SHT_NOBITS || names.offset + names.size > input.length) return unchanged("its section-name table is outside the file");
  const nameAt = (at: number): string => {
    const start = names.offset + at;
    const end = input.indexOf(0, start);
    return end === -1 || end >= names.offset + names.size ? "" : input.toString("latin1", start, end);
  };
  const sections: Section[] = raw.map(({ nameOffset, ...s }) => ({ ...s, name: nameAt(nameOffset) }));
  for (const s of sections) {
    if (s.type !== SHT_NOBITS && s.offset + s.size > input.length) return unchanged(`section ${s.name || s.index} runs past the end of the file`);
  }

  const isKept = (s: Section): boolean => s.index === 0 || s.index === shstrndx || (s.flags & BigInt(SHF_ALLOC)) !== 0n;
  const dropped = sections.filter((s) => !isKept(s));
  if (dropped.length === 0) return unchanged("it has no symbol table or other non-allocated sections");

  // Everything kept ends at `cut`: the ELF and program headers, every segment's file image, every kept section but the name table.
  let cut = Math.max(EHDR_SIZE, phoff + phnum * PHDR_SIZE);
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * PHDR_SIZE;
    cut = Math.max(cut, safeNumber(input.readBigUInt64LE(at + 8)) + safeNumber(input.readBigUInt64LE(at + 32)));
  }
  for (const s of sections) if (isKept(s) && s.index !== shstrndx && s.type !== SHT_NOBITS) cut = Math.max(cut, s.offset + s.size);
  for (const s of dropped) {
    if (s.type !== SHT_NOBITS && s.size > 0 && s.offset < cut) return unchanged(`section ${s.name} lies among what is kept (at ${s.offset}, before ${cut})`);
  }
  if (cut > input.length) return unchanged("a segment runs past the end of the file");
  const lastKept = Math.max(...sections.filter((s) => isKept(s) && s.index !== shstrndx).map((s) => s.index));
  const early = dropped.find((s) => s.index < lastKept);
  if (early) return unchanged(`section ${early.name} comes before kept sections in the section header table (removing it would renumber them)`);

  // New section indices, and the links between kept sections rewritten to them.
  const kept = sections.filter(isKept);
  const newIndex = new Map(kept.map((s, i) => [s.index, i]));
  const linkTarget = (target: number): number | undefined => (target === SHN_UNDEF ? SHN_UNDEF : newIndex.get(target));
  for (const s of kept) {
    if (s.link !== SHN_UNDEF && linkTarget(s.link) === undefined) return unchanged(`section ${s.name} links to a section that would be removed`);
    if (infoIsSection(s) && s.info !== SHN_UNDEF && linkTarget(s.info) === undefined) return unchanged(`section ${s.name} applies to a section that would be removed`);
  }

  const nameTable = buildNameTable(kept.map((s) => s.name));
  const namesOffset = cut;
  const headersOffset = alignUp(namesOffset + nameTable.bytes.length, 8);
  const output = Buffer.alloc(headersOffset + kept.length * SHDR_SIZE);
  input.copy(output, 0, 0, cut);
  nameTable.bytes.copy(output, namesOffset);
  kept.forEach((s, i) => {
    const header = Buffer.from(s.header);
    header.writeUInt32LE(s.index === 0 ? 0 : nameTable.offsets[i]!, 0);
    if (s.index === shstrndx) {
      header.writeBigUInt64LE(BigInt(namesOffset), 24);
      header.writeBigUInt64LE(BigInt(nameTable.bytes.length), 32);
    }
    header.writeUInt32LE(linkTarget(s.link)!, 40);
    if (infoIsSection(s)) header.writeUInt32LE(linkTarget(s.info)!, 44);
    header.copy(output, headersOffset + i * SHDR_SIZE);
  });
  output.writeBigUInt64LE(BigInt(headersOffset), 40);
  output.writeUInt16LE(kept.length, 60);
  output.writeUInt16LE(newIndex.get(shstrndx)!, 62);
  return { bytes: output, removed: dropped.map((s) => ({ name: s.name, bytes: s.type === SHT_NOBITS ? 0 : s.size })) };
}

/** Relocation sections, and sections flagged SHF_INFO_LINK, name a section in `sh_info`. */
function infoIsSection(s: Section): boolean {
  return s.type === SHT_RELA || s.type === SHT_REL || (s.flags & BigInt(SHF_INFO_LINK)) !== 0n;
}

/** A string table of `names` (first byte NUL, as the format requires), with each name's offset. */
function buildNameTable(names: string[]): { bytes: Buffer; offsets: number[] } {
  const parts: Buffer[] = [Buffer.from([0])];
  const at = new Map<string, number>([["", 0]]);
  let length = 1;
  const offsets = names.map((name) => {
    const known = at.get(name);
    if (known !== undefined) return known;
    at.set(name, length);
    const bytes = Buffer.from(`${name}\0`, "latin1");
    parts.push(bytes);
    length += bytes.length;
    return length - bytes.length;
  });
  return { bytes: Buffer.concat(parts), offsets };
}

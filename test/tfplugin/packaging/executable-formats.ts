/**
 * Test-side readers of the three executable formats, written from the format specs (Mach-O
 * <mach-o/loader.h>, ELF gABI, PE/COFF), independent of postject, to check what it produced.
 */

export interface MachOSection {
  segment: string;
  section: string;
  offset: number;
  size: number;
}

export interface MachOInfo {
  cpu: "x86_64" | "arm64" | "other";
  fileType: number;
  sections: MachOSection[];
  segments: string[];
  codeSignature?: { dataoff: number; datasize: number };
}

const cstr = (b: Buffer, at: number, len: number): string => {
  const raw = b.subarray(at, at + len);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul === -1 ? len : nul).toString("latin1");
};

/** Parses a thin 64-bit little-endian Mach-O header and load commands; throws on anything else. */
export function readMachO(b: Buffer): MachOInfo {
  if (b.readUInt32LE(0) !== 0xfeedfacf) throw new Error(`not a 64-bit Mach-O (magic 0x${b.readUInt32LE(0).toString(16)})`);
  const cputype = b.readInt32LE(4);
  const cpu = cputype === 0x01000007 ? "x86_64" : cputype === 0x0100000c ? "arm64" : "other";
  const fileType = b.readUInt32LE(12);
  const ncmds = b.readUInt32LE(16);
  const sizeofcmds = b.readUInt32LE(20);
  const sections: MachOSection[] = [];
  const segments: string[] = [];
  let codeSignature: MachOInfo["codeSignature"];
  let at = 32;
  for (let i = 0; i < ncmds; i++) {
    const cmd = b.readUInt32LE(at);
    const size = b.readUInt32LE(at + 4);
    if (size < 8 || at + size > 32 + sizeofcmds) throw new Error(`load command ${i} overruns the header`);
    if (cmd === 0x19) {
      segments.push(cstr(b, at + 8, 16));
      const nsects = b.readUInt32LE(at + 64);
      for (let s = 0; s < nsects; s++) {
        const sect = at + 72 + s * 80;
        sections.push({ section: cstr(b, sect, 16), segment: cstr(b, sect + 16, 16), size: Number(b.readBigUInt64LE(sect + 40)), offset: b.readUInt32LE(sect + 48) });
      }
    } else if (cmd === 0x1d) {
      codeSignature = { dataoff: b.readUInt32LE(at + 8), datasize: b.readUInt32LE(at + 12) };
    }
    at += size;
  }
  return { cpu, fileType, sections, segments, ...(codeSignature ? { codeSignature } : {}) };
}

/** ELF machine: 62 = x86-64, 183 = AArch64. */
export function readElfMachine(b: Buffer): number {
  if (b.readUInt32BE(0) !== 0x7f454c46) throw new Error("not an ELF file");
  if (b[4] !== 2 || b[5] !== 1) throw new Error("not a 64-bit little-endian ELF file");
  return b.readUInt16LE(18);
}

/** PE machine: 0x8664 = x86-64. */
export function readPeMachine(b: Buffer): number {
  if (b.toString("latin1", 0, 2) !== "MZ") throw new Error("not a PE file (no MZ header)");
  const pe = b.readUInt32LE(0x3c);
  if (b.toString("latin1", pe, pe + 4) !== "PE\0\0") throw new Error("not a PE file (no PE signature)");
  return b.readUInt16LE(pe + 4);
}

export interface ElfSection {
  name: string;
  type: number;
  flags: bigint;
  addr: bigint;
  offset: number;
  size: number;
  link: number;
  info: number;
}

export interface ElfSegment {
  type: number;
  offset: number;
  fileSize: number;
  vaddr: bigint;
  memSize: bigint;
}

/** Section and program headers of a 64-bit little-endian ELF file (System V gABI, "Object Files"). */
export function readElf(b: Buffer): { machine: number; sections: ElfSection[]; segments: ElfSegment[]; sectionHeadersEnd: number } {
  const machine = readElfMachine(b);
  const phoff = Number(b.readBigUInt64LE(32));
  const shoff = Number(b.readBigUInt64LE(40));
  const phnum = b.readUInt16LE(56);
  const shnum = b.readUInt16LE(60);
  const shstrndx = b.readUInt16LE(62);
  const header = (i: number) => shoff + i * 64;
  const namesAt = Number(b.readBigUInt64LE(header(shstrndx) + 24));
  const sections = Array.from({ length: shnum }, (_, i) => {
    const at = header(i);
    return {
      name: cstr(b, namesAt + b.readUInt32LE(at), 256),
      type: b.readUInt32LE(at + 4),
      flags: b.readBigUInt64LE(at + 8),
      addr: b.readBigUInt64LE(at + 16),
      offset: Number(b.readBigUInt64LE(at + 24)),
      size: Number(b.readBigUInt64LE(at + 32)),
      link: b.readUInt32LE(at + 40),
      info: b.readUInt32LE(at + 44),
    };
  });
  const segments = Array.from({ length: phnum }, (_, i) => {
    const at = phoff + i * 56;
    return { type: b.readUInt32LE(at), offset: Number(b.readBigUInt64LE(at + 8)), vaddr: b.readBigUInt64LE(at + 16), fileSize: Number(b.readBigUInt64LE(at + 32)), memSize: b.readBigUInt64LE(at + 40) };
  });
  return { machine, sections, segments, sectionHeadersEnd: shoff + shnum * 64 };
}

/** PE optional header's certificate table entry (data directory 4): file offset and size, [0, 0] when absent. */
export function readPeCertificateTable(b: Buffer): [number, number] {
  const pe = b.readUInt32LE(0x3c);
  const optional = pe + 24;
  const directories = optional + (b.readUInt16LE(optional) === 0x20b ? 112 : 96);
  return [b.readUInt32LE(directories + 32), b.readUInt32LE(directories + 36)];
}

/** Writes an ELF-64 little-endian x86-64 executable's file header into `b` (gABI "ELF Header"), for files made by tests. */
export function writeElfHeader(b: Buffer, h: { phoff: number; phnum: number; shoff: number; shnum: number; shstrndx: number }): void {
  b.writeUInt32BE(0x7f454c46, 0);
  b[4] = 2; // ELFCLASS64
  b[5] = 1; // ELFDATA2LSB
  b[6] = 1; // EV_CURRENT
  b.writeUInt16LE(2, 16); // ET_EXEC
  b.writeUInt16LE(62, 18); // EM_X86_64
  b.writeUInt32LE(1, 20);
  b.writeBigUInt64LE(BigInt(h.phoff), 32);
  b.writeBigUInt64LE(BigInt(h.shoff), 40);
  b.writeUInt16LE(64, 52);
  b.writeUInt16LE(56, 54);
  b.writeUInt16LE(h.phnum, 56);
  b.writeUInt16LE(64, 58);
  b.writeUInt16LE(h.shnum, 60);
  b.writeUInt16LE(h.shstrndx, 62);
}

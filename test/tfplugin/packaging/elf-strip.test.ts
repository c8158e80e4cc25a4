/**
 * elf-strip.ts against Node's official Linux runtimes (the files it exists for), checked with the
 * test-side ELF reader (executable-formats.ts, written from the gABI, not from elf-strip.ts), and
 * against small ELF files made here with layouts it must leave alone.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { currentPlatform } from "../../../src/tfplugin";
import { stripElf } from "../../../src/tfplugin/packaging/elf-strip";
import { fetchNodeRuntime, nodeRuntimeFor } from "../../../src/tfplugin/packaging/node-runtime";
import { TEST_CACHES } from "../../provider/executable-fixture";
import { readElf, writeElfHeader, type ElfSection } from "./executable-formats";

jest.setTimeout(600_000);

const SHF_ALLOC = 0x2n;
const PT_LOAD = 1;
const allocated = (s: ElfSection) => (s.flags & SHF_ALLOC) !== 0n;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "c1tg-elf-strip-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(["linux_amd64", "linux_arm64"])("stripping Node's official %s runtime", (platform) => {
  let input: Buffer;
  let output: Buffer;
  let removed: { name: string; bytes: number }[];
  beforeAll(async () => {
    input = readFileSync(await fetchNodeRuntime(nodeRuntimeFor(platform), { cacheDir: TEST_CACHES.runtimeCacheDir }));
    ({ bytes: output, removed } = stripElf(input));
  });

  it("removes the symbol table, its strings and the debug sections, and nothing that is loaded", () => {
    const before = readElf(input);
    const after = readElf(output);
    expect(removed.map((r) => r.name)).toEqual(expect.arrayContaining([".symtab", ".strtab", ".debug_info"]));
    expect(after.sections.filter((s) => !allocated(s)).map((s) => s.name)).toEqual(["", ".shstrtab"]);
    // Every allocated section is where it was: same name, address, offset and size, in the same order.
    const key = (s: ElfSection) => `${s.name} ${s.addr} ${s.offset} ${s.size} ${s.type} ${s.flags}`;
    expect(after.sections.filter(allocated).map(key)).toEqual(before.sections.filter(allocated).map(key));
    // ...and links between them still name the same sections (.dynsym → .dynstr, .rela.plt → .got).
    const linked = (elf: ReturnType<typeof readElf>) => elf.sections.filter(allocated).map((s) => `${s.name}→${elf.sections[s.link]?.name}/${s.type === 4 ? elf.sections[s.info]?.name : s.info}`);
    expect(linked(after)).toEqual(linked(before));
    expect(after.segments).toEqual(before.segments);
    expect(output.length).toBeLessThan(input.length - 12 * 2 ** 20);
    expect(output.length).toBe(after.sectionHeadersEnd);
  });

  it("keeps the bytes of every segment the loader maps as they were published", () => {
    const loads = readElf(input).segments.filter((p) => p.type === PT_LOAD);
    expect(loads.length).toBeGreaterThan(1);
    // Every byte of every segment's file image is the published one, but for the ELF header's three
    // fields that place the section header table (the first segment maps the header too).
    const cut = Math.max(...loads.map((p) => p.offset + p.fileSize));
    const differing: number[] = [];
    for (let i = 0; i < cut; i++) if (output[i] !== input[i]) differing.push(i);
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.every((i) => (i >= 40 && i < 48) || (i >= 60 && i < 64))).toBe(true);
  });

  it("gives the same bytes every time, and leaves a stripped file as it is", () => {
    expect(stripElf(Buffer.from(input)).bytes.equals(output)).toBe(true);
    const again = stripElf(output);
    expect(again.removed).toEqual([]);
    expect(again.unchanged).toMatch(/no symbol table/);
    expect(again.bytes).toBe(output);
  });
});

// Only the host's platform can run (the other's file is checked by its layout above).
const HOST = currentPlatform();
(HOST === "linux_amd64" || HOST === "linux_arm64" ? it : it.skip)(`the stripped ${HOST} runtime runs, and names native frames in Node's report`, async () => {
  const output = stripElf(readFileSync(await fetchNodeRuntime(nodeRuntimeFor(HOST), { cacheDir: TEST_CACHES.runtimeCacheDir }))).bytes;
  const file = join(root, `node-${HOST}`);
  writeFileSync(file, output);
  chmodSync(file, 0o755);
  const out = execFileSync(file, ["-e", "console.log(process.version, new Intl.NumberFormat('de-DE').format(1234.5), require('node:crypto').createHash('sha256').update('x').digest('hex').slice(0, 8))"], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
  expect(out.trim()).toBe(`${nodeRuntimeFor(HOST).version.replace(/^v?/, "v")} 1.234,5 2d711642`);
  // Native frames in Node's diagnostic report still have names: they come from the dynamic symbols, which stay.
  const report = execFileSync(file, ["-e", "console.log(process.report.getReport().nativeStack.map((f) => f.symbol).join('\\n'))"], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
  expect(report).toContain("node::report::GetReport");
});

/** A small ELF-64 file: one PT_LOAD over the allocated sections, then the sections' bytes as listed. */
function tinyElf(sections: { name: string; type: number; flags: number; size: number; link?: number; info?: number }[], options: { namesIndex?: number } = {}): Buffer {
  const names = ["", ...sections.map((s) => s.name), ".shstrtab"];
  const nameTable = Buffer.from(`${names.join("\0")}\0`, "latin1");
  const nameOffsets = names.map((_, i) => Buffer.from(names.slice(0, i).map((n) => `${n}\0`).join(""), "latin1").length);
  let at = 64 + 56;
  const placed = sections.map((s) => {
    const offset = at;
    at += s.size;
    return { ...s, offset };
  });
  const namesAt = at;
  at += nameTable.length;
  const shoff = Math.ceil(at / 8) * 8;
  const shnum = sections.length + 2;
  const b = Buffer.alloc(shoff + shnum * 64);
  writeElfHeader(b, { phoff: 64, phnum: 1, shoff, shnum, shstrndx: options.namesIndex ?? shnum - 1 });
  const loaded = placed.filter((s) => s.flags & 2);
  const loadEnd = Math.max(120, ...loaded.map((s) => s.offset + s.size));
  b.writeUInt32LE(PT_LOAD, 64);
  b.writeBigUInt64LE(0n, 64 + 8);
  b.writeBigUInt64LE(BigInt(loadEnd), 64 + 32);
  b.writeBigUInt64LE(BigInt(loadEnd), 64 + 40);
  placed.forEach((s, i) => {
    b.fill(i + 1, s.offset, s.offset + s.size);
    const h = shoff + (i + 1) * 64;
    b.writeUInt32LE(nameOffsets[i + 1]!, h);
    b.writeUInt32LE(s.type, h + 4);
    b.writeBigUInt64LE(BigInt(s.flags), h + 8);
    b.writeBigUInt64LE(BigInt(s.offset), h + 24);
    b.writeBigUInt64LE(BigInt(s.size), h + 32);
    b.writeUInt32LE(s.link ?? 0, h + 40);
    b.writeUInt32LE(s.info ?? 0, h + 44);
  });
  nameTable.copy(b, namesAt);
  const h = shoff + (shnum - 1) * 64;
  b.writeUInt32LE(nameOffsets[shnum - 1]!, h);
  b.writeUInt32LE(3, h + 4);
  b.writeBigUInt64LE(BigInt(namesAt), h + 24);
  b.writeBigUInt64LE(BigInt(nameTable.length), h + 32);
  return b;
}

describe("layouts it leaves alone", () => {
  const PROGBITS = 1;
  const SYMTAB = 2;
  const STRTAB = 3;
  const RELA = 4;

  it("strips a small file laid out as the linker lays out Node's, keeping every link", () => {
    const input = tinyElf([
      { name: ".text", type: PROGBITS, flags: 6, size: 32 },
      { name: ".rela.text", type: RELA, flags: 2 | 0x40, size: 24, link: 0, info: 1 },
      { name: ".debug_info", type: PROGBITS, flags: 0, size: 40 },
      { name: ".symtab", type: SYMTAB, flags: 0, size: 48, link: 5 },
      { name: ".strtab", type: STRTAB, flags: 0, size: 16 },
    ]);
    const { bytes, removed } = stripElf(input);
    expect(removed).toEqual([
      { name: ".debug_info", bytes: 40 },
      { name: ".symtab", bytes: 48 },
      { name: ".strtab", bytes: 16 },
    ]);
    const elf = readElf(bytes);
    expect(elf.sections.map((s) => s.name)).toEqual(["", ".text", ".rela.text", ".shstrtab"]);
    expect(elf.sections[2]?.info).toBe(1);
    expect(bytes.subarray(0, 120 + 56).equals(Buffer.concat([input.subarray(0, 40), bytes.subarray(40, 48), input.subarray(48, 60), bytes.subarray(60, 64), input.subarray(64, 176)]))).toBe(true);
  });

  it.each([
    ["a non-allocated section before an allocated one", [{ name: ".comment", type: PROGBITS, flags: 0, size: 8 }, { name: ".text", type: PROGBITS, flags: 6, size: 32 }], {}, /lies among what is kept/],
    ["a kept section linked to one that would go", [{ name: ".text", type: PROGBITS, flags: 6, size: 32 }, { name: ".dynsym", type: 11, flags: 2, size: 24, link: 3 }, { name: ".strtab", type: STRTAB, flags: 0, size: 8 }], {}, /links to a section that would be removed/],
    ["a relocation section for one that would go", [{ name: ".text", type: PROGBITS, flags: 6, size: 32 }, { name: ".rela.x", type: RELA, flags: 2, size: 24, info: 3 }, { name: ".x", type: PROGBITS, flags: 0, size: 8 }], {}, /applies to a section that would be removed/],
    ["no section-name table", [{ name: ".text", type: PROGBITS, flags: 6, size: 32 }, { name: ".symtab", type: SYMTAB, flags: 0, size: 24 }], { namesIndex: 0 }, /no section-name table/],
  ] as const)("%s", (_, sections, options, reason) => {
    const input = tinyElf(sections.map((s) => ({ ...s })), options);
    const result = stripElf(input);
    expect(result.removed).toEqual([]);
    expect(result.unchanged).toMatch(reason);
    expect(result.bytes).toBe(input);
  });

  it("a removable section listed before a kept one in the section header table (it would renumber the kept one)", () => {
    const input = tinyElf([
      { name: ".text", type: PROGBITS, flags: 6, size: 32 },
      { name: ".data", type: PROGBITS, flags: 3, size: 16 },
      { name: ".symtab", type: SYMTAB, flags: 0, size: 24 },
    ]);
    // Swap the headers of .data (index 2) and .symtab (index 3): file order stays, table order changes.
    const shoff = Number(input.readBigUInt64LE(40));
    const data = Buffer.from(input.subarray(shoff + 2 * 64, shoff + 3 * 64));
    input.copy(input, shoff + 2 * 64, shoff + 3 * 64, shoff + 4 * 64);
    data.copy(input, shoff + 3 * 64);
    expect(readElf(input).sections.map((s) => s.name)).toEqual(["", ".text", ".symtab", ".data", ".shstrtab"]);
    const result = stripElf(input);
    expect(result.removed).toEqual([]);
    expect(result.unchanged).toMatch(/\.symtab comes before kept sections in the section header table/);
    // The same file in table order is stripped.
    expect(stripElf(tinyElf([{ name: ".text", type: PROGBITS, flags: 6, size: 32 }, { name: ".data", type: PROGBITS, flags: 3, size: 16 }, { name: ".symtab", type: SYMTAB, flags: 0, size: 24 }])).removed).toEqual([{ name: ".symtab", bytes: 24 }]);
  });

  it("a relocatable object (.o): its non-allocated sections are its relocations and symbols", () => {
    const input = tinyElf([{ name: ".text", type: PROGBITS, flags: 6, size: 32 }, { name: ".symtab", type: SYMTAB, flags: 0, size: 24 }]);
    input.writeUInt16LE(1, 16); // ET_REL
    expect(stripElf(input).unchanged).toMatch(/not an executable or shared object \(ELF type 1\)/);
  });

  it("leaves other formats, 32-bit and big-endian ELF, and truncated files as they are", () => {
    const elf = tinyElf([{ name: ".text", type: PROGBITS, flags: 6, size: 32 }, { name: ".symtab", type: SYMTAB, flags: 0, size: 24 }]);
    const macho = Buffer.from("cffaedfe0c000001", "hex");
    const elf32 = Buffer.from(elf);
    elf32[4] = 1;
    const bigEndian = Buffer.from(elf);
    bigEndian[5] = 2;
    for (const [input, reason] of [
      [macho, /not an ELF file/],
      [elf32, /not a 64-bit little-endian/],
      [bigEndian, /not a 64-bit little-endian/],
      [elf.subarray(0, 63), /not an ELF file/],
      [elf.subarray(0, elf.length - 10), /run past the end/],
    ] as const) {
      const result = stripElf(input);
      expect(result.unchanged).toMatch(reason);
      expect(result.bytes).toBe(input);
    }
  });

  it("never throws on a damaged header: any byte of the headers changed to any of several values", () => {
    const elf = tinyElf([
      { name: ".text", type: PROGBITS, flags: 6, size: 32 },
      { name: ".symtab", type: SYMTAB, flags: 0, size: 48, link: 3 },
      { name: ".strtab", type: STRTAB, flags: 0, size: 16 },
    ]);
    const shoff = Number(elf.readBigUInt64LE(40));
    const headerBytes = [...Array(120).keys(), ...Array.from({ length: elf.length - shoff }, (_, i) => shoff + i)];
    let stripped = 0;
    for (const at of headerBytes) {
      for (const value of [0x00, 0x01, 0x7f, 0x80, 0xff]) {
        const damaged = Buffer.from(elf);
        damaged[at] = value;
        const result = stripElf(damaged);
        if (result.removed.length > 0) {
          stripped++;
          // Whatever it made still parses, and keeps the loaded prefix.
          expect(() => readElf(result.bytes)).not.toThrow();
        }
      }
    }
    expect(stripped).toBeGreaterThan(0);
  });
});

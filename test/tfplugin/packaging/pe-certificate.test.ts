import { clearPeCertificateTable } from "../../../src/tfplugin/packaging/pe-certificate";
import { readPeCertificateTable } from "./executable-formats";

/** clearPeCertificateTable on hand-made PE headers: what it clears, what it leaves, and that nothing makes it throw. */

function pe(magic: 0x10b | 0x20b, certificate: [number, number], directoryCount = 16): Buffer {
  const b = Buffer.alloc(0x400);
  b.write("MZ", 0, "latin1");
  b.writeUInt32LE(0x80, 0x3c);
  b.write("PE\0\0", 0x80, "latin1");
  b.writeUInt16LE(0x8664, 0x84);
  const dataDirectories = magic === 0x20b ? 112 : 96;
  b.writeUInt16LE(dataDirectories + directoryCount * 8, 0x84 + 16); // SizeOfOptionalHeader
  const optional = 0x80 + 24;
  b.writeUInt16LE(magic, optional);
  b.writeUInt32LE(directoryCount, optional + (magic === 0x20b ? 108 : 92));
  b.writeUInt32LE(certificate[0], optional + dataDirectories + 32);
  b.writeUInt32LE(certificate[1], optional + dataDirectories + 36);
  b.writeUInt32LE(0x1234, optional + dataDirectories + 40); // directory 5, which must stay
  return b;
}

describe("clearPeCertificateTable", () => {
  it.each([["PE32+", 0x20b as const], ["PE32", 0x10b as const]])("clears the certificate table entry of a signed %s file and nothing else", (_name, magic) => {
    const input = pe(magic, [0x52f3c00, 15688]);
    const result = clearPeCertificateTable(input);
    expect(result.cleared).toBe(true);
    expect(readPeCertificateTable(result.bytes)).toEqual([0, 0]);
    const changed = [...result.bytes.keys()].filter((i) => result.bytes[i] !== input[i]);
    // The non-zero bytes of 0x052f3c00 and 15688 (0x3d48), all inside the entry's 8 bytes.
    expect(changed).toHaveLength(5);
    expect(Math.max(...changed) - Math.min(...changed)).toBeLessThan(8);
    expect(readPeCertificateTable(input)).toEqual([0x52f3c00, 15688]); // the input is not modified
  });

  it("leaves an unsigned file, a file without a certificate directory and a file that is not PE as they are", () => {
    expect(clearPeCertificateTable(pe(0x20b, [0, 0]))).toMatchObject({ cleared: false, reason: "no certificate table" });
    expect(clearPeCertificateTable(pe(0x20b, [0x1000, 8], 4))).toMatchObject({ cleared: false, reason: "the optional header has no certificate table entry" });
    expect(clearPeCertificateTable(Buffer.from("\x7fELF and more bytes than a header needs".repeat(4)))).toMatchObject({ cleared: false });
    const odd = pe(0x20b, [0x1000, 8]);
    odd.writeUInt16LE(0x107, 0x80 + 24);
    expect(clearPeCertificateTable(odd)).toMatchObject({ cleared: false, reason: "unknown optional header magic 0x107" });
  });

  it("never throws, whatever header byte is damaged, or however short the file", () => {
    const base = pe(0x20b, [0x52f3c00, 15688]);
    for (let i = 0; i < 0x80 + 24 + 160; i++) {
      for (const value of [0x00, 0xff]) {
        const damaged = Buffer.from(base);
        damaged[i] = value;
        expect(() => clearPeCertificateTable(damaged)).not.toThrow();
      }
    }
    for (let length = 0; length < 0x80 + 24 + 160; length += 7) expect(() => clearPeCertificateTable(base.subarray(0, length))).not.toThrow();
  });
});

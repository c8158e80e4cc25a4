/**
 * The certificate-table entry of an injected Windows executable, cleared. The official `node.exe`
 * is Authenticode-signed: its optional header's data directory 4 (the certificate table, a file
 * offset and a size) points at the signature appended after its sections. Injecting the blob
 * rewrites the file and moves the sections, and the entry then points into `.rsrc`: the file
 * claims a signature it does not hold, which signature tools report as a corrupt file rather than
 * an unsigned one. Any change to the file voids the signature anyway, so the entry is cleared and
 * the file is plainly unsigned, as on macOS, to be signed (signtool) before it is published.
 *
 * Layout: Microsoft's PE format reference (learn.microsoft.com/windows/win32/debug/pe-format):
 * the PE header's offset at 0x3C; "PE\0\0", the 20-byte COFF header (SizeOfOptionalHeader at
 * +16), then the optional header: magic 0x10B (PE32, NumberOfRvaAndSizes at +92, data
 * directories at +96) or 0x20B (PE32+, at +108 and +112), 8 bytes per directory.
 */

export interface PeCertificateResult {
  bytes: Buffer;
  /** Whether an entry was cleared; false with `reason` when the file is left as it was. */
  cleared: boolean;
  reason?: string;
}

const CERTIFICATE_TABLE = 4;

export function clearPeCertificateTable(input: Buffer): PeCertificateResult {
  const leave = (reason: string): PeCertificateResult => ({ bytes: input, cleared: false, reason });
  if (input.length < 0x40 || input.toString("latin1", 0, 2) !== "MZ") return leave("not a PE file (no MZ header)");
  const pe = input.readUInt32LE(0x3c);
  if (pe + 24 > input.length || input.toString("latin1", pe, pe + 4) !== "PE\0\0") return leave("not a PE file (no PE signature)");
  const optionalSize = input.readUInt16LE(pe + 4 + 16);
  const optional = pe + 24;
  if (optional + 2 > input.length) return leave("the optional header is cut short");
  const magic = input.readUInt16LE(optional);
  const layout = magic === 0x10b ? { count: 92, directories: 96 } : magic === 0x20b ? { count: 108, directories: 112 } : undefined;
  if (layout === undefined) return leave(`unknown optional header magic 0x${magic.toString(16)}`);
  if (layout.count + 4 > optionalSize || optional + layout.count + 4 > input.length) return leave("the optional header has no data directory count");
  const count = input.readUInt32LE(optional + layout.count);
  const entry = optional + layout.directories + CERTIFICATE_TABLE * 8;
  if (count <= CERTIFICATE_TABLE || layout.directories + (CERTIFICATE_TABLE + 1) * 8 > optionalSize || entry + 8 > input.length) {
    return leave("the optional header has no certificate table entry");
  }
  if (input.readUInt32LE(entry) === 0 && input.readUInt32LE(entry + 4) === 0) return { bytes: input, cleared: false, reason: "no certificate table" };
  const bytes = Buffer.from(input);
  bytes.fill(0, entry, entry + 8);
  return { bytes, cleared: true };
}

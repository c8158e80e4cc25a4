/**
 * The ELF-64 constants and field readers that elf-strip.ts and elf-icu-slim.ts share (System V
 * ABI, "Object Files": header, section header and program header layouts and values).
 */

export const ELF_MAGIC = 0x7f454c46;
export const ELFCLASS64 = 2;
export const ELFDATA2LSB = 1;
/** Sizes in bytes of the ELF-64 file header, one section header, one program header. */
export const EHDR_SIZE = 64;
export const SHDR_SIZE = 64;
export const PHDR_SIZE = 56;
export const SHT_NOBITS = 8;
export const SHN_UNDEF = 0;
export const SHN_LORESERVE = 0xff00;
export const PN_XNUM = 0xffff;

/** A 64-bit field as a number; files this size do not fit in memory anyway, so a larger value is a damaged header. */
export function safeNumber(n: bigint): number {
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}

/** `n` rounded up to a multiple of `to`. */
export function alignUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/**
 * RFC 4648 base32 (section 6: upper case, `=` padding to a multiple of 8 characters unless
 * `pad: false`). The tests' own encoder, an oracle independent of src/secret-echoes.ts; Node has
 * none built in.
 */
export function base32(bytes: Uint8Array, options: { pad?: boolean } = {}): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let out = "";
  let value = 0;
  let bits = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return options.pad === false ? out : out.padEnd(Math.ceil(out.length / 8) * 8, "=");
}

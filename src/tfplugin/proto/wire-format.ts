/**
 * The top level of a protobuf message read without a schema (protobuf.dev, "Encoding"): enough
 * to tell whether bytes are a proto3 message at all, and to read a string field of the small
 * messages go-plugin's services use, with no protobuf library (the bootstrap answers those before
 * it loads one).
 */

/** One field of a protobuf message: its number and, for a length-delimited one, its bytes. */
interface WireField {
  field: number;
  bytes?: Uint8Array;
}

/**
 * The fields of a protobuf message in wire order (protobuf.dev, "Encoding"); undefined when the
 * bytes are not protobuf wire format.
 */
function wireFields(bytes: Uint8Array): WireField[] | undefined {
  const fields: WireField[] = [];
  let i = 0;
  const varint = (): number | undefined => {
    let value = 0;
    for (let shift = 0; shift < 64; shift += 7) {
      if (i >= bytes.length) return undefined;
      const b = bytes[i++] as number;
      if (shift < 49) value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return value;
    }
    return undefined;
  };
  while (i < bytes.length) {
    const key = varint();
    if (key === undefined || key < 8) return undefined; // field number 0 is not valid
    const field = Math.floor(key / 8);
    const wireType = key % 8;
    if (wireType === 0) {
      if (varint() === undefined) return undefined;
      fields.push({ field });
    } else if (wireType === 1 || wireType === 5) {
      i += wireType === 1 ? 8 : 4;
      fields.push({ field });
    } else if (wireType === 2) {
      const length = varint();
      if (length === undefined || i + length > bytes.length) return undefined;
      fields.push({ field, bytes: bytes.subarray(i, i + length) });
      i += length;
    } else return undefined; // groups (3, 4) are not in proto3; 6 and 7 do not exist
    if (i > bytes.length) return undefined;
  }
  return fields;
}

/** Whether `bytes` parse as a protobuf message: what a message with no known fields accepts (parsers skip unknown fields). */
export function isWireFormat(bytes: Uint8Array): boolean {
  return wireFields(bytes) !== undefined;
}

/**
 * The string field `field` of a message ("" when absent: proto3's default; the last occurrence wins,
 * as in every protobuf parser); undefined when the bytes are not protobuf wire format.
 */
export function readStringField(bytes: Uint8Array, field: number): string | undefined {
  const fields = wireFields(bytes);
  if (!fields) return undefined;
  const last = fields.filter((f) => f.field === field && f.bytes).pop();
  return last?.bytes ? Buffer.from(last.bytes.buffer, last.bytes.byteOffset, last.bytes.length).toString("utf8") : "";
}

/**
 * Number handling shared by the msgpack and JSON codecs. cty numbers are
 * arbitrary-precision decimals; in TS they are a `number` when a double holds
 * them exactly, else their decimal text.
 */
const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

export function isDecimalText(text: string): boolean {
  return DECIMAL.test(text);
}

/** Decimal text → number when converting back gives the same text, else the text itself. */
export function numberFromText(text: string): number | string {
  const n = Number(text);
  return Number.isFinite(n) && String(n) === text ? n : text;
}

export function numberFromBigInt(n: bigint): number | string {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
}

const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/**
 * The msgpack form go-cty itself would write: an int when the number is an
 * integer that fits 64 bits, a float64 when it is a double, else decimal text.
 */
export function numberToWire(v: number | string): number | bigint | string {
  if (typeof v === "number") return v;
  const asNumber = numberFromText(v);
  if (typeof asNumber === "number") return asNumber;
  if (/^-?\d+$/.test(v)) {
    const big = BigInt(v);
    if (big >= INT64_MIN && big <= UINT64_MAX) return big;
  }
  return v;
}

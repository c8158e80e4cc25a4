import { decodeMsgpack, DynamicValue, encodeMsgpack, isUnknown, types, Unknown, UNKNOWN, type CtyTypeNode } from "../../../src/tfplugin/cty";
import { CtyDecodeError, CtyEncodeError } from "../../../src/tfplugin/errors";

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const bytes = (h: string): Uint8Array => new Uint8Array(Buffer.from(h.replace(/\s+/g, ""), "hex"));

describe("cty msgpack: unknown values", () => {
  it("encodes an unknown as go-cty's fixext1 d4 00 00", () => {
    expect(hex(encodeMsgpack(types.string, UNKNOWN))).toBe("d40000");
    expect(hex(encodeMsgpack(types.list(types.string), [UNKNOWN]))).toBe("91d40000");
  });

  it("decodes d4 00 00 and a zero-length ext 0 as unknown", () => {
    expect(isUnknown(decodeMsgpack(types.string, bytes("d40000")))).toBe(true);
    expect(isUnknown(decodeMsgpack(types.number, bytes("c70000")))).toBe(true);
  });

  it("decodes an ext-12 refined unknown string with its prefix and nullness", () => {
    // ext8 len 6 type 12: map{1: false, 2: "ab"} → not null, prefix "ab"
    const v = decodeMsgpack(types.string, bytes("c7 07 0c 82 01 c2 02 a2 61 62"));
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).refinements).toEqual({ notNull: true, stringPrefix: "ab" });
  });

  it("decodes number bounds and collection length refinements", () => {
    // map{3: [1, true], 4: [10, false]}
    const n = decodeMsgpack(types.number, bytes("c7 09 0c 82 03 92 01 c3 04 92 0a c2")) as Unknown;
    expect(n.refinements).toEqual({ numberMin: { value: 1, inclusive: true }, numberMax: { value: 10, inclusive: false } });
    // map{5: 2, 6: 4}
    const l = decodeMsgpack(types.list(types.string), bytes("c7 05 0c 82 05 02 06 04")) as Unknown;
    expect(l.refinements).toEqual({ lengthMin: 2, lengthMax: 4 });
  });

  it("treats any other extension code as unknown", () => {
    expect(isUnknown(decodeMsgpack(types.bool, bytes("d5 07 01 02")))).toBe(true);
  });
});

describe("cty msgpack: numbers", () => {
  it("accepts int, float64 and decimal text", () => {
    expect(decodeMsgpack(types.number, bytes("2a"))).toBe(42);
    expect(decodeMsgpack(types.number, bytes("cb 3ff8000000000000"))).toBe(1.5);
    expect(decodeMsgpack(types.number, bytes("a4 312e3235"))).toBe(1.25);
    expect(decodeMsgpack(types.number, bytes("a4 31653230"))).toBe("1e20");
  });

  it("keeps int64 values beyond 2^53 exact as text", () => {
    expect(decodeMsgpack(types.number, bytes("d3 7fffffffffffffff"))).toBe("9223372036854775807");
    expect(decodeMsgpack(types.number, bytes("d3 8000000000000000"))).toBe("-9223372036854775808");
    expect(decodeMsgpack(types.number, bytes("cf ffffffffffffffff"))).toBe("18446744073709551615");
    expect(decodeMsgpack(types.number, bytes("cf 001fffffffffffff"))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("encodes big integer text as a 64-bit int and larger values as text", () => {
    expect(hex(encodeMsgpack(types.number, "9223372036854775807"))).toBe("cf7fffffffffffffff");
    expect(hex(encodeMsgpack(types.number, "-9223372036854775808"))).toBe("d38000000000000000");
    expect(hex(encodeMsgpack(types.number, "123456789012345678901234567890"))).toBe("be" + Buffer.from("123456789012345678901234567890").toString("hex"));
    expect(hex(encodeMsgpack(types.number, 1.5))).toBe("cb3ff8000000000000");
    expect(hex(encodeMsgpack(types.number, 7))).toBe("07");
  });

  it("rejects text that is not a number", () => {
    expect(() => encodeMsgpack(types.number, "seven")).toThrow(CtyEncodeError);
  });
});

describe("cty msgpack: collections and objects", () => {
  const obj = types.object({ name: types.string, size: types.number });

  it("round-trips objects, sets, maps, tuples and null", () => {
    const type: CtyTypeNode = types.object({
      tags: types.map(types.string),
      ids: types.set(types.number),
      pair: types.tuple(types.string, types.bool),
      nothing: types.string,
    });
    const value = { tags: { a: "1", b: "2" }, ids: [3, 1, 2], pair: ["x", true], nothing: null };
    expect(decodeMsgpack(type, encodeMsgpack(type, value))).toEqual(value);
  });

  it("decodes a known byte vector of an object", () => {
    // {"name": "a", "size": 1}
    expect(decodeMsgpack(obj, bytes("82 a4 6e616d65 a1 61 a4 73697a65 01"))).toEqual({ name: "a", size: 1 });
  });

  it("fails clearly when an object attribute is missing", () => {
    const err = (() => {
      try {
        decodeMsgpack(obj, bytes("81 a4 6e616d65 a1 61"));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(CtyDecodeError);
    expect((err as Error).message).toContain("size");
    expect((err as Error).message).toContain("missing");
    expect(() => encodeMsgpack(obj, { name: "a" })).toThrow(/size.*missing/);
  });

  it("rejects attributes the schema does not have", () => {
    expect(() => encodeMsgpack(obj, { name: "a", size: 1, extra: true })).toThrow(/extra/);
  });

  it("decodes nested block shapes (list of objects, map of objects)", () => {
    const type = types.object({ rule: types.list(types.object({ port: types.number })), byName: types.map(types.object({ on: types.bool })) });
    const value = { rule: [{ port: 80 }, { port: 443 }], byName: { x: { on: true } } };
    expect(decodeMsgpack(type, encodeMsgpack(type, value))).toEqual(value);
  });

  it("reports the path of a type mismatch", () => {
    const type = types.object({ items: types.list(types.string) });
    expect(() => decodeMsgpack(type, encodeMsgpack(types.object({ items: types.list(types.number) }), { items: [1] }))).toThrow(/items\[0\]/);
  });
});

describe("cty msgpack: dynamic", () => {
  it("encodes a dynamic value as [type JSON bytes, value]", () => {
    const encoded = encodeMsgpack(types.dynamic, new DynamicValue(types.string, "hi"));
    // fixarray 2, bin8 len 8 '"string"', fixstr "hi"
    expect(hex(encoded)).toBe("92c408" + Buffer.from('"string"').toString("hex") + "a26869");
    const back = decodeMsgpack(types.dynamic, encoded) as DynamicValue;
    expect(back).toBeInstanceOf(DynamicValue);
    expect(back.type).toEqual({ kind: "string" });
    expect(back.value).toBe("hi");
  });

  it("infers a type for plain values in a dynamic slot", () => {
    const back = decodeMsgpack(types.dynamic, encodeMsgpack(types.dynamic, { a: [1, "x"] })) as DynamicValue;
    expect(back.type).toEqual({ kind: "object", attributes: { a: { kind: "tuple", elements: [{ kind: "number" }, { kind: "string" }] } } });
    expect(back.value).toEqual({ a: [1, "x"] });
  });

  it("keeps unknown and null dynamic values bare", () => {
    expect(hex(encodeMsgpack(types.dynamic, UNKNOWN))).toBe("d40000");
    expect(hex(encodeMsgpack(types.dynamic, null))).toBe("c0");
  });
});

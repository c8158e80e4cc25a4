import { decodeJson, DynamicValue, parseType, typeToJSON, types } from "../../../src/tfplugin/cty";
import { CtyTypeError } from "../../../src/tfplugin/errors";

describe("cty JSON (raw state)", () => {
  const type = types.object({ id: types.string, big: types.number, small: types.number, added: types.list(types.string) });

  it("keeps numbers a double cannot hold as exact text", () => {
    const v = decodeJson(type, '{"id":"x","big":12345678901234567890,"small":2.5,"added":null}');
    expect(v).toEqual({ id: "x", big: "12345678901234567890", small: 2.5, added: null });
  });

  it("fills attributes missing from old state with null and drops removed ones", () => {
    expect(decodeJson(type, '{"id":"x","gone":true}')).toEqual({ id: "x", big: null, small: null, added: null });
  });

  it("reads cty JSON dynamic values", () => {
    const v = decodeJson(types.object({ d: types.dynamic }), '{"d":{"value":["a"],"type":["list","string"]}}') as { d: DynamicValue };
    expect(v.d).toBeInstanceOf(DynamicValue);
    expect(v.d.value).toEqual(["a"]);
  });
});

describe("cty type JSON", () => {
  it("parses and prints every constructor", () => {
    const json = ["object", { a: ["list", "string"], b: ["set", "number"], c: ["map", "bool"], d: "dynamic", e: ["tuple", ["string", "number"]] }, ["a"]];
    expect(typeToJSON(parseType(json))).toEqual(json);
  });

  it("rejects unknown type names", () => {
    expect(() => parseType("text")).toThrow(CtyTypeError);
    expect(() => parseType(["array", "string"])).toThrow(/array/);
  });
});

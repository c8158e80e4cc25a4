export { types, parseType, parseTypeBytes, typeToJSON, typesEqual, type CtyType, type CtyTypeNode, type ValueOfType } from "./types";
export { Unknown, UNKNOWN, isUnknown, DynamicValue, isWhollyKnown, valuesEqual, type CtyValue, type Refinements } from "./values";
export { decodeMsgpack, encodeMsgpack } from "./msgpack";
export { decodeJson, decodeJsonValue, parseJsonExact } from "./json";
export { inferType } from "./infer";

import { ProviderDefinition } from "./static/tfplugin6/tfplugin6";
import { PROVIDER_RPCS, type ProviderRpcName, type ProviderRpcs } from "./messages";
import { isWireFormat } from "./wire-format";

/**
 * The tfplugin6.Provider methods as bytes in and bytes out, with the static codecs ts-proto
 * generates from proto/tfplugin6 (./static, `npm run proto`). A request decodes to the shape
 * messages.ts declares: field names as in the .proto, enums by name, 64-bit integers as numbers,
 * bytes as Buffers, every scalar and list at its default when absent, an absent message field
 * undefined. A response is completed with its defaults (ts-proto's `fromPartial`: null and
 * undefined alike) and encoded. Only @bufbuild/protobuf/wire runs: a provider process builds no
 * descriptors at start-up (protobuf-es's reflection took ~10 ms of every process that served a call).
 */
export interface ProviderMethodCodec<K extends ProviderRpcName> {
  name: K;
  /** The gRPC path, `/tfplugin6.Provider/<name>`. */
  path: string;
  /**
   * Throws on bytes that are not a request of this method: invalid wire format, or a value out of
   * range. ts-proto's decoders end a message at a field number 0 or an end-group tag (proto2
   * groups) without an error, so the request's own fields are checked first (wire-format.ts), as
   * protobuf-es and Go's protobuf check them. (Inside a nested message such a tag still ends it
   * early and the outer message reads on from there; no Go encoder, Terraform's included, writes
   * either tag in a proto3 message.)
   */
  decodeRequest(bytes: Uint8Array): ProviderRpcs[K]["req"];
  /** Throws on a response with a value of the wrong kind (e.g. an enum name that does not exist). */
  encodeResponse(response: ProviderRpcs[K]["res"]): Uint8Array;
}

/** What ts-proto generates for each message: the subset used here, typed loosely (messages.ts holds the shapes). */
interface MessageFns {
  decode(input: Uint8Array): unknown;
  encode(message: never): { finish(): Uint8Array };
  fromPartial(object: never): unknown;
}

type Methods = typeof ProviderDefinition.methods;
const byName = new Map<string, Methods[keyof Methods]>(Object.values(ProviderDefinition.methods).map((m) => [m.name, m]));

function codecOf<K extends ProviderRpcName>(name: K): ProviderMethodCodec<K> {
  const method = byName.get(name);
  if (!method) throw new Error(`tfplugin6.Provider in proto/ has no ${name}: regenerate (npm run proto) or update messages.ts`);
  const request = method.requestType as unknown as MessageFns;
  const response = method.responseType as unknown as MessageFns;
  return {
    name,
    path: `/${ProviderDefinition.fullName}/${name}`,
    decodeRequest: (bytes) => {
      if (!isWireFormat(bytes)) throw new Error("not a proto3 message (a field number 0, a group, an unknown wire type or a length past the end)");
      return request.decode(bytes) as ProviderRpcs[K]["req"];
    },
    encodeResponse: (value) => response.encode(response.fromPartial(value as never) as never).finish(),
  };
}

/** Every RPC the framework serves, by name. */
export const PROVIDER_CODECS: { readonly [K in ProviderRpcName]: ProviderMethodCodec<K> } = Object.fromEntries(PROVIDER_RPCS.map((name) => [name, codecOf(name)])) as {
  [K in ProviderRpcName]: ProviderMethodCodec<K>;
};

/** The RPC names of tfplugin6.Provider as proto/ defines them (the framework serves exactly these). */
export const PROTO_PROVIDER_RPCS: readonly string[] = [...byName.keys()];

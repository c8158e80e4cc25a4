/**
 * Just enough of HCL 1 (github.com/hashicorp/hcl v1.0.0, what Terraform 1.11 still reads its CLI
 * configuration with) to see a `provider_installation` block the way Terraform sees it.
 *
 * Parsing gives the AST of object items (keys, whether written with `=`, value), native syntax or
 * JSON. Like HCL 1 the syntax is chosen by the text, not the file name: JSON when the first
 * character that is not a space (Go's unicode.IsSpace, which a UTF-8 BOM is not) is `{`. HCL 1's
 * JSON parser is not JSON.parse (json/parser, json/scanner); the differences modelled:
 * - items are kept in order, duplicates too (Terraform then uses the first provider_installation);
 * - a comma before `}` or `]`, and a missing `}` at the end of the text, are accepted; so is a
 *   key with no value before `}` (`{"a": }`, the item is dropped);
 * - `null` is the empty string; in a list it is an error; `true`/`false` in a list are dropped;
 * - strings are unquoted with Go's rules (`\/` is an error; a quote ends one even inside `${…}`);
 *   numbers are NUMBER (integers) or FLOAT, which decode differently;
 * - anything after the root object is not read; but any scanner error before its end (an illegal
 *   word or escape) fails the file, even where the parser forgives the syntax around it.
 * JSON objects are then flattened as HCL 1 flattens them (json/parser/flatten.go), which is what
 * makes `{"provider_installation": {"direct": {}}}` an empty block to Terraform.
 *
 * Decoding follows hcl.DecodeObject (decoder.go) for the Go types Terraform decodes into: a field
 * matches keys case-insensitively; a repeated string or bool takes the last value; repeated lists
 * are concatenated; a string is a STRING, NUMBER or heredoc literal, never a list or object;
 * a []string is a list (a lone string is an error: "unknown slice type"); anything else is an error.
 */

/** The token a literal was: decoding a string accepts "string" and "number", never "float" or "bool". */
export type Hcl1LiteralType = "string" | "number" | "float" | "bool";

export type Hcl1Value = { kind: "object"; items: Hcl1Item[] } | { kind: "list"; values: Hcl1Value[] } | { kind: "literal"; type: Hcl1LiteralType; /** Unquoted string, number text, "true"/"false". */ value: string };

export interface Hcl1Item {
  keys: string[];
  /** Written `key = value` (native syntax); a block has none. */
  assign: boolean;
  value: Hcl1Value;
}

export interface Hcl1File {
  json: boolean;
  items: Hcl1Item[];
}

/** Go's unicode.IsSpace: what lexMode skips before looking for `{`. */
const GO_SPACE = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const JSON_MODE = new RegExp(`^[${GO_SPACE}]*\\{`);

/** The file's items, or undefined when it does not parse (Terraform then reads nothing from it). */
export function parseHcl1(text: string): Hcl1File | undefined {
  try {
    if (JSON_MODE.test(text)) return { json: true, items: flattenItems(new JsonParser(text).file()) };
    return { json: false, items: new NativeParser(text).file() };
  } catch {
    return undefined;
  }
}

type JsonTokenType = "string" | "number" | "float" | "bool" | "null" | "{" | "}" | "[" | "]" | "," | ":" | "eof";
type JsonToken = { type: JsonTokenType; text: string };

/** The end of the text where a key or value was due: HCL 1 ends the object there without error. */
class JsonEof extends Error {}

/** A scanner error (illegal char, bad escape): the whole parse fails, whatever the parser forgives. */
class JsonIllegal extends Error {}

/** HCL 1's JSON parser (json/parser/parser.go), by its rules rather than JSON's. */
class JsonParser {
  private at = 0;
  private last: JsonTokenType = "eof";

  constructor(private readonly text: string) {}

  file(): Hcl1Item[] {
    const first = this.scan();
    if (first.type !== "{") throw new Error("expected object");
    return this.objectBody();
  }

  /** After `{`: items until a token that is not a comma follows one. Errors right at a `}` are forgiven. */
  private objectBody(): Hcl1Item[] {
    const items: Hcl1Item[] = [];
    try {
      for (;;) {
        let item: Hcl1Item;
        try {
          item = this.item();
        } catch (e) {
          if (e instanceof JsonEof) return items;
          throw e;
        }
        items.push(item);
        if (this.scan().type !== ",") return items;
      }
    } catch (e) {
      if (this.last === "}" && !(e instanceof JsonIllegal)) return items;
      throw e;
    }
  }

  private item(): Hcl1Item {
    const keys: string[] = [];
    for (;;) {
      const token = this.scan();
      if (token.type === "eof") throw new JsonEof();
      if (token.type === "string") keys.push(token.text);
      else if (token.type === ":" && keys.length > 0) break;
      else throw new Error(`expected a key, got ${token.type}`);
    }
    return { keys, assign: false, value: this.value() };
  }

  private value(): Hcl1Value {
    const token = this.scan();
    switch (token.type) {
      case "{":
        return { kind: "object", items: this.objectBody() };
      case "[":
        return this.list();
      case "eof":
        throw new JsonEof();
      case "null":
        return { kind: "literal", type: "string", value: "" };
      case "string":
      case "number":
      case "float":
      case "bool":
        return { kind: "literal", type: token.type, value: token.text };
      default:
        throw new Error(`unexpected ${token.type}`);
    }
  }

  private list(): Hcl1Value {
    const values: Hcl1Value[] = [];
    for (;;) {
      const token = this.scan();
      if (token.type === "]") return { kind: "list", values };
      if (token.type === "string" || token.type === "number" || token.type === "float") values.push({ kind: "literal", type: token.type, value: token.text });
      else if (token.type === "{") values.push({ kind: "object", items: this.objectBody() });
      else if (token.type !== "," && token.type !== "bool" && token.type !== "[") throw new Error(`unexpected ${token.type} in a list`);
    }
  }

  /** json/scanner: an illegal character fails the whole parse (the parser checks the scanner's error). */
  private scan(): JsonToken {
    const token = this.scanToken();
    this.last = token.type;
    return token;
  }

  private scanToken(): JsonToken {
    const s = this.text;
    while (" \t\n\r".includes(s[this.at] ?? "x")) this.at++;
    const c = s[this.at];
    if (c === undefined) return { type: "eof", text: "" };
    if ("{}[],:".includes(c)) {
      this.at++;
      return { type: c as JsonTokenType, text: c };
    }
    if (c === '"') return { type: "string", text: this.scanString() };
    const word = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(s.slice(this.at))?.[0];
    if (word !== undefined) {
      this.at += word.length;
      if (word === "true" || word === "false") return { type: "bool", text: word };
      if (word === "null") return { type: "null", text: "" };
      throw new JsonIllegal(`illegal ${word}`);
    }
    const number = /^-?(\d+)(\.\d*)?([eE][-+]?\d+)?|^\.\d+([eE][-+]?\d+)?/.exec(s.slice(this.at));
    if (number) {
      this.at += number[0].length;
      const float = number[0].includes(".") || /[eE]/.test(number[0]);
      if (!float && number[1] !== undefined && number[1].length > 1 && number[1].startsWith("0")) throw new JsonIllegal("numbers cannot start with 0");
      return { type: float ? "float" : "number", text: number[0] };
    }
    throw new JsonIllegal(`illegal char ${c}`);
  }

  /** A string token, unquoted as Go's strconv.Unquote does (the scanner's escapes). */
  private scanString(): string {
    const s = this.text;
    let value = "";
    this.at++;
    for (;;) {
      const c = s[this.at++];
      if (c === undefined || c === "\n") throw new JsonIllegal("literal not terminated");
      // The scanner counts `${` braces but ends the string at any quote all the same.
      if (c === '"') return value;
      if (c !== "\\") {
        value += c;
        continue;
      }
      const e = s[this.at++] ?? "";
      const simple: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"' };
      const hex = { x: 2, u: 4, U: 8 }[e];
      if (simple[e] !== undefined) value += simple[e];
      else if (hex !== undefined) {
        const digits = s.slice(this.at, this.at + hex);
        if (!new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) throw new JsonIllegal("illegal escape");
        this.at += hex;
        value += String.fromCodePoint(Number.parseInt(digits, 16));
      } else if (/[0-7]/.test(e)) {
        const digits = e + s.slice(this.at, this.at + 2);
        if (!/^[0-7]{3}$/.test(digits)) throw new JsonIllegal("illegal escape");
        this.at += 2;
        value += String.fromCharCode(Number.parseInt(digits, 8));
      } else throw new JsonIllegal("illegal char escape");
    }
  }
}

/** HCL 1's JSON flattening: an object of objects becomes items with longer keys, a list of objects repeated items. */
function flattenItems(items: Hcl1Item[]): Hcl1Item[] {
  const out: Hcl1Item[] = [];
  const expand = (item: Hcl1Item): void => {
    const v = item.value;
    if (v.kind === "object" && v.items.length > 0 && v.items.every((sub) => sub.value.kind === "object")) {
      for (const sub of v.items) expand({ keys: [...item.keys, ...sub.keys], assign: item.assign, value: sub.value });
    } else if (v.kind === "list" && v.values.length > 0 && v.values.every((e) => e.kind === "object")) {
      for (const e of v.values) expand({ ...item, value: e });
    } else {
      out.push(item);
    }
  };
  for (const item of items) expand(item);
  return out.map((item) => ({ ...item, value: flattenValue(item.value) }));
}

function flattenValue(value: Hcl1Value): Hcl1Value {
  if (value.kind === "object") return { kind: "object", items: flattenItems(value.items) };
  if (value.kind === "list") return { kind: "list", values: value.values.map(flattenValue) };
  return value;
}

type Token = { type: "ident" | "string" | "number" | "bool" | "punct"; text: string };

class NativeParser {
  private readonly tokens: Token[];
  private at = 0;

  constructor(text: string) {
    this.tokens = tokenize(text);
  }

  file(): Hcl1Item[] {
    const items = this.items(undefined);
    if (this.at !== this.tokens.length) throw new Error("unexpected token");
    return items;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private next(): Token {
    const token = this.tokens[this.at++];
    if (!token) throw new Error("unexpected end");
    return token;
  }

  private items(close: string | undefined): Hcl1Item[] {
    const items: Hcl1Item[] = [];
    for (;;) {
      const token = this.peek();
      if (!token) {
        if (close) throw new Error("unclosed object");
        return items;
      }
      if (token.type === "punct" && token.text === close) {
        this.at++;
        return items;
      }
      if (token.type === "punct" && token.text === ",") {
        this.at++;
        continue;
      }
      const keys: string[] = [];
      while (this.peek()?.type === "ident" || this.peek()?.type === "string") keys.push(this.next().text);
      if (keys.length === 0) throw new Error("expected a key");
      const assign = this.peek()?.type === "punct" && this.peek()?.text === "=";
      if (assign) this.at++;
      const value = this.value();
      if (!assign && value.kind !== "object") throw new Error("expected = or {");
      items.push({ keys, assign, value });
    }
  }

  private value(): Hcl1Value {
    const token = this.next();
    if (token.type === "punct" && token.text === "{") return { kind: "object", items: this.items("}") };
    if (token.type === "punct" && token.text === "[") {
      const values: Hcl1Value[] = [];
      for (;;) {
        const t = this.peek();
        if (t?.type === "punct" && t.text === "]") {
          this.at++;
          return { kind: "list", values };
        }
        values.push(this.value());
        const sep = this.peek();
        if (sep?.type === "punct" && sep.text === ",") this.at++;
        else if (!(sep?.type === "punct" && sep.text === "]")) throw new Error("expected , or ]");
      }
    }
    if (token.type === "string") return { kind: "literal", type: "string", value: token.text };
    if (token.type === "number") return { kind: "literal", type: /^[-+]?(0x[0-9a-f]+|\d+)$/i.test(token.text) ? "number" : "float", value: token.text };
    if (token.type === "bool") return { kind: "literal", type: "bool", value: token.text };
    throw new Error(`unexpected ${token.text}`);
  }
}

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\" };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? "";
    // hcl/scanner's whitespace only: a BOM or a no-break space is an illegal char.
    if (" \t\n\r".includes(c)) i++;
    else if (c === "#" || text.startsWith("//", i)) i = lineEnd(text, i);
    else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) throw new Error("unclosed comment");
      i = end + 2;
    } else if ("{}[]=,".includes(c)) {
      tokens.push({ type: "punct", text: c });
      i++;
    } else if (c === '"') {
      let value = "";
      i++;
      for (;;) {
        const d = text[i];
        if (d === undefined || d === "\n") throw new Error("unclosed string");
        i++;
        if (d === '"') break;
        if (d === "\\") {
          const e = text[i++] ?? "";
          value += ESCAPES[e] ?? e;
        } else value += d;
      }
      tokens.push({ type: "string", text: value });
    } else if (text.startsWith("<<", i)) {
      // Heredoc: <<EOF or <<-EOF (indented), up to a line holding only the marker.
      const head = /^<<(-?)([A-Za-z_][\w-]*)\r?\n/.exec(text.slice(i));
      if (!head) throw new Error("bad heredoc");
      const lines: string[] = [];
      i += head[0].length;
      for (;;) {
        if (i >= text.length) throw new Error("unclosed heredoc");
        const end = lineEnd(text, i);
        const line = text.slice(i, end);
        i = end + 1;
        if ((head[1] ? line.trim() : line.replace(/\r$/, "")) === head[2]) break;
        lines.push(line);
      }
      tokens.push({ type: "string", text: lines.map((l) => `${l}\n`).join("") });
    } else {
      const word = /^[A-Za-z0-9_.+-]+/.exec(text.slice(i))?.[0];
      if (!word) throw new Error(`unexpected ${c}`);
      i += word.length;
      if (word === "true" || word === "false") tokens.push({ type: "bool", text: word });
      else if (/^[-+]?[0-9]/.test(word)) tokens.push({ type: "number", text: word });
      else if (/^[A-Za-z_]/.test(word)) tokens.push({ type: "ident", text: word });
      else throw new Error(`unexpected ${word}`);
    }
  }
  return tokens;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

/** hcl.DecodeObject's outcome: the value, or the error that makes Terraform drop what it decodes. */
export type Decoded<T> = { ok: true; value: T } | { ok: false };

const FAIL = { ok: false } as const;

/** ObjectList.Filter(name): items whose first key is `name` (case-insensitive), as values (`elems`) or, with more keys, as items without it (`children`). */
function field(items: Hcl1Item[], name: string): { elems: Hcl1Value[]; children: Hcl1Item[] } {
  const elems: Hcl1Value[] = [];
  const children: Hcl1Item[] = [];
  for (const item of items) {
    if (item.keys[0]?.toLowerCase() !== name.toLowerCase()) continue;
    if (item.keys.length === 1) elems.push(item.value);
    else children.push({ ...item, keys: item.keys.slice(1) });
  }
  return { elems, children };
}

/** decodeString: a STRING, NUMBER (its text) or heredoc literal. */
function asString(value: Hcl1Value): string | undefined {
  return value.kind === "literal" && (value.type === "string" || value.type === "number") ? value.value : undefined;
}

/** A `string` field: the last value; undefined when absent. A list, object, bool or float fails. */
export function decodeStringField(items: Hcl1Item[], name: string): Decoded<string | undefined> {
  const { elems, children } = field(items, name);
  if (children.length > 0) return FAIL;
  let out: string | undefined;
  for (const v of elems) {
    out = asString(v);
    if (out === undefined) return FAIL;
  }
  return { ok: true, value: out };
}

/** A `bool` field: only true or false (a string or number fails). */
export function decodeBoolField(items: Hcl1Item[], name: string): Decoded<boolean | undefined> {
  const { elems, children } = field(items, name);
  if (children.length > 0) return FAIL;
  let out: boolean | undefined;
  for (const v of elems) {
    if (v.kind !== "literal" || v.type !== "bool") return FAIL;
    out = v.value === "true";
  }
  return { ok: true, value: out };
}

/** A `[]string` field: lists of strings, repeats appended; a lone string fails ("unknown slice type"), an empty object adds nothing. */
export function decodeStringListField(items: Hcl1Item[], name: string): Decoded<string[] | undefined> {
  const { elems, children } = field(items, name);
  if (children.length > 0) return FAIL;
  let out: string[] | undefined;
  for (const v of elems) {
    // An object decodes as its items, and an item is never a string.
    if (v.kind === "object" && v.items.length === 0) out ??= [];
    else if (v.kind !== "list") return FAIL;
    else
      for (const e of v.values) {
        const s = asString(e);
        if (s === undefined) return FAIL;
        (out ??= []).push(s);
      }
  }
  return { ok: true, value: out };
}

/** A `map[string]string` from an object's items: one key each (more fail), a string value, a repeated key the last. */
export function decodeStringMap(items: Hcl1Item[]): Decoded<Map<string, string>> {
  const out = new Map<string, string>();
  for (const item of items) {
    const [key] = item.keys;
    if (key === undefined || item.keys.length > 1) return FAIL;
    const s = asString(item.value);
    if (s === undefined) return FAIL;
    out.set(key, s);
  }
  return { ok: true, value: out };
}

/** A map-typed field: its `name { … }` objects and `name "key" …` items must decode as maps. */
function decodeMapField(items: Hcl1Item[], name: string, entries: (items: Hcl1Item[]) => boolean): boolean {
  const { elems, children } = field(items, name);
  if (children.length > 0 && !entries(children)) return false;
  return elems.every((v) => v.kind === "object" && entries(v.items));
}

/**
 * Whether the whole file decodes into Terraform's cliconfig.Config (cliconfig.go); when it does
 * not, loadConfigFile returns before reading provider_installation, so the file adds no block.
 * Modelled: the bool and string attributes, providers/provisioners (map[string]string), and
 * host, credentials and credentials_helper as maps of objects (credentials_helper's `args` a list
 * of strings); what is inside a host's `services` or a credentials object is not checked.
 */
export function decodesAsCliConfig(items: Hcl1Item[]): boolean {
  const strings = (entries: Hcl1Item[]): boolean => decodeStringMap(entries).ok;
  // An entry with more keys decodes as the object list of them, which a struct or map accepts.
  const objects =
    (check: (body: Hcl1Item[]) => boolean = () => true) =>
    (entries: Hcl1Item[]): boolean =>
      entries.every((e) => (e.keys.length > 1 ? check([{ ...e, keys: e.keys.slice(1) }]) : e.value.kind === "object" && check(e.value.items)));
  return (
    ["disable_checkpoint", "disable_checkpoint_signature", "plugin_cache_may_break_dependency_lock_file"].every((name) => decodeBoolField(items, name).ok) &&
    decodeStringField(items, "plugin_cache_dir").ok &&
    ["providers", "provisioners"].every((name) => decodeMapField(items, name, strings)) &&
    ["host", "credentials"].every((name) => decodeMapField(items, name, objects())) &&
    decodeMapField(items, "credentials_helper", objects((body) => decodeStringListField(body, "args").ok))
  );
}

/**
 * Just enough of HCL 1 (github.com/hashicorp/hcl v1, what Terraform still reads its CLI
 * configuration with) to see a `provider_installation` block the way Terraform sees it: the AST of
 * object items (keys, whether written with `=`, value), native syntax or JSON. Like HCL 1 the
 * syntax is chosen by the text, not the file name: JSON when the first non-space character is `{`.
 * JSON objects are flattened as HCL 1 flattens them (json/parser/flatten.go), which is what makes
 * `{"provider_installation": {"direct": {}}}` an empty block to Terraform.
 */

export type Hcl1Value = { kind: "object"; items: Hcl1Item[] } | { kind: "list"; values: Hcl1Value[] } | { kind: "literal"; value: string | number | boolean };

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

/** The file's items, or undefined when it does not parse (Terraform then reads nothing from it). */
export function parseHcl1(text: string): Hcl1File | undefined {
  try {
    if (/^\s*\{/.test(text)) return { json: true, items: flattenItems(jsonItems(JSON.parse(text) as unknown)) };
    return { json: false, items: new NativeParser(text).file() };
  } catch {
    return undefined;
  }
}

function jsonValue(value: unknown): Hcl1Value {
  if (Array.isArray(value)) return { kind: "list", values: value.map(jsonValue) };
  if (value !== null && typeof value === "object") return { kind: "object", items: jsonItems(value) };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { kind: "literal", value };
  throw new Error("null in JSON");
}

function jsonItems(value: unknown): Hcl1Item[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("not an object");
  return Object.entries(value).map(([key, v]) => ({ keys: [key], assign: false, value: jsonValue(v) }));
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
    if (token.type === "string") return { kind: "literal", value: token.text };
    if (token.type === "number") return { kind: "literal", value: Number(token.text) };
    if (token.type === "bool") return { kind: "literal", value: token.text === "true" };
    throw new Error(`unexpected ${token.text}`);
  }
}

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\" };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? "";
    if (/\s/.test(c)) i++;
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

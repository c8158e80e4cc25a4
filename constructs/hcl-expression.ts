/**
 * A parser for the HCL expressions that appear in Terraform's JSON syntax (the strings of
 * cdk.tf.json are HCL templates: literal text and `${ expression }` interpolations). It
 * builds a syntax tree for data-flow questions ("can a literal reach this value?"), so it
 * keeps every construct of the language (function calls, conditionals, for expressions,
 * splats, index and attribute steps, operators, nested templates and directives) and
 * refuses what it does not understand rather than guessing.
 *
 * Grammar: https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md (Expressions, Templates)
 * and https://developer.hashicorp.com/terraform/language/syntax/json (string values are templates).
 */

export type Step = { readonly kind: "attr"; readonly name: string } | { readonly kind: "index"; readonly key: Expr } | { readonly kind: "splat" };

export type TemplatePart =
  | { readonly kind: "text"; readonly text: string }
  /** `${ e }`: the value flows into the result. */
  | { readonly kind: "interpolation"; readonly expr: Expr }
  /** `%{ if e }`: decides, does not flow. */
  | { readonly kind: "if"; readonly expr: Expr }
  /** `%{ for k, v in e }`: the collection's items flow. */
  | { readonly kind: "for"; readonly names: readonly string[]; readonly collection: Expr };

export type Expr =
  | { readonly kind: "template"; readonly parts: readonly TemplatePart[] }
  | { readonly kind: "number"; readonly text: string }
  | { readonly kind: "bool" | "null" }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "traverse"; readonly base: Expr; readonly steps: readonly Step[] }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly Expr[] }
  | { readonly kind: "conditional"; readonly test: Expr; readonly then: Expr; readonly otherwise: Expr }
  | { readonly kind: "operator"; readonly op: string; readonly operands: readonly Expr[] }
  | { readonly kind: "tuple"; readonly items: readonly Expr[] }
  | { readonly kind: "object"; readonly entries: readonly { readonly key: Expr; readonly value: Expr }[] }
  | {
      readonly kind: "for";
      readonly names: readonly string[];
      readonly collection: Expr;
      readonly key: Expr | undefined;
      readonly value: Expr;
      readonly condition: Expr | undefined;
    };

/** An expression this parser cannot read; callers treat it as unsafe, never as clean. */
export class HclSyntaxError extends Error {
  constructor(readonly offset: number, what: string) {
    super(`${what} at offset ${offset}`);
  }
}

/** Parses a JSON-syntax string value (a bare template: no quotes, `$${` and `%%{` escapes). */
export function parseJsonTemplate(source: string): Expr {
  return new Parser(source).template(null);
}

const BINARY: Record<string, number> = { "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6 };
const OPERATORS = ["...", "=>", "==", "!=", "<=", ">=", "&&", "||", "::", "+", "-", "*", "/", "%", "<", ">", "!", "?", ":", "=", "(", ")", "[", "]", "{", "}", ",", "."];
const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_-]/;
const MAX_DEPTH = 200;

class Parser {
  pos = 0;
  #depth = 0;
  constructor(private readonly src: string) {}

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  skipSpace(): void {
    for (;;) {
      const c = this.src[this.pos];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") this.pos += 1;
      else if (c === "#" || this.src.startsWith("//", this.pos)) {
        while (!this.atEnd() && this.src[this.pos] !== "\n") this.pos += 1;
      } else if (this.src.startsWith("/*", this.pos)) {
        const end = this.src.indexOf("*/", this.pos + 2);
        if (end < 0) throw new HclSyntaxError(this.pos, "unterminated comment");
        this.pos = end + 2;
      } else return;
    }
  }

  #peekOp(): string | undefined {
    this.skipSpace();
    return OPERATORS.find((op) => this.src.startsWith(op, this.pos));
  }

  #eat(op: string): boolean {
    if (this.#peekOp() !== op) return false;
    this.pos += op.length;
    return true;
  }

  #expect(op: string): void {
    if (!this.#eat(op)) throw new HclSyntaxError(this.pos, `expected "${op}"`);
  }

  #identifier(): string | undefined {
    this.skipSpace();
    if (!IDENT_START.test(this.src[this.pos] ?? "")) return undefined;
    const start = this.pos;
    while (IDENT_PART.test(this.src[this.pos] ?? "")) this.pos += 1;
    return this.src.slice(start, this.pos);
  }

  #keyword(word: string): boolean {
    this.skipSpace();
    const save = this.pos;
    if (this.#identifier() === word) return true;
    this.pos = save;
    return false;
  }

  expression(): Expr {
    if (++this.#depth > MAX_DEPTH) throw new HclSyntaxError(this.pos, "expression nested too deeply");
    try {
      const test = this.#binary(1);
      if (!this.#eat("?")) return test;
      const then = this.expression();
      this.#expect(":");
      const otherwise = this.expression();
      return { kind: "conditional", test, then, otherwise };
    } finally {
      this.#depth -= 1;
    }
  }

  #binary(minPrecedence: number): Expr {
    let left = this.#unary();
    for (;;) {
      const op = this.#peekOp();
      const precedence = op === undefined ? undefined : BINARY[op];
      if (op === undefined || precedence === undefined || precedence < minPrecedence) return left;
      this.pos += op.length;
      const right = this.#binary(precedence + 1);
      left = { kind: "operator", op, operands: [left, right] };
    }
  }

  #unary(): Expr {
    const op = this.#peekOp();
    if (op === "!" || op === "-") {
      this.pos += 1;
      return { kind: "operator", op, operands: [this.#unary()] };
    }
    return this.#postfix(this.#primary());
  }

  #postfix(base: Expr): Expr {
    const steps: Step[] = [];
    for (;;) {
      const op = this.#peekOp();
      if (op === ".") {
        this.pos += 1;
        this.skipSpace();
        if (this.src[this.pos] === "*") {
          this.pos += 1;
          steps.push({ kind: "splat" });
          continue;
        }
        const digits = /^[0-9]+/.exec(this.src.slice(this.pos));
        if (digits) {
          this.pos += digits[0].length;
          steps.push({ kind: "index", key: { kind: "number", text: digits[0] } });
          continue;
        }
        const name = this.#identifier();
        if (name === undefined) throw new HclSyntaxError(this.pos, "expected an attribute name");
        steps.push({ kind: "attr", name });
      } else if (op === "[") {
        this.pos += 1;
        this.skipSpace();
        if (this.src[this.pos] === "*") {
          this.pos += 1;
          this.#expect("]");
          steps.push({ kind: "splat" });
          continue;
        }
        steps.push({ kind: "index", key: this.expression() });
        this.#expect("]");
      } else break;
    }
    return steps.length === 0 ? base : { kind: "traverse", base, steps };
  }

  #primary(): Expr {
    this.skipSpace();
    const c = this.src[this.pos];
    if (c === undefined) throw new HclSyntaxError(this.pos, "expected an expression");
    if (c === '"') {
      this.pos += 1;
      return this.template('"');
    }
    if (this.src.startsWith("<<", this.pos)) return this.#heredoc();
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.src.slice(this.pos)) as RegExpExecArray;
      this.pos += m[0].length;
      return { kind: "number", text: m[0] };
    }
    if (this.#eat("(")) {
      const inner = this.expression();
      this.#expect(")");
      return inner;
    }
    if (this.#eat("[")) return this.#tupleOrFor();
    if (this.#eat("{")) return this.#objectOrFor();
    const name = this.#identifier();
    if (name === undefined) throw new HclSyntaxError(this.pos, `unexpected character ${JSON.stringify(c)}`);
    if (name === "true" || name === "false") return { kind: "bool" };
    if (name === "null") return { kind: "null" };
    let callee = name;
    while (this.src.startsWith("::", this.pos)) {
      this.pos += 2;
      const part = this.#identifier();
      if (part === undefined) throw new HclSyntaxError(this.pos, "expected a function name after ::");
      callee += `::${part}`;
    }
    if (this.#peekOp() === "(") {
      this.pos += 1;
      const args: Expr[] = [];
      while (!this.#eat(")")) {
        args.push(this.expression());
        this.#eat("...");
        if (!this.#eat(",")) {
          this.#expect(")");
          break;
        }
      }
      return { kind: "call", name: callee, args };
    }
    if (callee !== name) throw new HclSyntaxError(this.pos, "expected a call after a namespaced name");
    return { kind: "name", name };
  }

  /** `k, v in collection` of a for expression or directive. */
  #forBinding(): { names: string[]; collection: Expr } {
    const names: string[] = [];
    do {
      const n = this.#identifier();
      if (n === undefined) throw new HclSyntaxError(this.pos, "expected a for variable");
      names.push(n);
    } while (this.#eat(","));
    if (!this.#keyword("in")) throw new HclSyntaxError(this.pos, 'expected "in"');
    return { names, collection: this.expression() };
  }

  #forHead(): { names: string[]; collection: Expr } {
    const binding = this.#forBinding();
    this.#expect(":");
    return binding;
  }

  #tupleOrFor(): Expr {
    if (this.#keyword("for")) {
      const { names, collection } = this.#forHead();
      const value = this.expression();
      const condition = this.#keyword("if") ? this.expression() : undefined;
      this.#expect("]");
      return { kind: "for", names, collection, key: undefined, value, condition };
    }
    const items: Expr[] = [];
    while (!this.#eat("]")) {
      items.push(this.expression());
      if (!this.#eat(",")) {
        this.#expect("]");
        break;
      }
    }
    return { kind: "tuple", items };
  }

  #objectOrFor(): Expr {
    if (this.#keyword("for")) {
      const { names, collection } = this.#forHead();
      const key = this.expression();
      this.#expect("=>");
      const value = this.expression();
      this.#eat("...");
      const condition = this.#keyword("if") ? this.expression() : undefined;
      this.#expect("}");
      return { kind: "for", names, collection, key, value, condition };
    }
    const entries: { key: Expr; value: Expr }[] = [];
    while (!this.#eat("}")) {
      const key = this.expression();
      // A bare identifier key is the string of its name.
      const literalKey: Expr = key.kind === "name" ? { kind: "template", parts: [{ kind: "text", text: key.name }] } : key;
      if (!this.#eat("=")) this.#expect(":");
      entries.push({ key: literalKey, value: this.expression() });
      this.#eat(",");
    }
    return { kind: "object", entries };
  }

  #heredoc(): Expr {
    const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(this.src.slice(this.pos));
    if (!m) throw new HclSyntaxError(this.pos, "malformed heredoc");
    this.pos += m[0].length;
    const marker = m[2] as string;
    const end = new RegExp(`(^|\\n)[ \\t]*${marker}(?=\\r?\\n|$|[\\s)\\]},])`).exec(this.src.slice(this.pos));
    if (!end) throw new HclSyntaxError(this.pos, "unterminated heredoc");
    const body = this.src.slice(this.pos, this.pos + end.index);
    this.pos += end.index + end[0].length;
    return new Parser(body).template(null);
  }

  /** Template text up to `close` (a quote) or the end of input (JSON-syntax strings, heredoc bodies). */
  template(close: '"' | null): Expr {
    const parts: TemplatePart[] = [];
    let text = "";
    const flush = (): void => {
      if (text !== "") parts.push({ kind: "text", text });
      text = "";
    };
    for (;;) {
      if (this.atEnd()) {
        if (close !== null) throw new HclSyntaxError(this.pos, "unterminated string");
        break;
      }
      const c = this.src[this.pos] as string;
      if (close !== null && c === close) {
        this.pos += 1;
        break;
      }
      if (this.src.startsWith("$${", this.pos) || this.src.startsWith("%%{", this.pos)) {
        text += this.src.slice(this.pos + 1, this.pos + 3);
        this.pos += 3;
        continue;
      }
      if (this.src.startsWith("${", this.pos)) {
        flush();
        this.pos += 2;
        this.#eat("~");
        parts.push({ kind: "interpolation", expr: this.expression() });
        this.#closeTemplateSequence();
        continue;
      }
      if (this.src.startsWith("%{", this.pos)) {
        flush();
        this.pos += 2;
        this.#eat("~");
        if (this.#keyword("if")) parts.push({ kind: "if", expr: this.expression() });
        else if (this.#keyword("for")) parts.push({ kind: "for", ...this.#forBinding() });
        else if (!(this.#keyword("else") || this.#keyword("endif") || this.#keyword("endfor"))) {
          throw new HclSyntaxError(this.pos, "unknown template directive");
        }
        this.#closeTemplateSequence();
        continue;
      }
      if (close !== null && c === "\\") {
        const escaped = this.#escape();
        text += escaped;
        continue;
      }
      text += c;
      this.pos += 1;
    }
    flush();
    return { kind: "template", parts };
  }

  #closeTemplateSequence(): void {
    this.#eat("~");
    this.#expect("}");
  }

  #escape(): string {
    const next = this.src[this.pos + 1];
    const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
    if (next !== undefined && next in simple) {
      this.pos += 2;
      return simple[next] as string;
    }
    const unicode = /^\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/.exec(this.src.slice(this.pos));
    if (unicode) {
      this.pos += unicode[0].length;
      return String.fromCodePoint(Number.parseInt((unicode[1] as string).slice(1), 16));
    }
    throw new HclSyntaxError(this.pos, "unknown escape sequence");
  }
}

/**
 * Where a secret prop's value comes from, followed through the stack: a token that resolves
 * to `${var.x}` or `${local.y}` can still carry a literal into cdk.tf.json (a variable's
 * `default`, a local's expression). Returns where literal content reaches the value, never
 * the content itself, so a message can name the route without repeating the secret.
 */
import type { IConstruct } from "constructs";
import { DefaultTokenResolver, StringConcat, TerraformLocal, TerraformStack, TerraformVariable, Tokenization } from "./core";

type Part = { readonly kind: "text"; readonly text: string } | { readonly kind: "expression"; readonly text: string };

/** Splits a resolved string into literal text and `${...}` interpolations (HCL template syntax, `$${` escapes). */
export function splitTemplate(value: string): Part[] {
  const parts: Part[] = [];
  let text = "";
  let i = 0;
  while (i < value.length) {
    if (value.startsWith("$${", i)) {
      text += "${";
      i += 3;
      continue;
    }
    if (!value.startsWith("${", i)) {
      text += value[i];
      i += 1;
      continue;
    }
    if (text !== "") parts.push({ kind: "text", text });
    text = "";
    // Scan to the matching brace, skipping string literals (which may hold braces).
    let depth = 1;
    let j = i + 2;
    let inString = false;
    for (; j < value.length && depth > 0; j++) {
      const c = value[j];
      if (inString) {
        if (c === "\\") j += 1;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === "{") depth += 1;
      else if (c === "}") depth -= 1;
    }
    parts.push({ kind: "expression", text: value.slice(i + 2, j - 1) });
    i = j;
  }
  if (text !== "") parts.push({ kind: "text", text });
  return parts;
}

/** An expression with its string literals blanked, so references are searched in code only. */
const withoutStrings = (expression: string): string => expression.replace(/"(?:[^"\\]|\\.)*"/g, '""');

function findNamed<T extends TerraformVariable | TerraformLocal>(stack: TerraformStack, type: abstract new (...args: never[]) => T, name: string): T | undefined {
  return stack.node.findAll().find((c): c is T => c instanceof type && c.friendlyUniqueId === name);
}

/**
 * The routes by which literal content reaches `value` (empty when it comes only from
 * variables without a default, data sources or resources): e.g. `variable "key" has a default value`.
 */
export function literalSources(scope: IConstruct, value: unknown): string[] {
  const stack = TerraformStack.of(scope);
  const resolve = (v: unknown): unknown => Tokenization.resolve(v, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()), preparing: false });
  const found: string[] = [];
  const seenLocals = new Set<string>();

  const visit = (resolved: unknown, where: string): void => {
    if (resolved === null || resolved === undefined) return;
    if (typeof resolved !== "string") {
      found.push(`${where} is a literal value`);
      return;
    }
    for (const part of splitTemplate(resolved)) {
      if (part.kind === "text") {
        if (part.text.trim() !== "") found.push(`${where} contains literal text`);
        continue;
      }
      const code = withoutStrings(part.text);
      // No traversal (var.x, local.y, data.a.b.c, type.name.attr): computed from constants only.
      if (!/[A-Za-z_][\w-]*\.[A-Za-z_]/.test(code)) {
        found.push(`${where} is computed from constants only`);
        continue;
      }
      for (const m of code.matchAll(/\b(var|local)\.([A-Za-z_][\w-]*)/g)) {
        const name = m[2] as string;
        if (m[1] === "var") {
          const variable = findNamed(stack, TerraformVariable, name);
          if (variable && variable.default !== undefined && variable.default !== null) found.push(`variable "${name}" has a default value`);
        } else if (!seenLocals.has(name)) {
          seenLocals.add(name);
          const local = findNamed(stack, TerraformLocal, name);
          // `expression` reads back as a reference to the local itself; its synthesized form holds the value.
          if (local) visit(resolve((local.toTerraform() as { locals: Record<string, unknown> }).locals[name]), `local "${name}"`);
        }
      }
    }
  };

  visit(resolve(value), "the value");
  return [...new Set(found)];
}

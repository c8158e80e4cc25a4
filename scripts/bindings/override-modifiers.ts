/**
 * The one edit made to the generator's output: TypeScript `override` modifiers on the members
 * that override a member of the CDK core's base classes (`synthesizeAttributes`, a provider's
 * `alias`, the parameter properties of `ComplexList` subclasses, ...). `cdktf get` writes code
 * for projects without `noImplicitOverride`; ours has it. `override` is erased when compiling,
 * so the JavaScript is byte-for-byte the generator's (test/constructs/bindings-generated.test.ts
 * proves it by transpiling both).
 *
 * Which members override is read from the core's own declaration files (parsed, not
 * type-checked: fast), so a new kind of override in a future schema needs no edit here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";

/** Class name → every member name it declares or inherits (within the core's declarations). */
export type CoreClassMembers = ReadonlyMap<string, ReadonlySet<string>>;

function declarationFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? declarationFiles(path) : name.endsWith(".d.ts") ? [path] : [];
  });
}

function memberName(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  return name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

function baseClassName(node: ts.ClassDeclaration): string | undefined {
  const heritage = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!heritage) return undefined;
  // `cdktf.ComplexList` or `ComplexList`: the last name is the class.
  return ts.isPropertyAccessExpression(heritage) ? heritage.name.text : ts.isIdentifier(heritage) ? heritage.text : undefined;
}

/** Member names (including parameter properties) declared directly by a class. */
function ownMembers(node: ts.ClassDeclaration): string[] {
  const names: string[] = [];
  for (const member of node.members) {
    if (ts.isConstructorDeclaration(member)) {
      for (const p of member.parameters) if (ts.getModifiers(p)?.length) names.push(memberName(p.name) ?? "");
    } else {
      const name = memberName(member.name);
      if (name !== undefined) names.push(name);
    }
  }
  return names.filter((n) => n !== "");
}

/**
 * The `lib/` folder of the cdktf package the generator writes for: found on disk, not through
 * `require.resolve`, so a module alias (jest's cdktn project maps cdktf to cdktn) cannot swap it.
 */
function cdktfLibDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", "cdktf", "lib");
    if (existsSync(join(candidate, "index.d.ts"))) return candidate;
    if (dirname(dir) === dir) throw new Error("cdktf is not installed: the generated bindings are written for it (npm ci)");
  }
}

/** Reads the class hierarchy of the CDK core from its declaration files. */
export function readCoreClassMembers(libDir: string = cdktfLibDir()): CoreClassMembers {
  const own = new Map<string, { base: string | undefined; members: string[] }>();
  for (const file of declarationFiles(libDir)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, false);
    source.forEachChild((node) => {
      if (ts.isClassDeclaration(node) && node.name) own.set(node.name.text, { base: baseClassName(node), members: ownMembers(node) });
    });
  }
  const resolved = new Map<string, Set<string>>();
  const resolve = (name: string, seen: Set<string>): Set<string> => {
    const done = resolved.get(name);
    if (done) return done;
    const entry = own.get(name);
    const members = new Set(entry?.members ?? []);
    if (entry?.base && !seen.has(entry.base)) for (const m of resolve(entry.base, new Set([...seen, name]))) members.add(m);
    resolved.set(name, members);
    return members;
  };
  for (const name of own.keys()) resolve(name, new Set());
  return resolved;
}

const ACCESS_OR_STATIC = new Set([ts.SyntaxKind.PublicKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.StaticKeyword]);

/** Where `override ` goes: after accessibility and `static`, before `readonly`/`get`/the name. */
function insertionPoint(node: ts.Node, source: ts.SourceFile): number {
  const modifiers = ts.canHaveModifiers(node) ? ts.getModifiers(node) ?? [] : [];
  if (modifiers.some((m) => m.kind === ts.SyntaxKind.OverrideKeyword)) return -1;
  const lead = modifiers.filter((m) => ACCESS_OR_STATIC.has(m.kind));
  const last = lead[lead.length - 1];
  return last ? last.getEnd() + 1 : node.getStart(source);
}

/** Adds `override` to every member of a generated class that overrides a member of its core base class. */
export function addOverrideModifiers(fileName: string, text: string, core: CoreClassMembers): string {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const inserts: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node)) {
      const base = baseClassName(node);
      const inherited = base ? core.get(base) : undefined;
      if (inherited) {
        for (const member of node.members) {
          if (ts.isConstructorDeclaration(member)) {
            for (const p of member.parameters) {
              const name = memberName(p.name);
              if (ts.getModifiers(p)?.length && name && inherited.has(name)) inserts.push(insertionPoint(p, source));
            }
          } else if (!ts.isIndexSignatureDeclaration(member) && !ts.isClassStaticBlockDeclaration(member)) {
            const name = memberName(member.name);
            const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) : undefined;
            const isStatic = modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false;
            if (name && !isStatic && inherited.has(name)) inserts.push(insertionPoint(member, source));
          }
        }
      }
    }
    node.forEachChild(visit);
  };
  visit(source);
  let out = text;
  for (const at of [...new Set(inserts)].filter((i) => i >= 0).sort((a, b) => b - a)) out = `${out.slice(0, at)}override ${out.slice(at)}`;
  return out;
}

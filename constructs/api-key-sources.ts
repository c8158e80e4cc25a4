/**
 * Can a literal reach the API key? Judged on the SYNTHESIZED configuration (what lands in
 * cdk.tf.json, overrides included), not on construct objects: the key's expression is parsed
 * (constructs/hcl-expression.ts) and every value that can flow into it is followed —
 * variables (their final `default`), locals, resource and data source attributes, module
 * outputs, cross-stack outputs (another stack's cdk.tf.json), function arguments, conditional
 * branches, template text.
 *
 * The rule (docs/security.md §1): the key may only come from places that hold no literal in
 * the configuration — a variable without a default (set with TF_VAR_* or a .tfvars file kept
 * out of the repository), or an attribute Terraform reads at plan time (a secret store's data
 * source). A non-blank string literal that can flow into the value is a route, whatever wraps
 * it. What decides but does not flow is not followed: a conditional's test, an index or a
 * lookup key, `replace`'s pattern, `split`'s separator, functions that answer a bool, number
 * or length. A resource or data source attribute carries its own argument of the same name
 * (Terraform reads configured arguments back); beyond that, only a type known to this check is
 * trusted to keep its other arguments out of its attributes — the pass-through types (their
 * listed inputs flow, terraform_data input → output, terraform_remote_state defaults → outputs,
 * …) and the lookup data sources (a secret store's value read by name: the name does not flow).
 * Any other type's attributes may carry ANY of its arguments (random_id prefix → hex,
 * random_shuffle input → result): unknown is followed, as a module output carries any input.
 * What cannot be parsed is a route too ("cannot be followed"): unknown is not clean.
 *
 * Returns where literal content reaches the value, never the content itself, so a message can
 * name the route without repeating the secret.
 */
import type { IConstruct } from "constructs";
import { App, DefaultTokenResolver, StringConcat, TerraformStack, Tokenization } from "./core";
import { type Expr, HclSyntaxError, parseJsonTemplate, type Step, type TemplatePart } from "./hcl-expression";

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

/** One stack's synthesized configuration, by the stack's construct path (its folder under cdktf.out/stacks). */
export interface SynthesizedStack {
  readonly path: string;
  readonly config: JsonObject;
}

/**
 * Types whose attributes carry, beyond the same-named argument, exactly the listed inputs (an
 * empty map: none). For any type not here nor a lookup data source, every argument may flow.
 */
const PASS_THROUGH: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  terraform_data: { output: ["input"] },
  // `outputs` is also followed per output name (defaults.<name>) and across cdktf stacks: #remoteState.
  terraform_remote_state: { outputs: ["defaults"] },
  null_resource: {},
  null_data_source: { outputs: ["inputs"], random: [] },
  template_file: { rendered: ["template", "vars"] },
  external: { result: ["program", "query"] },
  local_file: { content_base64: ["content", "sensitive_content", "content_base64"], content: ["content", "sensitive_content", "content_base64"] },
  local_sensitive_file: { content_base64: ["content", "content_base64"], content: ["content", "content_base64"] },
};

/**
 * Data sources that read a value kept outside the configuration by its name or path (a secret
 * store, a parameter store, another workspace's outputs, a file, an encrypted document): their
 * arguments select the value and do not flow into it. Only DATA sources: a resource of the same
 * family writes its arguments into the store, and reading them back is a route.
 * By name: any data source type with a `secret`/`secrets`/`parameter`/`parameters` word
 * (aws_secretsmanager_secret_version, aws_ssm_parameter, google_secret_manager_secret_version,
 * azurerm_key_vault_secret, vault_generic_secret, vault_kv_secret_v2, kubernetes_secret_v1,
 * doppler_secrets, infisical_secrets, hcp_vault_secrets_secret, aws_kms_secrets, …).
 */
const LOOKUP_DATA_SOURCES = new Set(["onepassword_item", "tfe_outputs", "sops_file", "sops_external", "local_file", "local_sensitive_file", "bitwarden_item_login"]);
const LOOKUP_DATA_SOURCE_WORD = /(?:^|_)(?:secrets?|parameters?)(?:_|$)/;

/** Blocks whose attributes an expression reads: `ephemeral` (Terraform ≥ 1.10) reads like a data source. */
type BlockKind = "resource" | "data" | "ephemeral";

/** Does reading `type`'s attributes carry only the same-named argument and PASS_THROUGH's inputs? */
function knownType(kind: BlockKind, type: string): boolean {
  return type in PASS_THROUGH || (kind !== "resource" && (LOOKUP_DATA_SOURCES.has(type) || LOOKUP_DATA_SOURCE_WORD.test(type)));
}

/**
 * Block arguments that configure Terraform itself and never flow into an attribute
 * (https://developer.hashicorp.com/terraform/language/meta-arguments; "//" is cdktf's comment key).
 * `source` and `version` are meta-arguments of a module only: on a resource they are its own.
 */
const META_ARGUMENTS = new Set(["provider", "depends_on", "lifecycle", "count", "for_each", "connection", "provisioner", "//"]);
const MODULE_META_ARGUMENTS = new Set([...META_ARGUMENTS, "providers", "source", "version"]);

/**
 * For each function, which argument positions flow into its result; absent functions: all
 * do (unknown is followed). An empty list: the result is a bool, number or structure that
 * holds none of its arguments' text.
 */
const FLOWING_ARGUMENTS: Readonly<Record<string, readonly number[]>> = {
  lookup: [0, 2],
  element: [0],
  replace: [0, 2],
  regex_replace: [0, 2],
  substr: [0],
  split: [1],
  regex: [1],
  regexall: [1],
  slice: [0],
  trim: [0],
  trimprefix: [0],
  trimsuffix: [0],
  index: [],
  length: [],
  contains: [],
  can: [],
  startswith: [],
  endswith: [],
  strcontains: [],
  alltrue: [],
  anytrue: [],
  signum: [],
  // The file's content is not in cdk.tf.json; its path is not the key.
  file: [],
  filebase64: [],
  fileexists: [],
  fileset: [],
  templatefile: [1],
  uuid: [],
  timestamp: [],
};

interface Scope {
  readonly stack: SynthesizedStack;
  /** Names bound by enclosing for expressions (their items were followed with the collection). */
  readonly bound: ReadonlySet<string>;
  /** The block whose arguments are being read (for `each.*`, `self.*`). */
  readonly block: JsonObject | undefined;
}

const isObject = (v: Json | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const child = (v: Json | undefined, key: string): Json | undefined => (isObject(v) ? v[key] : undefined);

/** Follows values through the app's synthesized stacks and collects literal routes. */
class LiteralRoutes {
  readonly routes = new Set<string>();
  readonly #visited = new Set<string>();

  constructor(
    private readonly home: SynthesizedStack,
    private readonly stacks: readonly SynthesizedStack[],
  ) {}

  #where(scope: Scope, what: string): string {
    return scope.stack === this.home ? what : `${what} of stack "${scope.stack.path}"`;
  }

  /** Once per (stack, thing): cycles and diamonds are followed once. */
  #first(scope: Scope, id: string): boolean {
    const key = `${scope.stack.path}\u0000${id}`;
    if (this.#visited.has(key)) return false;
    this.#visited.add(key);
    return true;
  }

  /** A JSON-syntax value read as an expression: strings are templates, containers hold expressions. */
  value(value: Json | undefined, where: string, scope: Scope, withKeys = false): void {
    if (typeof value === "string") {
      let parsed: Expr;
      try {
        parsed = parseJsonTemplate(value);
      } catch (err) {
        if (!(err instanceof HclSyntaxError)) throw err;
        this.routes.add(`${where} cannot be followed (not an expression this check reads)`);
        return;
      }
      this.expr(parsed, where, scope, withKeys);
    } else if (Array.isArray(value)) {
      for (const item of value) this.value(item, where, scope, withKeys);
    } else if (isObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (withKeys && k.trim() !== "") this.routes.add(`${where} has a literal key`);
        this.value(v, where, scope, withKeys);
      }
    }
  }

  /** A literal value (a variable's default): any non-blank string in it is a route. */
  #literal(value: Json | undefined, route: string): void {
    const holds = (v: Json | undefined): boolean =>
      typeof v === "string" ? v.trim() !== "" : Array.isArray(v) ? v.some(holds) : isObject(v) ? Object.entries(v).some(([k, x]) => k.trim() !== "" || holds(x)) : typeof v === "number";
    if (holds(value)) this.routes.add(route);
  }

  expr(e: Expr, where: string, scope: Scope, withKeys = false): void {
    switch (e.kind) {
      case "template":
        for (const part of e.parts) this.#part(part, where, scope);
        return;
      case "number":
      case "bool":
      case "null":
        return;
      case "name":
        this.#reference(e.name, [], where, scope, withKeys);
        return;
      case "traverse":
        if (e.base.kind === "name") this.#reference(e.base.name, e.steps, where, scope, withKeys);
        else this.expr(e.base, where, scope, withKeys);
        return;
      case "call": {
        if (e.name === "format" || e.name === "formatlist") {
          // The format string's verbs are replaced by the other arguments; its other text flows.
          const [spec, ...rest] = e.args;
          if (spec !== undefined) this.#formatSpec(spec, where, scope);
          for (const arg of rest) this.expr(arg, where, scope, withKeys);
          return;
        }
        const flowing = FLOWING_ARGUMENTS[e.name.replace(/^provider::.*::/, "")];
        // keys(), for expressions over maps, zipmap's first list: map keys become values.
        const keysFlow = e.name === "keys" || e.name === "zipmap";
        e.args.forEach((arg, i) => {
          if (flowing === undefined || flowing.includes(i)) this.expr(arg, where, scope, withKeys || keysFlow);
        });
        return;
      }
      case "conditional":
        this.expr(e.then, where, scope, withKeys);
        this.expr(e.otherwise, where, scope, withKeys);
        return;
      case "operator":
        // Comparisons and logic answer a bool; arithmetic a number from its operands.
        if (["+", "-", "*", "/", "%"].includes(e.op)) for (const o of e.operands) this.expr(o, where, scope, withKeys);
        return;
      case "tuple":
        for (const item of e.items) this.expr(item, where, scope, withKeys);
        return;
      case "object":
        for (const entry of e.entries) {
          if (withKeys) this.expr(entry.key, where, scope, withKeys);
          this.expr(entry.value, where, scope, withKeys);
        }
        return;
      case "for": {
        this.expr(e.collection, where, scope, true);
        const inner: Scope = { ...scope, bound: new Set([...scope.bound, ...e.names]) };
        if (e.key !== undefined) this.expr(e.key, where, inner, withKeys);
        this.expr(e.value, where, inner, withKeys);
        return;
      }
    }
  }

  #formatSpec(spec: Expr, where: string, scope: Scope): void {
    if (spec.kind !== "template") return this.expr(spec, where, scope);
    for (const part of spec.parts) {
      if (part.kind === "text") {
        // https://developer.hashicorp.com/terraform/language/functions/format: %[flags][width][.precision]verb, %% is a percent sign.
        if (part.text.replace(/%(?:\[\d+\])?[-+# 0]*\d*(?:\.\d+)?[a-zA-Z]/g, "").trim() !== "") this.routes.add(`${where} contains literal text`);
      } else this.#part(part, where, scope);
    }
  }

  #part(part: TemplatePart, where: string, scope: Scope): void {
    if (part.kind === "text") {
      if (part.text.trim() !== "") this.routes.add(`${where} contains literal text`);
    } else if (part.kind === "interpolation") this.expr(part.expr, where, scope);
    else if (part.kind === "for") this.expr(part.collection, where, scope, true);
  }

  #reference(root: string, steps: readonly Step[], where: string, scope: Scope, withKeys: boolean): void {
    // Index keys decide which item, they do not flow; but an index expression is still code.
    const attrs = steps.map((s) => (s.kind === "attr" ? s.name : undefined));
    if (scope.bound.has(root)) return;
    const config = scope.stack.config;
    if (root === "var") {
      const name = attrs[0];
      if (name === undefined) return;
      const variable = child(child(config, "variable"), name);
      if (this.#first(scope, `var.${name}`)) this.#literal(child(variable, "default"), `${this.#where(scope, `variable "${name}"`)} has a default value`);
    } else if (root === "local") {
      const name = attrs[0];
      if (name === undefined || !this.#first(scope, `local.${name}`)) return;
      const locals = child(config, "locals");
      if (isObject(locals) && name in locals) this.value(locals[name], this.#where(scope, `local "${name}"`), { ...scope, block: undefined }, withKeys);
    } else if (root === "module") {
      const name = attrs[0];
      if (name === undefined || !this.#first(scope, `module.${name}`)) return;
      const module = child(child(config, "module"), name);
      // A module's outputs are computed from its inputs, in code this check does not read.
      if (isObject(module))
        for (const [arg, v] of Object.entries(module)) if (!MODULE_META_ARGUMENTS.has(arg)) this.value(v, this.#where(scope, `input "${arg}" of module "${name}"`), { ...scope, block: undefined }, true);
    } else if (root === "ephemeral") {
      const [type, name, attr] = attrs;
      if (type !== undefined && name !== undefined) this.#attribute("ephemeral", type, name, attr, scope, withKeys);
    } else if (root === "data") {
      const [type, name, attr] = attrs;
      if (type === undefined || name === undefined) return;
      if (type === "terraform_remote_state" && attr === "outputs") this.#remoteState(name, attrs[3], scope, withKeys);
      else this.#attribute("data", type, name, attr, scope, withKeys);
    } else if (root === "each") {
      const forEach = scope.block === undefined ? undefined : scope.block["for_each"];
      if (forEach !== undefined) this.value(forEach, `${where}'s for_each`, { ...scope, block: undefined }, true);
    } else if (["count", "path", "terraform", "self"].includes(root)) {
      return;
    } else {
      const [name, attr] = attrs;
      if (name !== undefined) this.#attribute("resource", root, name, attr, scope, withKeys);
    }
  }

  /**
   * A resource or data source attribute: its same-named argument and a known type's listed
   * inputs; for a type this check does not know, every argument (they may all flow).
   */
  #attribute(kind: BlockKind, type: string, name: string, attr: string | undefined, scope: Scope, withKeys: boolean): void {
    const block = child(child(child(scope.stack.config, kind), type), name);
    if (!isObject(block)) return;
    const address = `${kind === "resource" ? "" : `${kind}.`}${type}.${name}`;
    const all = Object.keys(block).filter((a) => !META_ARGUMENTS.has(a));
    const known = knownType(kind, type);
    const arguments_ = attr === undefined || !known ? all : [attr, ...(PASS_THROUGH[type]?.[attr] ?? [])];
    for (const arg of new Set(arguments_)) {
      if (!(arg in block) || META_ARGUMENTS.has(arg) || !this.#first(scope, `${address}.${arg}`)) continue;
      const via = known || attr === undefined || arg === attr ? "" : ` (an attribute of a type this check does not know, "${attr}", may carry any of its arguments)`;
      this.value(block[arg], this.#where(scope, `argument "${arg}" of ${address}${via}`), { ...scope, block }, withKeys);
    }
  }

  /**
   * `data.terraform_remote_state.<name>.outputs[.<output>]`: the block's `defaults` (Terraform
   * answers an output the state lacks with its default: the one named, or all when the output
   * is not named by an attribute step), and cdktf's cross-stack references,
   * `cross-stack-reference-input-<stack path>`, followed into the output the other stack
   * declares. What another state holds is read at plan time.
   */
  #remoteState(dataName: string, output: string | undefined, scope: Scope, withKeys: boolean): void {
    const block = child(child(child(scope.stack.config, "data"), "terraform_remote_state"), dataName);
    const defaults = child(block, "defaults");
    const address = `data.terraform_remote_state.${dataName}`;
    if (defaults !== undefined && this.#first(scope, `${address}.defaults${output ? `.${output}` : ""}`)) {
      const flowing = output && isObject(defaults) ? defaults[output] : defaults;
      this.value(flowing, this.#where(scope, `argument "defaults" of ${address}`), { ...scope, block: isObject(block) ? block : undefined }, withKeys);
    }
    const prefix = "cross-stack-reference-input-";
    if (!dataName.startsWith(prefix) || !output) return;
    const origin = this.stacks.find((s) => s.path === dataName.slice(prefix.length));
    if (origin === undefined) return;
    const there: Scope = { stack: origin, bound: new Set(), block: undefined };
    if (!this.#first(there, `output.${output}`)) return;
    this.value(child(child(child(origin.config, "output"), output), "value"), this.#where(there, `output "${output}"`), there, withKeys);
  }
}

/**
 * The routes by which a literal can reach `expression` (a value as synthesized: a template
 * string, or a literal) in `home`, following references across `stacks`. Empty when the value
 * only comes from variables without a default, or attributes read at plan time.
 */
export function literalRoutes(expression: Json, home: SynthesizedStack, stacks: readonly SynthesizedStack[] = [home]): string[] {
  const routes = new LiteralRoutes(home, stacks);
  const scope: Scope = { stack: home, bound: new Set(), block: undefined };
  if (typeof expression === "string" || Array.isArray(expression) || isObject(expression)) routes.value(expression, "the value", scope);
  else if (expression !== null) routes.routes.add("the value is a literal value");
  return [...routes.routes];
}

/** A stack's configuration as cdk.tf.json will hold it (overrides included). */
export function synthesizedStack(stack: TerraformStack): SynthesizedStack {
  return { path: stack.node.path, config: stack.toTerraform() as JsonObject };
}

/** Every stack of the app `scope` belongs to, synthesized. */
export function synthesizedApp(scope: IConstruct): SynthesizedStack[] {
  return App.of(scope)
    .node.findAll()
    .filter((c): c is TerraformStack => TerraformStack.isStack(c))
    .map(synthesizedStack);
}

/** Resolves a prop value the way synthesis writes it (a token becomes its `${...}` template). */
export function resolvedValue(scope: IConstruct, value: unknown): Json {
  const stack = TerraformStack.of(scope);
  return Tokenization.resolve(value, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()), preparing: false }) as Json;
}

/**
 * The routes by which literal content reaches `value` within `scope`'s stack as it stands
 * now (the constructor's early check): e.g. `variable "key" has a default value`.
 */
export function literalSources(scope: IConstruct, value: unknown): string[] {
  const home = synthesizedStack(TerraformStack.of(scope));
  return literalRoutes(resolvedValue(scope, value), home);
}

/** Attribute names that carry a Twingate API key in the blocks the integration writes. */
const KEY_ATTRIBUTE = /api_?key/i;

/**
 * At synth: every API-key argument of the blocks under `construct` (found by name in the
 * final JSON, so an override on them is judged too), followed through the whole app.
 */
export function literalSourcesAtSynth(construct: IConstruct): string[] {
  const stacks = synthesizedApp(construct);
  const stack = TerraformStack.of(construct);
  const home = stacks.find((s) => s.path === stack.node.path) ?? synthesizedStack(stack);
  const ids = new Set(
    construct.node
      .findAll()
      .map((c) => (c as { friendlyUniqueId?: unknown }).friendlyUniqueId)
      .filter((id): id is string => typeof id === "string"),
  );
  const found = new Set<string>();
  const collect = (value: Json | undefined): void => {
    if (Array.isArray(value)) for (const item of value) collect(item);
    else if (isObject(value))
      for (const [k, v] of Object.entries(value)) {
        if (KEY_ATTRIBUTE.test(k)) for (const route of literalRoutes(v, home, stacks)) found.add(route);
        else collect(v);
      }
  };
  for (const kind of ["resource", "data"]) {
    const byType = child(home.config, kind);
    if (!isObject(byType)) continue;
    for (const blocks of Object.values(byType)) if (isObject(blocks)) for (const [id, block] of Object.entries(blocks)) if (ids.has(id)) collect(block);
  }
  return [...found];
}

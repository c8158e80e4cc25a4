/**
 * literalRoutes on hand-written synthesized JSON: the HCL forms cdktf rarely emits but a user's
 * override or escape hatch can (directives, heredocs, splats, for expressions, provider
 * functions), and the rule's edges: what decides does not flow, what cannot be read is refused.
 */
import { literalRoutes, type SynthesizedStack } from "../../constructs/api-key-sources";

const stack = (config: Record<string, unknown>): SynthesizedStack => ({ path: "stack", config: config as SynthesizedStack["config"] });
const vars = { variable: { k: { sensitive: true }, dev: { type: "bool" }, d: { default: "tgk_literal" } } };
const routes = (expression: string, config: Record<string, unknown> = vars): string[] => literalRoutes(expression, stack(config));

describe("literalRoutes", () => {
  test.each([
    "${var.k}",
    "${trimspace(var.k)}",
    '${var.k == "x" ? var.k : upper(var.k)}',
    '${lookup(var.m, "acme")}',
    '${var.keys["acme"]}',
    "${var.keys.*.value[0]}",
    '${replace(var.k, "/\\\\s+/", "")}',
    '${format("%s", var.k)}',
    '${length(var.k) > 10 ? var.k : ""}',
    '${contains(["a", "b"], var.dev) ? var.k : var.k}',
    '${[for x in var.list : trimspace(x) if x != "skip"][0]}',
    '%{ if var.dev }${var.k}%{ else }${var.k}%{ endif }',
    '${provider::example::decode(var.k)}',
    "  ${var.k}  ",
  ])("clean: %s", (expression) => {
    expect(routes(expression)).toEqual([]);
  });

  test.each([
    ["literal text", "tgk_x${var.k}", "the value contains literal text"],
    ["a default", "${var.d}", 'variable "d" has a default value'],
    ["a conditional branch", '${var.dev ? "tgk_x" : var.k}', "the value contains literal text"],
    ["an escaped quote inside a literal", '${coalesce(var.k, "tg\\"k")}', "the value contains literal text"],
    ["a heredoc", "${trimspace(<<EOT\ntgk_x\nEOT\n)}", "the value contains literal text"],
    ["a for directive over a literal list", '%{ for x in ["tgk_x"] }${x}%{ endfor }', "the value contains literal text"],
    ["keys of a literal object", '${keys({ tgk_x = 1 })[0]}', "the value contains literal text"],
    ["a for expression's key", '${{ for k, v in { tgk_x = "" } : v => k }["a"]}', "the value contains literal text"],
    ["format text beside the verbs", '${format("tgk_%s", var.k)}', "the value contains literal text"],
    ["an unknown function's argument", '${somefunc(var.k, "tgk_x")}', "the value contains literal text"],
    ["an unparseable expression", "${var.k +}", "the value cannot be followed (not an expression this check reads)"],
    ["an unterminated interpolation", "${var.k", "the value cannot be followed (not an expression this check reads)"],
  ])("refused: %s", (_name, expression, route) => {
    expect(routes(expression)).toContain(route);
  });

  test("each.value in a pass-through resource follows its for_each", () => {
    const config = { ...vars, resource: { terraform_data: { h: { for_each: { a: "tgk_x" }, input: "${each.value}" } } } };
    expect(routes('${terraform_data.h["a"].output}', config)).toContain('argument "input" of terraform_data.h\'s for_each contains literal text');
  });

  test("a data source's attribute read at plan time is clean though its arguments are literals", () => {
    const config = { data: { vault_generic_secret: { k: { path: "secret/twingate" } } } };
    expect(routes('${data.vault_generic_secret.k.data["api_key"]}', config)).toEqual([]);
  });

  test("cycles between locals end", () => {
    const config = { locals: { a: "${local.b}", b: "${local.a}" } };
    expect(routes("${local.a}", config)).toEqual([]);
  });

  test("deeply nested input is refused, not a stack overflow", () => {
    expect(routes(`\${${"(".repeat(5000)}var.k${")".repeat(5000)}}`)).toContain("the value cannot be followed (not an expression this check reads)");
  });
});

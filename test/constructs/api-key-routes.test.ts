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

  describe("attributes of resources and data sources", () => {
    // What each type does with its arguments decides: the same-named argument always flows; a
    // known pass-through type's listed inputs; a lookup data source's arguments only select; any
    // other type's arguments may ALL flow (Round 2: random_*, remote state defaults).
    const block = (kind: "resource" | "data" | "ephemeral", type: string, args: Record<string, unknown>) => ({ ...vars, [kind]: { [type]: { x: args } } });
    test.each([
      ["random_shuffle input → result", "${element(random_shuffle.x.result, 0)}", block("resource", "random_shuffle", { input: ["tgk_x"], result_count: 1 }), "input"],
      ["random_pet prefix → id", "${random_pet.x.id}", block("resource", "random_pet", { prefix: "tgk_x", length: 0 }), "prefix"],
      ["random_id prefix → hex", "${substr(random_id.x.hex, 0, 31)}", block("resource", "random_id", { prefix: "tgk_x", byte_length: 1 }), "prefix"],
      ["random_string override_special → result", "${random_string.x.result}", block("resource", "random_string", { length: 4, override_special: "tgk_x" }), "override_special"],
      ["an unknown provider's resource", "${acme_echo.x.echoed}", block("resource", "acme_echo", { message: "tgk_x" }), "message"],
      ["an unknown resource's argument named source (a meta-argument of modules only)", "${acme_copy.x.content}", block("resource", "acme_copy", { source: "tgk_x" }), "source"],
      ["an unknown data source", "${data.acme_echo.x.result}", block("data", "acme_echo", { query: "tgk_x" }), "query"],
      ["a reference to an unknown argument that is itself a literal", "${acme_echo.x.echoed}", { ...vars, locals: { m: "tgk_x" }, resource: { acme_echo: { x: { message: "${local.m}" } } } }, undefined],
      ["a secret store RESOURCE read back under another name", '${vault_kv_secret_v2.x.data["k"]}', block("resource", "vault_kv_secret_v2", { mount: "secret", name: "n", data_json: '{"k":"tgk_x"}' }), "data_json"],
      ["an unknown ephemeral resource", "${ephemeral.acme_echo.x.result}", block("ephemeral", "acme_echo", { query: "tgk_x" }), "query"],
      ["a lookup data source's same-named argument", "${data.aws_ssm_parameter.x.name}", block("data", "aws_ssm_parameter", { name: "tgk_x" }), "name"],
    ])("refused: %s", (_name, expression, config, arg) => {
      const found = routes(expression, config as Record<string, unknown>);
      expect(found.length).toBeGreaterThan(0);
      if (arg !== undefined) expect(found.join("\n")).toContain(`argument "${arg}" of `);
    });

    test.each([
      ['data.terraform_remote_state.rs.outputs.key', "${data.terraform_remote_state.rs.outputs.key}"],
      ['outputs["key"]', '${data.terraform_remote_state.rs.outputs["key"]}'],
      ["lookup(outputs, ...)", '${lookup(data.terraform_remote_state.rs.outputs, "key")}'],
    ])("refused: a remote state's default read as %s", (_name, expression) => {
      const config = { data: { terraform_remote_state: { rs: { backend: "local", config: { path: "x.tfstate" }, defaults: { key: "tgk_x" } } } } };
      expect(routes(expression, config)).toContain('argument "defaults" of data.terraform_remote_state.rs contains literal text');
    });

    test("a remote state's default for ANOTHER output does not flow into the one named; its backend config never does", () => {
      const config = { data: { terraform_remote_state: { rs: { backend: "s3", config: { bucket: "acme", key: "secrets.tfstate" }, defaults: { region: "eu-west-1" } } } } };
      expect(routes("${data.terraform_remote_state.rs.outputs.key}", config)).toEqual([]);
    });

    test.each([
      ["aws_secretsmanager_secret_version", '${jsondecode(data.aws_secretsmanager_secret_version.x.secret_string)["api_key"]}', { secret_id: "twingate/api-key", version_stage: "AWSCURRENT" }],
      ["aws_ssm_parameter", "${data.aws_ssm_parameter.x.value}", { name: "/twingate/api-key", with_decryption: true }],
      ["aws_kms_secrets (ciphertext, decrypted at plan)", '${data.aws_kms_secrets.x.plaintext["key"]}', { secret: [{ name: "key", payload: "AQICAHg..." }] }],
      ["google_secret_manager_secret_version", "${data.google_secret_manager_secret_version.x.secret_data}", { secret: "twingate", project: "acme", version: "latest" }],
      ["google_secret_manager_secret_version_access", "${data.google_secret_manager_secret_version_access.x.secret_data}", { secret: "twingate" }],
      ["azurerm_key_vault_secret", "${data.azurerm_key_vault_secret.x.value}", { name: "twingate", key_vault_id: "/subscriptions/0/vaults/acme" }],
      ["vault_kv_secret_v2", '${data.vault_kv_secret_v2.x.data["api_key"]}', { mount: "secret", name: "twingate" }],
      ["kubernetes_secret_v1", '${data.kubernetes_secret_v1.x.data["api_key"]}', { metadata: [{ name: "twingate", namespace: "ops" }] }],
      ["hcp_vault_secrets_secret", "${data.hcp_vault_secrets_secret.x.secret_value}", { app_name: "ops", secret_name: "twingate" }],
      ["doppler_secrets", '${data.doppler_secrets.x.map["TWINGATE_API_KEY"]}', { project: "ops", config: "prd" }],
      ["onepassword_item", "${data.onepassword_item.x.credential}", { vault: "ops", title: "Twingate" }],
      ["tfe_outputs", "${data.tfe_outputs.x.values.twingate_api_key}", { organization: "acme", workspace: "secrets" }],
      ["sops_file", '${data.sops_file.x.data["twingate_api_key"]}', { source_file: "secrets.enc.yaml" }],
      ["local_sensitive_file (the file is not in cdk.tf.json)", "${trimspace(data.local_sensitive_file.x.content)}", { filename: "/run/secrets/twingate" }],
    ])("clean: a key read at plan time from %s by a literal name", (type, expression, args) => {
      expect(routes(expression, block("data", type, args))).toEqual([]);
    });

    test("clean: an ephemeral secret (Terraform >= 1.10) read by a literal name", () => {
      const config = block("ephemeral", "aws_secretsmanager_secret_version", { secret_id: "twingate/api-key" });
      expect(routes("${ephemeral.aws_secretsmanager_secret_version.x.secret_string}", config)).toEqual([]);
    });
  });

  test("cycles between locals end", () => {
    const config = { locals: { a: "${local.b}", b: "${local.a}" } };
    expect(routes("${local.a}", config)).toEqual([]);
  });

  test("deeply nested input is refused, not a stack overflow", () => {
    expect(routes(`\${${"(".repeat(5000)}var.k${")".repeat(5000)}}`)).toContain("the value cannot be followed (not an expression this check reads)");
  });
});

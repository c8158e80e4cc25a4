/**
 * Issue 8 §2 and breaker finding 4: a canary key never lands in cdk.tf.json, whatever route a
 * literal takes to the apiKey prop — directly, through a variable default (also set by an
 * override), a local, a function argument or branch, a resource or module that passes its input
 * through, another stack's output, a resource of a type the check does not know (random_id,
 * random_shuffle, random_pet: any argument may flow into its attributes), a remote state's
 * defaults, or a change made after the construct was built. Judged on
 * the synthesized JSON of every stack (a real App.synth()); each route is refused (or, with
 * allowLiteralApiKey, warned about) without the message repeating the key. A generated set
 * composes wrappers around leaves and checks both directions (refused iff a leaf carries it).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AnnotationMetadataEntryType,
  App,
  DataResource,
  DataTerraformRemoteStateLocal,
  DataTerraformRemoteStateS3,
  Fn,
  TerraformDataSource,
  TerraformHclModule,
  TerraformLocal,
  TerraformResource,
  TerraformStack,
  TerraformVariable,
  Token,
} from "cdktf";
import { InvalidIntegrationPropsError, TwingateIntegration } from "../../constructs";
import { loadNullProvider } from "../../constructs/null-provider";
import { validProps } from "./stack-fixture";

const CANARY = "tgk_CANARY_4f7d2a9e1c0b8a6d5e3f";

/** Builds a route in `stack` (the integration's), may add stacks to `app`, returns the apiKey prop. */
type Route = (stack: TerraformStack, app: App) => { apiKey: string; later?: (integration: TwingateIntegration) => void };

/** A resource or data source of any provider's type, its arguments written as given (no provider bindings needed). */
function resourceOf(s: TerraformStack, type: string, id: string, args: Record<string, unknown>): TerraformResource {
  const r = new TerraformResource(s, id, { terraformResourceType: type });
  for (const [k, v] of Object.entries(args)) r.addOverride(k, v);
  return r;
}
function dataOf(s: TerraformStack, type: string, id: string, args: Record<string, unknown>): TerraformDataSource {
  const d = new TerraformDataSource(s, id, { terraformResourceType: type });
  for (const [k, v] of Object.entries(args)) d.addOverride(k, v);
  return d;
}

const secretVar = (s: TerraformStack, name = "raw"): TerraformVariable => new TerraformVariable(s, name, { type: "string", sensitive: true });
const flag = (s: TerraformStack): TerraformVariable => new TerraformVariable(s, "dev", { type: "bool" });

const ROUTES: Record<string, Route> = {
  "a literal string": () => ({ apiKey: CANARY }),
  "Token.asString of a literal": () => ({ apiKey: Token.asString(CANARY) }),
  "a sensitive variable's default": (s) => ({ apiKey: new TerraformVariable(s, "key", { type: "string", sensitive: true, default: CANARY }).stringValue }),
  "a plain variable's default": (s) => ({ apiKey: new TerraformVariable(s, "key", { type: "string", default: CANARY }).stringValue }),
  "a map variable's default, looked up": (s) => ({ apiKey: Fn.lookup(new TerraformVariable(s, "keys", { type: "map(string)", default: { acme: CANARY } }).value, "acme") }),
  "a local holding the literal": (s) => ({ apiKey: new TerraformLocal(s, "key", CANARY).asString }),
  "a local of a function of the literal": (s) => ({ apiKey: new TerraformLocal(s, "key", Fn.trimspace(CANARY)).asString }),
  "a local of a variable with a default": (s) => ({
    apiKey: new TerraformLocal(s, "key", Fn.trimspace(new TerraformVariable(s, "raw", { type: "string", sensitive: true, default: CANARY }).stringValue)).asString,
  }),
  "a local of a local of the literal": (s) => ({ apiKey: new TerraformLocal(s, "outer", new TerraformLocal(s, "inner", CANARY).asString).asString }),
  "a function of the literal": () => ({ apiKey: Fn.trimspace(CANARY) }),
  "a join of literal parts": () => ({ apiKey: Fn.join("", [CANARY.slice(0, 10), CANARY.slice(10)]) }),
  "literal text around a variable": (s) => ({ apiKey: `${CANARY.slice(0, 10)}${secretVar(s, "rest").stringValue}` }),
  "Fn.sensitive of a variable with a default": (s) => ({ apiKey: Fn.sensitive(new TerraformVariable(s, "key", { type: "string", sensitive: true, default: CANARY }).stringValue) }),
  "a local changed to the literal after the construct": (s) => {
    const local = new TerraformLocal(s, "key", secretVar(s).stringValue);
    return { apiKey: local.asString, later: () => (local.expression = CANARY) };
  },
  // Issue 8, breaker finding 4: each confirmed with a real `cdktf synth`.
  "Fn.coalesce of a variable and the literal": (s) => ({ apiKey: Fn.coalesce([secretVar(s).stringValue, CANARY]) }),
  "Fn.try of a variable and the literal": (s) => ({ apiKey: Fn.try([secretVar(s).stringValue, CANARY]) }),
  "Fn.conditional choosing the literal in dev": (s) => ({ apiKey: Fn.conditional(flag(s).booleanValue, CANARY, secretVar(s).stringValue) }),
  "Fn.lookup with the literal as default": (s) => ({ apiKey: Fn.lookup(new TerraformVariable(s, "keys", { type: "map(string)", sensitive: true }).value, "acme", CANARY) }),
  "Fn.replace with the literal as replacement": (s) => ({ apiKey: Fn.replace(secretVar(s).stringValue, "X", CANARY) }),
  "variable.addOverride of the default": (s) => {
    const v = secretVar(s, "key");
    v.addOverride("default", CANARY);
    return { apiKey: v.stringValue };
  },
  "stack.addOverride of a variable default": (s) => {
    s.addOverride("variable.key.default", CANARY);
    return { apiKey: secretVar(s, "key").stringValue };
  },
  "stack.addOverride of a local": (s) => {
    const local = new TerraformLocal(s, "key", secretVar(s).stringValue);
    s.addOverride("locals.key", CANARY);
    return { apiKey: local.asString };
  },
  "terraform_data input read back as output": (s) => ({ apiKey: Fn.lookup(new DataResource(s, "holder", { input: { value: CANARY } }).output, "value") }),
  "a module input read back as an output": (s) => ({
    apiKey: new TerraformHclModule(s, "keys", { source: "example/keys/twingate", variables: { key: CANARY } }).getString("key"),
  }),
  "a variable default in another stack": (_s, app) => {
    const secrets = new TerraformStack(app, "secrets");
    return { apiKey: new TerraformVariable(secrets, "key", { type: "string", sensitive: true, default: CANARY }).stringValue };
  },
  // Next members of the kind.
  "an override on the construct's own key argument": (s) => ({
    apiKey: secretVar(s).stringValue,
    later: (integration) => integration.credentialCheck?.addOverride("api_key", CANARY),
  }),
  "Fn.format with the literal as argument": (s) => ({ apiKey: Fn.format("%s%s", [secretVar(s).stringValue, CANARY]) }),
  "Fn.base64decode of an encoded literal": () => ({ apiKey: Fn.base64decode(Buffer.from(CANARY).toString("base64")) }),
  "Fn.element of a literal list": () => ({ apiKey: Fn.element([CANARY], 0) }),
  "a local map looked up by name": (s) => ({ apiKey: Fn.lookup(new TerraformLocal(s, "keys", { acme: CANARY }).expression, "acme") }),
  "a local in another stack through a cross-stack output": (_s, app) => {
    const secrets = new TerraformStack(app, "secrets");
    return { apiKey: new TerraformLocal(secrets, "key", Fn.trimspace(CANARY)).asString };
  },
  "terraform_data in another stack": (_s, app) => {
    const secrets = new TerraformStack(app, "secrets");
    return { apiKey: Fn.lookup(new DataResource(secrets, "holder", { input: { value: CANARY } }).output, "value") };
  },
  "a null_resource trigger read back": (s) => {
    const { Resource: NullResource } = loadNullProvider();
    return { apiKey: Fn.lookup(new NullResource(s, "holder", { triggers: { key: CANARY } }).triggers, "key") };
  },
  "a for expression over a literal map": (s) => ({ apiKey: Fn.lookup(new TerraformLocal(s, "keys", "${{ for k, v in { acme = \"" + CANARY + "\" } : k => upper(v) }}").expression, "acme") }),
  "a literal hidden in a nested template": (s) => ({ apiKey: new TerraformLocal(s, "key", "${lower(\"" + CANARY + "\")}").asString }),  // Round 2 (issue 8 re-test): types not on the pass-through list, each confirmed with a real synth.
  "random_shuffle input read back as result[0]": (s) => ({ apiKey: Fn.element(resourceOf(s, "random_shuffle", "sh", { input: [CANARY], result_count: 1 }).getListAttribute("result"), 0) }),
  "random_pet prefix read back as id": (s) => ({ apiKey: resourceOf(s, "random_pet", "pet", { prefix: CANARY, length: 0 }).getStringAttribute("id") }),
  "random_id prefix read back through substr(hex)": (s) => ({ apiKey: Fn.substr(resourceOf(s, "random_id", "rid", { prefix: CANARY, byte_length: 1 }).getStringAttribute("hex"), 0, 31) }),
  "a local remote state's default": (s) => ({ apiKey: new DataTerraformRemoteStateLocal(s, "rs", { path: "/nonexistent.tfstate", defaults: { key: CANARY } }).getString("key") }),
  // Next members of the kind: any provider's type this check does not know, a secret store's RESOURCE read back.
  "an unknown provider's resource reading back another argument": (s) => ({ apiKey: resourceOf(s, "acme_echo", "e", { message: CANARY }).getStringAttribute("echoed") }),
  "an unknown provider's data source reading back another argument": (s) => ({ apiKey: dataOf(s, "acme_echo", "e", { source: CANARY }).getStringAttribute("result") }),
  "a secret store resource written with the literal, read back": (s) => ({
    apiKey: Fn.lookup(resourceOf(s, "vault_kv_secret_v2", "k", { mount: "secret", name: "twingate", data_json: Fn.jsonencode({ api_key: CANARY }) }).getAnyMapAttribute("data"), "api_key"),
  }),
  "an S3 remote state's default in another stack": (_s, app) => {
    const secrets = new TerraformStack(app, "secrets");
    const rs = new DataTerraformRemoteStateS3(secrets, "rs", { bucket: "acme-state", key: "twingate.tfstate", defaults: { twingate: { key: CANARY } } });
    return { apiKey: Fn.lookup(rs.get("twingate"), "key") };
  },
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Builds the route into an app and synthesizes it the way `cdktf synth` does (every stack
 * prepared, cross-stack references wired, validations run), with the default providers the
 * construct adds. Returns the error, every file written, and the construct's warnings.
 */
function attempt(route: Route, allowLiteralApiKey?: boolean): { error?: Error; written: string; warnings: string[] } {
  const outdir = mkdtempSync(join(tmpdir(), "c1tg-literal-"));
  try {
    const app = new App({ outdir });
    const stack = new TerraformStack(app, "stack");
    const { apiKey, later } = route(stack, app);
    const integration = new TwingateIntegration(stack, "Acme", validProps(apiKey, allowLiteralApiKey ? { allowLiteralApiKey } : {}));
    later?.(integration);
    app.synth();
    const warnings = integration.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
    return { written: filesUnder(outdir).map((f) => readFileSync(f, "utf8")).join("\n"), warnings };
  } catch (err) {
    return { error: err as Error, written: existsSync(outdir) ? filesUnder(outdir).map((f) => readFileSync(f, "utf8")).join("\n") : "", warnings: [] };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

describe("a literal API key is refused on every route to cdk.tf.json", () => {
  test.each(Object.keys(ROUTES))("%s: refused with the route named, the key never shown, nothing written", (name) => {
    const result = attempt(ROUTES[name] as Route);
    expect(result.error).toBeDefined();
    expect(result.error?.message).toMatch(/apiKey must /);
    expect(result.error?.message).not.toContain(CANARY);
    expect(result.error?.message).not.toContain(CANARY.slice(0, 10));
    expect(result.written).not.toContain(CANARY);
    // Caught in the constructor when the stack already shows it, else by the synth-time validation on the final JSON.
    if (!(result.error instanceof InvalidIntegrationPropsError)) expect(result.error?.message).toContain("C1TG_CONSTRUCT_LITERAL_API_KEY: apiKey must ");
  });

  test("the messages name the route: the variable, the local, the constants", () => {
    expect(attempt(ROUTES["a sensitive variable's default"] as Route).error?.message).toContain('variable "key" has a default value');
    expect(attempt(ROUTES["a local of a local of the literal"] as Route).error?.message).toContain('local "inner" contains literal text');
    expect(attempt(ROUTES["a function of the literal"] as Route).error?.message).toContain("the value contains literal text");
    expect(attempt(ROUTES["a local changed to the literal after the construct"] as Route).error?.message).toMatch(/Validation failed[\s\S]*local "key" contains literal text/);
     expect(attempt(ROUTES["random_id prefix read back through substr(hex)"] as Route).error?.message).toContain(
      'argument "prefix" of random_id.rid (an attribute of a type this check does not know, "hex", may carry any of its arguments) contains literal text',
    );
    expect(attempt(ROUTES["a local remote state's default"] as Route).error?.message).toContain('argument "defaults" of data.terraform_remote_state.rs contains literal text');
  });

  // The other direction: keys read at plan time from a secret store by a literal name, path or
  // workspace are the rule's purpose, not a route (docs/security.md §10).
  const lookups: Record<string, Route> = {
    "AWS Secrets Manager": (s) => ({
      apiKey: Fn.lookup(Fn.jsondecode(dataOf(s, "aws_secretsmanager_secret_version", "k", { secret_id: "twingate/api-key", version_stage: "AWSCURRENT" }).getStringAttribute("secret_string")), "api_key"),
    }),
    "AWS SSM Parameter Store": (s) => ({ apiKey: dataOf(s, "aws_ssm_parameter", "k", { name: "/twingate/api-key", with_decryption: true }).getStringAttribute("value") }),
    "GCP Secret Manager": (s) => ({ apiKey: dataOf(s, "google_secret_manager_secret_version", "k", { secret: "twingate-api-key", project: "acme-prod", version: "latest" }).getStringAttribute("secret_data") }),
    "Azure Key Vault": (s) => ({
      apiKey: dataOf(s, "azurerm_key_vault_secret", "k", { name: "twingate-api-key", key_vault_id: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/acme" }).getStringAttribute("value"),
    }),
    "Vault KV v2": (s) => ({ apiKey: Fn.lookup(dataOf(s, "vault_kv_secret_v2", "k", { mount: "secret", name: "twingate" }).getAnyMapAttribute("data"), "api_key") }),
    "Vault generic secret": (s) => ({ apiKey: Fn.lookup(dataOf(s, "vault_generic_secret", "k", { path: "secret/twingate" }).getAnyMapAttribute("data"), "api_key") }),
    "a Kubernetes secret": (s) => ({ apiKey: Fn.lookup(dataOf(s, "kubernetes_secret_v1", "k", { metadata: [{ name: "twingate", namespace: "ops" }] }).getAnyMapAttribute("data"), "api_key") }),
    "1Password": (s) => ({ apiKey: dataOf(s, "onepassword_item", "k", { vault: "ops", title: "Twingate API key" }).getStringAttribute("credential") }),
    "HCP Terraform workspace outputs": (s) => ({ apiKey: Fn.lookup(dataOf(s, "tfe_outputs", "k", { organization: "acme", workspace: "secrets" }).getAnyMapAttribute("values"), "twingate_api_key") }),
    "an S3 remote state's output (no default)": (s) => ({ apiKey: new DataTerraformRemoteStateS3(s, "rs", { bucket: "acme-state", key: "secrets.tfstate", region: "eu-west-1" }).getString("twingate_api_key") }),
    "a remote state's output whose defaults are for other outputs": (s) => ({
      apiKey: new DataTerraformRemoteStateLocal(s, "rs", { path: "secrets.tfstate", defaults: { region: "eu-west-1" } }).getString("twingate_api_key"),
    }),
  };
  test.each(Object.keys(lookups))("a key read at plan time from %s by a literal name is accepted", (name) => {
    const result = attempt(lookups[name] as Route);
    expect(result.error).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });

  test("allowLiteralApiKey accepts the risk with a warning that names the route, not the key", () => {
    const result = attempt(ROUTES["a local of a variable with a default"] as Route, true);
    expect(result.error).toBeUndefined();
    expect(result.warnings.join("\n")).toContain('reaches a literal (variable "raw" has a default value)');
    expect(result.warnings.join("\n")).not.toContain(CANARY);
  });

  test("keys that only ever arrive at plan time pass: a variable without a default, through locals and functions, and a map lookup by name", () => {
    const clean: Route[] = [
      (s) => ({ apiKey: new TerraformVariable(s, "key", { type: "string", sensitive: true }).stringValue }),
      (s) => ({ apiKey: new TerraformLocal(s, "key", Fn.trimspace(new TerraformVariable(s, "raw", { type: "string", sensitive: true }).stringValue)).asString }),
      (s) => ({ apiKey: Fn.lookup(new TerraformVariable(s, "keys", { type: "map(string)", sensitive: true }).value, "acme") }),
    ];
    for (const route of clean) {
      const result = attempt(route);
      expect(result.error).toBeUndefined();
      expect(result.written).toContain("twingate_apikey");
      expect(result.warnings).toEqual([]);
    }
  });
});

describe("generated routes: wrappers around leaves, refused exactly when a leaf carries a literal", () => {
  // A small deterministic PRNG (mulberry32), so a failure names a reproducible case.
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  type Build = (s: TerraformStack, n: () => string) => string;
  // Leaves that carry the literal into the value, and leaves that only hold it at plan time.
  const dirty: Record<string, Build> = {
    literal: () => CANARY,
    "variable default": (s, n) => new TerraformVariable(s, n(), { type: "string", sensitive: true, default: CANARY }).stringValue,
    "overridden variable default": (s, n) => {
      const v = secretVar(s, n());
      v.addOverride("default", CANARY);
      return v.stringValue;
    },
    "local literal": (s, n) => new TerraformLocal(s, n(), CANARY).asString,
    "terraform_data output": (s, n) => Token.asString(Fn.lookup(new DataResource(s, n(), { input: { v: CANARY } }).output, "v")),
    "module output": (s, n) => new TerraformHclModule(s, n(), { source: "example/keys/twingate", variables: { key: CANARY } }).getString("key"),
    "random_id prefix": (s, n) => resourceOf(s, "random_id", n(), { prefix: CANARY, byte_length: 1 }).getStringAttribute("hex"),
    "remote state default": (s, n) => new DataTerraformRemoteStateLocal(s, n(), { path: "x.tfstate", defaults: { key: CANARY } }).getString("key"),
  };
  const clean: Record<string, Build> = {
    "variable without default": (s, n) => secretVar(s, n()).stringValue,
    "local of a variable": (s, n) => new TerraformLocal(s, n(), secretVar(s, n()).stringValue).asString,
    "map variable looked up": (s, n) => Token.asString(Fn.lookup(new TerraformVariable(s, n(), { type: "map(string)", sensitive: true }).value, "acme")),
    "terraform_data of a variable": (s, n) => Token.asString(Fn.lookup(new DataResource(s, n(), { input: { v: secretVar(s, n()).stringValue } }).output, "v")),
    "secret data source by literal name": (s, n) => dataOf(s, "aws_secretsmanager_secret_version", n(), { secret_id: "twingate/api-key" }).getStringAttribute("secret_string"),
    "remote state output": (s, n) => new DataTerraformRemoteStateLocal(s, n(), { path: "x.tfstate", defaults: { other: "eu-west-1" } }).getString("key"),
  };
  // Wrappers: `inner` flows; `other` is another leaf in a flowing position; literals only where they decide.
  type Wrap = (inner: string, other: () => string, s: TerraformStack, n: () => string) => string;
  const wrappers: Record<string, Wrap> = {
    trimspace: (i) => Fn.trimspace(i),
    upper: (i) => Fn.upper(i),
    sensitive: (i) => Token.asString(Fn.sensitive(i)),
    coalesce: (i, o) => Token.asString(Fn.coalesce([i, o()])),
    try: (i, o) => Token.asString(Fn.try([o(), i])),
    conditional: (i, o, s, n) => Token.asString(Fn.conditional(new TerraformVariable(s, n(), { type: "bool" }).booleanValue, i, o())),
    "lookup default": (i, _o, s, n) => Token.asString(Fn.lookup(new TerraformVariable(s, n(), { type: "map(string)" }).value, "acme", i)),
    "lookup of an object": (i, o) => Token.asString(Fn.lookup({ acme: i, globex: o() }, "acme")),
    "replace replacement": (i, o) => Fn.replace(o(), "X", i),
    "replace pattern is a decision": (i) => Fn.replace(i, "/[^A-Za-z0-9_]/", ""),
    format: (i, o) => Token.asString(Fn.format("%s%s", [i, o()])),
    join: (i, o) => Fn.join("", [i, o()]),
    "split then element": (i) => Token.asString(Fn.element(Fn.split(",", i), 0)),
    substr: (i) => Fn.substr(i, 0, 40),
    local: (i, _o, s, n) => new TerraformLocal(s, n(), i).asString,
  };

  const rng = random(0x8f4c21);
  const pick = <T>(record: Record<string, T>): [string, T] => {
    const keys = Object.keys(record);
    const key = keys[Math.floor(rng() * keys.length)] as string;
    return [key, record[key] as T];
  };
  const cases = Array.from({ length: 80 }, (_, index) => {
    const innerDirty = rng() < 0.5;
    const otherDirty = rng() < 0.25;
    const [innerName, inner] = pick(innerDirty ? dirty : clean);
    const [otherName, other] = pick(otherDirty ? dirty : clean);
    const chain = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(wrappers));
    const usesOther = chain.some(([w]) => ["coalesce", "try", "conditional", "lookup of an object", "replace replacement", "format", "join"].includes(w));
    const expectRefused = innerDirty || (otherDirty && usesOther);
    const route: Route = (s) => {
      let counter = 0;
      const n = (): string => `g${(counter += 1)}`;
      let value = inner(s, n);
      for (const [, wrap] of chain) value = wrap(value, () => other(s, n), s, n);
      return { apiKey: value };
    };
    return { label: `#${index} ${chain.map(([w]) => w).join(" ∘ ")} of ${innerName} (other: ${otherName})`, expectRefused, route };
  });

  test.each(cases)("$label", ({ expectRefused, route }) => {
    const result = attempt(route);
    expect(result.written).not.toContain(CANARY);
    if (expectRefused) {
      expect(result.error?.message).toMatch(/apiKey must /);
      expect(result.error?.message).not.toContain(CANARY.slice(0, 10));
    } else {
      expect(result.error).toBeUndefined();
      expect(result.warnings).toEqual([]);
    }
  });
});

test("a literal in a stack synthesized BEFORE the integration's is refused before that stack's cdk.tf.json is written", () => {
  const outdir = mkdtempSync(join(tmpdir(), "c1tg-literal-"));
  try {
    const app = new App({ outdir });
    const secrets = new TerraformStack(app, "a-secrets");
    const key = new TerraformVariable(secrets, "key", { type: "string", sensitive: true, default: CANARY }).stringValue;
    const stack = new TerraformStack(app, "stack");
    new TwingateIntegration(stack, "Acme", validProps(key));
    expect(() => app.synth()).toThrow(/C1TG_CONSTRUCT_LITERAL_API_KEY: apiKey must [^\n]*variable "key" of stack "a-secrets" has a default value/);
    const written = filesUnder(outdir).map((f) => readFileSync(f, "utf8")).join("\n");
    expect(written).not.toContain(CANARY);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
});

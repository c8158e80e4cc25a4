/**
 * Issue 10 §4: `connector` chooses between ConductorOne's cloud-hosted v1 Twingate connector
 * (conductorone_integration_twingate, the default) and the self-hosted v2 one (baton-twingate:
 * conductorone_integration_baton + conductorone_connector_credential), on the same app with the
 * same owners and checks, exposing what a deployment needs; the optional Kubernetes deployment
 * keeps both secrets out of cdk.tf.json and is checked against the kubernetes provider's schema.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { readConductoroneSchema } from "../../scripts/bindings/targets";
import { CONDUCTORONE_PROVIDER_ADDRESS } from "../../src/standins/conductorone/schema/document";
import { BATON_TWINGATE_IMAGE, IntegrationApp, InvalidIntegrationPropsError, SECRET_REVISION_ANNOTATION, TwingateConnector, TwingateIntegration } from "../../constructs";
import { checkAgainstSchema, type JsonProviderSchema } from "./schema-check";
import { newStack, only, rendered, synthJson, validProps, type SynthJson, filesUnder } from "./stack-fixture";

const KUBERNETES_SCHEMA = (JSON.parse(readFileSync(join(__dirname, "fixtures", "kubernetes-provider-schema.partial.json"), "utf8")) as { provider_schemas: Record<string, JsonProviderSchema> })
  .provider_schemas["registry.terraform.io/hashicorp/kubernetes"] as JsonProviderSchema;
const CONDUCTORONE_SCHEMA = readConductoroneSchema().provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS] as JsonProviderSchema;

type Block = Record<string, unknown>;
const blocks = (json: SynthJson, type: string): Block[] => Object.values(json.resource?.[type] ?? {});
const addressOf = (json: SynthJson, type: string): string => `${type}.${Object.keys(json.resource?.[type] ?? {})[0]}`;


describe("connector: cloud-hosted v1 (the default)", () => {
  test("creates conductorone_integration_twingate with the key and domain, and nothing of baton", () => {
    const { stack, apiKey } = newStack();
    const tg = new TwingateIntegration(stack, "Acme", validProps(apiKey));
    expect(tg.connector).toBe("cloud-hosted-v1");
    expect(tg.selfHosted).toBeUndefined();
    const json = synthJson(stack);
    expect(only(json.resource?.conductorone_integration_twingate, "integration")).toMatchObject({ twingate_apikey: "${var.twingate_api_key}", twingate_domain: "acme" });
    expect(json.resource?.conductorone_integration_baton).toBeUndefined();
    expect(json.resource?.conductorone_connector_credential).toBeUndefined();
    expect(Object.keys(json.output ?? {}).filter((k) => k.includes("baton"))).toEqual([]);
  });

  test("TwingateConnector.cloudHosted() is the same as no connector", () => {
    const a = newStack();
    new TwingateIntegration(a.stack, "Acme", validProps(a.apiKey));
    const b = newStack();
    new TwingateIntegration(b.stack, "Acme", validProps(b.apiKey, { connector: TwingateConnector.cloudHosted() }));
    expect(Testing.synth(b.stack)).toEqual(Testing.synth(a.stack));
  });
});

describe("connector: self-hosted v2 (baton-twingate)", () => {
  function selfHosted(overrides: Parameters<typeof validProps>[1] = {}) {
    const { stack, apiKey } = newStack();
    const tg = new TwingateIntegration(stack, "Acme", validProps(apiKey, { owners: ["alice@acme.example"], connector: TwingateConnector.selfHosted(), ...overrides }));
    return { stack, tg, json: synthJson(stack) };
  }

  test("a baton integration and its credential on the same app, gated by the same check and preconditions; no stored key", () => {
    const { json, tg } = selfHosted({ access: "provisioning", groupsToProvision: ["Contractors"] });
    expect(tg.connector).toBe("self-hosted-v2");
    expect(json.resource?.conductorone_integration_twingate).toBeUndefined();
    const check = addressOf(json, "c1twingate_credential_check");
    const baton = only(json.resource?.conductorone_integration_baton, "baton integration");
    const app = `data.conductorone_app.${Object.keys(json.data?.conductorone_app ?? {})[0]}`;
    expect(baton.app_id).toBe(`\${${app}.id}`);
    expect(baton.depends_on).toEqual([check]);
    const preconditions = (baton.lifecycle as { precondition: Array<{ condition: string }> }).precondition.map((p) => p.condition);
    expect(preconditions).toEqual([
      `\${contains(["write"], ${check}.permission)}`,
      expect.stringContaining('"Contractors"'),
      expect.stringContaining(`${check}.api_url`),
    ]);
    const batonAddress = addressOf(json, "conductorone_integration_baton");
    expect(only(json.resource?.conductorone_connector_credential, "credential")).toEqual({ app_id: `\${${app}.id}`, connector_id: `\${${batonAddress}.id}` });
    expect(only(json.resource?.conductorone_connector_owner_user, "owner").connector_id).toBe(`\${${batonAddress}.id}`);
    // The key goes to the check only: ConductorOne's baton integration has no config fields.
    expect(JSON.stringify(json.resource?.conductorone_integration_baton)).not.toContain("twingate_api_key");
    expect(checkAgainstSchema(json, "conductorone", CONDUCTORONE_SCHEMA).problems).toEqual([]);
  });

  test("exposes the client id, the client secret (sensitive output) and the environment baton-twingate reads", () => {
    const { stack, tg, json } = selfHosted({ access: "provisioning" });
    const credential = addressOf(json, "conductorone_connector_credential");
    const env = tg.selfHosted?.environment ?? {};
    expect(Object.keys(env).sort()).toEqual(["BATON_API_KEY", "BATON_CLIENT_ID", "BATON_CLIENT_SECRET", "BATON_DOMAIN", "BATON_PROVISIONING"]);
    expect(rendered(stack, env.BATON_CLIENT_SECRET)).toBe(`\${${credential}.client_secret}`);
    expect(rendered(stack, env.BATON_API_KEY)).toBe("${var.twingate_api_key}");
    expect(env.BATON_DOMAIN).toBe("acme");
    expect(env.BATON_PROVISIONING).toBe("true");
    const outputs = Object.entries(json.output ?? {});
    const output = (name: string) => outputs.find(([k]) => k.startsWith(`Acme_${name}_`))?.[1] as { value: unknown; sensitive?: boolean } | undefined;
    expect(output("baton_client_id")).toMatchObject({ value: `\${${credential}.client_id}` });
    expect(output("baton_client_id")?.sensitive).toBeUndefined();
    expect(output("baton_client_secret")).toMatchObject({ value: `\${${credential}.client_secret}`, sensitive: true });
    expect(output("baton_environment")?.value).toEqual({ BATON_CLIENT_ID: `\${${credential}.client_id}`, BATON_DOMAIN: "acme", BATON_PROVISIONING: "true" });
  });

  test("read-only access leaves BATON_PROVISIONING out; a network token reaches BATON_DOMAIN as the check's network_label", () => {
    const { stack, apiKey } = newStack();
    const network = new TerraformVariable(stack, "network", { type: "string" }).stringValue;
    const tg = new TwingateIntegration(stack, "Acme", validProps(apiKey, { network, connector: TwingateConnector.selfHosted() }));
    const env = tg.selfHosted?.environment ?? {};
    expect(env.BATON_PROVISIONING).toBeUndefined();
    expect(rendered(stack, env.BATON_DOMAIN)).toMatch(/^\$\{c1twingate_credential_check\.\w+\.network_label\}$/);
  });

  test.each(["local-exec", "none"] as const)("works with validation %s (without a Kubernetes deployment)", (validation) => {
    const { json } = selfHosted({ validation });
    expect(blocks(json, "conductorone_integration_baton")).toHaveLength(1);
    expect(blocks(json, "conductorone_connector_credential")).toHaveLength(1);
  });

  test("needs no kubernetes provider unless a deployment is asked for", () => {
    const { json } = selfHosted();
    expect(json.provider?.kubernetes).toBeUndefined();
    expect(json.terraform?.required_providers?.kubernetes).toBeUndefined();
  });
});

describe("self-hosted with a Kubernetes deployment", () => {
  function deployed(kubernetes = {}, overrides: Parameters<typeof validProps>[1] = {}) {
    const { stack, apiKey } = newStack();
    const tg = new TwingateIntegration(stack, "Acme", validProps(apiKey, { access: "provisioning", connector: TwingateConnector.selfHosted({ kubernetes }), ...overrides }));
    return { stack, tg, json: synthJson(stack) };
  }

  test("a Secret (write-only values) and a Deployment of ConductorOne's image, as its self-hosted instructions describe", () => {
    const { json } = deployed();
    const credential = addressOf(json, "conductorone_connector_credential");
    const check = addressOf(json, "c1twingate_credential_check");
    const secret = only(json.resource?.kubernetes_secret_v1, "secret");
    const digest = `substr(sha256(format("%s %s", ${check}.key_fingerprint, ${credential}.id)), 0, 12)`;
    expect(secret).toEqual({
      metadata: { name: "baton-twingate-acme-secrets", namespace: "default", labels: { app: "baton-twingate-acme" } },
      type: "Opaque",
      data_wo: { BATON_API_KEY: "${var.twingate_api_key}", BATON_CLIENT_SECRET: `\${${credential}.client_secret}` },
      data_wo_revision: `\${(parseint(${digest}, 16) + 1)}`,
    });
    const deployment = only(json.resource?.kubernetes_deployment_v1, "deployment") as { metadata: Block; spec: { selector: Block; template: { metadata: Block; spec: { container: Block[] } } } };
    expect(deployment.metadata).toEqual({ name: "baton-twingate-acme", namespace: "default", labels: { app: "baton-twingate-acme" } });
    expect(deployment.spec.selector).toEqual({ match_labels: { app: "baton-twingate-acme" } });
    expect(deployment.spec.template.metadata).toEqual({
      labels: { app: "baton-twingate-acme", baton: "true", "baton-app": "twingate" },
      annotations: { [SECRET_REVISION_ANNOTATION]: `\${${digest}}` },
    });
    expect(deployment.spec.template.spec.container).toEqual([
      {
        name: "baton-twingate",
        image: BATON_TWINGATE_IMAGE,
        image_pull_policy: "IfNotPresent",
        env: [
          { name: "BATON_HOST_ID", value: "baton-twingate-acme" },
          { name: "BATON_CLIENT_ID", value: `\${${credential}.client_id}` },
          { name: "BATON_DOMAIN", value: "acme" },
          { name: "BATON_PROVISIONING", value: "true" },
        ],
        env_from: [{ secret_ref: { name: `\${${addressOf(json, "kubernetes_secret_v1")}.metadata[0].name}` } }],
      },
    ]);
    expect(json.provider?.kubernetes).toEqual([{}]);
    expect(json.terraform?.required_providers?.kubernetes).toEqual({ source: "kubernetes", version: "2.38.0" });
  });

  test("every kubernetes_* block and the provider block match the kubernetes provider's schema (v2.38.0)", () => {
    const { json } = deployed({ name: "baton", namespace: "connectors", image: "public.ecr.aws/conductorone/baton-twingate:v0.1.0", labels: { team: "it" } });
    const { problems, checked } = checkAgainstSchema(json, "kubernetes", KUBERNETES_SCHEMA);
    expect(problems).toEqual([]);
    expect(checked).toBe(3);
  });

  test("the schema check catches each kind of mistake in nested blocks (so a pass means something)", () => {
    const broken = {
      resource: {
        kubernetes_secret_v1: { s: { data_wo: { K: "${var.k}" }, metadata: [{ name: "x" }, { name: "y" }] } },
        kubernetes_deployment_v1: {
          d: {
            metadata: { name: "d", uid: "u" },
            spec: { replicas: 1, template: { metadata: {}, spec: { container: [{ image: "i", env_from: [{ secret_ref: {} }], env: [{ name: "A", valueFrom: {} }] }] } } },
          },
        },
      },
    };
    const { problems } = checkAgainstSchema(broken, "kubernetes", KUBERNETES_SCHEMA);
    const expected = [
      /kubernetes_secret_v1\.s\.metadata: at most 1 block/,
      /kubernetes_deployment_v1\.d\.metadata\.uid: computed-only attribute set/,
      /kubernetes_deployment_v1\.d\.spec\.replicas: expected a string/,
      /container\[0\]\.name: required argument missing/,
      /container\[0\]\.env_from\[0\]\.secret_ref\.name: required argument missing/,
      /container\[0\]\.env\[0\]\.valueFrom: unknown argument/,
    ];
    for (const pattern of expected) expect({ pattern: String(pattern), found: problems.some((p) => pattern.test(p)) }).toEqual({ pattern: String(pattern), found: true });
    expect(problems).toHaveLength(expected.length);
    expect(checkAgainstSchema({ resource: { kubernetes_deployment_v1: { d: { metadata: {} } } } }, "kubernetes", KUBERNETES_SCHEMA).problems).toEqual([
      "kubernetes_deployment_v1.d.spec: required block missing",
    ]);
  });

  test("both secrets stay out of cdk.tf.json: synthesized with canary values in reach, every value is a reference", () => {
    const CANARY_KEY = "tgkey-canary-0f3c9e1d7b2a";
    const CANARY_SECRET = "c1secret-canary-9a8b7c6d5e";
    const saved = { ...process.env };
    // Canaries wherever a careless implementation could pick them up at synth.
    Object.assign(process.env, { TF_VAR_twingate_api_key: CANARY_KEY, BATON_API_KEY: CANARY_KEY, BATON_CLIENT_SECRET: CANARY_SECRET, CONDUCTORONE_CLIENT_SECRET: CANARY_SECRET });
    try {
      const { stack } = deployed();
      const outdir = Testing.fullSynth(stack);
      const files = filesUnder(outdir);
      const cdkTfJson = files.find((f) => f.endsWith("cdk.tf.json"));
      expect(cdkTfJson).toBeDefined();
      for (const file of files) {
        const text = readFileSync(file, "utf8");
        expect(text).not.toContain(CANARY_KEY);
        expect(text).not.toContain(CANARY_SECRET);
      }
      const doc = JSON.parse(readFileSync(cdkTfJson as string, "utf8")) as SynthJson;
      const secret = only(doc.resource?.kubernetes_secret_v1, "secret") as { data_wo: Record<string, string>; data?: unknown };
      expect(secret.data).toBeUndefined();
      for (const value of Object.values(secret.data_wo)) expect(value).toMatch(/^\$\{(var\.twingate_api_key|conductorone_connector_credential\.\w+\.client_secret)\}$/);
      const deployment = JSON.stringify(doc.resource?.kubernetes_deployment_v1);
      expect(deployment).not.toContain("var.twingate_api_key");
      expect(deployment).not.toContain("client_secret");
    } finally {
      process.env = saved;
    }
  });

  test("an explicit kubernetes provider is used instead of the stack's default", () => {
    const { stack, apiKey } = newStack();
    const k8s = new KubernetesProvider(stack, "k8s", { alias: "prod", configContext: "prod" });
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { connector: TwingateConnector.selfHosted({ kubernetes: { provider: k8s } }) }));
    const json = synthJson(stack);
    expect(json.provider?.kubernetes).toEqual([{ alias: "prod", config_context: "prod" }]);
    expect(only(json.resource?.kubernetes_deployment_v1, "deployment").provider).toBe("kubernetes.prod");
    expect(only(json.resource?.kubernetes_secret_v1, "secret").provider).toBe("kubernetes.prod");
  });

  test("two networks share one default kubernetes provider and get distinct names", () => {
    const stack = new TerraformStack(Testing.app(), "two");
    for (const network of ["acme", "acme-lab"]) {
      const key = new TerraformVariable(stack, `key_${network}`, { type: "string", sensitive: true }).stringValue;
      new TwingateIntegration(stack, network, validProps(key, { network, connector: TwingateConnector.selfHosted({ kubernetes: {} }) }));
    }
    const json = synthJson(stack);
    expect(json.provider?.kubernetes).toHaveLength(1);
    expect(blocks(json, "kubernetes_deployment_v1").map((d) => (d.metadata as Block).name).sort()).toEqual(["baton-twingate-acme", "baton-twingate-acme-lab"]);
    expect(() => Testing.fullSynth(stack)).not.toThrow();
  });

  test("fails with each bad option and without validation provider, all reported at once", () => {
    const { stack, apiKey } = newStack();
    const props = validProps(apiKey, {
      validation: "local-exec",
      connector: TwingateConnector.selfHosted({ kubernetes: { name: "Baton_Twingate", namespace: "", image: "my image", labels: { app: "x" } } }),
    });
    expect(() => new TwingateIntegration(stack, "Acme", props)).toThrow(
      new InvalidIntegrationPropsError("Acme", [
        'connector kubernetes name must be a lowercase DNS label of at most 55 characters (the Secret adds "-secrets"), got "Baton_Twingate"',
        'connector kubernetes namespace must be a lowercase DNS label such as "baton", got ""',
        'connector kubernetes image must be an image reference such as "public.ecr.aws/conductorone/baton-twingate:latest", got "my image"',
        'connector kubernetes labels must not set "app", which the deployment sets itself (app, baton, baton-app)',
        'connector kubernetes deployment needs validation "provider" (its Secret is re-sent when the check\'s key fingerprint changes), got validation "local-exec"',
      ]),
    );
  });

  test("fails for a connector that is not a TwingateConnector", () => {
    const { stack, apiKey } = newStack();
    expect(() => new TwingateIntegration(stack, "Acme", validProps(apiKey, { connector: "self-hosted" as unknown as TwingateConnector }))).toThrow(
      'connector must be TwingateConnector.cloudHosted() or TwingateConnector.selfHosted(), got "self-hosted"',
    );
  });

  test("the app is created or looked up once, shared by the baton integration, its credential and the owners", () => {
    const { json } = deployed({}, { app: IntegrationApp.create({ displayName: "Twingate (self-hosted)" }) });
    const app = `\${${addressOf(json, "conductorone_app")}.id}`;
    expect(only(json.resource?.conductorone_integration_baton, "baton").app_id).toBe(app);
    expect(only(json.resource?.conductorone_connector_credential, "credential").app_id).toBe(app);
    expect(blocks(json, "conductorone_connector_owner_user").every((o) => o.app_id === app)).toBe(true);
  });
});

/**
 * Issue 10 §3: the network ConductorOne syncs is the network the check proved. ConductorOne's
 * connector always calls https://<network>.twingate.com/api/graphql/, so a check configured for
 * another host is refused at synth (with what, the value and the fix), unless the integration
 * says it is not the one ConductorOne will use; settings only known at plan get a precondition.
 */
import { TerraformVariable } from "cdktf";
import { c1twingate, InvalidIntegrationPropsError, TwingateConnector, TwingateIntegration } from "../../constructs";
import { checkEndpoint } from "../../constructs/sync-target";
import { newStack, only, synthJson, validProps, warningsOf } from "./stack-fixture";

type Lifecycle = { precondition: Array<{ condition: string; error_message: string }> };
const SIMULATOR = "http://127.0.0.1:4567/{network}";

function thrown(fn: () => unknown): InvalidIntegrationPropsError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InvalidIntegrationPropsError) return err;
    throw err;
  }
  throw new Error("expected InvalidIntegrationPropsError");
}

const endpointPreconditions = (lifecycle: unknown) => ((lifecycle as Lifecycle | undefined)?.precondition ?? []).filter((p) => p.condition.includes(".api_url"));

describe("the host the check calls is the host ConductorOne syncs (refused at synth)", () => {
  test("fails for a baseDomain other than twingate.com, naming the URLs and both fixes", () => {
    const { stack, apiKey } = newStack();
    const err = thrown(() => new TwingateIntegration(stack, "Stg", validProps(apiKey, { network: "acme.stg.example.dev", baseDomain: "stg.example.dev" })));
    expect(err.code).toBe("C1TG_CONSTRUCT_INVALID_PROPS");
    expect(err.problems).toEqual([
      'the credential check calls https://acme.stg.example.dev/api/graphql/ (baseDomain "stg.example.dev"), but ConductorOne\'s Twingate connector always syncs ' +
        "https://acme.twingate.com/api/graphql/, so a passing check would prove a network ConductorOne never reads: point the check at twingate.com " +
        "(remove baseDomain and the c1twingate provider's base_url/base_domain), or set allowCheckedHostMismatch: true if this integration is not the one " +
        "ConductorOne will use (a simulator, a staging tenant, a test)",
    ]);
  });

  test("fails for a checkProvider with a base_url (a simulator)", () => {
    const { stack, apiKey } = newStack();
    const sim = new c1twingate.provider.C1TwingateProvider(stack, "sim", { alias: "sim", baseUrl: SIMULATOR });
    const err = thrown(() => new TwingateIntegration(stack, "Acme", validProps(apiKey, { checkProvider: sim })));
    expect(err.problems).toEqual([expect.stringMatching(/^the credential check calls http:\/\/127\.0\.0\.1:4567\/acme\/api\/graphql\/ \(checkProvider base_url "http:\/\/127\.0\.0\.1:4567\/\{network\}"\), but ConductorOne's Twingate connector always syncs https:\/\/acme\.twingate\.com\/api\/graphql\//)]);
  });

  test("fails for a checkProvider with another base_domain even when the baseDomain prop is the default", () => {
    const { stack, apiKey } = newStack();
    const stg = new c1twingate.provider.C1TwingateProvider(stack, "stg", { alias: "stg", baseDomain: "stg.example.dev" });
    const err = thrown(() => new TwingateIntegration(stack, "Acme", validProps(apiKey, { checkProvider: stg })));
    expect(err.problems).toEqual([expect.stringContaining('calls https://acme.stg.example.dev/api/graphql/ (checkProvider "stg.example.dev")')]);
  });

  test("fails when the stack's default c1twingate provider (reused by the construct) points at a simulator", () => {
    const { stack, apiKey } = newStack();
    new c1twingate.provider.C1TwingateProvider(stack, "c1twingate", { baseUrl: SIMULATOR });
    const err = thrown(() => new TwingateIntegration(stack, "Acme", validProps(apiKey)));
    expect(err.problems).toEqual([expect.stringContaining(`(the stack's default c1twingate provider base_url "${SIMULATOR}")`)]);
  });

  test.each([
    ["local-exec", { validation: "local-exec" as const }],
    ["none", { validation: "none" as const }],
    ["a self-hosted connector", { connector: TwingateConnector.selfHosted() }],
  ])("applies with %s too", (_name, extra) => {
    const { stack, apiKey } = newStack();
    const err = thrown(() => new TwingateIntegration(stack, "Stg", validProps(apiKey, { network: "acme", baseDomain: "stg.example.dev", ...extra })));
    expect(err.problems).toEqual([expect.stringContaining("but ConductorOne's Twingate connector always syncs https://acme.twingate.com/api/graphql/")]);
  });

  test("a network token shows {network} in the message", () => {
    const { stack, apiKey } = newStack();
    const network = new TerraformVariable(stack, "network", { type: "string" }).stringValue;
    const sim = new c1twingate.provider.C1TwingateProvider(stack, "sim", { alias: "sim", baseUrl: SIMULATOR });
    const err = thrown(() => new TwingateIntegration(stack, "Acme", validProps(apiKey, { network, checkProvider: sim })));
    expect(err.problems[0]).toContain("calls http://127.0.0.1:4567/{network}/api/graphql/");
    expect(err.problems[0]).toContain("always syncs https://{network}.twingate.com/api/graphql/");
  });

  test("is reported together with the other mistakes, and not on top of a bad network", () => {
    const { stack, apiKey } = newStack();
    const err = thrown(() => new TwingateIntegration(stack, "Stg", validProps(apiKey, { network: "acme.stg.example.dev", baseDomain: "stg.example.dev", owners: [] })));
    expect(err.problems).toHaveLength(2);
    const bad = thrown(() => new TwingateIntegration(stack, "Bad", validProps(apiKey, { network: "acme.example.com", baseDomain: "stg.example.dev" })));
    expect(bad.problems).toEqual([expect.stringMatching(/^network must be a twingate network name/)]);
  });

  test("fails for a non-boolean allowCheckedHostMismatch", () => {
    const { stack, apiKey } = newStack();
    const err = thrown(() => new TwingateIntegration(stack, "Acme", validProps(apiKey, { allowCheckedHostMismatch: "yes" as unknown as boolean })));
    expect(err.problems).toEqual(['allowCheckedHostMismatch must be true or false, got "yes"']);
  });
});

describe("what is accepted", () => {
  test("the default check (twingate.com) passes and carries the plan-time endpoint precondition", () => {
    const { stack, apiKey } = newStack();
    const tg = new TwingateIntegration(stack, "Acme", validProps(apiKey));
    expect(warningsOf(tg)).toEqual([]);
    const integration = only(synthJson(stack).resource?.conductorone_integration_twingate, "integration");
    expect(endpointPreconditions(integration.lifecycle)).toHaveLength(1);
  });

  test.each(["https://{network}.twingate.com", "https://{network}.twingate.com/", "https://{network}.TWINGATE.com:443"])("a checkProvider base_url %s that is ConductorOne's host", (baseUrl) => {
    const { stack, apiKey } = newStack();
    const p = new c1twingate.provider.C1TwingateProvider(stack, "p", { alias: "p", baseUrl, baseDomain: "twingate.com" });
    expect(() => new TwingateIntegration(stack, "Acme", validProps(apiKey, { checkProvider: p }))).not.toThrow();
  });

  test("allowCheckedHostMismatch: no error, a warning naming both URLs, and no endpoint precondition", () => {
    const { stack, apiKey } = newStack();
    const sim = new c1twingate.provider.C1TwingateProvider(stack, "sim", { alias: "sim", baseUrl: SIMULATOR });
    const tg = new TwingateIntegration(stack, "Acme", validProps(apiKey, { checkProvider: sim, allowCheckedHostMismatch: true }));
    expect(warningsOf(tg)).toEqual([
      "the credential check calls http://127.0.0.1:4567/acme/api/graphql/ while ConductorOne's Twingate connector syncs https://acme.twingate.com/api/graphql/ " +
        "(allowCheckedHostMismatch: true): this integration proves nothing about the network ConductorOne will read; do not use it for the integration ConductorOne syncs",
    ]);
    const integration = only(synthJson(stack).resource?.conductorone_integration_twingate, "integration");
    expect(endpointPreconditions(integration.lifecycle)).toEqual([]);
  });

  test("a base_url only known at plan (a variable) passes synth and is judged by the precondition on the URL the check's configuration names (api_url, known at plan)", () => {
    const { stack, apiKey } = newStack();
    const baseUrl = new TerraformVariable(stack, "base_url", { type: "string" }).stringValue;
    const p = new c1twingate.provider.C1TwingateProvider(stack, "p", { alias: "p", baseUrl });
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { checkProvider: p }));
    const json = synthJson(stack);
    const check = Object.keys(json.resource?.c1twingate_credential_check ?? {})[0];
    const [precondition] = endpointPreconditions(only(json.resource?.conductorone_integration_twingate, "integration").lifecycle);
    expect(precondition?.condition).toBe(
      `\${can(regex(format("^https://%s[.]([a-z0-9-]+[.])*twingate[.]com(:443)?/", c1twingate_credential_check.${check}.network_label), c1twingate_credential_check.${check}.api_url))}`,
    );
    expect(precondition?.error_message).toContain(`The Twingate credential check calls \${c1twingate_credential_check.${check}.api_url}`);
    expect(precondition?.error_message).not.toContain('"');
  });
});

describe("checkEndpoint (the check's URL as the client builds it)", () => {
  test.each([
    [{ baseDomain: "twingate.com" }, "https://acme.twingate.com/api/graphql/", true],
    [{ baseDomain: "stg.example.dev" }, "https://acme.stg.example.dev/api/graphql/", false],
    [{ baseUrl: "https://{network}.twingate.com", baseDomain: "twingate.com" }, "https://acme.twingate.com/api/graphql/", true],
    [{ baseUrl: "http://{network}.twingate.com", baseDomain: "twingate.com" }, "http://acme.twingate.com/api/graphql/", false],
    [{ baseUrl: "https://{network}.twingate.com.evil.example", baseDomain: "twingate.com" }, "https://acme.twingate.com.evil.example/api/graphql/", false],
    [{ baseUrl: "https://proxy.example/{network}", baseDomain: "twingate.com" }, "https://proxy.example/acme/api/graphql/", false],
    [{ baseUrl: "https://{network}.twingate.com:8443", baseDomain: "twingate.com" }, "https://acme.twingate.com:8443/api/graphql/", false],
    [{ baseUrl: "https://acme.twingate.com", baseDomain: "twingate.com" }, "https://acme.twingate.com/api/graphql/", false], // no {network}: the client refuses it
  ])("%j → %s (ConductorOne's host: %s)", (settings, url, matches) => {
    expect(checkEndpoint("acme", { ...settings, source: "test" })).toEqual({ known: true, url, matchesConductorOne: matches });
  });
});

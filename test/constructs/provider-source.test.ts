import "../helpers/cdktf-matchers";
import { Testing } from "cdktf";
import {
  c1twingate,
  DEFAULT_C1TWINGATE_PROVIDER_SOURCE,
  InvalidIntegrationPropsError,
  InvalidProviderSourceError,
  SyncVerification,
  TwingateIntegration,
  useC1TwingateProviderSource,
} from "../../constructs";
import { PROVIDER_SOURCE } from "../../src/provider/address";
import { newStack, synthJson, validProps, warningsOf } from "./stack-fixture";

const requiredC1Twingate = (stack: Parameters<typeof synthJson>[0]): unknown => (synthJson(stack).terraform as { required_providers?: Record<string, unknown> } | undefined)?.required_providers?.c1twingate;

/** The problem line of the one InvalidIntegrationPropsError `build` throws. */
function propsProblems(build: () => unknown): readonly string[] {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidIntegrationPropsError);
    expect((error as InvalidIntegrationPropsError).code).toBe("C1TG_CONSTRUCT_INVALID_PROPS");
    return (error as InvalidIntegrationPropsError).problems;
  }
  throw new Error("expected InvalidIntegrationPropsError");
}

describe("checkProviderSource: where terraform installs the c1twingate provider from", () => {
  test("default: the generated binding's address, which is the one provider install mirrors", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey));
    expect(DEFAULT_C1TWINGATE_PROVIDER_SOURCE).toBe(PROVIDER_SOURCE);
    expect(requiredC1Twingate(stack)).toEqual({ source: "c1twingate.invalid/local/c1twingate", version: "~> 0.1" });
  });

  test.each([
    ["app.terraform.io/acme/c1twingate", "app.terraform.io/acme/c1twingate"],
    ["  TFE.Example.COM/Platform-Team/C1Twingate ", "tfe.example.com/platform-team/c1twingate"],
    ["localhost:8443/local/c1twingate", "localhost:8443/local/c1twingate"],
    ["app.terraform.io/acme_corp/c1twingate", "app.terraform.io/acme_corp/c1twingate"],
  ])("%j is written, normalized, to required_providers.c1twingate.source", (given, written) => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { checkProviderSource: given }));
    expect(requiredC1Twingate(stack)).toEqual({ source: written, version: "~> 0.1" });
    // The provider block itself is unchanged.
    expect(Testing.synth(stack)).toHaveProvider(c1twingate.provider.C1TwingateProvider);
  });

  it("an underscore in the namespace is written, with a warning that terraform 1.11 refuses it at init", () => {
    const { stack, apiKey } = newStack();
    const integration = new TwingateIntegration(stack, "Acme", validProps(apiKey, { checkProviderSource: "app.terraform.io/acme_corp/c1twingate" }));
    expect(requiredC1Twingate(stack)).toEqual({ source: "app.terraform.io/acme_corp/c1twingate", version: "~> 0.1" });
    expect(warningsOf(integration)).toEqual([expect.stringMatching(/namespace "acme_corp" has an underscore: terraform 1\.11 refuses it at terraform init/)]);
    const { stack: plain, apiKey: key } = newStack();
    expect(warningsOf(new TwingateIntegration(plain, "Acme", validProps(key, { checkProviderSource: "app.terraform.io/acme-corp/c1twingate" })))).toEqual([]);
  });

  test("it also applies to a checkProvider the user created, declared after the integration", () => {
    const { stack, apiKey } = newStack();
    const provider = new c1twingate.provider.C1TwingateProvider(stack, "mine", { alias: "sim", baseUrl: "http://127.0.0.1:4567/{network}" });
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { checkProvider: provider, checkProviderSource: "app.terraform.io/acme/c1twingate", allowCheckedHostMismatch: true }));
    expect(requiredC1Twingate(stack)).toEqual({ source: "app.terraform.io/acme/c1twingate", version: "~> 0.1" });
  });

  test("verifySync alone (validation none) uses the c1twingate provider, so the prop is accepted", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { validation: "none", verifySync: SyncVerification.started(), checkProviderSource: "app.terraform.io/acme/c1twingate" }));
    expect(requiredC1Twingate(stack)).toEqual({ source: "app.terraform.io/acme/c1twingate", version: "~> 0.1" });
  });

  test.each([
    ["app.terraform.io/acme/twingate", 'the provider type, the last part, must be "c1twingate"'],
    ["c1twingate", '1 part separated by "/", expected 3'],
    // No hostname is Terraform's public registry: anyone could publish a c1twingate there and get the key.
    ["acme/c1twingate", "no hostname: Terraform would look for it on its public registry (registry.terraform.io), where anyone may publish"],
    ["registry.terraform.io/acme/c1twingate", "registry.terraform.io is a public registry"],
    ["Registry.OpenTofu.org/acme/c1twingate", "registry.opentofu.org is a public registry"],
    ["https://app.terraform.io/acme/c1twingate", '5 parts separated by "/"'],
    ["app.terraform.io//c1twingate", "the namespace is empty"],
    ["app.terraform.io/-acme/c1twingate", 'the namespace "-acme" may contain only letters'],
    ["app.terraform.io/ac--me/c1twingate", 'the namespace "ac--me" may contain only letters'],
    ["app.terraform.io/ac.me/c1twingate", 'the namespace "ac.me" may contain only letters'],
    ["app_terraform.io/acme/c1twingate", 'the hostname "app_terraform.io" must be a DNS name'],
    ["-app.terraform.io/acme/c1twingate", 'the hostname "-app.terraform.io" must be a DNS name'],
    ["localhost:0/acme/c1twingate", 'the port in "localhost:0" must be a number from 1 to 65535'],
    ["localhost:99999/acme/c1twingate", "must be a number from 1 to 65535"],
  ])("%j is refused with the reason", (given, reason) => {
    const { stack, apiKey } = newStack();
    const problems = propsProblems(() => new TwingateIntegration(stack, "Acme", validProps(apiKey, { checkProviderSource: given })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`checkProviderSource must be a Terraform provider source address <hostname>/<namespace>/c1twingate of your private registry, such as "app.terraform.io/<organization>/c1twingate", got ${JSON.stringify(given)}`);
    expect(problems[0]).toContain(reason);
  });

  test("a token is refused: required_providers is read before any variable", () => {
    const { stack, apiKey } = newStack();
    const problems = propsProblems(() => new TwingateIntegration(stack, "Acme", validProps(apiKey, { checkProviderSource: apiKey })));
    expect(problems).toEqual([expect.stringContaining("a token: Terraform reads required_providers before any variable, so the address must be a literal")]);
  });

  test("without a user of the c1twingate provider the prop would do nothing: refused", () => {
    const { stack, apiKey } = newStack();
    const problems = propsProblems(() => new TwingateIntegration(stack, "Acme", validProps(apiKey, { validation: "none", checkProviderSource: "app.terraform.io/acme/c1twingate" })));
    expect(problems).toEqual(['checkProviderSource needs validation "provider" or verifySync (only they use the c1twingate provider), got validation "none" and no verifySync']);
  });

  test("two integrations of one stack asking for different addresses: the second is refused, naming the first", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { checkProviderSource: "app.terraform.io/acme/c1twingate" }));
    const problems = propsProblems(() => new TwingateIntegration(stack, "Beta", validProps(apiKey, { network: "beta", checkProviderSource: "app.terraform.io/other/c1twingate" })));
    expect(problems).toEqual([
      'checkProviderSource "app.terraform.io/other/c1twingate" differs from "app.terraform.io/acme/c1twingate", which stack/Acme set for this stack: ' +
        "Terraform takes one source address per provider in a configuration, so give every TwingateIntegration of the stack the same address, or put them in separate stacks",
    ]);
  });

  test("two integrations with the same address (any case), or one without: accepted, one address", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Plain", validProps(apiKey, { network: "plain" }));
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { checkProviderSource: "app.terraform.io/acme/c1twingate" }));
    new TwingateIntegration(stack, "Beta", validProps(apiKey, { network: "beta", checkProviderSource: "APP.terraform.io/acme/c1twingate" }));
    expect(requiredC1Twingate(stack)).toEqual({ source: "app.terraform.io/acme/c1twingate", version: "~> 0.1" });
  });

  test("separate stacks may use separate addresses", () => {
    const { stack: a, apiKey: keyA } = newStack("a");
    const { stack: b, apiKey: keyB } = newStack("b");
    new TwingateIntegration(a, "Acme", validProps(keyA, { checkProviderSource: "app.terraform.io/acme/c1twingate" }));
    new TwingateIntegration(b, "Acme", validProps(keyB, { checkProviderSource: "tfe.example.com/acme/c1twingate" }));
    expect(requiredC1Twingate(a)).toEqual({ source: "app.terraform.io/acme/c1twingate", version: "~> 0.1" });
    expect(requiredC1Twingate(b)).toEqual({ source: "tfe.example.com/acme/c1twingate", version: "~> 0.1" });
  });
});

describe("useC1TwingateProviderSource: the same setting for a stack without a TwingateIntegration", () => {
  test("sets the address of a provider the user declared", () => {
    const { stack } = newStack();
    new c1twingate.provider.C1TwingateProvider(stack, "c1twingate");
    useC1TwingateProviderSource(stack, "app.terraform.io/acme/c1twingate");
    expect(requiredC1Twingate(stack)).toEqual({ source: "app.terraform.io/acme/c1twingate", version: "~> 0.1" });
  });

  test("a stack without a c1twingate provider gets no c1twingate requirement", () => {
    const { stack } = newStack();
    useC1TwingateProviderSource(stack, "app.terraform.io/acme/c1twingate");
    expect(requiredC1Twingate(stack)).toBeUndefined();
  });

  test("a bad address or a conflicting one: InvalidProviderSourceError with its code", () => {
    const { stack, apiKey } = newStack();
    let error: unknown;
    try {
      useC1TwingateProviderSource(stack, "app.terraform.io/acme/twingate");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidProviderSourceError);
    expect((error as InvalidProviderSourceError).code).toBe("C1TG_CONSTRUCT_INVALID_PROVIDER_SOURCE");
    expect((error as Error).message).toContain('c1twingate provider source must be a Terraform provider source address <hostname>/<namespace>/c1twingate of your private registry, such as "app.terraform.io/<organization>/c1twingate", got "app.terraform.io/acme/twingate"');

    new TwingateIntegration(stack, "Acme", validProps(apiKey, { checkProviderSource: "app.terraform.io/acme/c1twingate" }));
    expect(() => useC1TwingateProviderSource(stack, "tfe.example.com/acme/c1twingate")).toThrow(
      'c1twingate provider source "tfe.example.com/acme/c1twingate" differs from "app.terraform.io/acme/c1twingate", which stack/Acme set for this stack',
    );
    expect(() => useC1TwingateProviderSource(stack, "app.terraform.io/acme/c1twingate")).not.toThrow();
  });
});

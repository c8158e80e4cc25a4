import { c1twingate, IntegrationApp, IntegrationOwner, type TwingateIntegrationProps, TwingateIntegration, InvalidIntegrationPropsError } from "../../constructs";
import { newStack, validProps } from "./stack-fixture";

// Each row: one mistake and the exact line it must produce (aws-cdk style: lowercase,
// no trailing period, the value shown, what is allowed).
const cases: Array<[string, Partial<TwingateIntegrationProps> | ((apiKey: string) => Partial<TwingateIntegrationProps>), string]> = [
  [
    "a host under another domain",
    { network: "acme.example.com" },
    'network must be a twingate network name such as "acme" or "acme.twingate.com", got "acme.example.com" (the host acme.example.com is not under twingate.com)',
  ],
  [
    "the doubled host",
    { network: "acme.acme.twingate.com" },
    'network must be a twingate network name such as "acme" or "acme.twingate.com", got "acme.acme.twingate.com" (the host acme.acme.twingate.com has extra labels in front of the network name (acme.acme))',
  ],
  ["an empty network", { network: " " }, 'network must be a twingate network name such as "acme" or "acme.twingate.com", got " " (it is empty)'],
  ["a bad base domain", { baseDomain: "not a domain" }, 'baseDomain must be a domain name such as "twingate.com", got "not a domain"'],
  [
    "a literal api key",
    { apiKey: "tgk_literal" },
    'apiKey must be a token, not a literal string that would be written in plain text to cdk.tf.json: pass new TerraformVariable(scope, "twingate_api_key", { type: "string", sensitive: true }).stringValue and set TF_VAR_twingate_api_key, or set allowLiteralApiKey: true to accept the risk',
  ],
  ["an empty literal key with the escape hatch", { apiKey: "", allowLiteralApiKey: true }, "apiKey must not be empty, got an empty string"],
  ["no owners", { owners: [] }, "owners must list at least one conductorone user id, email or entitlement, got []"],
  ["a malformed email", { owners: ["alice@"] }, 'owners[0] must be an email address such as "alice@example.com", got "alice@"'],
  ["a bad owner id", { owners: ["2UserId", "not an id"] }, 'owners[1] must be a conductorone user id or an email address, got "not an id"'],
  ["a repeated owner", { owners: ["a@b.co", "A@b.co"] }, 'owners[1] repeats "A@b.co", list each owner once'],
  ["an empty role slug", { ownerRoleSlug: "" }, 'ownerRoleSlug must be a non-empty role slug, got ""'],
  ["no app", { app: undefined }, "app must be IntegrationApp.fromId(), IntegrationApp.fromDisplayName() or IntegrationApp.create(), got undefined"],
  ["an empty app id", { app: IntegrationApp.fromId("") }, 'app id must be a conductorone app id (a KSUID: 27 letters and digits, such as "2GkPvCsvc6nHg5ThWebYO3tvKEZ"), got ""'],
  [
    "an app id that is not a KSUID",
    { app: IntegrationApp.fromId("not a valid id!") },
    'app id must be a conductorone app id (a KSUID: 27 letters and digits, such as "2GkPvCsvc6nHg5ThWebYO3tvKEZ"), got "not a valid id!"',
  ],
  [
    "an app id one character short",
    { app: IntegrationApp.fromId("2YAppId0000000000000000000") },
    'app id must be a conductorone app id (a KSUID: 27 letters and digits, such as "2GkPvCsvc6nHg5ThWebYO3tvKEZ"), got "2YAppId0000000000000000000"',
  ],
  [
    "an app id above the largest KSUID (27 base62 characters, but more than 160 bits)",
    { app: IntegrationApp.fromId("zzzzzzzzzzzzzzzzzzzzzzzzzzz") },
    'app id must be a conductorone app id (a KSUID: 27 letters and digits, such as "2GkPvCsvc6nHg5ThWebYO3tvKEZ"), got "zzzzzzzzzzzzzzzzzzzzzzzzzzz" (above the largest KSUID, "aWgEPTl1tmebfsQzFP4bxwgy80V")',
  ],
  [
    "an app id one above the largest KSUID",
    { app: IntegrationApp.fromId("aWgEPTl1tmebfsQzFP4bxwgy80W") },
    'app id must be a conductorone app id (a KSUID: 27 letters and digits, such as "2GkPvCsvc6nHg5ThWebYO3tvKEZ"), got "aWgEPTl1tmebfsQzFP4bxwgy80W" (above the largest KSUID, "aWgEPTl1tmebfsQzFP4bxwgy80V")',
  ],
  [
    "the nil KSUID as app id",
    { app: IntegrationApp.fromId("000000000000000000000000000") },
    'app id must be a conductorone app id (a KSUID: 27 letters and digits, such as "2GkPvCsvc6nHg5ThWebYO3tvKEZ"), got "000000000000000000000000000" (the nil KSUID, which names no object)',
  ],
  [
    "an entitlement owner of an app id that is not a KSUID",
    { owners: [IntegrationOwner.fromEntitlement({ appId: "okta", entitlementId: "2EntEngineering000000000001" })] },
    'owners[0] app id must be a conductorone app id (a KSUID: 27 letters and digits, such as "2GkPvCsvc6nHg5ThWebYO3tvKEZ"), got "okta"',
  ],
  [
    "an entitlement owner without an entitlement id",
    { owners: [IntegrationOwner.fromEntitlement({ appId: "2GkPvCsvc6nHg5ThWebYO3tvKEZ", entitlementId: "" })] },
    'owners[0] entitlement id must be a conductorone app entitlement id, got ""',
  ],
  [
    "a repeated entitlement owner",
    {
      owners: [
        IntegrationOwner.fromEntitlement({ appId: "2GkPvCsvc6nHg5ThWebYO3tvKEZ", entitlementId: "2EntEngineering000000000001" }),
        IntegrationOwner.fromEntitlement({ appId: "2GkPvCsvc6nHg5ThWebYO3tvKEZ", entitlementId: "2EntEngineering000000000001" }),
      ],
    },
    'owners[1] repeats "2GkPvCsvc6nHg5ThWebYO3tvKEZ/2EntEngineering000000000001", list each owner once',
  ],
  ["an empty app name to look up", { app: IntegrationApp.fromDisplayName("  ") }, 'app display name to look up must not be empty, got "  "'],
  ["a new app without a name", { app: IntegrationApp.create({ displayName: "" }) }, 'app display name of the new app must not be empty, got ""'],
  ["an unknown access", { access: "write" as never }, 'access must be "read-only" or "provisioning", got "write"'],
  // One error per cause: not again as "groupsToProvision needs access provisioning".
  ["a misspelt access with groups", { access: "provisoning" as never, groupsToProvision: ["Eng"] }, 'access must be "read-only" or "provisioning", got "provisoning"'],
  ["an unknown validation", { validation: "plan" as never }, 'validation must be "provider", "local-exec" or "none", got "plan"'],
  ["groups without provisioning", { groupsToProvision: ["Eng"] }, 'groupsToProvision needs access "provisioning", got access "read-only"'],
  ["an empty group name", { access: "provisioning", groupsToProvision: ["Eng", ""] }, 'groupsToProvision[1] must be a non-empty group name, got ""'],
  ["a repeated group", { access: "provisioning", groupsToProvision: ["Eng", "Eng"] }, 'groupsToProvision[1] repeats "Eng", list each group once'],
  ["an empty cli command", { validation: "local-exec", cliCommand: "" }, 'cliCommand must be a non-empty command, got ""'],
];

describe("TwingateIntegration props validation", () => {
  test.each(cases)("fails on %s", (_name, override, expected) => {
    const { stack, apiKey } = newStack();
    const props = validProps(apiKey, typeof override === "function" ? override(apiKey) : override);
    expect(() => new TwingateIntegration(stack, "Acme", props)).toThrow(new InvalidIntegrationPropsError("Acme", [expected]));
    expect(() => new TwingateIntegration(stack, "Acme2", props)).toThrow(`twingate integration 'Acme2' has invalid props:\n- ${expected}`);
  });

  test("aggregates every mistake into one error with a stable code", () => {
    const { stack } = newStack();
    let error: unknown;
    try {
      new TwingateIntegration(stack, "Broken", {
        network: "https://acme.example.com",
        apiKey: "literal",
        owners: [],
        app: IntegrationApp.create({ displayName: "" }),
        access: "read-only",
        groupsToProvision: ["Eng"],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidIntegrationPropsError);
    expect((error as InvalidIntegrationPropsError).code).toBe("C1TG_CONSTRUCT_INVALID_PROPS");
    expect((error as Error).message).toBe(
      [
        "twingate integration 'Broken' has invalid props:",
        '- network must be a twingate network name such as "acme" or "acme.twingate.com", got "https://acme.example.com" (the host acme.example.com is not under twingate.com)',
        '- apiKey must be a token, not a literal string that would be written in plain text to cdk.tf.json: pass new TerraformVariable(scope, "twingate_api_key", { type: "string", sensitive: true }).stringValue and set TF_VAR_twingate_api_key, or set allowLiteralApiKey: true to accept the risk',
        "- owners must list at least one conductorone user id, email or entitlement, got []",
        '- app display name of the new app must not be empty, got ""',
        '- groupsToProvision needs access "provisioning", got access "read-only"',
      ].join("\n"),
    );
    expect((error as InvalidIntegrationPropsError).problems).toHaveLength(5);
  });

  test("fails when a second base domain would reuse the stack's default check provider", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Prod", validProps(apiKey));
    expect(() => new TwingateIntegration(stack, "Stg", validProps(apiKey, { network: "acme", baseDomain: "stg.example.dev" }))).toThrow(
      'baseDomain "stg.example.dev" differs from the base domain "twingate.com" of the stack\'s default c1twingate provider, pass checkProvider with an aliased C1TwingateProvider for this base domain',
    );
    const aliased = new c1twingate.provider.C1TwingateProvider(stack, "stg", { alias: "stg", baseDomain: "stg.example.dev" });
    expect(() =>
      new TwingateIntegration(stack, "Stg2", validProps(apiKey, { network: "acme", baseDomain: "stg.example.dev", checkProvider: aliased, allowCheckedHostMismatch: true })),
    ).not.toThrow();
  });

  test("reports a second base domain together with the other mistakes", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Prod", validProps(apiKey));
    expect(() => new TwingateIntegration(stack, "Stg", validProps(apiKey, { network: "acme", baseDomain: "stg.example.dev", owners: [] }))).toThrow(
      new InvalidIntegrationPropsError("Stg", [
        'baseDomain "stg.example.dev" differs from the base domain "twingate.com" of the stack\'s default c1twingate provider, pass checkProvider with an aliased C1TwingateProvider for this base domain',
        "owners must list at least one conductorone user id, email or entitlement, got []",
      ]),
    );
  });

  test("owner ids differing only in case are two owners (conductorone ids are case-sensitive)", () => {
    const { stack, apiKey } = newStack();
    const integration = new TwingateIntegration(stack, "Acme", validProps(apiKey, { owners: ["2ZuB5nvPFtqQQ8CvJz1ZkVlL2Ah", "2zub5nvpftqqq8cvjz1zkvll2ah"] }));
    expect(integration.owners).toHaveLength(2);
  });

  test("the KSUID bounds are segmentio/ksuid's: the largest KSUID and an ordinary one pass", () => {
    for (const id of ["aWgEPTl1tmebfsQzFP4bxwgy80V", "000000000000000000000000001", "2GkPvCsvc6nHg5ThWebYO3tvKEZ", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZ"]) {
      const { stack, apiKey } = newStack();
      expect(() => new TwingateIntegration(stack, "Acme", validProps(apiKey, { app: IntegrationApp.fromId(id) }))).not.toThrow();
    }
  });

  test("unresolved tokens pass synth-time checks (checked at plan instead)", () => {
    const { stack, apiKey } = newStack();
    expect(
      () => new TwingateIntegration(stack, "Acme", validProps(apiKey, { network: apiKey, owners: [apiKey], app: IntegrationApp.fromId(apiKey) })),
    ).not.toThrow();
  });
});

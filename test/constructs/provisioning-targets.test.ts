import { TerraformVariable, Token } from "cdktf";
import { TwingateIntegration } from "../../constructs";
import { newStack, only, synthJson, validProps } from "./stack-fixture";

// groupsToProvision: a sync preview data source read at plan, and one precondition per
// group on the integration, so a missing or non-MANUAL group fails the plan.
describe("TwingateIntegration groupsToProvision", () => {
  test("provisioning with target groups reads a sync preview and adds one precondition per group", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Tg", validProps(apiKey, { access: "provisioning", groupsToProvision: ["Contractors", "On-call"] }));
    const json = synthJson(stack);

    const preview = only(json.data?.c1twingate_sync_preview, "c1twingate_sync_preview");
    // The network as given, never a reference to the check: terraform would defer the read to apply.
    expect(preview).toMatchObject({ network: "acme", groups: ["Contractors", "On-call"], api_key: expect.stringContaining("var.twingate_api_key") });
    // Read during plan: a depends_on would defer it to apply.
    expect(preview.depends_on).toBeUndefined();

    const integration = only(json.resource?.conductorone_integration_twingate, "conductorone_integration_twingate");
    const preconditions = (integration.lifecycle as { precondition: Array<{ condition: string; error_message: string }> }).precondition;
    expect(preconditions).toHaveLength(4); // permission, two groups, the check's endpoint (issue 10 §3)
    const [, contractors, onCall] = preconditions;
    expect(contractors!.condition).toMatch(/contains\(keys\(data\.c1twingate_sync_preview\.\w+\.provisionable_groups\), "Contractors"\)/);
    expect(onCall!.condition).toContain('"On-call"');
    expect(contractors!.error_message).toContain("Twingate group 'Contractors' cannot be provisioned");
    expect(contractors!.error_message).toContain("MANUAL");
    // The reason comes from the preview, in the error itself: missing, SYNCED/SYSTEM, inactive or not reached.
    expect(contractors!.error_message).toMatch(/contains\(data\.c1twingate_sync_preview\.\w+\.missing_groups, "Contractors"\) \? "does not exist in the network/);
    expect(contractors!.error_message).toContain('lookup(data.c1twingate_sync_preview');
  });

  test("read-only access reads a sync preview for the connector view only: no groups, no target preconditions", () => {
    const { stack, apiKey } = newStack();
    const tg = new TwingateIntegration(stack, "Tg", validProps(apiKey));
    expect(tg.syncPreview).toBeDefined();
    const json = synthJson(stack);
    expect(only(json.data?.c1twingate_sync_preview, "preview").groups).toBeUndefined();
    const tgResource = only(json.resource?.conductorone_integration_twingate, "integration");
    expect(JSON.stringify(tgResource.lifecycle)).not.toContain("c1twingate_sync_preview");
  });

  test("validation none skips the preview even with target groups", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Tg", validProps(apiKey, { access: "provisioning", validation: "none", groupsToProvision: ["Contractors"] }));
    expect(synthJson(stack).data?.c1twingate_sync_preview).toBeUndefined();
  });
});

describe("TwingateIntegration groupsToProvision as a list token (issue 9 §5)", () => {
  test("a list(string) variable is passed to the sync preview and checked by one precondition that names the groups that fail", () => {
    const { stack, apiKey } = newStack();
    const groups = new TerraformVariable(stack, "groups", { type: "list(string)" });
    const tg = new TwingateIntegration(stack, "Tg", validProps(apiKey, { access: "provisioning", groupsToProvision: groups.listValue }));
    expect(Token.isUnresolved(tg.groupsToProvision)).toBe(true);
    const json = synthJson(stack);
    expect(only(json.data?.c1twingate_sync_preview, "c1twingate_sync_preview").groups).toBe("${var.groups}");
    const integration = only(json.resource?.conductorone_integration_twingate, "conductorone_integration_twingate");
    const preconditions = (integration.lifecycle as { precondition: Array<{ condition: string; error_message: string }> }).precondition;
    expect(preconditions).toHaveLength(3); // permission, the group list, the check's endpoint (issue 10 §3)
    expect(preconditions[1]?.condition).toMatch(/^\$\{contains\(\[0\], length\(setsubtract\(var\.groups, keys\(data\.c1twingate_sync_preview\.\w+\.provisionable_groups\)\)\)\)\}$/);
    expect(preconditions[1]?.error_message).toMatch(/^Twingate groups \$\{join\(", ", tolist\(setsubtract\(var\.groups, .*\)\)\)\} \(from groupsToProvision\) cannot be provisioned/);
  });

  test("a list token still needs access provisioning", () => {
    const { stack, apiKey } = newStack();
    const groups = new TerraformVariable(stack, "groups", { type: "list(string)" });
    expect(() => new TwingateIntegration(stack, "Tg", validProps(apiKey, { groupsToProvision: groups.listValue }))).toThrow('groupsToProvision needs access "provisioning", got access "read-only"');
  });
});

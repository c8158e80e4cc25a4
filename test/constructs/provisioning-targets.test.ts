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
    expect(preview).toMatchObject({ network: "acme", groups: ["Contractors", "On-call"], api_key: expect.stringContaining("var.twingate_api_key") });
    // Read during plan: a depends_on would defer it to apply.
    expect(preview.depends_on).toBeUndefined();

    const integration = only(json.resource?.conductorone_integration_twingate, "conductorone_integration_twingate");
    const preconditions = (integration.lifecycle as { precondition: Array<{ condition: string; error_message: string }> }).precondition;
    expect(preconditions).toHaveLength(3);
    const [, contractors, onCall] = preconditions;
    expect(contractors!.condition).toMatch(/contains\(keys\(data\.c1twingate_sync_preview\.\w+\.provisionable_groups\), "Contractors"\)/);
    expect(onCall!.condition).toContain('"On-call"');
    expect(contractors!.error_message).toContain("Twingate group 'Contractors' cannot be provisioned");
    expect(contractors!.error_message).toContain("MANUAL");
  });

  test("read-only access without target groups adds no sync preview", () => {
    const { stack, apiKey } = newStack();
    const tg = new TwingateIntegration(stack, "Tg", validProps(apiKey));
    expect(tg.syncPreview).toBeUndefined();
    expect(synthJson(stack).data?.c1twingate_sync_preview).toBeUndefined();
  });

  test("validation none skips the preview even with target groups", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Tg", validProps(apiKey, { access: "provisioning", validation: "none", groupsToProvision: ["Contractors"] }));
    expect(synthJson(stack).data?.c1twingate_sync_preview).toBeUndefined();
  });
});

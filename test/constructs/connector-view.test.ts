/**
 * Issue 10 §1 at the construct: every TwingateIntegration checked by the provider reads a
 * c1twingate_sync_preview and exposes what ConductorOne will show (the connector view) as
 * outputs and as tokens, for either access level and either connector. The matrix below is
 * the kind: a new access level, connector or target shape that skips the view fails here.
 */
import { TerraformOutput, Testing } from "cdktf";
import { InvalidIntegrationPropsError, TwingateConnector, TwingateIntegration, type TwingateIntegrationProps } from "../../constructs";
import { newStack, only, rendered, synthJson, validProps } from "./stack-fixture";

type Preview = { network: string; api_key: string; groups?: string[]; allow_partial?: boolean; connector_version: string; surface: string };
type Output = { value: unknown; description?: string; sensitive?: boolean };

const CONNECTORS = { "cloud-hosted v1": TwingateConnector.cloudHosted, "self-hosted v2": TwingateConnector.selfHosted } as const;
const SHAPES: Record<string, Partial<TwingateIntegrationProps>> = {
  "read-only": {},
  "provisioning, no targets": { access: "provisioning" },
  "provisioning with targets": { access: "provisioning", groupsToProvision: ["Contractors"] },
};

function build(overrides: Partial<TwingateIntegrationProps>) {
  const { stack, apiKey } = newStack();
  const tg = new TwingateIntegration(stack, "Acme", validProps(apiKey, overrides));
  const json = synthJson(stack);
  const preview = only(json.data?.c1twingate_sync_preview, "sync preview") as unknown as Preview;
  const previewName = Object.keys(json.data?.c1twingate_sync_preview ?? {})[0];
  const outputs = (json.output ?? {}) as Record<string, Output>;
  const outputNamed = (suffix: string): Output | undefined => Object.entries(outputs).find(([name]) => name.startsWith(`Acme_${suffix}_`))?.[1];
  return { stack, tg, json, preview, previewName, outputNamed };
}

describe("TwingateIntegration connector view (issue 10 §1)", () => {
  for (const [connectorLabel, connector] of Object.entries(CONNECTORS)) {
    for (const [shapeLabel, shape] of Object.entries(SHAPES)) {
      test(`${connectorLabel}, ${shapeLabel}: a sync preview, the connector_view outputs and the tokens`, () => {
        const { stack, tg, preview, previewName, outputNamed } = build({ ...shape, connector: connector() });
        const defaultVersion = connectorLabel === "self-hosted v2" ? "baton-2026" : "baton-2023";
        expect(tg.connectorVersion).toBe(defaultVersion);
        expect(preview).toMatchObject({ network: "acme", api_key: "${var.twingate_api_key}", connector_version: defaultVersion, surface: "twingate-integration" });
        if (shape.groupsToProvision) {
          // Targets are verified: the preview must be complete (no allow_partial).
          expect(preview.groups).toEqual(["Contractors"]);
          expect(preview.allow_partial).toBeUndefined();
        } else {
          // Only counting: no groups, and a preview stopped by its budget warns instead of failing the plan.
          expect(preview.groups).toBeUndefined();
          expect(preview.allow_partial).toBe(true);
        }
        const view = `data.c1twingate_sync_preview.${previewName}.connector_view`;
        expect(outputNamed("connector_view")).toMatchObject({ value: `\${${view}}`, description: expect.stringContaining(defaultVersion) });
        expect(outputNamed("connector_view")?.sensitive).toBeUndefined();
        expect(outputNamed("connector_view_complete")).toMatchObject({ value: `\${data.c1twingate_sync_preview.${previewName}.complete}` });
        // Tokens for users' own outputs and preconditions.
        expect(rendered(stack, tg.connectorView?.groupMembershipsMissed)).toBe(`\${${view}.group_memberships_missed}`);
        expect(rendered(stack, tg.connectorView?.roleGrants)).toBe(`\${${view}.role_grants}`);
        expect(rendered(stack, tg.connectorViewComplete)).toBe(`\${data.c1twingate_sync_preview.${previewName}.complete}`);
      });
    }
  }

  test.each(["baton-2023", "baton-2026"] as const)("connectorVersion %s is passed to the preview and named in the output", (version) => {
    for (const connector of Object.values(CONNECTORS)) {
      const { tg, preview, outputNamed } = build({ connector: connector(), connectorVersion: version });
      expect(tg.connectorVersion).toBe(version);
      expect(preview.connector_version).toBe(version);
      expect(outputNamed("connector_view")?.description).toContain(`(${version})`);
    }
  });

  test("the preview takes no reference to the check (read at plan, not deferred to apply) and the API key stays a variable", () => {
    const { json } = build({});
    const preview = only(json.data?.c1twingate_sync_preview, "sync preview");
    expect(preview.depends_on).toBeUndefined();
    expect(JSON.stringify(preview)).not.toContain("c1twingate_credential_check");
  });

  test("a user's own output over the view synthesizes", () => {
    const { stack, apiKey } = newStack();
    const tg = new TwingateIntegration(stack, "Acme", validProps(apiKey, { outputs: false }));
    new TerraformOutput(stack, "missed", { value: tg.connectorView!.groupMembershipsMissed });
    const json = synthJson(stack);
    const previewName = Object.keys(json.data?.c1twingate_sync_preview ?? {})[0];
    expect(json.output?.missed).toEqual({
      value: `\${data.c1twingate_sync_preview.${previewName}.connector_view.group_memberships_missed}`,
    });
    expect(() => Testing.fullSynth(stack)).not.toThrow();
  });

  test("outputs: false creates none of the view's outputs; the tokens stay", () => {
    const { stack, apiKey } = newStack();
    const tg = new TwingateIntegration(stack, "Acme", validProps(apiKey, { outputs: false }));
    expect(synthJson(stack).output).toBeUndefined();
    expect(tg.connectorView).toBeDefined();
  });

  test.each(["local-exec", "none"] as const)("validation %s: no preview, no view, no view outputs", (validation) => {
    const { stack, apiKey } = newStack();
    const tg = new TwingateIntegration(stack, "Acme", validProps(apiKey, { validation }));
    const json = synthJson(stack);
    expect(json.data?.c1twingate_sync_preview).toBeUndefined();
    expect(tg.syncPreview).toBeUndefined();
    expect(tg.connectorView).toBeUndefined();
    expect(Object.keys(json.output ?? {}).filter((n) => n.includes("connector_view"))).toEqual([]);
  });

  test.each([
    [{ connectorVersion: "baton-2024" }, 'connectorVersion must be "baton-2023" or "baton-2026", got "baton-2024"'],
    [{ connectorVersion: "" }, 'connectorVersion must be "baton-2023" or "baton-2026", got ""'],
    [{ connectorVersion: 2026 }, 'connectorVersion must be "baton-2023" or "baton-2026", got 2026'],
    [{ connectorVersion: "baton-2026", validation: "none" }, 'connectorVersion needs validation "provider" (the connector view is read by its sync preview at plan), got validation "none"'],
    [{ connectorVersion: "baton-2023", validation: "local-exec" }, 'connectorVersion needs validation "provider" (the connector view is read by its sync preview at plan), got validation "local-exec"'],
  ])("refuses %j with the construct's prop error", (overrides, expected) => {
    const { stack, apiKey } = newStack();
    expect(() => new TwingateIntegration(stack, "Acme", validProps(apiKey, overrides as Partial<TwingateIntegrationProps>))).toThrow(
      new InvalidIntegrationPropsError("Acme", [expected]),
    );
  });
});

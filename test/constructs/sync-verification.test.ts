/**
 * Issue 14 §2: `verifySync` on TwingateIntegration. Off by default; on, it adds the sync resource
 * (apply waits for the connector's sync of its current config) and the status data source (every
 * later plan), wired to the integration, re-verified when the key or domain changes, checked
 * against our provider's schema, with the sync status as outputs, and refused where it cannot work.
 */
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { c1twingateSchemaJson } from "../../scripts/bindings/targets";
import { PROVIDER_SOURCE } from "../../src/provider/address";
import { InvalidIntegrationPropsError, SyncVerification, TwingateConnector, TwingateIntegration } from "../../constructs";
import { checkAgainstSchema, type JsonProviderSchema } from "./schema-check";
import { newStack, only, synthJson, validProps } from "./stack-fixture";

const SYNC = "c1twingate_connector_sync";
const STATUS = "c1twingate_connector_status";

describe("TwingateIntegration verifySync", () => {
  test("is off by default: no sync resource, no status data source, no sync outputs", () => {
    const { stack, apiKey } = newStack();
    const tg = new TwingateIntegration(stack, "Acme", validProps(apiKey));
    const json = synthJson(stack);
    expect(json.resource?.[SYNC]).toBeUndefined();
    expect(json.data?.[STATUS]).toBeUndefined();
    expect(Object.keys(json.output ?? {}).filter((k) => k.includes("sync"))).toEqual([]);
    expect(tg.connectorSync).toBeUndefined();
    expect(tg.syncStatus).toBeUndefined();
    expect(synthJson(newStackWith(SyncVerification.off()))).toEqual(json);
  });

  test("completed(): apply waits for the integration's connector, re-verified when the key or domain changes; later plans read its status", async () => {
    const { stack, apiKey } = newStack();
    const tg = new TwingateIntegration(stack, "Acme", validProps(apiKey, { verifySync: SyncVerification.completed({ budgetMinutes: 20, pollIntervalSeconds: 30, maxAgeHours: 48, onProblem: "fail" }) }));
    const json = synthJson(stack);
    const integration = Object.keys(json.resource?.conductorone_integration_twingate ?? {})[0];
    const check = Object.keys(json.resource?.c1twingate_credential_check ?? {})[0];
    const owner = Object.keys(json.resource?.conductorone_connector_owner_user ?? {})[0];
    const sync = only(json.resource?.[SYNC], SYNC);
    expect(sync).toMatchObject({
      // The app fromId names, read at plan by the conductorone_app data source.
      app_id: expect.stringMatching(/^\$\{data\.conductorone_app\.[^.]+\.id\}$/),
      connector_id: `\${conductorone_integration_twingate.${integration}.id}`,
      accept: "completed",
      budget_minutes: 20,
      poll_interval_seconds: 30,
      triggers: { twingate_domain: "acme", key_fingerprint: `\${c1twingate_credential_check.${check}.key_fingerprint}` },
      twingate_api_key: "${var.twingate_api_key}",
      depends_on: [`conductorone_connector_owner_user.${owner}`],
    });
    const syncName = Object.keys(json.resource?.[SYNC] ?? {})[0];
    expect(only(json.data?.[STATUS], STATUS)).toMatchObject({
      app_id: `\${${SYNC}.${syncName}.app_id}`,
      connector_id: `\${${SYNC}.${syncName}.connector_id}`,
      accept: "completed",
      on_problem: "fail",
      max_age_hours: 48,
      twingate_api_key: "${var.twingate_api_key}",
    });
    const outputs = Object.fromEntries(Object.entries(json.output ?? {}).filter(([k]) => k.includes("sync_")).map(([k, o]) => [k.replace(/^Acme_/, "").replace(/_[0-9A-F]{8}$/, ""), o.value]));
    expect(outputs).toEqual({
      sync_status: expect.stringMatching(/^\$\{data\.c1twingate_connector_status\.\w+\.label\}$/),
      sync_completed_at: expect.stringMatching(/^\$\{data\.c1twingate_connector_status\.\w+\.completed_at\}$/),
      sync_verified_at: `\${${SYNC}.${syncName}.verified_at}`,
    });
    expect(tg.connectorSync).toBeDefined();
    expect(tg.syncStatus).toMatch(/^\$\{TfToken/);
    const ours = (await c1twingateSchemaJson()).provider_schemas[PROVIDER_SOURCE] as JsonProviderSchema;
    const { problems, checked } = checkAgainstSchema(json, "c1twingate", ours);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  test("started() accepts a running sync; without the credential check the connector's update time triggers re-verification on the default c1twingate provider", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { validation: "none", verifySync: SyncVerification.started() }));
    const json = synthJson(stack);
    const integration = Object.keys(json.resource?.conductorone_integration_twingate ?? {})[0];
    const sync = only(json.resource?.[SYNC], SYNC);
    expect(sync).toMatchObject({ accept: "started", triggers: { twingate_domain: "acme", connector_updated_at: `\${conductorone_integration_twingate.${integration}.updated_at}` } });
    expect(sync.budget_minutes).toBeUndefined();
    expect(json.resource?.c1twingate_credential_check).toBeUndefined();
    expect(Object.keys(json.provider ?? {})).toContain("c1twingate");
  });

  test("a self-hosted connector deployed to Kubernetes is waited for after its deployment", () => {
    const { stack, apiKey } = newStack();
    const k8s = new KubernetesProvider(stack, "k8s", {});
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { connector: TwingateConnector.selfHosted({ kubernetes: { provider: k8s } }), verifySync: SyncVerification.completed() }));
    const json = synthJson(stack);
    const deployment = Object.keys(json.resource?.kubernetes_deployment_v1 ?? {})[0];
    const baton = Object.keys(json.resource?.conductorone_integration_baton ?? {})[0];
    const sync = only(json.resource?.[SYNC], SYNC);
    expect(sync.connector_id).toBe(`\${conductorone_integration_baton.${baton}.id}`);
    expect(sync.depends_on).toContain(`kubernetes_deployment_v1.${deployment}`);
  });

  test("refuses what cannot work, all problems at once, never quoting the key", () => {
    const attempt = () =>
      new TwingateIntegration(
        newStack().stack,
        "Acme",
        validProps("${var.twingate_api_key}", {
          connector: TwingateConnector.selfHosted(),
          verifySync: SyncVerification.completed({ budgetMinutes: 0, pollIntervalSeconds: 0.5, maxAgeHours: -1, onProblem: "explode" as "warn", forceSync: "yes" as unknown as boolean }),
        }),
      );
    expect(attempt).toThrow(InvalidIntegrationPropsError);
    let message = "";
    try {
      attempt();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("verifySync budgetMinutes must be a number greater than 0 and at most 1440, got 0");
    expect(message).toContain("verifySync pollIntervalSeconds must be a number from 1 to 3600, got 0.5");
    expect(message).toContain("verifySync maxAgeHours must be a number greater than 0 and at most 8760, got -1");
    expect(message).toContain('verifySync onProblem must be "warn" or "fail", got "explode"');
    expect(message).toContain('verifySync forceSync must be true or false, got "yes"');
    expect(message).toContain("verifySync needs a connector that syncs during terraform apply");
    const other = newStack("other");
    expect(() => new TwingateIntegration(other.stack, "Acme", validProps(other.apiKey, { verifySync: "completed" as unknown as SyncVerification }))).toThrow(
      /verifySync must be SyncVerification\.off\(\), SyncVerification\.started\(\) or SyncVerification\.completed\(\), got "completed"/,
    );
  });
});

function newStackWith(verifySync: SyncVerification) {
  const { stack, apiKey } = newStack();
  new TwingateIntegration(stack, "Acme", validProps(apiKey, { verifySync }));
  return stack;
}

/**
 * A connector deleted outside Terraform, with the real terraform binary and the ConductorOne
 * stand-in on the ConductorOne API simulator. By default the simulator answers GET of a deleted
 * connector 404 (as reported for the real API, issue 11): the official provider's read fails with
 * its own text and keeps the state, so `terraform plan` fails. With the simulator's other setting
 * (`deletedAt` in the answer) the provider drops it from state and terraform plans a re-create.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ConductorOneClient } from "../../../src/conductorone";
import { STANDIN_VERSION } from "../../../src/standins/conductorone";
import { CONDUCTORONE_STANDIN_PROVIDER, startIntegrationEnvironment, type IntegrationEnvironment } from "../../helpers/integration-environment";
import { diagnosticsOf } from "../../helpers/terraform";

jest.setTimeout(600_000);

const APP = { id: "2YAppTwingate00000000000001", displayName: "Twingate" };
const KEY = "tgk-deleted-connector-canary-0123456789";

const CONFIG = {
  terraform: { required_providers: { conductorone: { source: "conductorone/conductorone", version: STANDIN_VERSION } } },
  provider: { conductorone: [{}] },
  variable: { key: { type: "string", sensitive: true } },
  resource: { conductorone_integration_twingate: { acme: { app_id: APP.id, twingate_domain: "acme", twingate_apikey: "${var.key}" } } },
};

describe("a connector deleted outside Terraform, through terraform and the stand-in", () => {
  let env: IntegrationEnvironment;
  const tf = (args: string[]) => env.ws.run(args, { allowFailure: true, env: { TF_VAR_key: KEY } });
  const connectorId = (): string => String(env.ws.state().resources.find((r) => r.type === "conductorone_integration_twingate")?.instances[0]?.attributes.id);
  async function deleteInConductorOne(id: string): Promise<void> {
    const client = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: env.c1.credentials.accessToken, CONDUCTORONE_SERVER_URL: env.c1.url }, ca: env.c1.caPem });
    try {
      await client.deleteConnector(APP.id, id);
    } finally {
      client.close();
    }
  }

  beforeAll(async () => {
    env = await startIntegrationEnvironment({ seed: { apps: [APP] }, providers: [CONDUCTORONE_STANDIN_PROVIDER] });
    writeFileSync(join(env.ws.dir, "main.tf.json"), JSON.stringify(CONFIG, null, 2));
    await env.ws.run(["init", "-input=false"]);
  });
  afterAll(async () => {
    await env?.cleanup();
  });

  test("default (the API answers 404): plan fails with the official provider's error and the state is kept", async () => {
    expect((await tf(["apply", "-auto-approve", "-input=false"])).code).toBe(0);
    const id = connectorId();
    await deleteInConductorOne(id);

    const plan = await tf(["plan", "-input=false", "-json"]);
    expect(plan.code).not.toBe(0);
    const errors = diagnosticsOf(plan, env.ws).filter((d) => d.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        summary: "failure to invoke API",
        detail: `unknown status code returned: Status 404\n{"code":5,"message":"connector ${id} not found","details":[]}`,
        address: "conductorone_integration_twingate.acme",
      }),
    ]);
    expect(connectorId()).toBe(id);
    // The way out the docs give: forget it, then apply creates a new connector.
    await env.ws.run(["state", "rm", "conductorone_integration_twingate.acme"]);
    expect((await tf(["apply", "-auto-approve", "-input=false"])).code).toBe(0);
    expect(connectorId()).not.toBe(id);
  });

  test('"deleted-at" (the API answers the connector with deletedAt): the provider drops it and terraform plans a re-create', async () => {
    env.c1.setDeletedConnectorRead("deleted-at");
    const id = connectorId();
    await deleteInConductorOne(id);
    const plan = await tf(["plan", "-input=false"]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/# conductorone_integration_twingate\.acme will be created/);
    expect(plan.stdout).toContain("Plan: 1 to add, 0 to change, 0 to destroy.");
  });

  test("the key is in none of terraform's output or what the simulator holds or shows", () => {
    for (const r of env.ws.history) expect(`${r.stdout}${r.stderr}`).not.toContain(KEY);
    expect(env.c1Text()).not.toContain(KEY);
  });
});

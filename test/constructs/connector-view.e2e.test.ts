/**
 * Issue 10 §1 end to end: a TwingateIntegration's connector_view output, planned by the real
 * terraform with our c1twingate provider against the simulator's "all-gaps" tenant (a 120-member
 * group, unknown roles, pending and disabled admins, a SYNCED group, duplicate names), equals
 * the simulator's ground truth (its tenant summary) for both connector behaviours, for a
 * read-only and a provisioning integration, cloud-hosted and self-hosted.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { c1twingate, IntegrationApp, IntegrationOwner, TwingateConnector, TwingateIntegration, type TwingateIntegrationProps } from "../../constructs";
import type { TenantSummary } from "../../src/simulator";
import { startIntegrationEnvironment, type IntegrationEnvironment } from "../helpers/integration-environment";
import { diagnosticsOf } from "../helpers/terraform";

jest.setTimeout(300_000);

const KEY = "sim-rw-ConnectorViewOutputs0123456789";
const OWNER = "2ZuB5nvPFtqQQ8CvJz1ZkVlL2Ah";

interface ConnectorViewOutput {
  version: string;
  role_grants: Record<string, number>;
  group_memberships: number;
  group_memberships_seen: number;
  group_memberships_missed: number;
  groups_not_fully_seen: number;
  default_member_page: number | null;
  users_without_role_grant: number;
  users_under_other_role: number;
  inactive_users_shown_enabled: number;
  provisionable_entitlements: number;
  refused_groups: number;
  inactive_groups_offered: number;
  shared_group_names: number;
  entitlements: number;
}

const sum = (values: Iterable<number>): number => [...values].reduce((a, b) => a + b, 0);

/** What ConductorOne will show, from the tenant's own summary (baton-twingate.md §4–§6, as docs/connector-view.md states it). */
function groundTruth(s: TenantSummary, version: "baton-2023" | "baton-2026"): Omit<ConnectorViewOutput, "sync_requests"> {
  const u = s.users;
  const roleGrants: Record<string, number> =
    version === "baton-2023"
      ? { Admin: u.isAdmin.true, Member: u.isAdmin.false }
      : { Admin: u.byRole.ADMIN ?? 0, DevOps: u.byRole.DEVOPS ?? 0, Support: u.byRole.SUPPORT ?? 0, "Access Reviewer": u.byRole.ACCESS_REVIEWER ?? 0, Member: u.byRole.MEMBER ?? 0 };
  const truncated = s.groupMembers.filter((g) => g.members > g.membersInDefaultPage);
  const underOther =
    version === "baton-2026" ? 0 : u.isAdmin.true - (u.isAdminByRole.ADMIN ?? 0) + (u.isAdmin.false - ((u.byRole.MEMBER ?? 0) - (u.isAdminByRole.MEMBER ?? 0)));
  const roles = Object.keys(roleGrants).length;
  return {
    version,
    role_grants: roleGrants,
    entitlements: roles + s.groups.total,
    group_memberships: s.memberships,
    group_memberships_seen: s.membershipsInDefaultPages,
    group_memberships_missed: s.memberships - s.membershipsInDefaultPages,
    groups_not_fully_seen: truncated.length,
    default_member_page: truncated.length > 0 ? s.defaultPageSize : null,
    users_without_role_grant: version === "baton-2023" ? 0 : sum(Object.values(s.unknownValues.roles)),
    users_under_other_role: underOther,
    inactive_users_shown_enabled: u.total - (u.byState.ACTIVE ?? 0),
    provisionable_entitlements: version === "baton-2023" ? 0 : s.groups.total + roles,
    refused_groups: version === "baton-2023" ? 0 : s.groupMembers.filter((g) => g.type !== "MANUAL").length,
    inactive_groups_offered: version === "baton-2023" ? 0 : s.groupMembers.filter((g) => g.type === "MANUAL" && !g.isActive).length,
    shared_group_names: s.duplicateGroupNames.length,
  };
}

describe("TwingateIntegration connector_view output against the simulator's ground truth (all-gaps tenant)", () => {
  let env: IntegrationEnvironment;

  beforeAll(async () => {
    env = await startIntegrationEnvironment({
      twingate: { rateLimit: false, networks: [{ name: "acme", scenario: "all-gaps", tokens: [{ key: KEY, permission: "read-write" }] }] },
    });
  });
  afterAll(async () => {
    await env?.cleanup();
  });

  /** Synthesizes one integration, plans it, and returns the planned outputs by their short name (connector_view, ...). */
  async function plannedOutputs(name: string, overrides: Partial<TwingateIntegrationProps>): Promise<Record<string, unknown>> {
    const outdir = join(env.ws.root, `cdktf.out-${name}`);
    const app = new App({ outdir, stackTraces: false });
    const stack = new TerraformStack(app, "integration");
    new LocalBackend(stack, { path: "terraform.tfstate" });
    new c1twingate.provider.C1TwingateProvider(stack, "c1twingate", { baseUrl: env.twingate.baseUrl });
    const apiKey = new TerraformVariable(stack, "twingate_api_key", { type: "string", sensitive: true });
    new TwingateIntegration(stack, "Acme", {
      network: "acme",
      apiKey: apiKey.stringValue,
      app: IntegrationApp.create({ displayName: `Twingate (${name})` }),
      owners: [IntegrationOwner.fromUserId(OWNER)],
      allowCheckedHostMismatch: true,
      ...overrides,
    });
    app.synth();
    const json = readFileSync(join(outdir, "stacks", "integration", "cdk.tf.json"), "utf8");
    expect(json).not.toContain(KEY);
    writeFileSync(join(env.ws.dir, "cdk.tf.json"), json);
    await env.ws.run(["init", "-input=false"]);
    const plan = await env.ws.run(["plan", "-input=false", "-json", "-out=view.tfplan"], { allowFailure: true, env: { TF_VAR_twingate_api_key: KEY } });
    expect(diagnosticsOf(plan, env.ws).filter((d) => d.severity === "error")).toEqual([]);
    expect(plan.code).toBe(0);
    // Tenant remarks are warnings on the preview (e.g. "sees 50 of 120 members of Engineering"), never errors.
    expect(diagnosticsOf(plan, env.ws)).toContainEqual(expect.objectContaining({ severity: "warning", summary: expect.stringContaining("Twingate sync preview") }));
    for (const text of [plan.stdout, plan.stderr]) expect(text).not.toContain(KEY);
    const shown = JSON.parse((await env.ws.run(["show", "-json", "view.tfplan"])).stdout) as { planned_values: { outputs: Record<string, { value: unknown }> } };
    return Object.fromEntries(Object.entries(shown.planned_values.outputs).map(([k, o]) => [k.replace(/^Acme_/, "").replace(/_[0-9A-F]{8}$/, ""), o.value]));
  }

  it.each([
    ["read-only, cloud-hosted, baton-2023 (the default)", {}, "baton-2023"],
    ["read-only, cloud-hosted, connectorVersion baton-2026", { connectorVersion: "baton-2026" }, "baton-2026"],
    ["provisioning with no targets, self-hosted (baton-2026 by default)", { access: "provisioning", connector: TwingateConnector.selfHosted() }, "baton-2026"],
  ] as const)("%s: the planned connector_view equals the ground truth", async (label, overrides, version) => {
    const outputs = await plannedOutputs(label.split(",")[0]!.replace(/[^a-z]/g, ""), overrides as Partial<TwingateIntegrationProps>);
    const truth = groundTruth(env.twingate.network("acme")!.tenant.summary(), version);
    // The scenario has the gaps the view exists for.
    expect(truth.group_memberships_missed).toBeGreaterThan(0);
    expect(truth.inactive_users_shown_enabled).toBeGreaterThan(0);
    expect(outputs.connector_view).toMatchObject(truth);
    expect(outputs.connector_view_complete).toBe(true);
  });
});

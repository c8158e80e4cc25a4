/**
 * `npm start`: the whole ConductorOne ⇄ Twingate flow on this machine, in under a minute.
 * Starts the Twingate simulator and the ConductorOne API simulator (seeded with the app and
 * the owner), installs our c1twingate provider and the ConductorOne stand-in into a temp
 * filesystem mirror, synthesizes a TwingateIntegration stack, then runs terraform: a plan
 * with a Read-only key (fails, nothing created) and a plan + apply with a Read & Write key
 * (check first, then the integration), and finally reads ConductorOne's connector until its
 * first sync against Twingate completes ("Syncing, followed by Connected"). Cleans up after
 * itself. Exit code 0 when every step behaved as expected.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startConductorOneSimulator, type RunningConductorOneSimulator } from "../src/c1simulator";
import { ConductorOneClient, waitForSync } from "../src/conductorone";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../src/simulator";
import { styleFor } from "../src/cli/output/style";
import { DEMO_APP, DEMO_OWNER, listAddresses, synthDemoStack } from "./demo/stack";
import { C1TWINGATE, CONDUCTORONE, createDemoWorkspace, type DemoWorkspace, type TerraformRun } from "./demo/workspace";

const style = styleFor(process.stdout);
const out = (line = ""): void => void process.stdout.write(`${line}\n`);
const indent = (text: string, prefix = "   "): string => text.split("\n").map((l) => `${prefix}${l}`).join("\n");
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;
let step = 0;
const heading = (title: string): void => {
  step += 1;
  out();
  out(style.bold(`== ${step}. ${title}`));
};

/** Terraform's error blocks without the config excerpt: what failed and how to fix it. */
function errorBlocks(text: string): string {
  const start = text.search(/^Error: /m);
  if (start < 0) return text.trim();
  return text
    .slice(start)
    .split("\n")
    .filter((l) => !/^\s+(with |on cdk\.tf\.json|\d+:)/.test(l))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Terraform's progress lines and result summary, without the full plan. */
function summaryLines(text: string): string {
  return text
    .split("\n")
    .filter((l) => /: (Creation complete|Modifications complete)|^(Plan|Apply complete!|No changes)|^\S+ = |^\s+\+ permission\s+=/.test(l))
    .join("\n");
}

/** What ConductorOne received, in order (the simulator's change log); returns the number of live connectors. */
function showConductorOne(c1: RunningConductorOneSimulator): number {
  const changes = c1.changes();
  const connectors = c1.connectors().filter((c) => !c.json.deletedAt).length;
  if (changes.length === 0) {
    out(indent(`ConductorOne (simulator): nothing created, ${connectors} connectors`));
    return connectors;
  }
  out(indent("ConductorOne (simulator) received, in this order:"));
  for (const c of changes) out(indent(`${c.seq}. ${c.action} ${c.summary}`, "     "));
  return connectors;
}

function expectSync(ok: boolean, what: string): boolean {
  out(indent(`${ok ? style.ok("✔") : style.fail("✖")} ${what}`));
  return ok;
}

function expectRun(run: TerraformRun, ok: boolean, what: string): boolean {
  const good = ok ? run.code === 0 : run.code !== 0;
  const mark = good ? style.ok("✔") : style.fail("✖");
  out(indent(`${mark} ${what}: exit ${run.code} in ${seconds(run.ms)}`));
  if (!good) out(indent(run.output.trim(), "   | "));
  return good;
}

async function main(): Promise<number> {
  const started = performance.now();
  const problems: string[] = [];
  out(style.bold("ConductorOne ⇄ Twingate as code: plan fails on a bad key, apply succeeds on a good one"));
  out(style.dim("Twingate and ConductorOne API simulators + c1twingate provider + ConductorOne stand-in provider; no credentials, no network."));

  let sim: RunningSimulator | undefined;
  let c1: RunningConductorOneSimulator | undefined;
  let ws: DemoWorkspace | undefined;
  const c1Log: string[] = [];
  try {
    heading("Twingate and ConductorOne simulators");
    sim = await startSimulator();
    out(indent(`Twingate API at ${sim.baseUrl} (network "acme", demo keys: Read-only, Read & Write, revoked)`));
    c1 = await startConductorOneSimulator({
      users: [DEMO_OWNER],
      apps: [DEMO_APP],
      twingate: { baseUrl: sim.baseUrl },
      sync: { queueMs: 200, runMs: 800 },
      log: (line) => void c1Log.push(line),
    });
    out(indent(`ConductorOne API at ${c1.url} (HTTPS, its own test CA), seeded with app "${DEMO_APP.displayName}" and user ${DEMO_OWNER.email}`));

    heading("Providers installed into a temp filesystem mirror");
    ws = createDemoWorkspace(join(__dirname, "..", "dist"));
    for (const [p, installed] of [[C1TWINGATE, ws.installed[0]], [CONDUCTORONE, ws.installed[1]]] as const) {
      const label = p === CONDUCTORONE ? " (stand-in for the official provider)" : "";
      out(indent(`${p.hostname}/${p.namespace}/${p.type} ${p.version}${label}  ${style.dim(installed?.hash ?? "")}`));
    }
    const caFile = join(ws.root, "conductorone-ca.pem");
    writeFileSync(caFile, c1.caPem);
    const c1Env = c1.providerEnv(caFile);
    Object.assign(ws.env, c1Env);
    out(indent(style.dim("the stand-in is configured like the official provider: CONDUCTORONE_SERVER_URL, _CLIENT_ID, _CLIENT_SECRET; the CA via SSL_CERT_FILE")));

    heading("cdktf synth: TwingateIntegration (network acme, access provisioning)");
    const synthStart = performance.now();
    const cdkTfJson = synthDemoStack(join(ws.root, "cdktf.out"), sim.baseUrl);
    for (const address of listAddresses(cdkTfJson)) out(indent(address, "   • "));
    out(indent(style.dim(`synthesized in ${seconds(performance.now() - synthStart)}; the key is var.twingate_api_key (sensitive), never in cdk.tf.json`)));
    copyFileSync(cdkTfJson, join(ws.dir, "cdk.tf.json"));

    heading("terraform init");
    const init = await ws.terraform(["init", "-input=false"]);
    if (!expectRun(init, true, "terraform init (providers from the mirror, no registry)")) problems.push("init failed");

    heading("terraform plan with a Read-only key (provisioning needs Read & Write)");
    out(indent(style.dim("$ TF_VAR_twingate_api_key=<Read-only key> terraform plan")));
    const bad = await ws.terraform(["plan", "-input=false"], { TF_VAR_twingate_api_key: DEMO_KEYS.readOnly });
    if (expectRun(bad, false, "plan failed, as it should")) out(indent(errorBlocks(bad.output), "   | "));
    else problems.push("the plan with a Read-only key did not fail");
    if (showConductorOne(c1) !== 0) problems.push("a connector was created despite the failed plan");

    heading("terraform plan + apply with a Read & Write key");
    out(indent(style.dim("$ TF_VAR_twingate_api_key=<Read & Write key> terraform plan && terraform apply")));
    const goodEnv = { TF_VAR_twingate_api_key: DEMO_KEYS.readWrite };
    const plan = await ws.terraform(["plan", "-input=false"], goodEnv);
    if (expectRun(plan, true, "plan succeeded")) out(indent(summaryLines(plan.output), "   | "));
    else problems.push("the plan with a Read & Write key failed");
    const apply = await ws.terraform(["apply", "-auto-approve", "-input=false"], goodEnv);
    if (expectRun(apply, true, "apply succeeded: the check is created first, then the integration")) out(indent(summaryLines(apply.output), "   | "));
    else problems.push("the apply with a Read & Write key failed");
    if (showConductorOne(c1) !== 1) problems.push("expected exactly one connector after apply");

    heading("ConductorOne's connector syncs with the key it was given");
    const connector = c1.connectors().find((c) => !c.json.deletedAt);
    if (connector) {
      out(indent(style.dim(`read through the ConductorOne API, as c1-twingate connector status --app-id ${connector.appId} --connector-id ${connector.id} --wait does`)));
      const client = new ConductorOneClient({ env: c1Env });
      try {
        const result = await waitForSync(client, {
          appId: connector.appId,
          connectorId: connector.id,
          budgetMs: 60_000,
          pollIntervalMs: 250,
          onProgress: ({ state, changed }) => {
            if (changed) out(indent(`${state.uiLabel} (${state.status ?? "no status yet"})`, "   → "));
          },
        });
        const saw = c1.connector(connector.id).lastSync;
        const counts = saw?.users === undefined ? "" : `; it read ${saw.users} users and ${saw.groups ?? 0} groups from Twingate`;
        if (expectSync(result.outcome === "accepted", `${result.state.uiLabel}: ${result.state.status} at ${result.state.completedAt ?? "?"}${counts}`)) {
          out(indent(style.dim("a revoked key would end SYNC_STATUS_ERROR with the connector's lastError (see test/constructs/integration.e2e.test.ts)")));
        } else problems.push(`the connector's first sync did not complete (${result.outcome}: ${result.state.lastError ?? result.state.status ?? "no status"})`);
      } finally {
        client.close();
      }
    } else problems.push("no connector to follow");
  } finally {
    heading("Clean up");
    await c1?.close();
    await sim?.close();
    ws?.remove();
    out(indent("simulators stopped, temp dir removed"));
  }
  // ConductorOne holds the key by design (its connector syncs with it), but never shows it.
  const c1Text = JSON.stringify([c1Log, c1?.requests, c1?.changes(), c1?.connectors()]);
  if (Object.values(DEMO_KEYS).some((key) => c1Text.includes(key))) problems.push("a key appeared in what the ConductorOne simulator logged or answered");

  out();
  if (problems.length === 0) {
    out(style.ok(`✔ Demo complete in ${seconds(performance.now() - started)}.`));
    return 0;
  }
  out(style.fail(`✖ Demo finished with problems: ${problems.join("; ")}.`));
  return 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`demo failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);

/**
 * `npm start`: the whole ConductorOne ⇄ Twingate flow on this machine, in under a minute.
 * Starts the Twingate simulator, installs our c1twingate provider and the ConductorOne
 * stand-in into a temp filesystem mirror, synthesizes a TwingateIntegration stack, then
 * runs terraform: a plan with a Read-only key (fails, nothing created) and a plan + apply
 * with a Read & Write key (check first, then the integration). Cleans up after itself.
 * Exit code 0 when every step behaved as expected.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../src/simulator";
import { readStandinState, seedStandinState } from "../src/standins/conductorone";
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

function showStandin(file: string): number {
  const state = readStandinState(file);
  if (state.events.length === 0) {
    out(indent(`ConductorOne (stand-in): nothing created, ${state.integrations.length} integrations`));
    return 0;
  }
  out(indent("ConductorOne (stand-in) received, in this order:"));
  for (const e of state.events) {
    const integration = state.integrations.find((i) => i.id === e.id);
    const detail = integration ? ` (twingate_domain ${integration.twingate_domain}, twingate_apikey ${integration.twingate_apikey})` : "";
    out(indent(`${e.seq}. ${e.action} ${e.type}${detail}`, "     "));
  }
  return state.integrations.length;
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
  out(style.dim("Twingate simulator + c1twingate provider + ConductorOne stand-in provider; no credentials, no network."));

  let sim: RunningSimulator | undefined;
  let ws: DemoWorkspace | undefined;
  try {
    heading("Twingate simulator");
    sim = await startSimulator();
    out(indent(`listening at ${sim.baseUrl} (network "acme", demo keys: Read-only, Read & Write, revoked)`));

    heading("Providers installed into a temp filesystem mirror");
    const standinFile = (root: string) => join(root, "conductorone-standin.json");
    ws = createDemoWorkspace(join(__dirname, "..", "dist"), standinFile);
    for (const [p, installed] of [[C1TWINGATE, ws.installed[0]], [CONDUCTORONE, ws.installed[1]]] as const) {
      const label = p === CONDUCTORONE ? " (stand-in for the official provider)" : "";
      out(indent(`${p.hostname}/${p.namespace}/${p.type} ${p.version}${label}  ${style.dim(installed?.hash ?? "")}`));
    }
    seedStandinState(standinFile(ws.root), { users: [DEMO_OWNER], apps: [DEMO_APP] });
    out(indent(`ConductorOne (stand-in) seeded with app "${DEMO_APP.display_name}" and user ${DEMO_OWNER.email}`));

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
    if (showStandin(ws.env.C1_STANDIN_STATE_FILE ?? "") !== 0) problems.push("an integration was created despite the failed plan");

    heading("terraform plan + apply with a Read & Write key");
    out(indent(style.dim("$ TF_VAR_twingate_api_key=<Read & Write key> terraform plan && terraform apply")));
    const goodEnv = { TF_VAR_twingate_api_key: DEMO_KEYS.readWrite };
    const plan = await ws.terraform(["plan", "-input=false"], goodEnv);
    if (expectRun(plan, true, "plan succeeded")) out(indent(summaryLines(plan.output), "   | "));
    else problems.push("the plan with a Read & Write key failed");
    const apply = await ws.terraform(["apply", "-auto-approve", "-input=false"], goodEnv);
    if (expectRun(apply, true, "apply succeeded: the check is created first, then the integration")) out(indent(summaryLines(apply.output), "   | "));
    else problems.push("the apply with a Read & Write key failed");
    if (showStandin(ws.env.C1_STANDIN_STATE_FILE ?? "") !== 1) problems.push("expected exactly one integration after apply");
  } finally {
    heading("Clean up");
    await sim?.close();
    ws?.remove();
    out(indent("simulator stopped, temp dir removed"));
  }

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

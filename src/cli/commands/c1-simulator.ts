import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import * as z from "zod";
import { C1_CONTROL_ROUTES, readSeedFile, startConductorOneSimulator, type SimulatorSeed, type SyncBehaviour } from "../../c1simulator";
import { DEMO_NETWORKS, startSimulator } from "../../simulator";
import { parseFlags } from "../flags";

const seconds = (flag: string) =>
  z.coerce.number({ error: `${flag} must be a number of seconds ≥ 0` }).min(0, `${flag} must be a number of seconds ≥ 0`);

const C1SimulatorFlags = z.object({
  port: z.coerce
    .number({ error: "--port must be a whole number from 0 to 65535" })
    .int("--port must be a whole number from 0 to 65535")
    .min(0, "--port must be a whole number from 0 to 65535")
    .max(65535, "--port must be a whole number from 0 to 65535")
    .default(8443),
  twingateBaseUrl: z.string().min(1).optional(),
  withTwingateSimulator: z.boolean().default(false),
  caFile: z.string().min(1).optional(),
  syncQueueSeconds: seconds("--sync-queue-seconds").default(2),
  syncRunSeconds: seconds("--sync-run-seconds").default(5),
  behaviour: z
    .enum(["twingate", "succeed", "never-finish", "never-start", "disable"], { error: "--behaviour must be twingate, succeed, never-finish, never-start or disable" })
    .default("twingate"),
  failWith: z.string().min(1).optional(),
  app: z.string().min(1).optional(),
  seed: z.string().min(1).optional(),
});

const HELP_AFTER = `
Control endpoint (loopback HTTPS, same port, trust the test CA; no token needed):
${C1_CONTROL_ROUTES.map((r) => `  ${r.method.padEnd(6)} /_simulator${r.path.padEnd(28)} ${r.does}`).join("\n")}
  e.g. curl --cacert <ca file> -X POST https://127.0.0.1:8443/_simulator/connectors/<id>/behaviour -d '{"kind":"fail","lastError":"twingate-client: GraphQL HTTP request failed 401 Unauthorized"}'

With --with-twingate-simulator, the Twingate simulator's own control endpoint (revoke a demo key,
queue faults: see c1-twingate simulator --help) is printed at start, with the demo keys' names.
`;

/** The demo networks' keys as "name: key" lines (simulator-only keys, printed on purpose). */
function demoKeyLines(): string[] {
  return DEMO_NETWORKS.flatMap((n) => (n.tokens ?? []).map((t) => `    ${n.name} ${t.name ?? "(unnamed)"}${t.revoked ? " (revoked)" : ""} [${t.permission}]: ${t.key}`));
}

/** \`c1-twingate c1-simulator\`: run the local ConductorOne API simulator until interrupted. */
export function registerC1Simulator(program: Command): void {
  program
    .command("c1-simulator")
    .description("run the local ConductorOne API simulator (HTTPS on 127.0.0.1 with its own test CA)")
    .option("--port <port>", "port to listen on (0 = any free port)", "8443")
    .option("--twingate-base-url <template>", "where Twingate connector syncs call, e.g. http://127.0.0.1:4567/{network} (default https://{network}.twingate.com)")
    .option("--with-twingate-simulator", "also start the Twingate API simulator (demo networks) and sync against it")
    .option("--ca-file <path>", "write the test CA certificate (PEM) here (default: a file in the temp directory)")
    .option("--sync-queue-seconds <seconds>", "time a sync waits in the queue", "2")
    .option("--sync-run-seconds <seconds>", "time a sync runs", "5")
    .option("--behaviour <kind>", "how syncs end: twingate (as Twingate answers the connector's key), succeed, never-finish, never-start, disable", "twingate")
    .option("--fail-with <lastError>", "make every sync fail with this lastError")
    .option("--app <name>", 'display name of an app seeded at start (default "Twingate" unless --seed names apps)')
    .option("--seed <file>", 'JSON file with the tenant\'s users and existing apps: {"users":[{"email":…,"id"?:…}],"apps":[{"displayName":…,"id"?:…,"entitlements":[{"displayName":…,"slug"?:…}]}]}')
    .addHelpText("after", HELP_AFTER)
    .action(async (raw: unknown) => {
      const flags = parseFlags(C1SimulatorFlags, raw);
      const seed: SimulatorSeed = flags.seed ? readSeedFile(flags.seed) : {};
      const twingate = flags.withTwingateSimulator ? await startSimulator({ port: 0, control: true }) : undefined;
      const baseUrl = flags.twingateBaseUrl ?? twingate?.baseUrl;
      const behaviour: SyncBehaviour = flags.failWith ? { kind: "fail", lastError: flags.failWith } : { kind: flags.behaviour };
      const apps = [...(seed.apps ?? []), ...(flags.app || !seed.apps?.length ? [{ displayName: flags.app ?? "Twingate" }] : [])];
      const sim = await startConductorOneSimulator({
        port: flags.port,
        sync: { queueMs: flags.syncQueueSeconds * 1000, runMs: flags.syncRunSeconds * 1000, behaviour },
        ...(baseUrl ? { twingate: { baseUrl } } : {}),
        ...(seed.users ? { users: seed.users } : {}),
        apps,
      });
      const caFile = flags.caFile ?? join(tmpdir(), `c1-twingate-c1-simulator-${sim.port}-ca.pem`);
      writeFileSync(caFile, sim.caPem);
      const app = sim.apps()[0]!;
      const entitlements = (appId: string) => sim.appEntitlements(appId).map((e) => `    entitlement "${e.displayName}" (${e.slug}): ${e.id}`);
      // These credentials only open the simulator: printing them is the point.
      process.stdout.write(
        [
          `ConductorOne API simulator listening at ${sim.url}`,
          `  test CA certificate: ${caFile}`,
          ...sim.apps().flatMap((a) => [`  app "${a.displayName}": ${a.id}`, ...entitlements(a.id)]),
          ...sim.users().map((u) => `  user ${u.email}: ${u.id}`),
          `  Twingate syncs call: ${baseUrl ?? "https://{network}.twingate.com"}${twingate ? " (Twingate simulator started)" : ""}`,
          ...(twingate
            ? [
                "  Twingate simulator demo keys (simulator-only; network, name, permission):",
                ...demoKeyLines(),
                `  Twingate simulator control: ${twingate.controlUrl ?? "(off)"}  e.g. curl -X POST ${twingate.controlUrl ?? ""}networks/acme/tokens/revoke -d '{"name":"read-write"}'`,
              ]
            : []),
          `  control endpoint: ${sim.controlUrl}  (routes: c1-twingate c1-simulator --help)`,
          "  simulator-only credentials:",
          `    export CONDUCTORONE_SERVER_URL=${sim.url}`,
          `    export CONDUCTORONE_CLIENT_ID='${sim.credentials.clientId}'`,
          `    export CONDUCTORONE_CLIENT_SECRET='${sim.credentials.clientSecret}'`,
          `    export SSL_CERT_FILE='${caFile}'`,
          `  try: npx -p cdktf-twingate-conductorone c1-twingate connector status --app-id ${app.id} --connector-id <id>`,
          "Press Ctrl-C to stop.",
          "",
        ].join("\n"),
      );
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await sim.close();
      await twingate?.close();
    });
}

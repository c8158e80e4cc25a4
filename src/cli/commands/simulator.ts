import type { Command } from "commander";
import { z } from "zod";
import { DEMO_KEYS, DEMO_NETWORKS, startSimulator, type NetworkSpec } from "../../simulator";
import { parseFlags } from "../flags";

const SimulatorFlags = z.object({
  port: z.coerce
    .number({ error: "--port must be a whole number from 0 to 65535" })
    .int("--port must be a whole number from 0 to 65535")
    .min(0, "--port must be a whole number from 0 to 65535")
    .max(65535, "--port must be a whole number from 0 to 65535")
    .default(4567),
  users: z.coerce
    .number({ error: "--users must be a whole number from 0 to 1000000" })
    .int("--users must be a whole number from 0 to 1000000")
    .min(0, "--users must be a whole number from 0 to 1000000")
    .max(1_000_000, "--users must be a whole number from 0 to 1000000")
    .optional(),
  seed: z.coerce.number({ error: "--seed must be an integer" }).int("--seed must be an integer").default(42),
  shard: z.string().regex(/^[a-z0-9-]+$/, "--shard must be a label such as us1").optional(),
  readOnlyMutation: z.enum(["http-403", "graphql-error", "ok-false"], { error: "--read-only-mutation must be http-403, graphql-error or ok-false" }).optional(),
  rateLimit: z.boolean().default(true),
});

/** `c1-twingate simulator`: run the local Twingate API simulator until interrupted. */
export function registerSimulator(program: Command): void {
  program
    .command("simulator")
    .description("run the local Twingate API simulator (demo networks acme and globex) on 127.0.0.1")
    .option("--port <port>", "port to listen on (0 = any free port)", "4567")
    .option("--users <count>", "replace network acme's tenant with a generated one of this many users")
    .option("--seed <seed>", "seed of the generated tenant", "42")
    .option("--shard <label>", "answer 308 from the plain host to a regional one, like Twingate's sharded hosts")
    .option("--read-only-mutation <behaviour>", "how a read-only key's mutation fails: http-403, graphql-error or ok-false")
    .option("--no-rate-limit", "disable the 60 reads / 20 writes per minute limits")
    .action(async (raw: unknown) => {
      const flags = parseFlags(SimulatorFlags, raw);
      const networks: NetworkSpec[] = DEMO_NETWORKS.map((network) =>
        network.name === "acme" && flags.users !== undefined
          ? { ...network, tenant: { seed: flags.seed, users: flags.users } }
          : network,
      );
      const sim = await startSimulator({
        port: flags.port,
        networks,
        ...(flags.shard !== undefined ? { shard: flags.shard } : {}),
        ...(flags.readOnlyMutation !== undefined ? { readOnlyMutation: flags.readOnlyMutation } : {}),
        ...(flags.rateLimit ? {} : { rateLimit: false as const }),
      });
      // These keys only open the simulator: printing them is the point.
      process.stdout.write(
        [
          `Twingate API simulator listening, base URL ${sim.baseUrl}`,
          `  networks: ${networks.map((n) => n.name).join(", ")}`,
          `  keys for acme: read-write ${DEMO_KEYS.readWrite}, read-only ${DEMO_KEYS.readOnly}, revoked ${DEMO_KEYS.revoked}`,
          `  try: TWINGATE_API_KEY=${DEMO_KEYS.readWrite} c1-twingate check --network acme --require write --base-url '${sim.baseUrl}'`,
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
    });
}

import { spawn } from "node:child_process";
import type { Command } from "commander";
import { DEMO_KEYS, startSimulator } from "../../simulator";
import { styleFor } from "../output/style";

interface DemoCase {
  title: string;
  args: string[];
  key: string;
}

/**
 * `c1-twingate demo`: starts the simulator and runs `c1-twingate check` against it
 * for the four situations a newcomer should see (the README's first command).
 */
export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("start the Twingate simulator and show what `check` reports for good and bad credentials")
    .action(async () => {
      const style = styleFor(process.stdout);
      const sim = await startSimulator();
      try {
        const base = ["--base-url", sim.baseUrl];
        const cases: DemoCase[] = [
          { title: "a valid Read & Write key, provisioning needs write", args: ["--network", "acme", "--require", "write"], key: DEMO_KEYS.readWrite },
          { title: "a Read-only key used for provisioning", args: ["--network", "acme", "--require", "write"], key: DEMO_KEYS.readOnly },
          { title: "a revoked key", args: ["--network", "acme"], key: DEMO_KEYS.revoked },
          { title: "a misspelled network", args: ["--network", "acme-corp.twingate.com"], key: DEMO_KEYS.readWrite },
        ];
        for (const [index, demo] of cases.entries()) {
          process.stdout.write(`\n${style.bold(`${index + 1}. ${demo.title}`)}\n`);
          process.stdout.write(style.dim(`$ TWINGATE_API_KEY=… c1-twingate check ${demo.args.join(" ")} --base-url ${sim.baseUrl}\n`));
          const code = await runCli([...demo.args, ...base], demo.key);
          process.stdout.write(style.dim(`(exit code ${code})\n`));
        }
      } finally {
        await sim.close();
      }
    });
}

function runCli(args: string[], key: string): Promise<number> {
  const script = process.argv[1];
  if (script === undefined) throw new Error("cannot locate the c1-twingate script to run");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, "check", ...args], {
      env: { ...process.env, TWINGATE_API_KEY: key },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
}

import { Command, CommanderError } from "commander";
import { CodedError } from "../errors";
import { VERSION } from "../version";
import { registerC1Simulator } from "./commands/c1-simulator";
import { registerCheck } from "./commands/check";
import { registerConnector } from "./commands/connector";
import { registerDemo } from "./commands/demo";
import { registerPreview } from "./commands/preview";
import { registerProvider } from "./commands/provider";
import { registerSimulator } from "./commands/simulator";
import { EXIT, UsageError } from "./usage-error";

/** Entry point of `c1-twingate`. Exit codes: 0 ok, 1 a check failed, 2 usage error. */
export async function main(argv: string[] = process.argv): Promise<void> {
  const program = new Command("c1-twingate")
    .description("Validate Twingate credentials for the ConductorOne integration, locally, in CI and inside terraform")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
    .showHelpAfterError("(run c1-twingate --help for usage)");

  registerCheck(program);
  registerPreview(program);
  registerSimulator(program);
  registerDemo(program);
  registerProvider(program);
  registerConnector(program);
  registerC1Simulator(program);

  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" in commander's override mode but successful runs.
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0) return EXIT.ok;
    return EXIT.usage; // commander already printed the message
  }
  if (error instanceof UsageError) {
    process.stderr.write(`c1-twingate: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof CodedError) {
    process.stderr.write(`c1-twingate: [${error.code}] ${error.message}\n`);
    return EXIT.checkFailed;
  }
  // An unexpected bug: say so plainly, without dumping objects that could hold request details.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`c1-twingate: unexpected error: ${message}\n`);
  return EXIT.checkFailed;
}


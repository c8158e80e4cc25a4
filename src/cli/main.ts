import { Command, CommanderError } from "commander";
import { ignoreClosedPipe } from "./closed-pipe";
import { credentialShape } from "../credential-shape";
import { CodedError } from "../errors";
import { MissingApiKeyError } from "./api-key-source";
import { reportMissingSecret } from "./github/missing-secret";
import { neutralise } from "../untrusted-text";
import { VERSION } from "../version";
import { registerC1Simulator } from "./commands/c1-simulator";
import { registerCheck } from "./commands/check";
import { registerConnector } from "./commands/connector";
import { registerDemo } from "./commands/demo";
import { registerPreview } from "./commands/preview";
import { registerProvider } from "./commands/provider";
import { registerSandbox } from "./commands/sandbox";
import { registerSimulator } from "./commands/simulator";
import { EXIT, UsageError } from "./usage-error";
import { describeFileSystemError } from "./file-system-error";

/** Entry point of `c1-twingate`. Exit codes: 0 ok, 1 a check failed, 2 usage error. */
export async function main(argv: string[] = process.argv): Promise<void> {
  ignoreClosedPipe(process.stdout);
  ignoreClosedPipe(process.stderr);
  const program = new Command("c1-twingate")
    .description("Validate Twingate credentials for the ConductorOne integration, locally, in CI and inside terraform")
    .version(VERSION)
    .exitOverride()
    // Commander's own error lines quote what was typed (`unknown option '--api-key=…'`): we print ours instead.
    .configureOutput({ writeErr: (text) => process.stderr.write(text), outputError: () => undefined });

  registerCheck(program);
  registerPreview(program);
  registerSimulator(program);
  registerDemo(program);
  registerProvider(program);
  registerConnector(program);
  registerC1Simulator(program);
  registerSandbox(program);

  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = reportFailure(error, commandName(argv));
  }
}

const COMMANDS = new Set(["check", "preview", "simulator", "demo", "provider", "connector", "c1-simulator", "sandbox"]);

/** The command run, for titles; only a known command name is ever shown (an unknown word may be a key). */
function commandName(argv: readonly string[]): string {
  const word = argv.slice(2).find((a) => !a.startsWith("-"));
  return word !== undefined && COMMANDS.has(word) ? word : "";
}

const KEY_OPTIONS = /^--?(api[-_]?key|key|token|api[-_]?token|secret|x-api-key|password)$/i;
/**
 * Option names people type: words of letters (a short number at the end at most) joined by
 * hyphens, 40 characters in all, and not shaped like a key. `--Canary7Yc2k…` is a key typed
 * after `--`, not a misspelt option: it is never shown.
 */
const OPTION_NAME = /^--?[A-Za-z]{1,16}[0-9]{0,3}(?:-[A-Za-z]{1,16}[0-9]{0,3})*$/;
const showableOption = (name: string): boolean => name.length <= 42 && OPTION_NAME.test(name) && credentialShape(name) === null;
const HELP = "run c1-twingate --help (or c1-twingate <command> --help) for usage";

/**
 * A usage error from commander, without the value the user typed: it may be a key passed where
 * it does not belong (`--api-key=KEY`, a key as a stray argument or command). Options are named
 * by their name only (`--api-key`), and only when they look like an option name.
 */
/** Commands that read a Twingate API key: an unknown option to them may be a key typed in the wrong place. */
const KEY_COMMANDS = new Set(["check", "preview", "connector"]);

export function describeCommanderError(error: CommanderError, command = ""): string {
  switch (error.code) {
    case "commander.unknownOption": {
      const token = /'([^']*)'/.exec(error.message)?.[1] ?? "";
      const name = token.split("=")[0] ?? "";
      if (KEY_OPTIONS.test(name)) {
        return (
          `${name} is not an option: the API key is never read from the command line (it would land in shell history, ` +
          "process lists and CI logs). Put it in an environment variable and name it with --api-key-env NAME " +
          "(default TWINGATE_API_KEY), or pipe it with --api-key-stdin"
        );
      }
      const shown = showableOption(name) ? `unknown option ${name}` : "an unknown option (not shown: it could be a key)";
      // The key hint only where a key is read (or the command is unknown); `provider install --bogus` needs usage, not keys.
      const keyHint = command === "" || KEY_COMMANDS.has(command) ? ". The API key comes from --api-key-env NAME or --api-key-stdin, never from an option value" : "";
      return `${shown}: ${HELP}${keyHint}`;
    }
    case "commander.unknownCommand":
      return `unknown command (not shown, in case it is a key): ${HELP}`;
    case "commander.excessArguments":
      return `unexpected argument(s) (not shown, in case one is a key): this command takes options only. ${HELP}`;
    case "commander.optionMissingArgument":
    case "commander.missingArgument":
    case "commander.missingMandatoryOptionValue":
      // These messages name the option, never a value.
      return `${error.message.replace(/^error: /, "")}. ${HELP}`;
    default:
      return `the command line is not usable (${error.code}): ${HELP}`;
  }
}

function reportFailure(error: unknown, command: string): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" in commander's override mode but successful runs.
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0) return EXIT.ok;
    process.stderr.write(`c1-twingate: ${describeCommanderError(error, command)}\n`);
    return EXIT.usage;
  }
  if (error instanceof MissingApiKeyError) {
    // In GitHub Actions: a fork's pull request has no secrets (skipped), else an annotation saying where to add it.
    const code = reportMissingSecret(error, command, process.env, (line) => process.stdout.write(`${line}\n`));
    if (code !== null) {
      // Skipped (a fork's pull request): the warning says why; "export it" would be advice nobody can follow there.
      if (code !== EXIT.ok) process.stderr.write(`c1-twingate: ${error.message}\n`);
      return code;
    }
  }
  if (error instanceof UsageError) {
    process.stderr.write(`c1-twingate: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof CodedError) {
    process.stderr.write(`c1-twingate: [${error.code}] ${neutralise(error.message, 2000)}\n`);
    return EXIT.checkFailed;
  }
  const fileSystem = describeFileSystemError(error);
  if (fileSystem !== undefined) {
    process.stderr.write(`c1-twingate: ${neutralise(fileSystem, 2000)}\n`);
    return EXIT.checkFailed;
  }
  // An unexpected bug: say so plainly, without dumping objects that could hold request details.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`c1-twingate: unexpected error: ${neutralise(message, 2000)}\n`);
  return EXIT.checkFailed;
}

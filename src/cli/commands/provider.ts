import type { Command } from "commander";
import { z } from "zod";
import { installC1twingateProvider, mirrorCliConfig, requiredProvidersBlock } from "../../provider/install";
import { parseFlags } from "../flags";

const InstallFlags = z.object({
  mirror: z.string().min(1, "--mirror needs a directory").optional(),
  bundle: z.string().min(1, "--bundle needs a file").optional(),
  json: z.boolean().default(false),
});

/** `c1-twingate provider install`: put the bundled c1twingate provider where `terraform init` finds it. */
export function registerProvider(program: Command): void {
  const provider = program.command("provider").description("the c1twingate Terraform provider");
  provider
    .command("install")
    .description("install the c1twingate provider into Terraform's local mirror ($HOME/.terraform.d/plugins) or a filesystem mirror")
    .option("--mirror <dir>", "filesystem mirror directory (default: Terraform's implied mirror $HOME/.terraform.d/plugins)")
    .option("--bundle <file>", "provider file to install (default: the one next to this CLI)")
    .option("--json", "print the result as JSON")
    .action((raw: unknown) => {
      const flags = parseFlags(InstallFlags, raw);
      const result = installC1twingateProvider({
        ...(flags.mirror !== undefined ? { mirrorDir: flags.mirror } : {}),
        ...(flags.bundle !== undefined ? { bundle: flags.bundle } : {}),
      });
      if (flags.json) {
        const { source, version, hash, mirrorDir, packages } = result;
        process.stdout.write(`${JSON.stringify({ source, version, hash, mirrorDir, platforms: packages.map((p) => p.platform), packages }, null, 2)}\n`);
        return;
      }
      const lines = [
        `Installed ${result.source} v${result.version} into ${result.mirrorDir}`,
        `  platforms: ${result.packages.map((p) => p.platform).join(", ")}`,
        `  lock hash: ${result.hash}`,
        "",
        "Use it in your configuration:",
        "",
        requiredProvidersBlock(result.version),
      ];
      if (flags.mirror !== undefined) {
        lines.push("This is not Terraform's implied mirror: point TF_CLI_CONFIG_FILE at a CLI config containing", "", mirrorCliConfig(result.mirrorDir));
      }
      lines.push(
        `terraform init records ${result.hash} in .terraform.lock.hcl; commit that file.`,
        `The .invalid host is deliberate: without this mirror, terraform init fails instead of downloading another provider.`,
        "",
      );
      process.stdout.write(lines.join("\n"));
    });
}

import { readdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * The Terraform CLI configuration files Terraform reads (internal/command/cliconfig: the file
 * TF_CLI_CONFIG_FILE, or the older TERRAFORM_CONFIG, names alone; without them `~/.terraformrc`
 * and every `*.tfrc` and `*.tfrc.json` in `~/.terraform.d`) that hold a `provider_installation`
 * block, unless the block already names `mirrorDir` (a filesystem_mirror added as advised). With one, Terraform uses only the
 * installation methods it lists and no longer looks in the implied local mirrors, such as
 * `~/.terraform.d/plugins` where `provider install` puts the provider by default
 * (developer.hashicorp.com/terraform/cli/config/config-file#implied-local-mirror-directories).
 * Read as text: a line that starts the block (`provider_installation {`, or the JSON key) is enough
 * to tell, without parsing HCL. Unreadable files are skipped.
 */
export function cliConfigsWithProviderInstallation(mirrorDir: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const home = env.HOME || homedir();
  const override = env.TF_CLI_CONFIG_FILE || env.TERRAFORM_CONFIG;
  const files = override ? [override] : [join(home, ".terraformrc")];
  if (!override) {
    const dir = join(home, ".terraform.d");
    try {
      for (const name of readdirSync(dir).sort()) if (name.endsWith(".tfrc") || name.endsWith(".tfrc.json")) files.push(join(dir, name));
    } catch {
      // no ~/.terraform.d
    }
  }
  return files.filter((file) => {
    try {
      const raw = readFileSync(file, "utf8");
      // HCL comments (#, //, /* */) removed first: a commented-out filesystem_mirror is not one.
      const text = file.endsWith(".json") ? raw : raw.replace(/\/\*[^]*?\*\//g, "").replace(/(^|\s)(#|\/\/).*$/gm, "$1");
      const installs = file.endsWith(".json") ? /"provider_installation"\s*:/.test(text) : /^\s*provider_installation\s*\{/m.test(text);
      return installs && !text.includes(JSON.stringify(mirrorDir));
    } catch {
      return false;
    }
  });
}

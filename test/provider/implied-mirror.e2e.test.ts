import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cliConfigsWithProviderInstallation } from "../../src/provider/cli-config";
import { PROVIDER_VERSION } from "../../src/provider/address";
import { runCli } from "../helpers/cli";
import { requireTerraform } from "../helpers/terraform";
import { createTfDir } from "./terraform-run";

/**
 * `provider install` puts the provider in Terraform's implied mirror ($HOME/.terraform.d/plugins),
 * which Terraform does not read at all once a CLI config has a provider_installation block (common
 * where a company mirrors the registry). The install says so and prints the block to add; the
 * advice is checked with terraform itself.
 */
jest.setTimeout(300_000);

const MAIN_TF = `terraform {
  required_providers {
    c1twingate = { source = "c1twingate.invalid/local/c1twingate", version = "${PROVIDER_VERSION}" }
  }
}
`;

describe("the implied mirror and a CLI config with provider_installation", () => {
  it("install names the config that hides the mirror, and the block it prints makes terraform init find it", async () => {
    requireTerraform();
    const tf = createTfDir({ cliConfig: `provider_installation {\n  direct {}\n}\n` });
    try {
      writeFileSync(join(tf.work, "main.tf"), MAIN_TF);
      const run = await runCli(["provider", "install", "--script", "--platform", "linux_amd64", "--platform", "darwin_arm64", "--json"], { env: { HOME: tf.home, TF_CLI_CONFIG_FILE: tf.cliConfig } });
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as { impliedMirrorIgnoredBy: string[] }).impliedMirrorIgnoredBy).toEqual([tf.cliConfig]);
      const hidden = await tf.run(["init"], { allowFailure: true });
      expect(hidden.code).not.toBe(0);
      expect(hidden.stdout + hidden.stderr).toMatch(/c1twingate\.invalid/);

      const text = await runCli(["provider", "install", "--script", "--platform", "linux_amd64", "--platform", "darwin_arm64"], { env: { HOME: tf.home, TF_CLI_CONFIG_FILE: tf.cliConfig } });
      const block = /\n\n( {2}filesystem_mirror \{\n[^]*?\n {2}\})\n/.exec(text.stdout)?.[1];
      expect(text.stdout).toContain(`Note: ${tf.cliConfig} has a provider_installation block`);
      expect(block).toBeDefined();
      // Done as the note says: the block first, the other methods excluding the provider.
      writeFileSync(tf.cliConfig, `provider_installation {\n${block}\n  direct {\n    exclude = ["c1twingate.invalid/*/*"]\n  }\n}\n`);
      const found = await tf.run(["init"]);
      expect(found.stdout).toMatch(/Installed c1twingate\.invalid\/local\/c1twingate v0\.1\.0/);
      // Done as advised, the config is no longer named.
      const again = await runCli(["provider", "install", "--script", "--platform", "linux_amd64", "--json"], { env: { HOME: tf.home, TF_CLI_CONFIG_FILE: tf.cliConfig } });
      expect((JSON.parse(again.stdout) as { impliedMirrorIgnoredBy: string[] }).impliedMirrorIgnoredBy).toEqual([]);
    } finally {
      tf.cleanup();
    }
  });

  it("reads the files Terraform reads: TF_CLI_CONFIG_FILE (or TERRAFORM_CONFIG) alone, else ~/.terraformrc and ~/.terraform.d/*.tfrc(.json)", () => {
    const tf = createTfDir();
    try {
      const home = tf.home;
      mkdirSync(join(home, ".terraform.d"), { recursive: true });
      writeFileSync(join(home, ".terraformrc"), `plugin_cache_dir = "/x"\n`);
      writeFileSync(join(home, ".terraform.d", "mirror.tfrc"), `  provider_installation {\n}\n`);
      writeFileSync(join(home, ".terraform.d", "other.tfrc.json"), JSON.stringify({ provider_installation: [{ direct: [{}] }] }));
      writeFileSync(join(home, ".terraform.d", "notes.txt"), "provider_installation {");
      writeFileSync(join(home, ".terraform.d", "comment.tfrc"), `# provider_installation {\n`);
      const implied = join(home, ".terraform.d", "plugins");
      expect(cliConfigsWithProviderInstallation(implied, { HOME: home })).toEqual([join(home, ".terraform.d", "mirror.tfrc"), join(home, ".terraform.d", "other.tfrc.json")]);
      writeFileSync(tf.cliConfig, `credentials "x" {}\n`);
      expect(cliConfigsWithProviderInstallation(implied, { HOME: home, TF_CLI_CONFIG_FILE: tf.cliConfig })).toEqual([]);
      expect(cliConfigsWithProviderInstallation(implied, { HOME: home, TF_CLI_CONFIG_FILE: join(home, "missing") })).toEqual([]);
      // A filesystem_mirror naming it only in a comment is none.
      const commented = join(tf.root, "commented.rc");
      writeFileSync(commented, `provider_installation { # filesystem_mirror { path = ${JSON.stringify(implied)} } # TODO\n  direct {}\n  /* filesystem_mirror { path = ${JSON.stringify(implied)} } */\n}\n`);
      expect(cliConfigsWithProviderInstallation(implied, { HOME: home, TF_CLI_CONFIG_FILE: commented })).toEqual([commented]);
      writeFileSync(commented, `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(implied)} # ours\n  }\n}\n`);
      expect(cliConfigsWithProviderInstallation(implied, { HOME: home, TF_CLI_CONFIG_FILE: commented })).toEqual([]);
      // The older variable, which Terraform still reads when TF_CLI_CONFIG_FILE is unset.
      const legacy = join(tf.root, "legacy.rc");
      writeFileSync(legacy, `provider_installation {\n  direct {}\n}\n`);
      expect(cliConfigsWithProviderInstallation(implied, { HOME: home, TERRAFORM_CONFIG: legacy })).toEqual([legacy]);
      expect(cliConfigsWithProviderInstallation(implied, { HOME: home, TERRAFORM_CONFIG: legacy, TF_CLI_CONFIG_FILE: tf.cliConfig })).toEqual([]);
    } finally {
      tf.cleanup();
    }
  });
});

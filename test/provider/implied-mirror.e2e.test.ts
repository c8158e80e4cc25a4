import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mirrorVerdict, type MirrorVerdict } from "../../src/provider/cli-config";
import { impliedMirrorDirs } from "../../src/provider/implied-mirrors";
import { PROVIDER_VERSION } from "../../src/provider/address";
import { networkMirrorCliConfig } from "../../src/provider/install";
import { currentPlatform, generateSelfSignedCertificate, packageHashV1 } from "../../src/tfplugin";
import { runCli } from "../helpers/cli";
import { requireTerraform } from "../helpers/terraform";
import { serveStatic, type StaticSite } from "./static-site";
import { createTfDir } from "./terraform-run";

/**
 * `provider install` puts the provider in Terraform's implied mirror ($HOME/.terraform.d/plugins,
 * or another with --mirror: $XDG_DATA_HOME/terraform/plugins, …), which Terraform does not read at all once a CLI config has a provider_installation block (common
 * where a company mirrors the registry). The install says what terraform init will do instead, by
 * Terraform's rules (test/provider/cli-config.test.ts has the table), and prints the block to add;
 * verdicts and advice are checked with terraform itself.
 */
jest.setTimeout(300_000);

const MAIN_TF = `terraform {
  required_providers {
    c1twingate = { source = "c1twingate.invalid/local/c1twingate", version = "${PROVIDER_VERSION}" }
  }
}
`;

/** terraform's diagnostics as one line: box drawing, line wrapping and source positions left out. */
function terraformSaid(output: string): string {
  return output
    .replace(/[│╷╵]/g, " ")
    .replace(/ at (-|\d+:\d+)/g, "")
    .replace(/At (-|\d+:\d+): /g, "")
    .replace(/\s+/g, " ");
}

/** What of a RejectedMethod's error terraform prints: `Error: <summary>`, then the detail's words around each `…` (a parenthesis is ours). */
function errorParts(error: string): string[] {
  const cut = error.indexOf(": ");
  const detail = error.slice(cut + 2).replace(/ \([^)]*\)/g, "");
  return [`Error: ${error.slice(0, cut)}`, ...detail.split(" … ").map((p) => p.replace(/\.$/, ""))];
}

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
      expect(text.stdout).toContain(`Note: in the provider_installation block of ${tf.cliConfig}, direct covers c1twingate.invalid/local/c1twingate`);
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

  it("the verdict matches terraform init, config by config", async () => {
    requireTerraform();
    const tf = createTfDir();
    try {
      writeFileSync(join(tf.work, "main.tf"), MAIN_TF);
      const run = await runCli(["provider", "install", "--script", "--platform", "linux_amd64", "--json"], { env: { HOME: tf.home, TF_CLI_CONFIG_FILE: tf.cliConfig } });
      expect(run.code).toBe(0);
      const installDir = join(tf.home, ".terraform.d", "plugins");
      const fsMirror = (extra = ""): string => `  filesystem_mirror {\n    path = ${JSON.stringify(installDir)}\n${extra}  }\n`;
      const excludeDirect = `  direct {\n    exclude = ["c1twingate.invalid/*/*"]\n  }\n`;
      const rows: [name: string, cliConfig: string, kind: MirrorVerdict["kind"]][] = [
        ["no block", `plugin_cache_dir = ""\n`, "implied"],
        ["direct {}", `provider_installation {\n  direct {}\n}\n`, "failing"],
        ["direct excluding it", `provider_installation {\n${excludeDirect}}\n`, "uncovered"],
        ["the install dir for */* (registry.terraform.io only)", `provider_installation {\n${fsMirror(`    include = ["*/*"]\n`)}${excludeDirect}}\n`, "uncovered"],
        ["the install dir, host in capitals", `provider_installation {\n${fsMirror(`    include = ["C1TWINGATE.Invalid/*/*"]\n`)}${excludeDirect}}\n`, "install-dir"],
        ["the install dir and direct {}", `provider_installation {\n${fsMirror()}  direct {}\n}\n`, "failing"],
        ["the install dir and an http: network mirror (dropped)", `provider_installation {\n  network_mirror {\n    url = "http://127.0.0.1:9/"\n  }\n${fsMirror()}}\n`, "install-dir"],
        ["provider_installation = { (refused)", `provider_installation = {\n  direct {}\n}\n`, "implied"],
        ["two blocks: the first counts", `provider_installation {\n${fsMirror()}}\nprovider_installation {\n  direct {}\n}\n`, "install-dir"],
        ["JSON, arrays", JSON.stringify({ provider_installation: [{ filesystem_mirror: [{ path: installDir }] }] }), "install-dir"],
        ["JSON, a method an object (flattened: its items refused, not blocks)", JSON.stringify({ provider_installation: { filesystem_mirror: { path: installDir } } }), "uncovered"],
        ["JSON, a method an object in a list", JSON.stringify({ provider_installation: [{ filesystem_mirror: { path: installDir, include: ["c1twingate.invalid/*/*"] } }] }), "uncovered"],
        ["JSON, direct an empty list", `{"provider_installation": [{"direct": []}]}`, "uncovered"],
        ["the install dir written with =", `provider_installation {\n  filesystem_mirror = {\n    path = ${JSON.stringify(installDir)}\n  }\n}\n`, "uncovered"],
        ["path a list", `provider_installation {\n  filesystem_mirror {\n    path = [${JSON.stringify(installDir)}]\n  }\n}\n`, "uncovered"],
        [
          "no path, no url, an unknown method, an invalid pattern",
          `provider_installation {\n  filesystem_mirror {\n  }\n  network_mirror {\n  }\n  filesystem-mirror {\n    path = ${JSON.stringify(installDir)}\n  }\n${fsMirror(`    include = ["c1twingate.invalid/*/c1twingate"]\n`)}}\n`,
          "uncovered",
        ],
        // HCL 1's JSON parser, not JSON's: trailing commas, null, duplicate keys (the first block counts).
        ["JSON with trailing commas", `{"provider_installation": {"direct": [{}],},}`, "failing"],
        ["JSON, plugin_cache_dir and a token null", `{"plugin_cache_dir": null, "credentials": {"app.terraform.io": {"token": null}}, "provider_installation": [{"direct": [{}]}]}`, "failing"],
        ["JSON, exclude null (not a list: direct dropped)", `{"provider_installation": [{"direct": [{"exclude": null}]}]}`, "uncovered"],
        ["JSON, provider_installation twice", `{"provider_installation": [{"filesystem_mirror": [{"path": ${JSON.stringify(installDir)}}]}], "provider_installation": [{"direct": [{}]}]}`, "install-dir"],
        ["JSON without its closing brace", `{"provider_installation": [{"direct": [{}]}]`, "failing"],
        ["JSON, an illegal word after a closing brace", `{"provider_installation": [{"direct": [{}]}], "x": {} y}`, "implied"],
        ["JSON, a key with no value before }", `{"provider_installation": [{"direct": [{"exclude": }]}]}`, "failing"],
        ["JSON, null in a list (the file fails)", `{"provider_installation": [{"direct": [{"exclude": [null]}]}]}`, "implied"],
        ["JSON, a \\/ escape (not Go's: the file fails)", `{"provider_installation": [{"filesystem_mirror": [{"path": "\\/x"}]}]}`, "implied"],
        ["JSON after a BOM (not JSON, and illegal HCL: file ignored)", `\uFEFF{"provider_installation": [{"direct": [{}]}]}`, "implied"],
        // Decoded into Go structs: a lone string is no list, a repeated attribute the last, a repeated list appended.
        ["include a string, not a list (the mirror dropped)", `provider_installation {\n${fsMirror(`    include = "c1twingate.invalid/*/*"\n`)}${excludeDirect}}\n`, "uncovered"],
        ["path twice: the last counts", `provider_installation {\n  filesystem_mirror {\n    path = "/nonexistent/mirror"\n    path = ${JSON.stringify(installDir)}\n  }\n}\n`, "install-dir"],
        ["include twice: appended", `provider_installation {\n${fsMirror(`    include = ["*/*"]\n    include = ["c1twingate.invalid/*/*"]\n`)}${excludeDirect}}\n`, "install-dir"],
        ["PATH in capitals (attribute names are case-insensitive)", `provider_installation {\n  filesystem_mirror {\n    PATH = ${JSON.stringify(installDir)}\n  }\n}\n`, "install-dir"],
        // Files Terraform fails to load add no block.
        ["a BOM before HCL", `\uFEFFprovider_installation {\n  direct {}\n}\n`, "implied"],
        ["plugin_cache_dir a list", `plugin_cache_dir = ["/tmp"]\nprovider_installation {\n  direct {}\n}\n`, "implied"],
        ["plugin_cache_may_break_dependency_lock_file = 1", `plugin_cache_may_break_dependency_lock_file = 1\nprovider_installation {\n  direct {}\n}\n`, "implied"],
        ["disable_checkpoint a string", `disable_checkpoint = "true"\nprovider_installation {\n  direct {}\n}\n`, "implied"],
        ["providers not a map", `providers = "x"\nprovider_installation {\n  direct {}\n}\n`, "implied"],
        ["credentials not an object", `credentials = "x"\nprovider_installation {\n  direct {}\n}\n`, "implied"],
        ["a credentials entry not an object", `credentials "app.terraform.io" = "t"\nprovider_installation {\n  direct {}\n}\n`, "implied"],
        ["a host entry not an object", `host "example.com" = "x"\nprovider_installation {\n  direct {}\n}\n`, "implied"],
        ["credentials_helper args a string", `credentials_helper "x" {\n  args = "y"\n}\nprovider_installation {\n  direct {}\n}\n`, "implied"],
        ["credentials_helper args a list", `credentials_helper "x" {\n  args = ["y"]\n}\nprovider_installation {\n  direct {}\n}\n`, "failing"],
        ["plugin_cache_dir a number (a string to Go)", `plugin_cache_dir = 1\nprovider_installation {\n  direct {}\n}\n`, "failing"],
        ["disable_checkpoint true", `disable_checkpoint = true\nprovider_installation {\n  direct {}\n}\n`, "failing"],
        // Terraform expands neither ~ nor ${HOME} in a filesystem_mirror path.
        ["path ~/.terraform.d/plugins", `provider_installation {\n  filesystem_mirror {\n    path = "~/.terraform.d/plugins"\n  }\n}\n`, "failing"],
        ["path ${HOME}/.terraform.d/plugins", `provider_installation {\n  filesystem_mirror {\n    path = "\${HOME}/.terraform.d/plugins"\n  }\n}\n`, "failing"],
      ];
      for (const [name, cliConfig, kind] of rows) {
        writeFileSync(tf.cliConfig, cliConfig);
        rmSync(join(tf.work, ".terraform"), { recursive: true, force: true });
        rmSync(join(tf.work, ".terraform.lock.hcl"), { force: true });
        const verdict = mirrorVerdict(installDir, { HOME: tf.home, TF_CLI_CONFIG_FILE: tf.cliConfig }, { cwd: tf.work });
        const init = await tf.run(["init"], { allowFailure: true });
        const output = init.stdout + init.stderr;
        expect({ name, kind: verdict.kind }).toEqual({ name, kind });
        expect({ name, found: init.code === 0 }).toEqual({ name, found: kind === "implied" || kind === "install-dir" });
        // Not found in any method, or no releases at all when the block has no method.
        if (kind === "uncovered") expect(output).toMatch(/Failed to query available provider packages/);
        if (kind === "uncovered") expect(output).not.toMatch(/could not connect/);
        if (verdict.kind === "failing" && verdict.failing.some((m) => m.kind === "direct")) expect(output).toMatch(/could not connect to c1twingate\.invalid/);
        if (verdict.kind === "failing" && verdict.failing.some((m) => m.kind === "filesystem_mirror")) expect(output).toMatch(/cannot search/);
        // A method Terraform refuses: the note quotes Terraform's error (positions left out), and misses none.
        const rejected = verdict.kind === "implied" ? [] : (verdict.rejected ?? []);
        const said = terraformSaid(output);
        for (const r of rejected) for (const part of errorParts(r.error)) expect({ name, part, said: said.includes(part) }).toEqual({ name, part, said: true });
        if (/Error: Invalid (provider_installation method block|provider source|URL for provider installation source)/.test(said)) expect({ name, rejected: rejected.length > 0 }).toEqual({ name, rejected: true });
      }
    } finally {
      tf.cleanup();
    }
  });
  it("a JSON method written as an object: the note gives terraform's own error, and the lines it prints make terraform init find the install", async () => {
    requireTerraform();
    const tf = createTfDir();
    try {
      writeFileSync(join(tf.work, "main.tf"), MAIN_TF);
      const installDir = join(tf.home, ".terraform.d", "plugins");
      writeFileSync(tf.cliConfig, JSON.stringify({ provider_installation: { filesystem_mirror: { path: installDir } } }));
      const env = { HOME: tf.home, TF_CLI_CONFIG_FILE: tf.cliConfig };
      const text = await runCli(["provider", "install", "--script", "--platform", currentPlatform()], { env });
      expect(text.code).toBe(0);
      const error = "Invalid provider_installation method block: The items inside the provider_installation block must all be blocks.";
      expect(text.stdout).toContain(`Note: Terraform rejects the filesystem_mirror in the provider_installation block of ${tf.cliConfig} ("${error}"), and no method it reads covers c1twingate.invalid/local/c1twingate`);
      expect(text.stdout).not.toContain("none of them covers");
      const init = await tf.run(["init"], { allowFailure: true });
      expect(init.code).not.toBe(0);
      expect(terraformSaid(init.stdout + init.stderr)).toContain("Error: Invalid provider_installation method block The items inside the provider_installation block must all be blocks.");

      // Written as the note says, in place of the object.
      const lines = /\n\n( {2}"filesystem_mirror": \[.*\])\n/.exec(text.stdout)?.[1];
      expect(lines).toBeDefined();
      writeFileSync(tf.cliConfig, `{"provider_installation": {${lines ?? ""}}}`);
      rmSync(join(tf.work, ".terraform"), { recursive: true, force: true });
      const found = await tf.run(["init"]);
      expect(found.stdout).toMatch(/Installed c1twingate\.invalid\/local\/c1twingate v0\.1\.0/);
      expect(found.stdout + found.stderr).not.toContain("must all be blocks");
    } finally {
      tf.cleanup();
    }
  });

  it("a network mirror beside the install's filesystem_mirror that cannot be reached fails init; the lines the note prints exclude the provider from it", async () => {
    requireTerraform();
    const tf = createTfDir();
    try {
      writeFileSync(join(tf.work, "main.tf"), MAIN_TF);
      const installDir = join(tf.home, ".terraform.d", "plugins");
      // Nothing listens on 127.0.0.1:9 (discard): the connection is refused.
      const network = `  network_mirror {\n    url = "https://127.0.0.1:9/"\n  }\n`;
      const config = (mirror: string): string => `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(installDir)}\n  }\n${mirror}}\n`;
      writeFileSync(tf.cliConfig, config(network));
      const env = { HOME: tf.home, TF_CLI_CONFIG_FILE: tf.cliConfig };
      const text = await runCli(["provider", "install", "--script", "--platform", currentPlatform()], { env });
      expect(text.code).toBe(0);
      expect(text.stdout).toContain("Note: terraform init also asks network_mirror https://127.0.0.1:9/");
      const init = await tf.run(["init"], { allowFailure: true });
      expect(init.code).not.toBe(0);
      expect(init.stdout + init.stderr).toMatch(/127\.0\.0\.1:9/);

      const lines = /\n\n( {2}network_mirror \{\n[^]*?\n {2}\})\n/.exec(text.stdout)?.[1];
      expect(lines).toContain(`exclude = ["c1twingate.invalid/*/*"]`);
      writeFileSync(tf.cliConfig, config(`${lines ?? ""}\n`));
      rmSync(join(tf.work, ".terraform"), { recursive: true, force: true });
      const found = await tf.run(["init"]);
      expect(found.stdout).toMatch(/Installed c1twingate\.invalid\/local\/c1twingate v0\.1\.0/);
      // Done as advised, nothing more is said.
      const again = await runCli(["provider", "install", "--script", "--platform", currentPlatform()], { env });
      expect(again.stdout).not.toContain("Note:");
    } finally {
      tf.cleanup();
    }
  });

  it("a network mirror that answers but does not serve the provider: after the install's mirror init installs (a 404 is fine), before it init fails, as the note says", async () => {
    requireTerraform();
    const tf = createTfDir();
    let mirror: StaticSite | undefined;
    try {
      writeFileSync(join(tf.work, "main.tf"), MAIN_TF);
      const installDir = join(tf.home, ".terraform.d", "plugins");
      const cert = generateSelfSignedCertificate();
      mirror = await serveStatic(tf.root, cert.certPem, cert.keyPem);
      writeFileSync(join(tf.root, "ca.pem"), cert.certPem);
      const fsMirror = `  filesystem_mirror {\n    path = ${JSON.stringify(installDir)}\n  }\n`;
      const network = `  network_mirror {\n    url = "${mirror.url}"\n  }\n`;
      const env = { HOME: tf.home, TF_CLI_CONFIG_FILE: tf.cliConfig };
      for (const [order, found] of [[fsMirror + network, true], [network + fsMirror, false]] as const) {
        writeFileSync(tf.cliConfig, `provider_installation {\n${order}}\n`);
        const text = await runCli(["provider", "install", "--script", "--platform", currentPlatform()], { env });
        expect(text.stdout).toContain(found ? "(a 404, not serving it, is fine)" : "so init takes it from that mirror if it serves this version and fails otherwise");
        rmSync(join(tf.work, ".terraform"), { recursive: true, force: true });
        rmSync(join(tf.work, ".terraform.lock.hcl"), { force: true });
        const init = await tf.run(["init"], { allowFailure: true, env: { SSL_CERT_FILE: join(tf.root, "ca.pem") } });
        expect({ found, code: init.code === 0 }).toEqual({ found, code: found });
        if (!found) expect(init.stdout + init.stderr).toMatch(/does not have archive\s+index/);
      }
      expect(mirror.requests).toContain("/c1twingate.invalid/local/c1twingate/index.json");
    } finally {
      const server = mirror?.server;
      if (server) await new Promise((resolve) => server.close(resolve));
      tf.cleanup();
    }
  });

  it("the implied mirror list is terraform's own, env by env (its debug log names each directory it searches)", async () => {
    requireTerraform();
    const tf = createTfDir();
    try {
      writeFileSync(join(tf.work, "main.tf"), MAIN_TF);
      const permutations: NodeJS.ProcessEnv[] = [
        {},
        { XDG_DATA_HOME: "/xdg/data/", XDG_DATA_DIRS: "/a:relative:/b/" },
        { XDG_DATA_HOME: "", XDG_DATA_DIRS: "" },
        { XDG_DATA_HOME: "relative", XDG_DATA_DIRS: "relative" },
        { HOME: "relative-home" },
        { HOME: "" },
      ];
      for (const extra of permutations) {
        const env = { ...tf.env, TF_LOG: "DEBUG", ...extra };
        const init = await tf.run(["init"], { env, allowFailure: true });
        const searched = [...init.stderr.matchAll(/(?:will search for provider plugins in|ignoring non-existing provider search directory) (.+)$/gm)].map((m) => m[1]);
        // terraform.d/plugins in the working dir first, which provider install judges apart.
        expect({ extra, searched }).toEqual({ extra, searched: ["terraform.d/plugins", ...impliedMirrorDirs({ env }).map((m) => m.dir)] });
      }
    } finally {
      tf.cleanup();
    }
  });

  it("--mirror into $XDG_DATA_HOME/terraform/plugins: reported as implied, terraform init finds it there, and a block that hides it is named", async () => {
    requireTerraform();
    const tf = createTfDir();
    try {
      writeFileSync(join(tf.work, "main.tf"), MAIN_TF);
      const dataHome = join(tf.root, "xdg-data");
      const mirror = join(dataHome, "terraform", "plugins");
      // XDG_DATA_DIRS of the test's own: no /usr/share of this machine's in the search.
      const xdg = { XDG_DATA_HOME: dataHome, XDG_DATA_DIRS: join(tf.root, "xdg-dirs") };
      const env = { HOME: tf.home, TF_CLI_CONFIG_FILE: tf.cliConfig, ...xdg };
      const platform = currentPlatform();
      // Written with a trailing slash: compared as resolved paths.
      const text = await runCli(["provider", "install", "--script", "--platform", platform, "--mirror", `${mirror}/`], { env });
      expect(text.code).toBe(0);
      expect(text.stdout).toContain(`${mirror} is one of Terraform's implied mirrors ($XDG_DATA_HOME/terraform/plugins, in this environment): terraform init finds it, as no CLI config has a provider_installation block.`);
      expect(text.stdout).not.toContain("This is not Terraform's implied mirror");
      const json = await runCli(["provider", "install", "--script", "--platform", platform, "--mirror", mirror, "--json"], { env });
      expect(JSON.parse(json.stdout)).toMatchObject({ mirrorDir: mirror, terraformInit: { kind: "implied" }, impliedMirrorIgnoredBy: [] });
      expect(existsSync(join(tf.home, ".terraform.d"))).toBe(false);

      // Without XDG_DATA_HOME terraform looks in ~/.local/share instead, and has it nowhere; with it, finds it.
      const elsewhere = await tf.run(["init"], { allowFailure: true, env: { XDG_DATA_DIRS: xdg.XDG_DATA_DIRS } });
      expect(elsewhere.code).not.toBe(0);
      expect(elsewhere.stdout + elsewhere.stderr).toMatch(/c1twingate\.invalid/);
      rmSync(join(tf.work, ".terraform"), { recursive: true, force: true });
      const found = await tf.run(["init"], { env: xdg });
      expect(found.stdout).toMatch(/Installed c1twingate\.invalid\/local\/c1twingate v0\.1\.0/);

      // A provider_installation block hides it as it hides the default: the verdict and fix, not a CLI config to write.
      writeFileSync(tf.cliConfig, `provider_installation {\n  direct {}\n}\n`);
      const hidden = await runCli(["provider", "install", "--script", "--platform", platform, "--mirror", mirror], { env });
      expect(hidden.stdout).toContain(`${mirror} is one of Terraform's implied mirrors ($XDG_DATA_HOME/terraform/plugins, in this environment): terraform init searches it only when no CLI config has a provider_installation block.`);
      expect(hidden.stdout).toContain(`Note: in the provider_installation block of ${tf.cliConfig}, direct covers c1twingate.invalid/local/c1twingate`);
      expect(hidden.stdout).not.toContain("This is not Terraform's implied mirror");
      const hiddenJson = await runCli(["provider", "install", "--script", "--platform", platform, "--mirror", mirror, "--json"], { env });
      expect(JSON.parse(hiddenJson.stdout)).toMatchObject({ terraformInit: { kind: "failing" }, impliedMirrorIgnoredBy: [tf.cliConfig] });

      // The configuration's own terraform.d/plugins, likewise, for terraform run here.
      const vendored = join(tf.work, "terraform.d", "plugins");
      const vendoredText = await runCli(["provider", "install", "--script", "--platform", platform, "--mirror", vendored], { env });
      expect(vendoredText.stdout).toContain(`${vendored} is the configuration's own implied mirror`);
      expect(vendoredText.stdout).toContain(`Note: in the provider_installation block of ${tf.cliConfig}, direct covers c1twingate.invalid/local/c1twingate`);
      const vendoredJson = await runCli(["provider", "install", "--script", "--platform", platform, "--mirror", vendored, "--json"], { env });
      expect(JSON.parse(vendoredJson.stdout)).toMatchObject({ terraformInit: { kind: "failing" }, impliedMirrorIgnoredBy: [tf.cliConfig] });

      // A directory that is no implied mirror: the fix goes into the CLI config in effect, not a new one that would replace it.
      const other = await runCli(["provider", "install", "--script", "--platform", platform, "--mirror", join(tf.root, "mirror")], { env });
      expect(other.stdout).toContain("This is not Terraform's implied mirror.");
      expect(other.stdout).toContain(`Note: in the provider_installation block of ${tf.cliConfig}, direct covers c1twingate.invalid/local/c1twingate`);
      expect(other.stdout).not.toContain("TF_CLI_CONFIG_FILE");
      const otherJson = await runCli(["provider", "install", "--script", "--platform", platform, "--mirror", join(tf.root, "mirror"), "--json"], { env });
      expect((JSON.parse(otherJson.stdout) as { terraformInit: unknown }).terraformInit).toBeNull();
    } finally {
      tf.cleanup();
    }
  });

  it("an implied mirror searched earlier with this version shadows the install: named with its hash, and terraform init takes it", async () => {
    requireTerraform();
    const tf = createTfDir();
    try {
      writeFileSync(join(tf.work, "main.tf"), MAIN_TF);
      const platform = currentPlatform();
      const dataHome = join(tf.root, "xdg-data");
      const mirror = join(dataHome, "terraform", "plugins");
      const xdg = { XDG_DATA_HOME: dataHome, XDG_DATA_DIRS: join(tf.root, "xdg-dirs") };
      const env = { HOME: tf.home, TF_CLI_CONFIG_FILE: tf.cliConfig, ...xdg };
      // An older copy in ~/.terraform.d/plugins, searched before $XDG_DATA_HOME: other bytes.
      expect((await runCli(["provider", "install", "--script", "--platform", platform], { env, cwd: tf.work })).code).toBe(0);
      const shadowDir = join(tf.home, ".terraform.d", "plugins", "c1twingate.invalid", "local", "c1twingate", PROVIDER_VERSION, platform);
      appendFileSync(join(shadowDir, "terraform-provider-c1twingate"), "\n// another build\n");
      const shadowHash = packageHashV1(shadowDir);

      const json = await runCli(["provider", "install", "--script", "--platform", platform, "--mirror", mirror, "--json"], { env, cwd: tf.work });
      const result = JSON.parse(json.stdout) as { hash: string; shadowedBy: { dir: string; path: string; hash: string; sameBytes: boolean } | null };
      expect(result.shadowedBy).toEqual(expect.objectContaining({ dir: join(tf.home, ".terraform.d", "plugins"), path: shadowDir, hash: shadowHash, sameBytes: false }));
      expect(result.hash).not.toBe(shadowHash);
      const text = await runCli(["provider", "install", "--script", "--platform", platform, "--mirror", mirror], { env, cwd: tf.work });
      expect(text.stdout).not.toContain("terraform init finds it");
      expect(text.stdout).toContain(`Warning: terraform init run in this directory takes c1twingate.invalid/local/c1twingate ${PROVIDER_VERSION} from ${shadowDir}`);
      expect(text.stdout).toContain(`rm -rf ${shadowDir}`);

      // terraform init records the shadowing copy's hash, not the install's.
      await tf.run(["init"], { env: xdg });
      const lock = readFileSync(join(tf.work, ".terraform.lock.hcl"), "utf8");
      expect(lock).toContain(shadowHash);
      expect(lock).not.toContain(result.hash);

      // Removed as advised: the install is found, and init records its hash.
      rmSync(shadowDir, { recursive: true });
      const clear = await runCli(["provider", "install", "--script", "--platform", platform, "--mirror", mirror, "--json"], { env, cwd: tf.work });
      expect((JSON.parse(clear.stdout) as { shadowedBy: unknown }).shadowedBy).toBeNull();
      rmSync(join(tf.work, ".terraform"), { recursive: true, force: true });
      rmSync(join(tf.work, ".terraform.lock.hcl"));
      await tf.run(["init"], { env: xdg });
      expect(readFileSync(join(tf.work, ".terraform.lock.hcl"), "utf8")).toContain(result.hash);
    } finally {
      tf.cleanup();
    }
  });

  it("a network mirror that serves the provider: the note names it, claims no failure, and terraform init installs from it", async () => {
    requireTerraform();
    const tf = createTfDir();
    let mirror: StaticSite | undefined;
    try {
      writeFileSync(join(tf.work, "main.tf"), MAIN_TF);
      const platform = currentPlatform();
      const packaged = await runCli(["provider", "package", "--script", "--platform", platform, "--out", join(tf.root, "out"), "--json"], { env: { HOME: tf.home } });
      expect(packaged.code).toBe(0);
      const cert = generateSelfSignedCertificate();
      mirror = await serveStatic((JSON.parse(packaged.stdout) as { mirrorDir: string }).mirrorDir, cert.certPem, cert.keyPem);
      writeFileSync(join(tf.root, "ca.pem"), cert.certPem);
      // The block docs/pipelines.md gives for a network mirror.
      writeFileSync(tf.cliConfig, networkMirrorCliConfig(mirror.url));
      const env = { HOME: tf.home, TF_CLI_CONFIG_FILE: tf.cliConfig };
      const json = await runCli(["provider", "install", "--script", "--platform", platform, "--json"], { env });
      expect((JSON.parse(json.stdout) as { terraformInit: MirrorVerdict }).terraformInit).toMatchObject({ kind: "elsewhere", covering: [{ kind: "network_mirror", url: mirror.url }] });
      const text = await runCli(["provider", "install", "--script", "--platform", platform], { env });
      expect(text.stdout).toContain(`terraform init takes c1twingate.invalid/local/c1twingate from network_mirror ${mirror.url}`);
      expect(text.stdout).not.toMatch(/would fail|could not connect/);
      const init = await tf.run(["init"], { env: { SSL_CERT_FILE: join(tf.root, "ca.pem") } });
      expect(init.stdout).toMatch(/Installed c1twingate\.invalid\/local\/c1twingate v0\.1\.0 \(verified checksum\)/);
      expect(mirror.requests).toContain("/c1twingate.invalid/local/c1twingate/index.json");
    } finally {
      const server = mirror?.server;
      if (server) await new Promise((resolve) => server.close(resolve));
      tf.cleanup();
    }
  });
});

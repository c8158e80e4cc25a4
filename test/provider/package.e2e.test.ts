/**
 * `c1-twingate provider package`: what a team publishes, checked with tools we did not write
 * (sha256sum, gpg, unzip, terraform):
 * - release zips named as Terraform expects, SHA256SUMS, a gpg-verifiable detached signature, the manifest;
 * - the network-mirror directory served over HTTPS on loopback (Terraform requires HTTPS for
 *   network mirrors; Go on Linux trusts the test CA through SSL_CERT_FILE): terraform init
 *   records the h1: hash, `terraform providers lock -net-mirror` records one for each platform,
 *   and that lock file then verifies on init; a tampered zip is refused.
 * - the release files behind a minimal provider registry on loopback: terraform checks the gpg
 *   signature and records zh: for every platform, for HCL and for a cdktf stack whose c1twingate
 *   source address points at that registry;
 * - vendoring for remote runs: the packed zip in the configuration's own terraform.d/plugins,
 *   terraform in a clean HOME with no CLI mirror settings.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { TerraformStack, Testing } from "cdktf";
import { serveStatic, type StaticSite } from "./static-site";
import { c1twingate, useC1TwingateProviderSource } from "../../constructs";
import { networkMirrorCliConfig } from "../../src/provider/install";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { currentPlatform, generateSelfSignedCertificate, packageHashV1 } from "../../src/tfplugin";
import { runCli } from "../helpers/cli";
import { diagnosticsOf, outputsOf, plannedActionsOf, requireTerraform } from "../helpers/terraform";
import { CACHE_ENV, pathWithoutNode } from "./executable-fixture";
import { createTfDir, credentialCheckConfig, lockedHashes, type TfDir } from "./terraform-run";

jest.setTimeout(1_200_000);

const PLATFORMS = [currentPlatform(), ...["darwin_arm64"].filter((p) => p !== currentPlatform())];
const PROVIDER_DIR = join("c1twingate.invalid", "local", "c1twingate");

interface PackageJson {
  releaseDir: string;
  mirrorDir: string;
  sha256sums: string;
  manifest: string;
  signature: string | null;
  signingKey: { fingerprint: string; keyId: string; userId: string; algorithm: string; acceptedByPrivateRegistries: boolean } | null;
  unlisted: string[];
  archives: { platform: string; name: string; h1: string; zh: string }[];
  unsigned: string[];
  linuxRequirement: string | null;
}

describe("provider package", () => {
  let out: TfDir;
  let result: PackageJson;
  let gnupg: string;

  beforeAll(async () => {
    requireTerraform();
    out = createTfDir();
    gnupg = join(out.root, "gnupg");
    mkdirSync(gnupg, { mode: 0o700 });
    execFileSync("gpg", ["--batch", "--homedir", gnupg, "--passphrase", "", "--quick-gen-key", "Release Signing <release@example.invalid>", "ed25519", "sign", "1d"], { stdio: "pipe" });
    const run = await runCli(
      ["provider", "package", "--out", join(out.root, "dist"), ...PLATFORMS.flatMap((p) => ["--platform", p]), "--gpg-key", "release@example.invalid", "--gpg-homedir", gnupg, "--json"],
      { env: { HOME: out.home, ...CACHE_ENV }, timeoutMs: 1_200_000 },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    result = JSON.parse(run.stdout) as PackageJson;
  });
  afterAll(() => {
    // gpg started an agent for this keyring
    if (gnupg) execFileSync("gpgconf", ["--homedir", gnupg, "--kill", "gpg-agent"], { stdio: "ignore" });
    out?.cleanup();
  });

  it("names the darwin_arm64 executable it built here unsigned (a Mac must sign it)", () => {
    expect(result.unsigned).toEqual(process.platform === "darwin" ? [] : ["darwin_arm64"]);
  });

  it("states once what the linux executables need where they run (glibc, not musl), without refusing to build them", () => {
    const linux = PLATFORMS.filter((p) => p.startsWith("linux_"));
    expect(result.linuxRequirement).toEqual(linux.length === 0 ? null : expect.stringMatching(new RegExp(`^the ${linux.join(", ")} executables? needs? glibc >= 2\\.28 .*GLIBCXX_3\\.4\\.21.*libgcc_s\\.so\\.1; not musl \\(Alpine\\)$`)));
  });

  it("writes zips named as Terraform expects, SHA256SUMS that sha256sum verifies, a gpg-valid signature and the manifest", () => {
    expect(result.archives.map((a) => a.name).sort()).toEqual(PLATFORMS.map((p) => `terraform-provider-c1twingate_0.1.0_${p}.zip`).sort());
    const sums = readFileSync(result.sha256sums, "utf8");
    expect(result.sha256sums).toMatch(/terraform-provider-c1twingate_0\.1\.0_SHA256SUMS$/);
    expect(sums.trim().split("\n")).toHaveLength(PLATFORMS.length + 1);
    expect(execFileSync("sha256sum", ["-c", result.sha256sums], { cwd: result.releaseDir, encoding: "utf8" })).not.toMatch(/FAILED/);
    for (const a of result.archives) expect(sums).toContain(`${a.zh.slice(3)}  ${a.name}\n`);

    expect(result.signature).toBe(`${result.sha256sums}.sig`);
    // gpg's default ed25519 key: Terraform verifies it, HCP Terraform's private registry would refuse it.
    expect(result.signingKey).toEqual({
      fingerprint: expect.stringMatching(/^[0-9A-F]{40}$/),
      keyId: expect.stringMatching(/^[0-9A-F]{16}$/),
      userId: "Release Signing <release@example.invalid>",
      algorithm: "EdDSA (ed25519)",
      acceptedByPrivateRegistries: false,
    });
    expect(result.signingKey?.fingerprint.endsWith(result.signingKey.keyId)).toBe(true);
    expect(result.unlisted).toEqual([]);
    const verify = execFileSync("gpg", ["--batch", "--homedir", gnupg, "--status-fd", "1", "--verify", result.signature ?? "", result.sha256sums], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(verify).toMatch(/\[GNUPG:\] GOODSIG/);
    // The signature is over these exact bytes.
    writeFileSync(join(out.root, "tampered"), sums.replace(/^./, (c) => (c === "0" ? "1" : "0")));
    expect(() => execFileSync("gpg", ["--batch", "--homedir", gnupg, "--verify", result.signature ?? "", join(out.root, "tampered")], { stdio: "pipe" })).toThrow();
    expect(readFileSync(join(result.releaseDir, "signing-key.asc"), "utf8")).toContain("BEGIN PGP PUBLIC KEY BLOCK");

    expect(JSON.parse(readFileSync(result.manifest, "utf8"))).toEqual({ version: 1, metadata: { protocol_versions: ["6.0"] } });

    // One executable per zip, mode 0755, whose h1 is the one reported.
    const a = result.archives.find((x) => x.platform === currentPlatform());
    const listing = execFileSync("unzip", ["-Z", join(result.releaseDir, a?.name ?? "")], { encoding: "utf8" });
    expect(listing).toMatch(/-rwxr-xr-x .* terraform-provider-c1twingate_v0\.1\.0\n/);
    const unpacked = join(out.root, "unpacked");
    execFileSync("unzip", ["-q", join(result.releaseDir, a?.name ?? ""), "-d", unpacked]);
    expect(packageHashV1(unpacked)).toBe(a?.h1);
  });

  it("writes the network-mirror layout: index.json and <version>.json naming each zip with its h1: and zh: hashes", () => {
    const dir = join(result.mirrorDir, PROVIDER_DIR);
    expect(JSON.parse(readFileSync(join(dir, "index.json"), "utf8"))).toEqual({ versions: { "0.1.0": {} } });
    const version = JSON.parse(readFileSync(join(dir, "0.1.0.json"), "utf8")) as { archives: Record<string, { url: string; hashes: string[] }> };
    expect(Object.keys(version.archives).sort()).toEqual([...PLATFORMS].sort());
    for (const a of result.archives) {
      expect(version.archives[a.platform]).toEqual({ url: a.name, hashes: [a.h1, a.zh] });
      expect(readFileSync(join(dir, a.name)).equals(readFileSync(join(result.releaseDir, a.name)))).toBe(true);
    }
  });

  describe("served as a network mirror over HTTPS on loopback", () => {
    let sim: RunningSimulator;
    let mirror: Awaited<ReturnType<typeof serveStatic>>;
    let tf: TfDir;

    beforeAll(async () => {
      sim = await startSimulator({ rateLimit: false });
      const cert = generateSelfSignedCertificate();
      mirror = await serveStatic(result.mirrorDir, cert.certPem, cert.keyPem);
      tf = createTfDir({ cliConfig: networkMirrorCliConfig(mirror.url), env: { TF_VAR_api_key: DEMO_KEYS.readWrite } });
      writeFileSync(join(tf.root, "ca.pem"), cert.certPem);
      tf.env.SSL_CERT_FILE = join(tf.root, "ca.pem");
      writeFileSync(join(tf.work, "main.tf"), credentialCheckConfig(sim.baseUrl));
    });
    afterAll(async () => {
      await new Promise((resolve) => mirror?.server.close(resolve));
      await sim?.close();
      tf?.cleanup();
    });

    const hashOf = (platform: string): string => result.archives.find((a) => a.platform === platform)?.h1 ?? "";

    it("terraform init installs from it and records the h1: hash; a plan runs without node", async () => {
      const init = await tf.run(["init"]);
      expect(init.stdout).toMatch(/Installed c1twingate\.invalid\/local\/c1twingate v0\.1\.0 \(verified checksum\)/);
      expect(mirror.requests).toContain("/c1twingate.invalid/local/c1twingate/index.json");
      expect(mirror.requests).toContain(`/c1twingate.invalid/local/c1twingate/terraform-provider-c1twingate_0.1.0_${currentPlatform()}.zip`);
      // Terraform 1.11 records the zh: hashes of a source only when they come with a registry's
      // signed SHA256SUMS; from a network mirror it records the h1: of what it installed.
      expect(lockedHashes(readFileSync(join(tf.work, ".terraform.lock.hcl"), "utf8"))).toEqual([hashOf(currentPlatform())]);
      const plan = await tf.run(["plan", "-json"], { env: { PATH: pathWithoutNode(tf.root) } });
      expect(plannedActionsOf(plan)).toEqual([["c1twingate_credential_check.this", "create"]]);
    });

    it("terraform providers lock -net-mirror for several platforms records each one's h1:, and init verifies against that lock", async () => {
      await tf.run(["providers", "lock", `-net-mirror=${mirror.url}`, ...PLATFORMS.map((p) => `-platform=${p}`)]);
      const lock = readFileSync(join(tf.work, ".terraform.lock.hcl"), "utf8");
      expect(lockedHashes(lock).sort()).toEqual(PLATFORMS.map(hashOf).sort());
      // A fresh checkout with that lock file: init verifies the download against it.
      rmSync(join(tf.work, ".terraform"), { recursive: true, force: true });
      const init = await tf.run(["init"]);
      expect(init.stdout).toMatch(/Installed c1twingate\.invalid\/local\/c1twingate v0\.1\.0 \(verified checksum\)/);
      expect(lockedHashes(readFileSync(join(tf.work, ".terraform.lock.hcl"), "utf8")).sort()).toEqual(PLATFORMS.map(hashOf).sort());
    });

    it("a zip that changed on the server after locking is refused", async () => {
      const zip = join(result.mirrorDir, PROVIDER_DIR, `terraform-provider-c1twingate_0.1.0_${currentPlatform()}.zip`);
      const original = readFileSync(zip);
      try {
        const tampered = Buffer.from(original);
        const at = Math.floor(tampered.length / 2); // inside the deflated executable
        tampered[at] = (tampered[at] ?? 0) ^ 0xff;
        writeFileSync(zip, tampered);
        rmSync(join(tf.work, ".terraform"), { recursive: true, force: true });
        const init = await tf.run(["init", "-json"], { allowFailure: true });
        expect(init.code).toBe(1);
        expect(diagnosticsOf(init, { dir: tf.work })).toContainEqual(expect.objectContaining({ severity: "error", detail: expect.stringMatching(/checksum|does not match|not a valid zip|zip: /i) }));
      } finally {
        writeFileSync(zip, original);
      }
    });
  });

  it("the release files work as a private provider registry: terraform verifies the gpg signature and locks zh: for every platform", async () => {
    // A minimal provider registry protocol (developer.hashicorp.com/terraform/internals/provider-registry-protocol)
    // in front of release/: discovery, versions, and per-platform download documents pointing at the files.
    const keyId = /^pub:[^:]*:[^:]*:[^:]*:([0-9A-F]{16}):/m.exec(execFileSync("gpg", ["--batch", "--homedir", gnupg, "--with-colons", "--list-keys", "release@example.invalid"], { encoding: "utf8" }))?.[1] ?? "";
    const armor = readFileSync(join(result.releaseDir, "signing-key.asc"), "utf8");
    const cert = generateSelfSignedCertificate();
    const site = join(out.root, "registry-site");
    const base = join(site, "v1", "providers", "local", "c1twingate");
    mkdirSync(base, { recursive: true });
    const registry = await serveStatic(site, cert.certPem, cert.keyPem);
    const host = new URL(registry.url).host; // localhost:<port>
    const sums = readFileSync(result.sha256sums, "utf8");
    mkdirSync(join(site, ".well-known"));
    writeFileSync(join(site, ".well-known", "terraform.json"), JSON.stringify({ "providers.v1": "/v1/providers/" }));
    const platforms = result.archives.map((a) => ({ os: a.platform.split("_")[0], arch: a.platform.split("_")[1] }));
    writeFileSync(join(base, "versions.json"), JSON.stringify({ versions: [{ version: "0.1.0", protocols: ["6.0"], platforms }] }));
    for (const a of result.archives) {
      const [os = "", arch = ""] = a.platform.split("_");
      mkdirSync(join(base, "0.1.0", "download", os), { recursive: true });
      for (const f of [a.name, basename(result.sha256sums), basename(result.signature ?? "")]) cpSync(join(result.releaseDir, f), join(site, "files", f));
      writeFileSync(
        join(base, "0.1.0", "download", os, `${arch}.json`),
        JSON.stringify({
          protocols: ["6.0"],
          os,
          arch,
          filename: a.name,
          download_url: `${registry.url}files/${a.name}`,
          shasums_url: `${registry.url}files/${basename(result.sha256sums)}`,
          shasums_signature_url: `${registry.url}files/${basename(result.signature ?? "")}`,
          shasum: a.zh.slice(3),
          signing_keys: { gpg_public_keys: [{ key_id: keyId, ascii_armor: armor }] },
        }),
      );
    }
    expect(sums).toContain(result.archives[0]?.zh.slice(3));
    // The protocol's paths have no extension; the static server maps them to the .json files written above.
    registry.rewrite = (url) => (url.startsWith("/v1/") && !url.endsWith(".json") ? `${url}.json` : url);
    const tf = createTfDir({ env: { SSL_CERT_FILE: join(out.root, "registry-ca.pem") } });
    writeFileSync(join(out.root, "registry-ca.pem"), cert.certPem);
    try {
      writeFileSync(join(tf.work, "main.tf"), `terraform {\n  required_providers {\n    c1twingate = { source = "${host}/local/c1twingate", version = "0.1.0" }\n  }\n}\n`);
      const init = await tf.run(["init"]);
      // How terraform authenticated the package ("verified checksum", "self-signed", "unauthenticated") is
      // what it tells a person in init's output: the point of these assertions, so they read it there.
      expect(init.stdout).toMatch(/Installed .*\/local\/c1twingate v0\.1\.0 \(self-signed, key ID [0-9A-F]{16}\)/);
      const hashes = lockedHashes(readFileSync(join(tf.work, ".terraform.lock.hcl"), "utf8").replace(`provider "${host}/local/c1twingate"`, 'provider "c1twingate.invalid/local/c1twingate"'));
      // The h1: of what it installed, and a zh: for every line of the signed SHA256SUMS (each zip, and the manifest).
      const signed = sums.trim().split("\n").map((line) => `zh:${line.split("  ")[0]}`);
      expect(signed).toEqual(expect.arrayContaining(result.archives.map((a) => a.zh)));
      expect(hashes.sort()).toEqual([result.archives.find((a) => a.platform === currentPlatform())?.h1, ...signed].sort());

      // The same registry from a cdktf-synthesized stack: the construct library's source address
      // setting (what TwingateIntegration's checkProviderSource writes) replaces the binding's
      // c1twingate.invalid, and the lock file records the provider under the registry's address.
      const stack = new TerraformStack(Testing.app(), "registry");
      new c1twingate.provider.C1TwingateProvider(stack, "c1twingate");
      useC1TwingateProviderSource(stack, `${host}/local/c1twingate`);
      const synthesized = createTfDir({ env: { SSL_CERT_FILE: join(out.root, "registry-ca.pem") } });
      try {
        writeFileSync(join(synthesized.work, "cdk.tf.json"), Testing.synth(stack));
        const cdktfInit = await synthesized.run(["init"]);
        expect(cdktfInit.stdout).toMatch(/Installed .*\/local\/c1twingate v0\.1\.0 \(self-signed, key ID [0-9A-F]{16}\)/);
        const lock = readFileSync(join(synthesized.work, ".terraform.lock.hcl"), "utf8");
        expect(lock).toContain(`provider "${host}/local/c1twingate"`);
        expect(lock).not.toContain("c1twingate.invalid");
      } finally {
        synthesized.cleanup();
      }
    } finally {
      tf.cleanup();
      await new Promise((resolve) => registry.server.close(resolve));
    }
  });

  it("vendoring: the packed zip in the configuration's terraform.d/plugins is all a clean HOME needs", async () => {
    const sim = await startSimulator({ rateLimit: false });
    const tf = createTfDir({ env: { TF_VAR_api_key: DEMO_KEYS.readWrite } });
    try {
      const vendored = await runCli(["provider", "install", "--mirror", join(tf.work, "terraform.d", "plugins"), "--platform", currentPlatform(), "--packed", "--json"], {
        env: { HOME: tf.home, ...CACHE_ENV },
        timeoutMs: 900_000,
      });
      expect(vendored.code).toBe(0);
      const zip = join(tf.work, "terraform.d", "plugins", PROVIDER_DIR, `terraform-provider-c1twingate_0.1.0_${currentPlatform()}.zip`);
      expect(existsSync(zip)).toBe(true);
      expect(readFileSync(zip).equals(readFileSync(join(result.releaseDir, `terraform-provider-c1twingate_0.1.0_${currentPlatform()}.zip`)))).toBe(true);
      writeFileSync(join(tf.work, "main.tf"), credentialCheckConfig(sim.baseUrl));
      // Empty CLI config (no provider_installation block), empty HOME: only ./terraform.d/plugins can serve it.
      const env = { PATH: pathWithoutNode(tf.root) };
      const init = await tf.run(["init"], { env });
      expect(init.stdout).toMatch(/Installed c1twingate\.invalid\/local\/c1twingate v0\.1\.0 \(unauthenticated\)/);
      const apply = await tf.run(["apply", "-auto-approve", "-json"], { env });
      expect(outputsOf(apply).permission?.value).toBe("write");
      expect(lockedHashes(readFileSync(join(tf.work, ".terraform.lock.hcl"), "utf8"))).toEqual([result.archives.find((a) => a.platform === currentPlatform())?.h1]);
    } finally {
      tf.cleanup();
      await sim.close();
    }
  });
});

describe("provider package --script (a network mirror for runners with Node, such as Alpine's)", () => {
  it("packages the script for the Unix platforms, one h1: for all, and a network mirror of it serves terraform init and a plan", async () => {
    requireTerraform();
    const sim = await startSimulator({ rateLimit: false });
    const cert = generateSelfSignedCertificate();
    const tf = createTfDir({ env: { TF_VAR_api_key: DEMO_KEYS.readWrite } });
    let mirror: StaticSite | undefined;
    try {
      const run = await runCli(["provider", "package", "--script", "--out", join(tf.root, "dist"), "--json"], { env: { HOME: tf.home } });
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const result = JSON.parse(run.stdout) as PackageJson & { form: string };
      expect(result.form).toBe("script");
      expect(result.unsigned).toEqual([]);
      expect(result.linuxRequirement).toBeNull();
      const platforms = result.archives.map((a) => a.platform);
      expect(platforms).toEqual(expect.arrayContaining(["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64"]));
      expect(new Set(result.archives.map((a) => a.h1)).size).toBe(1);
      // The same package `provider install --script` installs: the forms stay interchangeable.
      const installed = await runCli(["provider", "install", "--script", "--mirror", join(tf.root, "fs-mirror"), "--platform", currentPlatform(), "--json"], { env: { HOME: tf.home } });
      expect((JSON.parse(installed.stdout) as { packages: { hash: string }[] }).packages[0]?.hash).toBe(result.archives[0]?.h1);
      const unpacked = join(tf.root, "unpacked");
      execFileSync("unzip", ["-q", join(result.releaseDir, `terraform-provider-c1twingate_0.1.0_${currentPlatform()}.zip`), "-d", unpacked]);
      expect(readFileSync(join(unpacked, "terraform-provider-c1twingate_v0.1.0"), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
      expect(statSync(join(unpacked, "terraform-provider-c1twingate_v0.1.0")).mode & 0o777).toBe(0o755);

      mirror = await serveStatic(result.mirrorDir, cert.certPem, cert.keyPem);
      writeFileSync(tf.cliConfig, networkMirrorCliConfig(mirror.url));
      writeFileSync(join(tf.root, "ca.pem"), cert.certPem);
      writeFileSync(join(tf.work, "main.tf"), credentialCheckConfig(sim.baseUrl));
      const env = { SSL_CERT_FILE: join(tf.root, "ca.pem") };
      const init = await tf.run(["init"], { env });
      expect(init.stdout).toMatch(/Installed c1twingate\.invalid\/local\/c1twingate v0\.1\.0 \(verified checksum\)/);
      expect(lockedHashes(readFileSync(join(tf.work, ".terraform.lock.hcl"), "utf8"))).toEqual([result.archives[0]?.h1]);
      const plan = await tf.run(["plan", "-json"], { env });
      expect(plannedActionsOf(plan)).toEqual([["c1twingate_credential_check.this", "create"]]);
    } finally {
      await new Promise((resolve) => (mirror ? mirror.server.close(resolve) : resolve(undefined)));
      await sim.close();
      tf.cleanup();
    }
  });
});

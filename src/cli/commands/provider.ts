import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Command } from "commander";
import * as z from "zod";
import { EXECUTABLE_PLATFORMS, linuxRuntimeNote, linuxRuntimeRequirement, lockableHere, packageProvider, unlistedWarning, unsignedOnThisMachine, unsignedWarning } from "../../provider/executables";
import { installC1twingateProvider, mirrorPlatforms, networkMirrorCliConfig, requiredProvidersBlock } from "../../provider/install";
import { codeCacheProblem, codeCacheProblemText } from "../../provider/code-cache-notice";
import { guardJson, neutralise } from "../../untrusted-text";
import { judgeCodeCachePlace } from "../../provider/load-engine";
import { currentPlatform } from "../../tfplugin/packaging/install";
import { collect, parseFlags } from "../flags";
import { shellWord } from "../output/shell-word";
import { mirrorNote, mirrorPackageFor, mirrorPlatformsHeld, outsideMirrorNote, shadowNote, vendoredExecutables, vendoredSizeNote } from "../output/install-notes";
import { blockShadowingCopy, impliedMirrorIgnoredBy, mirrorVerdict, type MirrorVerdict } from "../../provider/cli-config";
import { impliedMirrorOf, shadowingCopy, type ShadowingCopy } from "../../provider/implied-mirrors";
import { terraformDirLabels } from "../../tfplugin/packaging/terraform-dirs";
import { UsageError } from "../usage-error";

const PLATFORM = z.string().regex(/^[a-z0-9]+_[a-z0-9]+$/, "--platform takes Terraform's os_arch form, such as linux_amd64");
const EXECUTABLE_PLATFORM = z.enum(EXECUTABLE_PLATFORMS as [string, ...string[]], { message: `--platform must be one of ${EXECUTABLE_PLATFORMS.join(", ")} (executables exist for these)` });

/** `--platform` repeated: each once. */
function platformList<T extends z.ZodType<string>>(platform: T) {
  return z.array(platform).superRefine((platforms, ctx) => {
    const twice = platforms.find((p, i) => platforms.indexOf(p) !== i);
    if (twice !== undefined) ctx.addIssue({ code: "custom", message: `--platform ${twice} is given twice` });
  });
}

/** `--platform` against the form asked for: the script runs wherever Node does but Windows; executables exist for five platforms only. */
function checkFormPlatforms(flags: { script: boolean; platform?: string[] | undefined }, ctx: z.RefinementCtx): void {
  if (flags.script) {
    const windows = flags.platform?.find((p) => p.startsWith("windows_"));
    if (windows) {
      const advice = EXECUTABLE_PLATFORM.safeParse(windows).success ? "leave out --script to use the executable" : `executables exist for ${EXECUTABLE_PLATFORMS.join(", ")}`;
      ctx.addIssue({ code: "custom", message: `--platform ${windows}: the script form does not run on Windows (a #! script); ${advice}` });
    }
    return;
  }
  for (const platform of flags.platform ?? []) {
    if (EXECUTABLE_PLATFORM.safeParse(platform).success) continue;
    const other = platform.startsWith("windows_") ? "the script form does not run on Windows either" : "the script form, --script, runs on any platform Node runs on but Windows";
    ctx.addIssue({ code: "custom", message: `--platform ${platform}: executables exist for ${EXECUTABLE_PLATFORMS.join(", ")} (${other})` });
  }
}

const InstallFlags = z
  .object({
    mirror: z.string().min(1, "--mirror needs a directory").optional(),
    bundle: z.string().min(1, "--bundle needs a file").optional(),
    platform: platformList(PLATFORM).optional(),
    script: z.boolean().default(false),
    packed: z.boolean().default(false),
    json: z.boolean().default(false),
  })
  .superRefine(checkFormPlatforms);

const PackageFlags = z
  .object({
    out: z.string().min(1, "--out needs a directory"),
    bundle: z.string().min(1, "--bundle needs a file").optional(),
    platform: platformList(PLATFORM).optional(),
    script: z.boolean().default(false),
    gpgKey: z.string().min(1, "--gpg-key needs a key id or fingerprint").optional(),
    gpgHomedir: z.string().min(1).optional(),
    gpgPassphraseEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "--gpg-passphrase-env takes an environment variable name").optional(),
    json: z.boolean().default(false),
  })
  .superRefine(checkFormPlatforms);

/** `c1-twingate provider install|package`: put the c1twingate provider where `terraform init` finds it, or write what teams publish. */
export function registerProvider(program: Command): void {
  const provider = program.command("provider").description("the c1twingate Terraform provider");
  provider
    .command("install")
    .description(`install the c1twingate provider into Terraform's local mirror (${terraformDirLabels().pluginsDir}), a filesystem mirror, or a configuration's terraform.d/plugins`)
    .option("--mirror <dir>", `filesystem mirror directory (default: Terraform's implied mirror ${terraformDirLabels().pluginsDir}; use ./terraform.d/plugins with --packed to vendor into a configuration)`)
    .option("--platform <os_arch>", "platform to install, repeatable (default: this machine's; script form: the four Unix platforms)", collect)
    .option("--script", "install the Node.js script (needs node >= 20 on PATH) instead of the self-contained executable")
    .option("--packed", "write the packed layout (one zip per platform) instead of unpacked directories")
    .option("--bundle <file>", "provider script to install or embed (default: the one next to this CLI)")
    .option("--json", "print the result as JSON")
    .action(async (raw: unknown) => {
      const flags = parseFlags(InstallFlags, raw);
      const result = await installC1twingateProvider({
        form: flags.script ? "script" : "executable",
        packed: flags.packed,
        ...(flags.mirror !== undefined ? { mirrorDir: flags.mirror } : {}),
        ...(flags.bundle !== undefined ? { bundle: flags.bundle } : {}),
        ...(flags.platform !== undefined ? { platforms: flags.platform } : {}),
      });
      const unsigned = result.form === "executable" ? unsignedOnThisMachine(result.packages.map((p) => p.platform)) : [];
      const vendored = basename(result.mirrorDir) === "plugins" && basename(dirname(result.mirrorDir)) === "terraform.d";
      // Another of Terraform's implied mirrors ($XDG_DATA_HOME/terraform/plugins, …): read without a CLI config, like the default.
      const implied = flags.mirror !== undefined && !vendored ? impliedMirrorOf(result.mirrorDir) : undefined;
      // Terraform's implied mirrors (a vendored terraform.d/plugins too, for terraform run here) are not read
      // at all once a CLI config lists installation methods. Judged for those only: for another --mirror
      // the user writes the CLI config (printed below).
      const verdict: MirrorVerdict | undefined = flags.mirror === undefined || implied || vendored ? mirrorVerdict(result.mirrorDir) : undefined;
      const ignoredBy = verdict ? impliedMirrorIgnoredBy(verdict) : [];
      const here = currentPlatform();
      // `hash`: this machine's platform's (what its terraform init records), null when it was not installed.
      const installedHere = result.packages.find((p) => p.platform === here);
      const hash = installedHere?.hash ?? null;
      // A mirror searched before this one with this version: init takes that copy. Without a block, an
      // implied mirror (for terraform run here); with one, a filesystem_mirror listed earlier in it.
      const shadow: ShadowingCopy | undefined =
        hash === null || !verdict
          ? undefined
          : verdict.kind === "implied"
            ? vendored
              ? undefined
              : shadowingCopy(result.mirrorDir, here, result.version, hash, {}, installedHere?.path)
            : blockShadowingCopy(verdict, here, result.version, hash, installedHere?.path);
      // The provider's code cache in this environment (terraform run here gives the provider the same
      // one): a place that is not private turns it off, which makes every plan slower and says nothing.
      const cachePlace = judgeCodeCachePlace();
      const cacheProblem = codeCacheProblem(cachePlace);
      if (flags.json) {
        const { form, source, version, mirrorDir, packages } = result;
        const codeCache = cacheProblem !== undefined ? { refused: cacheProblem } : "dir" in cachePlace ? { dir: cachePlace.dir } : { off: true };
        // Paths from the environment and flags: no `##[` a CI log would read as a workflow command.
        process.stdout.write(
          `${guardJson(JSON.stringify({ form, source, version, mirrorDir, hash, platforms: packages.map((p) => p.platform), packages, unsigned, impliedMirrorIgnoredBy: ignoredBy, terraformInit: verdict ?? null, shadowedBy: shadow ?? null, codeCache }, null, 2))}\n`,
        );
        return;
      }
      const lines = [
        `Installed ${result.source} v${result.version} (${result.form === "executable" ? "self-contained executable, no node needed" : "Node.js script, needs node >= 20 on PATH"}) into ${result.mirrorDir}`,
        ...result.packages.flatMap((p) => [
          `  ${p.platform.padEnd(14)} lock hash: ${p.hash}`,
          ...(p.replaced ? [`  ${"".padEnd(14)} replaced the ${p.path.endsWith(".zip") ? "unpacked" : "packed"} copy of this version for ${p.platform} (${p.replaced}): Terraform would have taken either`] : []),
          ...(p.overwroteDifferent
            ? [`  ${"".padEnd(14)} overwrote a different ${p.platform} package of this version (the other form, or another build): a lock file that records only its hash refuses this one until you lock again (below)`]
            : []),
        ]),
        "",
        ...unsignedWarning(unsigned),
        "Use it in your configuration:",
        "",
        requiredProvidersBlock(result.version),
      ];
      if (vendored) {
        const root = dirname(dirname(result.mirrorDir));
        // What terraform init finds here for this machine, from this run or an earlier install.
        const atHere = hash !== null ? { held: true as const } : mirrorPackageFor(result.mirrorDir, result.version, here);
        if ("held" in atHere) {
          lines.push(`${result.mirrorDir} is the configuration's own implied mirror: terraform init run in ${root} finds it when the CLI config has no provider_installation block (HCP Terraform remote runs: vendor linux_amd64).`);
        } else {
          // Every platform the mirror holds for this version, this run's and earlier installs'.
          const held = mirrorPlatformsHeld(result.mirrorDir, result.version, [...new Set([...EXECUTABLE_PLATFORMS, ...mirrorPlatforms()])].sort());
          const fails = "empty" in atHere ? `fails ("provider binary not found"), since ${atHere.empty} holds no terraform-provider-${basename(result.source)} executable,` : `fails ("does not have a package available for your current platform")`;
          lines.push(`${result.mirrorDir} is the configuration's own implied mirror, here for ${held.join(", ")} only (HCP Terraform remote runs need linux_amd64): terraform init run in ${root} on this machine (${here}) ${fails} unless you install ${here} too (--platform ${here}).`);
        }
        if (existsSync(join(root, "cdktf.json"))) {
          lines.push(
            `${root} holds cdktf.json: cdktf runs terraform in cdktf.out/stacks/<stack>, not here, so it does not read this copy. Vendor into cdktf.out/stacks/<stack>/terraform.d/plugins after cdktf synth instead (docs/pipelines.md, "HCP Terraform and Terraform Enterprise remote runs", "Vendor the provider").`,
          );
        }
        // Every unpacked platform of this version in the mirror, not only this run's: a commit carries them all.
        // The executables are 77-115 MB (the Linux ones slimmed, elf-icu-slim.ts), their zips about a third of that.
        const sizeNote = vendoredSizeNote(vendoredExecutables(result.mirrorDir, result.source), result.mirrorDir, result.version);
        if (sizeNote) lines.push(sizeNote);
        lines.push("");
        // This machine's CLI config, for terraform run here (a remote run has its own).
        if (verdict) lines.push(...shadowNote(shadow, result.mirrorDir, result.source, result.version), ...mirrorNote(verdict, result.mirrorDir, result.source));
      } else if (implied && verdict) {
        const finds = hash === null ? `searches it, as no CLI config has a provider_installation block, but this machine's platform (${here}) was not installed` : shadow ? "searches it, as no CLI config has a provider_installation block, but not first (below)" : "finds it, as no CLI config has a provider_installation block";
        lines.push(
          `${result.mirrorDir} is one of Terraform's implied mirrors (${implied.origin}, in this environment): terraform init ${
            verdict.kind === "implied" ? finds : "searches it only when no CLI config has a provider_installation block"
          }.`,
          "",
          ...shadowNote(shadow, result.mirrorDir, result.source, result.version),
          ...mirrorNote(verdict, result.mirrorDir, result.source),
        );
      } else if (flags.mirror !== undefined) {
        lines.push(...outsideMirrorNote(result.mirrorDir, result.source));
      } else if (verdict) {
        lines.push(...shadowNote(shadow, result.mirrorDir, result.source, result.version), ...mirrorNote(verdict, result.mirrorDir, result.source));
      }
      // A darwin executable built off a Mac is unsigned, and the Mac's own build is signed: other
      // bytes, another h1:. Locking it here would make the Mac's `terraform init` refuse its own install.
      const lockablePlatforms = lockableHere(result.form, result.packages.map((p) => p.platform));
      const lockable = result.packages.filter((p) => lockablePlatforms.includes(p.platform));
      const offMacDarwin = result.packages.map((p) => p.platform).filter((p) => !lockablePlatforms.includes(p));
      lines.push(
        "terraform init records these hashes in .terraform.lock.hcl (with cdktf: in cdktf.out/stacks/<stack>). To record the hashes of the platforms installed here, run in the configuration's directory:",
      );
      if (lockable.length > 0) {
        // Named by address: -fs-mirror applies to every provider the command locks, and the
        // configuration's other providers (conductorone/conductorone, ...) are not in this mirror.
        lines.push(`  terraform providers lock ${shellWord(`-fs-mirror=${result.mirrorDir}`)} ${lockable.map((p) => `-platform=${p.platform}`).join(" ")} ${result.source}`);
      }
      if (offMacDarwin.length > 0) {
        lines.push(
          `  (not ${offMacDarwin.join(", ")}: built on ${process.platform} it is unsigned, and a Mac's own install is signed, with another lock hash. Record darwin hashes on the Mac, or from the signed files you publish: "The lock file" in docs/pipelines.md)`,
        );
      }
      lines.push(
        "and lock the other providers from their registries: terraform providers lock -platform=… <their addresses>. Other platforms: install them first (--platform, repeatable).",
        "The .invalid host is deliberate: without this mirror, terraform init fails instead of downloading another provider.",
        "",
      );
      // The place comes from the environment: shown without its control characters (one line, no escapes).
      if (cacheProblem !== undefined) lines.push(`Start-up: ${neutralise(codeCacheProblemText(cacheProblem), 4096)}`, "");
      process.stdout.write(lines.join("\n"));
    });

  provider
    .command("package")
    .description("write what teams publish: per-platform zips, SHA256SUMS (+ optional .sig), the manifest, and a provider network-mirror directory")
    .requiredOption("--out <dir>", "output directory (release/, mirror/, executables/)")
    .option("--platform <os_arch>", `platform to build, repeatable (default: all of ${EXECUTABLE_PLATFORMS.join(", ")}; script form: the four Unix platforms)`, collect)
    .option("--script", "package the Node.js script (needs node >= 20 on the runner's PATH; for Alpine/musl runners) instead of self-contained executables")
    .option("--gpg-key <id>", "sign SHA256SUMS with this gpg key (detached, binary .sig; must match one secret key: a fingerprint is surest); its public key is written as signing-key.asc")
    .option("--gpg-homedir <dir>", "GNUPGHOME holding the key (default: gpg's own)")
    .option("--gpg-passphrase-env <NAME>", "environment variable holding the key's passphrase (given to gpg on stdin)")
    .option("--bundle <file>", "provider script to embed (default: the one next to this CLI)")
    .option("--json", "print the result as JSON")
    .action(async (raw: unknown) => {
      const flags = parseFlags(PackageFlags, raw);
      const passphrase = flags.gpgPassphraseEnv !== undefined ? process.env[flags.gpgPassphraseEnv] : undefined;
      if (flags.gpgPassphraseEnv !== undefined && passphrase === undefined) {
        throw new UsageError(`--gpg-passphrase-env ${flags.gpgPassphraseEnv}: that environment variable is not set`);
      }
      const result = await packageProvider({
        outDir: flags.out,
        form: flags.script ? "script" : "executable",
        platforms: flags.platform ?? (flags.script ? mirrorPlatforms() : EXECUTABLE_PLATFORMS),
        ...(flags.bundle !== undefined ? { bundle: flags.bundle } : {}),
        ...(flags.gpgKey !== undefined
          ? { sign: { keyId: flags.gpgKey, ...(flags.gpgHomedir !== undefined ? { homedir: flags.gpgHomedir } : {}), ...(passphrase !== undefined ? { passphrase } : {}) } }
          : {}),
      });
      const archives = result.archives.map(({ platform, name, form, h1, zh }) => ({ platform, name, form, h1, zh }));
      // Only the platforms this run built: an earlier run's (a Mac's) are whatever it made them.
      const unsigned = unsignedOnThisMachine(result.executables.map((e) => e.platform));
      // By each zip's own form, earlier runs' included.
      const scripts = archives.filter((a) => a.form === "script").map((a) => a.platform);
      if (flags.json) {
        const { form, releaseDir, mirrorDir, sha256sums, manifest, signature, removedSignature, unlisted } = result;
        const signingKey = result.signingKey ?? null;
        process.stdout.write(
          `${guardJson(JSON.stringify({ form, releaseDir, mirrorDir, sha256sums, manifest, signature: signature ?? null, removedSignature: removedSignature ?? null, signingKey, archives, unlisted, unsigned, linuxRequirement: linuxRuntimeRequirement(archives) }, null, 2))}\n`,
        );
        return;
      }
      process.stdout.write(
        [
          `Release files in ${result.releaseDir}:`,
          ...archives.map((a) => `  ${a.name}\n      ${a.h1}\n      ${a.zh}`),
          `  ${basename(result.sha256sums)}${
            result.signature
              ? ` (signed: ${basename(result.signature)}${result.signingKey ? ` by key ${result.signingKey.fingerprint} (${result.signingKey.algorithm}, key id ${result.signingKey.keyId})` : ""}; its public key alone in signing-key.asc)`
              : ""
          }`,
          ...(result.removedSignature
            ? [`      unsigned: the earlier run's ${basename(result.removedSignature)} covered the SHA256SUMS it wrote, not this one, and was removed (with signing-key.asc); pass --gpg-key in the last run into this --out`]
            : []),
          ...(result.signature && result.signingKey && !result.signingKey.acceptedByPrivateRegistries
            ? [
                `      note: the key is ${result.signingKey.algorithm}. Terraform verifies it, but HCP Terraform's and Terraform Enterprise's private registries accept only RSA or DSA keys: sign with an RSA key (gpg --quick-gen-key "<name>" rsa4096 sign) to publish there`,
              ]
            : []),
          `  ${basename(result.manifest)}`,
          "",
          ...unlistedWarning(result.unlisted),
          ...unsignedWarning(unsigned),
          ...linuxRuntimeNote(archives),
          ...(scripts.length > 0
            ? [`Note: the ${scripts.join(", ")} package${scripts.length === 1 ? " is" : "s are"} the Node.js script: terraform starts it with the node (>= 20) on the PATH it passes to providers (Alpine: apk add nodejs). Serve it to runners that have Node; the others take the executables, from another mirror.`, ""]
            : []),
          `Network mirror in ${result.mirrorDir}: serve it over HTTPS from any static server, then use the CLI config`,
          "",
          networkMirrorCliConfig("https://mirror.example.internal/providers/"),
          "",
        ].join("\n"),
      );
    });
}

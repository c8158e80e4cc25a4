import { existsSync, lstatSync, readdirSync, statSync } from "node:fs";
import { basename, isAbsolute, join, resolve } from "node:path";
import { PROVIDER_HOSTNAME, PROVIDER_TYPE } from "../../provider/address";
import { packagesIn } from "../../provider/mirror-packages";
import { cliConfigFiles, isJsonCliConfig, methodLines, mirrorVerdict, type InstallationMethod, type MirrorVerdict, type RejectedMethod } from "../../provider/cli-config";
import type { ShadowingCopy } from "../../provider/implied-mirrors";
import { mirrorCliConfig } from "../../provider/install";
import { cliConfigFile, cliConfigOverride, terraformDirLabels } from "../../tfplugin/packaging/terraform-dirs";
import { shellWord } from "./shell-word";

/**
 * What `c1-twingate provider install` says about where terraform init will take the provider
 * from: the CLI config's provider_installation block (src/provider/cli-config.ts), an implied
 * mirror searched before the install (src/provider/implied-mirrors.ts), dev_overrides. Lines of
 * text; the command prints them.
 */

function methodName(method: InstallationMethod): string {
  if (method.kind === "direct") return "direct";
  if (method.kind === "network_mirror") return `network_mirror ${method.url}`;
  return `filesystem_mirror ${method.path}`;
}

/** The methods Terraform rejects, its errors in its words, and how to write them: the start of a sentence, its fixes, and the lines to write. */
function rejectionText(rejected: RejectedMethod[], file: string): { said: string; fixes: string; lines: string[] } {
  const names = [...new Set(rejected.map((r) => (r.method ? `the ${r.method}` : "a method")))];
  const errors = [...new Set(rejected.map((r) => r.error))];
  return {
    said: `Terraform rejects ${names.join(" and ")} in the provider_installation block of ${file} (${errors.map((e) => `"${e}"`).join("; ")})`,
    fixes: [...new Set(rejected.map((r) => r.fix))].join("; "),
    lines: rejected.flatMap((r) => (r.lines !== undefined ? [r.lines] : [])),
  };
}

/**
 * What `provider install` (into an implied mirror) says about the CLI config: only what terraform
 * init will do, by Terraform's rules (src/provider/cli-config.ts). Nothing when it finds this install.
 */
export function mirrorNote(verdict: MirrorVerdict, mirrorDir: string, source: string): string[] {
  if (verdict.kind === "implied") return [];
  const host = source.split("/")[0] ?? source;
  const pattern = `${host}/*/*`;
  // A JSON file (text starting with `{`) takes the method as a member of the block's object, a list.
  const json = isJsonCliConfig(verdict.file);
  const block =
    json
      ? `  "filesystem_mirror": [{ "path": ${JSON.stringify(mirrorDir)}, "include": [${JSON.stringify(pattern)}] }]`
      : `  filesystem_mirror {\n    path    = ${JSON.stringify(mirrorDir)}\n    include = [${JSON.stringify(pattern)}]\n  }`;
  const lines: string[] = [];
  const notRead = `so Terraform searches only the methods listed there and not ${mirrorDir}`;
  const rejected = verdict.rejected ?? [];
  const rejection = rejected.length > 0 ? rejectionText(rejected, verdict.file) : undefined;
  const excludeIt = json ? `"exclude": [${JSON.stringify(pattern)}]` : `exclude = [${JSON.stringify(pattern)}]`;
  if (verdict.kind === "uncovered" && rejection) {
    // Terraform's error is the reason, and fixing the method it rejects may be all there is to do.
    const fixesInstall = rejected.some((r) => r.installDir);
    // Members of one JSON object: commas between them.
    const shown = [...(fixesInstall ? [] : [block]), ...rejection.lines].map((l, i, all) => (json && i < all.length - 1 ? `${l},` : l));
    lines.push(
      `Note: ${rejection.said}, and no method it reads covers ${source}: terraform init would fail ("Failed to query available provider packages"). ${
        fixesInstall ? "Fix it" : `Add the filesystem_mirror ${mirrorDir} first in that block, and fix what it rejects`
      } as Terraform expects (${rejection.fixes})${shown.length > 0 ? ":" : "."}`,
      "",
      ...shown,
      ...(shown.length > 0 ? [""] : []),
    );
  } else if (rejection && verdict.kind !== "install-dir") {
    const shown = rejection.lines.map((l, i, all) => (json && i < all.length - 1 ? `${l},` : l));
    lines.push(`Note: ${rejection.said}, and reads that block without it. Fix it as Terraform expects (${rejection.fixes})${shown.length > 0 ? ":" : "."}`, "", ...(shown.length > 0 ? [...shown, ""] : []));
  }
  if (verdict.kind === "uncovered" && !rejection) {
    lines.push(
      `Note: ${verdict.file} has a provider_installation block, ${notRead}, and none of them covers ${source} (an include pattern without a host, such as "*/*", is on registry.terraform.io): terraform init would fail ("Failed to query available provider packages"). Add this first in that block (terraform init takes a provider from the first method that has it):`,
      "",
      block,
      "",
    );
  } else if (verdict.kind === "failing") {
    const reasons = verdict.failing.map((m) =>
      m.kind === "direct"
        ? `direct covers ${source} and asks the registry at ${host}, which cannot exist ("could not connect to ${host}")`
        : `${methodName(m)} covers ${source} and does not exist ("cannot search …")${
            m.kind === "filesystem_mirror" && m.unexpanded ? "; Terraform does not expand ~ or ${HOME} in path, it reads that path as written, from the directory terraform runs in: write it absolute" : ""
          }`,
    );
    const haveIt = verdict.covering.some((m) => m.kind === "filesystem_mirror" && m.installDir);
    lines.push(
      `Note: in the provider_installation block of ${verdict.file}, ${reasons.join("; ")}: terraform init would fail, as it asks every method that covers a provider${haveIt ? `, though the filesystem_mirror ${mirrorDir} there has it` : ""}. ${
        haveIt ? `Add ${excludeIt} to ${verdict.failing.map(methodName).join(" and ")}.` : `Add this first in that block, and exclude ${JSON.stringify(pattern)} from ${verdict.failing.map(methodName).join(" and ")}:`
      }`,
      "",
      ...(haveIt ? [] : [block, ""]),
    );
  } else if (verdict.kind === "elsewhere") {
    const relative = verdict.covering.some((m) => m.kind === "filesystem_mirror" && !isAbsolute(m.path));
    lines.push(
      `Note: ${verdict.file} has a provider_installation block, ${notRead}: terraform init takes ${source} from ${verdict.covering.map(methodName).join(" and ")}${
        relative ? " (a relative path is read from the directory terraform runs in)" : ""
      }, and finds it only if it is published there (c1-twingate provider package writes a network-mirror directory; provider install --mirror <dir> fills a filesystem mirror). To use this install instead, add this first in that block and exclude ${JSON.stringify(pattern)} from those methods:`,
      "",
      block,
      "",
    );
  }
  // install-dir: terraform init finds this install, but asks every other method covering the
  // provider too (multi_source.go): a network mirror must answer, and one listed before the
  // install's is asked for the package first.
  if (verdict.kind === "install-dir") {
    const at = verdict.covering.findIndex((m) => m.kind === "filesystem_mirror" && m.installDir);
    for (const [i, m] of verdict.covering.entries()) {
      if (m.kind !== "network_mirror") continue;
      const list = (patterns: string[]): string => `[${patterns.map((p) => JSON.stringify(p)).join(", ")}]`;
      const fixed = methodLines(
        "network_mirror",
        [["url", JSON.stringify(m.url)], ...(m.include.length > 0 ? [["include", list(m.include)] as [string, string]] : []), ["exclude", list([...m.exclude, pattern])]],
        json,
      );
      lines.push(
        `Note: terraform init also asks ${methodName(m)} in ${verdict.file}, which covers ${source} too: ${
          i < at
            ? `listed before ${mirrorDir}, it is asked for the package first, so init takes it from that mirror if it serves this version and fails otherwise`
            : `init fails if that mirror cannot be reached or answers with an error (a 404, not serving it, is fine)`
        }. To take it from this install alone, exclude it from that mirror, written so:`,
        "",
        fixed,
        "",
      );
    }
  }
  if (verdict.devOverride !== undefined) {
    const dev = devOverrideProvider(verdict.devOverride);
    lines.push(
      dev === "missing"
        ? `Note: ${verdict.file} has dev_overrides for ${source}, but ${verdict.devOverride} holds no terraform-provider-${PROVIDER_TYPE}* file: terraform validate, plan and apply fail ("could not find executable file starting with terraform-provider-${PROVIDER_TYPE}"). Put the provider's executable there, or remove the override to use this install.`
        : dev === "not-executable"
          ? `Note: ${verdict.file} has dev_overrides for ${source}, but the terraform-provider-${PROVIDER_TYPE}* file in ${verdict.devOverride} is not executable: terraform validate, plan and apply fail ("permission denied"). chmod +x it, or remove the override to use this install.`
          : `Note: ${verdict.file} has dev_overrides for ${source}: terraform plan and apply run the provider in ${verdict.devOverride}, not this install (terraform init still installs through the block's methods).`,
      "",
    );
  }
  if (verdict.ignored.length > 0) {
    lines.push(`(${verdict.ignored.join(", ")} ${verdict.ignored.length === 1 ? "has" : "have"} another provider_installation block, which Terraform ignores: only the first one counts.)`, "");
  }
  return lines;
}

/**
 * Whether a dev_overrides directory holds what Terraform runs from it: a file whose name starts
 * with `terraform-provider-<type>` (else validate, plan and apply fail "could not find executable
 * file starting with …"), executable (else "permission denied"; checked with terraform 1.11).
 * Undefined for a relative path, read from where terraform runs.
 */
export function devOverrideProvider(dir: string): "missing" | "not-executable" | "found" | undefined {
  if (!isAbsolute(dir)) return undefined;
  try {
    // Terraform takes the first such name (directory order) and does not check its mode: fork/exec then fails.
    const name = readdirSync(dir)
      .sort()
      .find((n) => n.startsWith(`terraform-provider-${PROVIDER_TYPE}`) && !statSync(join(dir, n)).isDirectory());
    if (name === undefined) return "missing";
    return process.platform !== "win32" && (statSync(join(dir, name)).mode & 0o111) === 0 ? "not-executable" : "found";
  } catch {
    return "missing";
  }
}

/** What `provider install` says when an implied mirror searched earlier has this version: init takes that copy. */
export function shadowNote(shadow: ShadowingCopy | undefined, mirrorDir: string, source: string, version: string): string[] {
  if (!shadow) return [];
  if (shadow.inInstallDir) {
    return [
      `Warning: terraform init takes ${source} ${version} from ${shadow.path}, another copy in ${mirrorDir}, not this install: Terraform reads the host, namespace and type directories in any letter case, and that name sorts first. Other bytes (lock hash ${shadow.hash ?? "unreadable"}), and that is the hash init records. To use this install, remove that copy:`,
      `  rm -rf ${shellWord(shadow.path)}`,
      "",
    ];
  }
  if (shadow.cliConfig !== undefined) {
    // An earlier filesystem_mirror of the block: absolute, so wherever terraform runs.
    const earlier = `the filesystem_mirror ${shadow.dir}, listed before ${mirrorDir} in the provider_installation block of ${shadow.cliConfig}`;
    if (shadow.sameBytes) return [`Note: terraform init takes ${source} ${version} from ${earlier} (it takes a provider from the first method that has it): the same bytes (same lock hash), so it makes no difference.`, ""];
    return [
      `Warning: terraform init takes ${source} ${version} from ${shadow.path}, in ${earlier}, not this install (it takes a provider from the first method that has it): other bytes (lock hash ${shadow.hash ?? "unreadable"}), and that is the hash init records. To use this install, move the filesystem_mirror ${mirrorDir} first in that block, or remove that copy:`,
      `  rm -rf ${shellWord(shadow.path)}`,
      "",
    ];
  }
  const where = `${shadow.dir} (${shadow.origin})`;
  if (shadow.sameBytes) {
    return [`Note: terraform init run in this directory takes ${source} ${version} from ${where}, which it searches before ${mirrorDir}: the same bytes (same lock hash), so it makes no difference.`, ""];
  }
  return [
    `Warning: terraform init run in this directory takes ${source} ${version} from ${shadow.path} in ${where}, which it searches before ${mirrorDir}, not this install: other bytes (lock hash ${shadow.hash ?? "unreadable"}), and that is the hash init records. To use this install, remove it:`,
    `  rm -rf ${shellWord(shadow.path)}`,
    "",
  ];
}

/**
 * What `provider install --mirror <dir>` says of a directory Terraform does not search by itself:
 * the CLI config to write, into the user's own file when there is one (a new TF_CLI_CONFIG_FILE
 * would replace all of it: credentials, other mirrors), in that file's form (HCL or JSON); else
 * the file to create (TF_CLI_CONFIG_FILE's, or ~/.terraformrc beside credentials.tfrc.json).
 */
export function outsideMirrorNote(mirrorDir: string, source: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const verdict = mirrorVerdict(mirrorDir, env);
  if (verdict.kind === "implied") {
    const implied = `A provider_installation block stops Terraform searching its implied mirrors (${terraformDirLabels().pluginsDir}, …): list a filesystem_mirror there for any provider you keep in them.`;
    // Never credentials.tfrc.json (unless TF_CLI_CONFIG_FILE names it, then read alone): terraform
    // login rewrites it, and Terraform reads ~/.terraformrc beside it.
    const override = cliConfigOverride(env);
    const file = cliConfigFiles(env).find((f) => existsSync(f) && (override !== undefined || basename(f) !== CREDENTIALS_FILE));
    if (file === undefined) {
      const create = override ?? cliConfigFile({ env })?.dir;
      if (create === undefined) return ["This is not Terraform's implied mirror: point TF_CLI_CONFIG_FILE at a CLI config containing", "", mirrorCliConfig(mirrorDir)];
      return [`This is not Terraform's implied mirror: create ${create} (Terraform's CLI config) with`, "", mirrorCliConfig(mirrorDir), implied, ""];
    }
    return [
      `This is not Terraform's implied mirror: add this to your CLI config, ${file} (keep the rest of it)${isJsonCliConfig(file) ? ", as a member of its top-level object (the file is JSON)" : ""}:`,
      "",
      isJsonCliConfig(file) ? mirrorCliConfigJson(mirrorDir) : mirrorCliConfig(mirrorDir),
      implied,
      "",
    ];
  }
  const note = mirrorNote(verdict, mirrorDir, source);
  if (verdict.kind === "install-dir") return [`This is not Terraform's implied mirror; ${verdict.file} reads ${source} from it (filesystem_mirror).`, "", ...note];
  return ["This is not Terraform's implied mirror.", "", ...note];
}

/** What `terraform login` writes, and rewrites: the file to leave alone. */
const CREDENTIALS_FILE = "credentials.tfrc.json";

/**
 * mirrorCliConfig's block in a JSON CLI config's terms: each method a list of objects (the form
 * terraform 1.11 init accepts; an HCL block in a JSON file is no config).
 */
export function mirrorCliConfigJson(mirrorDir: string): string {
  const include = JSON.stringify(`${PROVIDER_HOSTNAME}/*/*`);
  return [
    `"provider_installation": [`,
    `  {`,
    `    "filesystem_mirror": [{ "path": ${JSON.stringify(resolve(mirrorDir))}, "include": [${include}] }],`,
    `    "direct": [{ "exclude": [${include}] }]`,
    `  }`,
    `]`,
    "",
  ].join("\n");
}

/** GitHub refuses a file over 100 MiB in a push and warns about one over 50 MiB ("GH001: Large files detected"). */
const MiB = 1_048_576;
const GITHUB_FILE_LIMIT = 100 * MiB;
const GITHUB_FILE_WARNING = 50 * MiB;
/** A platform directory's name in a mirror's unpacked layout (`<os>_<arch>`). */
const PLATFORM_DIR = /^[a-z0-9]+_[a-z0-9]+$/;

/** An unpacked executable in a mirror: its version and platform directories, and its size in bytes. */
export interface VendoredExecutable {
  version: string;
  platform: string;
  bytes: number;
}

/**
 * What committing the vendored `executables` would meet on GitHub: for `version`'s platforms, the
 * install that puts each one's zip there instead (`--packed` replaces the unpacked copy), naming
 * those over the limit GitHub refuses and those over the size it warns about; for other versions',
 * that a commit carries them too. Undefined when every executable is small enough.
 */
export function vendoredSizeNote(executables: readonly VendoredExecutable[], mirrorDir: string, version: string): string | undefined {
  const size = (e: VendoredExecutable) => `${e.platform} ${(e.bytes / 1_000_000).toFixed(1)} MB (${(e.bytes / MiB).toFixed(1)} MiB)`;
  const large = executables.filter((e) => e.bytes > GITHUB_FILE_WARNING);
  const current = large.filter((e) => e.version === version);
  const refused = current.filter((e) => e.bytes > GITHUB_FILE_LIMIT);
  const warned = current.filter((e) => e.bytes <= GITHUB_FILE_LIMIT);
  const sentences: string[] = [];
  if (current.length > 0) {
    const platforms = [...new Set(current.map((e) => e.platform))];
    const command = `c1-twingate provider install --mirror ${shellWord(mirrorDir)} --packed ${platforms.map((p) => `--platform ${p}`).join(" ")}`;
    const why = [refused.length > 0 ? `over the 100 MiB GitHub refuses in a push: ${refused.map(size).join(", ")}` : undefined, warned.length > 0 ? `over the 50 MiB it warns about: ${warned.map(size).join(", ")}` : undefined]
      .filter((w) => w !== undefined)
      .join("; ");
    sentences.push(
      `To commit it, ${refused.length > 0 ? "install" : "consider installing"} ${platforms.join(", ")} again with --packed (${command}): ${current.length === 1 ? "its executable is" : "their executables are"} ${why}; --packed puts a zip about a third of that size in the executable's place, which Terraform reads the same way.`,
    );
  }
  const older = large.filter((e) => e.version !== version);
  if (older.length > 0) {
    const refusedOlder = older.some((e) => e.bytes > GITHUB_FILE_LIMIT);
    sentences.push(
      `Other versions in it are ${refusedOlder ? "over the 100 MiB GitHub refuses in a push" : "over the 50 MiB GitHub warns about"} too (${older.map((e) => `${e.version} ${size(e)}`).join(", ")}): a commit carries them as well; remove the versions you no longer use from ${shellWord(mirrorDir)}.`,
    );
  }
  return sentences.length > 0 ? sentences.join(" ") : undefined;
}

/**
 * The unpacked executables of every version and platform of the provider `source` in the mirror
 * (`<mirrorDir>/<source>/<version>/<os_arch>/terraform-provider-<type>*`, regular files only: git
 * commits a link as a link), all of which a commit of the mirror would carry. Other entries, and
 * what cannot be read, are left out.
 */
export function vendoredExecutables(mirrorDir: string, source: string): VendoredExecutable[] {
  const providerDir = join(mirrorDir, source);
  const found: VendoredExecutable[] = [];
  for (const version of safeReaddir(providerDir)) {
    for (const platform of safeReaddir(join(providerDir, version)).filter((p) => PLATFORM_DIR.test(p))) {
      for (const file of providerExecutablesIn(join(providerDir, version, platform), basename(source))) {
        try {
          const stat = lstatSync(join(providerDir, version, platform, file));
          if (stat.isFile()) found.push({ version, platform, bytes: stat.size });
        } catch {
          // Gone or unreadable since it was listed: nothing to say about it.
        }
      }
    }
  }
  return found;
}

/**
 * What Terraform finds for `version` on `platform` in the mirror: the first package its walk meets
 * (mirror-packages.ts `packagesIn`), `held` when that is a zip or a directory holding a
 * `terraform-provider-<type>…` file; `empty` with the directory when it holds none (terraform
 * init: "provider binary not found"); `missing` when there is no package.
 */
export function mirrorPackageFor(mirrorDir: string, version: string, platform: string): { held: true } | { empty: string } | { missing: true } {
  const first = packagesIn(mirrorDir, version, platform)[0];
  if (first === undefined) return { missing: true };
  return first.endsWith(".zip") || providerExecutablesIn(first, PROVIDER_TYPE).length > 0 ? { held: true } : { empty: first };
}

/** Those of `platforms` for which the mirror holds `version` as Terraform would find it ({@link mirrorPackageFor}). */
export function mirrorPlatformsHeld(mirrorDir: string, version: string, platforms: readonly string[]): string[] {
  return platforms.filter((p) => "held" in mirrorPackageFor(mirrorDir, version, p));
}

/** The files of `dir` named as Terraform looks for a provider's executable (`terraform-provider-<type>…`). */
function providerExecutablesIn(dir: string, type: string): string[] {
  return safeReaddir(dir).filter((f) => f.startsWith(`terraform-provider-${type}`));
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

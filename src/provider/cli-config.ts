import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { isAbsolute, posix, resolve, win32 } from "node:path";
import { cliConfigDir, cliConfigFile, cliConfigOverride, type TerraformDirsContext } from "../tfplugin/packaging/terraform-dirs";
import { PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE } from "./address";
import { decodeStringField, decodeStringListField, decodeStringMap, decodesAsCliConfig, parseHcl1, type Hcl1Item, type Hcl1Value } from "./hcl1";
import { isInstalledPackage, mirrorPackage, type ShadowingCopy } from "./implied-mirrors";

/**
 * What `terraform init` does with the c1twingate provider under the user's Terraform CLI
 * configuration, judged by Terraform's own rules (internal/command/cliconfig and
 * internal/getproviders/multi_source.go, checked against terraform 1.11):
 *
 * - Files: the one TF_CLI_CONFIG_FILE (or the older TERRAFORM_CONFIG) names, alone; without them
 *   `~/.terraformrc`, then every `*.tfrc` and `*.tfrc.json` in `~/.terraform.d`, in name order
 *   (Windows: `%APPDATA%\terraform.rc` and `%APPDATA%\terraform.d`; terraform-dirs.ts).
 *   Each is HCL 1, JSON when its text starts with `{` (whatever its name), parsed and decoded by
 *   HCL 1's rules (hcl1.ts). A file that does not parse, or does not decode as a CLI config (a
 *   top-level attribute of the wrong type), adds nothing: Terraform reports it and reads on.
 * - No `provider_installation` block in them: the implied local mirrors, `~/.terraform.d/plugins`
 *   among them (the list: implied-mirrors.ts), are searched. With one (the first, if several: Terraform warns and ignores the
 *   rest), only the methods it lists are, and the implied mirrors never are
 *   (developer.hashicorp.com/terraform/cli/config/config-file#implied-local-mirror-directories).
 *   A block written `provider_installation = {` is refused and counts as none.
 * - A method covers a provider when no `exclude` pattern matches it and, if it has `include`, one
 *   of those does. A pattern is `host/namespace/type` or `namespace/type` (host
 *   registry.terraform.io: `*∕*` does not cover `c1twingate.invalid`), `*` a whole segment,
 *   compared case-insensitively. A method with an invalid pattern, an attribute of the wrong type
 *   (`include = "…"`, not a list), a filesystem_mirror without `path`, or a network_mirror not at
 *   an `https:` URL is dropped, as is one that is not a block (`name = {` in HCL; in JSON an
 *   object rather than a list of objects, which HCL 1 flattens into the block): Terraform prints
 *   an error for each, which the verdict keeps (`rejected`). `path` is not expanded: `~/x` and
 *   `${HOME}/x` are relative paths.
 * - init asks every method that covers the provider: one that fails (`direct`, which cannot reach
 *   a `.invalid` host; a filesystem_mirror directory that does not exist; a network mirror that
 *   does not answer) fails init even when another method has the provider.
 * - `dev_overrides` (first in the block) makes plan and apply run the provider from the directory
 *   it names, installed or not; it is no installation method.
 */
export type InstallationMethod =
  | { kind: "direct" }
  | {
      kind: "filesystem_mirror";
      path: string;
      /** `path` is the directory `provider install` wrote. */
      installDir: boolean;
      /** The directory does not exist: searching it fails init. */
      missing: boolean;
      /** `path` has a `~` or `$` that Terraform does not expand: it reads `~/x` and `${HOME}/x` literally, relative to the directory it runs in. */
      unexpanded?: true;
    }
  | {
      kind: "network_mirror";
      url: string;
      /** Its include and exclude patterns as written: the fix that excludes the provider keeps them. */
      include: string[];
      exclude: string[];
    };

/**
 * A method Terraform refuses with an error of its own: it prints the error ("There are some
 * problems with the CLI configuration", or "… with the provider_installation configuration") and
 * reads the block without that method. Only those that cover the provider, or might (their
 * patterns unreadable), are kept.
 */
export interface RejectedMethod {
  /** The method's name as written (`filesystem_mirror`, …), when known. */
  method?: string;
  /** Terraform's error, its summary and detail, positions left out. */
  error: string;
  /** What to change, in a few words. */
  fix: string;
  /** The method written as Terraform reads it, in the file's syntax, when it can be told from what is written. */
  lines?: string;
  /** Written `path`, when it decodes: a rejected filesystem_mirror at the install directory is the one to fix. */
  path?: string;
  /** `path` is the directory `provider install` wrote. */
  installDir?: true;
}

/** Every verdict but `implied` carries the methods Terraform rejects (`rejected`, when there are any). */
type Rejections = { rejected?: RejectedMethod[] };

export type MirrorVerdict =
  /** No provider_installation block: the implied mirrors are searched, the install among them. */
  | { kind: "implied" }
  /** A block, and no method in it covers the provider: init fails ("not found in any of the search locations"). */
  | Rejections & { kind: "uncovered"; file: string; ignored: string[]; devOverride?: string }
  /** A method covering the provider fails for it (`direct`, a missing filesystem mirror): init fails. */
  | Rejections & { kind: "failing"; file: string; ignored: string[]; covering: InstallationMethod[]; failing: InstallationMethod[]; devOverride?: string }
  /** A filesystem_mirror at the install directory covers the provider: init finds it there (if the other covering methods answer), unless a filesystem_mirror listed before it has the version (blockShadowingCopy). */
  | Rejections & { kind: "install-dir"; file: string; ignored: string[]; covering: InstallationMethod[]; devOverride?: string }
  /** Only other mirrors cover it: init finds it only if it is published there; the install is not read. */
  | Rejections & { kind: "elsewhere"; file: string; ignored: string[]; covering: InstallationMethod[]; devOverride?: string };

export interface CliConfigContext extends TerraformDirsContext {
  /** Lists a directory's entry names (default readdirSync): tests of another OS's paths read a fake tree. */
  listDir?: (dir: string) => string[];
  /** The directory terraform runs in, against which a `~/…` or `${HOME}/…` mirror path is looked up (default: this process's). */
  cwd?: string;
}

/** The CLI config files Terraform reads, in its order. */
export function cliConfigFiles(env: NodeJS.ProcessEnv = process.env, context: CliConfigContext = {}): string[] {
  const override = cliConfigOverride(env);
  if (override) return [override];
  const here = { ...context, env };
  const file = cliConfigFile(here);
  const dir = cliConfigDir(here);
  const files = file ? [file.dir] : [];
  if (!dir) return files;
  const join = (context.platform ?? process.platform) === "win32" ? win32.join : posix.join;
  try {
    // Go's ReadDir order: by bytes; these names are compared as UTF-16, the same for ASCII.
    for (const name of (context.listDir ?? readdirSync)(dir.dir).sort()) if (name.endsWith(".tfrc") || name.endsWith(".tfrc.json")) files.push(join(dir.dir, name));
  } catch {
    // no ~/.terraform.d
  }
  return files;
}

interface Block {
  file: string;
  methods: ParsedMethod[];
  devOverrides: Map<string, string>;
  rejected: RejectedMethod[];
}

type ParsedMethod = ({ kind: "direct" } | { kind: "filesystem_mirror"; path: string } | { kind: "network_mirror"; url: string; includeText: string[]; excludeText: string[] }) & {
  include: Pattern[];
  exclude: Pattern[];
};

const METHODS = ["direct", "filesystem_mirror", "network_mirror"];

type Pattern = { host: string; namespace: string; type: string };

/**
 * The provider_installation blocks of `file` as Terraform decodes them: none when it is unreadable,
 * does not parse, or does not decode as a CLI config (a top-level attribute of the wrong type:
 * Terraform then reports the file and reads nothing from it).
 */
function blocksOf(file: string): Block[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  const parsed = parseHcl1(text);
  if (!parsed || !decodesAsCliConfig(parsed.items)) return [];
  const json = parsed.json;
  const blocks: Block[] = [];
  for (const item of parsed.items) {
    if (item.keys[0] !== "provider_installation") continue;
    if (item.assign && !json) continue;
    if (item.value.kind !== "object") continue;
    const block: Block = { file, methods: [], devOverrides: new Map(), rejected: [] };
    const reject = (body: Hcl1Item[] | undefined, rejection: RejectedMethod): void => {
      // One that would not cover the provider anyway is no concern of this install.
      if (body !== undefined && !mightCover(body)) return;
      if (!block.rejected.some((r) => r.method === rejection.method && r.error === rejection.error)) block.rejected.push(rejection);
    };
    // HCL 1 flattens `"provider_installation": {"filesystem_mirror": {"path": …}}` (an object, not a
    // list, of a method with no object inside) into a block labelled with the method, whose items
    // are `path`, `include`…: not blocks, each refused (checked with terraform 1.11).
    const hoisted = json && item.keys.length === 2 && item.value.items.some((i) => i.value.kind !== "object") ? item.keys[1] : undefined;
    if (hoisted !== undefined && hoisted !== "dev_overrides") {
      const fields = item.value.items.filter((i) => i.value.kind !== "object");
      reject(fields, notABlock(hoisted, fields, true));
    }
    for (const methodItem of item.value.items) {
      const kind = methodItem.keys[0] ?? "";
      if ((methodItem.assign && !json) || methodItem.value.kind !== "object") {
        if (hoisted === undefined && kind !== "dev_overrides") reject(methodItem.value.kind === "object" ? methodItem.value.items : undefined, notABlock(kind, methodItem.value, json));
        continue;
      }
      const body = methodItem.value.items;
      if (kind === "dev_overrides") {
        if (block.methods.length > 0) continue; // refused after other methods
        const entries = decodeStringMap(body);
        if (!entries.ok) continue;
        for (const [source, dir] of entries.value) {
          const address = providerAddress(source);
          if (address) block.devOverrides.set(address, dir);
        }
        continue;
      }
      if (!METHODS.includes(kind)) {
        reject(body, { method: kind, error: `Invalid provider_installation method block: Unknown provider installation method ${JSON.stringify(kind)}.`, fix: "the methods are direct, filesystem_mirror and network_mirror" });
        continue;
      }
      // Each method decodes into a Go struct: any field of the wrong type drops the method.
      const includeField = decodeStringListField(body, "include");
      const excludeField = decodeStringListField(body, "exclude");
      if (!includeField.ok || !excludeField.ok) {
        const field = includeField.ok ? "exclude" : "include";
        reject(undefined, {
          method: kind,
          error: `Invalid provider_installation method block: Invalid ${kind} block: … unknown slice type (${field} is not a list).`,
          fix: json ? `write it "${field}": ["…"]` : `write it ${field} = ["…"]`,
          ...pathOf(kind, body),
          ...linesWith(kind, body, json, (f, v) => (f === field && v.kind === "literal" ? { kind: "list", values: [v] } : v)),
        });
        continue;
      }
      let location: { kind: "direct" } | { kind: "filesystem_mirror"; path: string } | { kind: "network_mirror"; url: string };
      if (kind === "direct") location = { kind };
      else if (kind === "filesystem_mirror" || kind === "network_mirror") {
        const attribute = kind === "filesystem_mirror" ? "path" : "url";
        const value = decodeStringField(body, attribute);
        if (!value.ok) {
          reject(body, {
            method: kind,
            error: `Invalid provider_installation method block: Invalid ${kind} block: … ${attribute}: unknown type for string.`,
            fix: `${attribute} is one string`,
            // `path = ["/x"]` meant `path = "/x"`.
            ...pathOf(kind, body.map((f) => ({ ...f, value: loneElement(f.value) }))),
            ...linesWith(kind, body, json, (f, v) => (f.toLowerCase() === attribute ? loneElement(v) : v)),
          });
          continue;
        }
        if (!value.value) {
          reject(body, { method: kind, error: `Invalid provider_installation method block: Invalid ${kind} block: "${attribute}" argument is required.`, fix: `add ${json ? `"${attribute}": "…"` : `${attribute} = "…"`}` });
          continue;
        }
        if (kind === "network_mirror" && !isHttpsUrl(value.value)) {
          reject(body, {
            method: kind,
            error: `Invalid URL for provider installation source: Cannot use ${JSON.stringify(value.value)} as a URL for a network provider mirror: the mirror must be at an https: URL.`,
            fix: "serve the mirror at an https: URL",
          });
          continue;
        }
        location = kind === "filesystem_mirror" ? { kind, path: value.value } : { kind, url: value.value };
      } else continue;
      const include = patterns(includeField.value ?? []);
      const exclude = patterns(excludeField.value ?? []);
      if (!include.ok || !exclude.ok) {
        const which = include.ok ? "exclusion" : "inclusion";
        reject(undefined, {
          method: kind,
          error: `Invalid provider source ${which} patterns: CLI config specifies invalid provider ${which} patterns: ${include.ok ? (exclude.ok ? "" : exclude.error) : include.error}.`,
          fix: "a pattern is host/namespace/type or namespace/type, * a whole segment (a * host with */*, a * namespace with a * type)",
          ...(location.kind === "filesystem_mirror" ? { path: location.path } : {}),
        });
        continue;
      }
      if (location.kind === "network_mirror") block.methods.push({ ...location, include: include.value, exclude: exclude.value, includeText: includeField.value ?? [], excludeText: excludeField.value ?? [] });
      else block.methods.push({ ...location, include: include.value, exclude: exclude.value });
    }
    blocks.push(block);
  }
  return blocks;
}

/** Whether a method Terraform refuses would have covered the provider: yes when its patterns cannot be read. */
function mightCover(body: Hcl1Item[]): boolean {
  const includeField = decodeStringListField(body, "include");
  const excludeField = decodeStringListField(body, "exclude");
  if (!includeField.ok || !excludeField.ok) return true;
  const include = patterns(includeField.value ?? []);
  const exclude = patterns(excludeField.value ?? []);
  return !include.ok || !exclude.ok || covers({ include: include.value, exclude: exclude.value });
}

/** A method that is not a block: written `name = {` in HCL, or in JSON an object holding no object (HCL 1 then flattens it away) or no object at all. */
function notABlock(kind: string, value: Hcl1Value | Hcl1Item[], json: boolean): RejectedMethod {
  const fields = Array.isArray(value) ? value : value.kind === "object" ? value.items : value.kind === "list" && value.values.length === 0 ? [] : undefined;
  const lines = fields && METHODS.includes(kind) ? renderMethod(kind, fields, json) : undefined;
  return {
    method: kind,
    error: "Invalid provider_installation method block: The items inside the provider_installation block must all be blocks.",
    fix: json ? `in JSON each method is a list of objects, "${kind}": [{ … }]` : `write it as a block, ${kind} { … }, without "="`,
    ...(lines !== undefined ? { lines } : {}),
    ...(fields ? pathOf(kind, fields) : {}),
  };
}

/** A list of one value: that value; anything else as it is. */
function loneElement(value: Hcl1Value): Hcl1Value {
  return value.kind === "list" && value.values.length === 1 && value.values[0] ? value.values[0] : value;
}

/** A filesystem_mirror's `path`, when it decodes. */
function pathOf(kind: string, body: Hcl1Item[]): { path?: string } {
  const path = kind === "filesystem_mirror" ? decodeStringField(body, "path") : undefined;
  return path?.ok && path.value ? { path: path.value } : {};
}

/** The method's lines with `change` applied to each field's value, when every value can be written back. */
function linesWith(kind: string, body: Hcl1Item[], json: boolean, change: (field: string, value: Hcl1Value) => Hcl1Value): { lines?: string } {
  const lines = renderMethod(
    kind,
    body.map((f) => ({ ...f, value: change(f.keys[0] ?? "", f.value) })),
    json,
  );
  return lines === undefined ? {} : { lines };
}

function renderValue(value: Hcl1Value): string | undefined {
  if (value.kind === "literal") return value.type === "string" ? JSON.stringify(value.value) : value.value;
  if (value.kind === "object") return undefined;
  const parts = value.values.map(renderValue);
  return parts.every((p) => p !== undefined) ? `[${parts.join(", ")}]` : undefined;
}

/** A method written as Terraform reads it, indented as a member of provider_installation; undefined when a value cannot be written back. */
function renderMethod(kind: string, fields: Hcl1Item[], json: boolean): string | undefined {
  const pairs: [string, string][] = [];
  // direct cannot reach the provider's `.invalid` host: written back as it was, it would fail init.
  const excluded = `${PROVIDER_HOSTNAME}/*/*`;
  const literal: Hcl1Value = { kind: "literal", type: "string", value: excluded };
  if (kind === "direct" && mightCover(fields)) {
    const at = fields.findIndex((f) => f.keys.length === 1 && f.keys[0]?.toLowerCase() === "exclude" && f.value.kind === "list");
    const exclude = fields[at];
    fields =
      exclude?.value.kind === "list"
        ? fields.map((f, i) => (i === at && f.value.kind === "list" ? { ...f, value: { kind: "list", values: [...f.value.values, literal] } } : f))
        : [...fields, { keys: ["exclude"], assign: !json, value: { kind: "list", values: [literal] } }];
  }
  for (const field of fields) {
    const value = renderValue(field.value);
    const [key] = field.keys;
    if (value === undefined || key === undefined || field.keys.length > 1) return undefined;
    pairs.push([key, value]);
  }
  return methodLines(kind, pairs, json);
}

/**
 * A method block, indented as a member of provider_installation, in the file's syntax: HCL's
 * block, or JSON's list of one object (what HCL 1 reads as a block). Values are written already.
 */
export function methodLines(kind: string, pairs: [string, string][], json: boolean): string {
  if (json) return `  ${JSON.stringify(kind)}: [{${pairs.length ? ` ${pairs.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(", ")} ` : ""}}]`;
  if (pairs.length === 0) return `  ${kind} {}`;
  const width = Math.max(...pairs.map(([k]) => k.length));
  return [`  ${kind} {`, ...pairs.map(([k, v]) => `    ${/^[A-Za-z_][\w-]*$/.test(k) ? k.padEnd(width) : JSON.stringify(k)} = ${v}`), "  }"].join("\n");
}

function isHttpsUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" && parsed.host !== "";
  } catch {
    return false;
  }
}

/** include/exclude patterns; or, for the first invalid one, Terraform's reason (it drops the method). */
function patterns(strings: string[]): { ok: true; value: Pattern[] } | { ok: false; error: string } {
  const out: Pattern[] = [];
  for (const v of strings) {
    const invalid = (why: string) => ({ ok: false as const, error: `invalid provider matching pattern ${JSON.stringify(v)}: ${why}` });
    const parts = v.split("/");
    const [host, namespace, type] = parts.length === 3 ? parts : ["registry.terraform.io", ...parts];
    if (parts.length < 2 || parts.length > 3 || host === undefined || namespace === undefined || type === undefined) return invalid("must have either two or three slash-separated segments");
    const pattern = { host: host === "*" ? "*" : normalHost(host), namespace: namespace.toLowerCase(), type: type.toLowerCase() };
    if (pattern.host === "*" && (pattern.namespace !== "*" || pattern.type !== "*")) return invalid("hostname can be a wildcard only if both namespace and provider type are also wildcards");
    if (pattern.namespace === "*" && pattern.type !== "*") return invalid("namespace can be a wildcard only if the provider type is also a wildcard");
    out.push(pattern);
  }
  return { ok: true, value: out };
}

/** Hostnames compare lower-cased, without the default HTTPS port. */
function normalHost(host: string): string {
  return host.toLowerCase().replace(/:443$/, "");
}

/** A dev_overrides key as a full address (`namespace/type` is on registry.terraform.io), lower-cased. */
function providerAddress(source: string): string | undefined {
  const parts = source.split("/");
  if (parts.length === 2) return `registry.terraform.io/${source.toLowerCase()}`;
  if (parts.length === 3) return `${normalHost(parts[0] ?? "")}/${(parts[1] ?? "").toLowerCase()}/${(parts[2] ?? "").toLowerCase()}`;
  return undefined;
}

function matches(list: Pattern[]): boolean {
  return list.some((p) => (p.host === "*" || p.host === PROVIDER_HOSTNAME) && (p.namespace === "*" || p.namespace === PROVIDER_NAMESPACE) && (p.type === "*" || p.type === PROVIDER_TYPE));
}

function covers(method: { include: Pattern[]; exclude: Pattern[] }): boolean {
  if (matches(method.exclude)) return false;
  return method.include.length === 0 || matches(method.include);
}

function sameDir(a: string, b: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

function exists(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * What terraform init does with our provider, installed into `installDir`, under the CLI config of
 * `env`. A relative filesystem_mirror path is read from the directory terraform runs in, unknown
 * here: it is never taken for the install directory, nor for missing, except one starting with `~`
 * or holding a `$`, which Terraform does not expand and is looked up from `context.cwd`.
 */
export function mirrorVerdict(installDir: string, env: NodeJS.ProcessEnv = process.env, context: CliConfigContext = {}): MirrorVerdict {
  const blocks = cliConfigFiles(env, context).flatMap(blocksOf);
  const block = blocks[0];
  if (!block) return { kind: "implied" };
  const ignored = [...new Set(blocks.slice(1).map((b) => b.file))];
  const devDir = block.devOverrides.get(`${PROVIDER_HOSTNAME}/${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}`);
  const base = { file: block.file, ignored, ...(devDir !== undefined ? { devOverride: devDir } : {}), ...(block.rejected.length > 0 ? { rejected: block.rejected.map((r) => (r.path !== undefined && isAbsolute(r.path) && sameDir(r.path, installDir) ? { ...r, installDir: true as const } : r)) } : {}) };
  const covering: InstallationMethod[] = block.methods.filter(covers).map((m) => {
    if (m.kind !== "filesystem_mirror") return m.kind === "direct" ? { kind: "direct" } : { kind: "network_mirror", url: m.url, include: m.includeText, exclude: m.excludeText };
    const absolute = isAbsolute(m.path);
    // Terraform expands neither `~` nor `${VAR}` here ("cannot search ~/.terraform.d/plugins"): such a
    // path, meant as absolute, is a relative one to Go, which hardly ever exists where init runs.
    const unexpanded = !absolute && /^~|\$/.test(m.path);
    const dir = absolute ? m.path : unexpanded ? resolve(context.cwd ?? process.cwd(), m.path) : undefined;
    return {
      kind: "filesystem_mirror",
      path: m.path,
      installDir: absolute && sameDir(m.path, installDir),
      missing: dir !== undefined && !exists(dir),
      ...(unexpanded ? { unexpanded: true as const } : {}),
    };
  });
  if (covering.length === 0) return { kind: "uncovered", ...base };
  const failing = covering.filter((m) => m.kind === "direct" || (m.kind === "filesystem_mirror" && m.missing));
  if (failing.length > 0) return { kind: "failing", ...base, covering, failing };
  if (covering.some((m) => m.kind === "filesystem_mirror" && m.installDir)) return { kind: "install-dir", ...base, covering };
  return { kind: "elsewhere", ...base, covering };
}

/**
 * Whether Terraform reads the CLI config `file` as JSON: its text starts with `{` (hcl1.ts),
 * whatever its name. A JSON file takes an HCL block pasted into it as no config at all.
 */
export function isJsonCliConfig(file: string): boolean {
  try {
    return parseHcl1(readFileSync(file, "utf8"))?.json === true;
  } catch {
    return false;
  }
}

/** The files whose provider_installation block keeps Terraform from reading `installDir` for our provider (JSON `impliedMirrorIgnoredBy`). */
export function impliedMirrorIgnoredBy(verdict: MirrorVerdict): string[] {
  return verdict.kind === "implied" || verdict.kind === "install-dir" ? [] : [verdict.file];
}

/**
 * The copy of `version` for `osArch` that terraform init takes instead of the install when the
 * block lists another filesystem_mirror covering the provider before the install's: Terraform
 * asks the covering methods in block order and takes the package from the first that has this
 * version for this platform (multi_source.go PackageMeta; checked with terraform 1.11). Only
 * absolute paths that exist are looked in (a relative one is read where terraform runs).
 * `installedPackage`: as for shadowingCopy.
 */
export function blockShadowingCopy(verdict: MirrorVerdict, osArch: string, version: string, installedHash: string, installedPackage?: string): ShadowingCopy | undefined {
  if (verdict.kind !== "install-dir") return undefined;
  const at = verdict.covering.findIndex((m) => m.kind === "filesystem_mirror" && m.installDir);
  if (at < 0) return undefined;
  for (const [i, method] of verdict.covering.slice(0, Math.max(at, 0) + 1).entries()) {
    if (method.kind !== "filesystem_mirror" || method.missing || !isAbsolute(method.path)) continue;
    const copy = mirrorPackage(method.path, osArch, version);
    // The package just installed (an earlier method may name its mirror by a symlink) is never another copy, whatever its bytes read as now.
    if (copy && isInstalledPackage(copy.path, installedPackage)) return undefined;
    // In the install's own mirror only another copy counts: one under names of other letter case (`Local/`) sorts first.
    if (copy && (i < at || copy.hash !== installedHash)) {
      return {
        dir: method.path,
        origin: i < at ? `filesystem_mirror listed before the install's in the provider_installation block of ${verdict.file}` : `the install's own filesystem_mirror in the provider_installation block of ${verdict.file}, another copy in it`,
        path: copy.path,
        hash: copy.hash,
        sameBytes: copy.hash === installedHash,
        cliConfig: verdict.file,
        ...(i === at ? { inInstallDir: true as const } : {}),
      };
    }
  }
  return undefined;
}

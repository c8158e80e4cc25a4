import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { cliConfigFiles, impliedMirrorIgnoredBy, mirrorVerdict, type MirrorVerdict } from "../../src/provider/cli-config";
import { mirrorNote, outsideMirrorNote } from "../../src/cli/output/install-notes";
import { readFileSync } from "node:fs";
import { PROVIDER_SOURCE } from "../../src/provider/address";

/**
 * What `provider install` says terraform init will do, for a table of CLI configs. The verdicts
 * follow Terraform's rules (src/provider/cli-config.ts); test/provider/implied-mirror.e2e.test.ts
 * checks a number of these same configs against terraform init itself.
 */

let root: string;
let home: string;
let installDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "c1tg-cliconfig-"));
  home = join(root, "home");
  installDir = join(home, ".terraform.d", "plugins");
  mkdirSync(installDir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** `$IM` stands for the install directory, `$ROOT` for the test's own directory. */
function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text.replaceAll("$IM", installDir).replaceAll("$ROOT", root));
  }
}

const fs = (path: string, extra = ""): string => `  filesystem_mirror {\n    path = "${path}"\n${extra}  }\n`;
const block = (body: string): string => `provider_installation {\n${body}}\n`;
const EXCL = `    exclude = ["c1twingate.invalid/*/*"]\n`;
const INCL = (p: string): string => `    include = ["${p}"]\n`;

type Row = [name: string, files: Record<string, string>, kind: MirrorVerdict["kind"], viaOverride?: boolean];

// Files are under $ROOT; "rc" is the file TF_CLI_CONFIG_FILE names in the rows that set `viaOverride`.
const ROWS: Row[] = [
  ["no CLI config at all", {}, "implied"],
  ["a CLI config without the block", { "home/.terraformrc": `plugin_cache_dir = "/x"\ncredentials "app.terraform.io" { token = "t" }\n` }, "implied"],
  ["the block only in a comment", { "home/.terraformrc": `# provider_installation {\n/* provider_installation {\n  direct {}\n} */\n` }, "implied"],
  ["`provider_installation = {` (Terraform refuses it: no block)", { "home/.terraformrc": `provider_installation = {\n  direct {}\n}\n` }, "implied"],
  ["a heredoc and comments around the block", { "home/.terraformrc": `credentials "x" {\n  token = <<-EOT\n    provider_installation {\n    EOT\n}\n// note\nprovider_installation { direct {} } # one line\n` }, "failing"],
  ["an empty block", { "home/.terraformrc": block("") }, "uncovered"],
  ["direct {}", { "home/.terraformrc": block("  direct {}\n") }, "failing"],
  ["direct excluding the provider, nothing else", { "home/.terraformrc": block(`  direct {\n${EXCL}  }\n`) }, "uncovered"],
  ["direct with include registry.terraform.io/*/*", { "home/.terraformrc": block(`  direct {\n${INCL("registry.terraform.io/*/*")}  }\n`) }, "uncovered"],
  ["direct with include */* (registry.terraform.io only)", { "home/.terraformrc": block(`  direct {\n${INCL("*/*")}  }\n`) }, "uncovered"],
  ["direct with include */*/* (every host)", { "home/.terraformrc": block(`  direct {\n${INCL("*/*/*")}  }\n`) }, "failing"],
  ["the install dir, direct excluding the provider", { "home/.terraformrc": block(fs("$IM", INCL("c1twingate.invalid/*/*")) + `  direct {\n${EXCL}  }\n`) }, "install-dir"],
  ["the install dir with a trailing slash", { "home/.terraformrc": block(fs("$IM/")) }, "install-dir"],
  ["the install dir, host in capitals", { "home/.terraformrc": block(fs("$IM", INCL("C1TWINGATE.Invalid/LOCAL/*"))) }, "install-dir"],
  ["the install dir, include */* (registry.terraform.io only)", { "home/.terraformrc": block(fs("$IM", INCL("*/*")) + `  direct {\n${EXCL}  }\n`) }, "uncovered"],
  ["the install dir excluding the provider", { "home/.terraformrc": block(fs("$IM", `    exclude = ["c1twingate.invalid/local/c1twingate"]\n`)) }, "uncovered"],
  ["the install dir, and direct not excluding it", { "home/.terraformrc": block(fs("$IM") + "  direct {}\n") }, "failing"],
  ["the install dir with an invalid include (method dropped)", { "home/.terraformrc": block(fs("$IM", INCL("c1twingate.invalid/*/c1twingate"))) }, "uncovered"],
  ["the install dir with a label (refused but still read)", { "home/.terraformrc": `provider_installation "x" {\n${fs("$IM")}}\n` }, "install-dir"],
  ["the install dir written with = (method refused)", { "home/.terraformrc": block(`  filesystem_mirror = {\n    path = "$IM"\n  }\n`) }, "uncovered"],
  ["another filesystem mirror that exists", { "home/.terraformrc": block(fs("$ROOT")) }, "elsewhere"],
  ["a filesystem mirror that does not exist", { "home/.terraformrc": block(fs("$ROOT/none")) }, "failing"],
  ["a relative filesystem mirror", { "home/.terraformrc": block(fs("terraform.d/plugins")) }, "elsewhere"],
  ["a network mirror covering it", { "home/.terraformrc": block(`  network_mirror {\n    url = "https://mirror.example/providers/"\n${INCL("c1twingate.invalid/*/*")}  }\n  direct {\n${EXCL}  }\n`) }, "elsewhere"],
  ["a network mirror for every provider", { "home/.terraformrc": block(`  network_mirror {\n    url = "https://mirror.example/"\n  }\n`) }, "elsewhere"],
  ["a network mirror at http: (dropped by Terraform)", { "home/.terraformrc": block(`  network_mirror {\n    url = "http://mirror.example/"\n  }\n`) }, "uncovered"],
  ["a network mirror for registry.terraform.io only", { "home/.terraformrc": block(`  network_mirror {\n    url = "https://mirror.example/"\n${INCL("registry.terraform.io/*/*")}  }\n`) }, "uncovered"],
  ["the install dir and a network mirror", { "home/.terraformrc": block(fs("$IM") + `  network_mirror {\n    url = "https://mirror.example/"\n  }\n`) }, "install-dir"],
  ["dev_overrides alone", { "home/.terraformrc": block(`  dev_overrides {\n    "c1twingate.invalid/local/c1twingate" = "/dev/dir"\n  }\n`) }, "uncovered"],
  ["dev_overrides and direct", { "home/.terraformrc": block(`  dev_overrides {\n    "c1twingate.invalid/local/c1twingate" = "/dev/dir"\n  }\n  direct {}\n`) }, "failing"],
  ["JSON, arrays of objects", { "home/.terraform.d/mirror.tfrc.json": `{"provider_installation": [{"filesystem_mirror": [{"path": "$IM"}]}]}` }, "install-dir"],
  ["JSON, a method an object, not a list (HCL 1 flattens it: Terraform refuses its items, not blocks)", { "home/.terraform.d/mirror.tfrc.json": `{"provider_installation": {"filesystem_mirror": {"path": "$IM"}}}` }, "uncovered"],
  ["JSON text in a file named .tfrc", { "home/.terraform.d/mirror.tfrc": `{"provider_installation": {"direct": [{}]}}` }, "failing"],
  ["a file that does not parse adds nothing", { "home/.terraformrc": `provider_installation {\n  direct {}\n` }, "implied"],
  ["not a .tfrc file in ~/.terraform.d", { "home/.terraform.d/notes.txt": block("  direct {}\n") }, "implied"],
  ["~/.terraformrc comes before ~/.terraform.d (only the first block counts)", { "home/.terraformrc": block(fs("$IM")), "home/.terraform.d/a.tfrc": block("  direct {}\n") }, "install-dir"],
  ["~/.terraform.d files in name order", { "home/.terraform.d/b.tfrc": block(fs("$IM")), "home/.terraform.d/a.tfrc": block("  direct {}\n") }, "failing"],
  ["TF_CLI_CONFIG_FILE alone: ~/.terraformrc is not read", { rc: `credentials "x" {}\n`, "home/.terraformrc": block("  direct {}\n") }, "implied", true],
  ["TF_CLI_CONFIG_FILE with a network mirror", { rc: block(`  network_mirror {\n    url = "https://mirror.example/"\n  }\n`), "home/.terraformrc": block(fs("$IM")) }, "elsewhere", true],
];

describe("mirrorVerdict: what terraform init does with the installed provider", () => {
  // Rest parameters: a fourth named one would be taken for jest's `done` in three-column rows.
  it.each(ROWS)("%s", (...row: Row) => {
    const [, files, kind, viaOverride] = row;
    write(files);
    const env = { HOME: home, ...(viaOverride ? { TF_CLI_CONFIG_FILE: join(root, "rc") } : {}) };
    const verdict = mirrorVerdict(installDir, env);
    expect(verdict.kind).toBe(kind);
    // Named as hiding the install exactly when terraform init will not take it from there.
    expect(impliedMirrorIgnoredBy(verdict).length).toBe(kind === "implied" || kind === "install-dir" ? 0 : 1);
  });

  it("TERRAFORM_CONFIG is read when TF_CLI_CONFIG_FILE is not set", () => {
    write({ legacy: block("  direct {}\n"), rc: block(fs("$IM")) });
    expect(mirrorVerdict(installDir, { HOME: home, TERRAFORM_CONFIG: join(root, "legacy") }).kind).toBe("failing");
    expect(mirrorVerdict(installDir, { HOME: home, TERRAFORM_CONFIG: join(root, "legacy"), TF_CLI_CONFIG_FILE: join(root, "rc") }).kind).toBe("install-dir");
    expect(mirrorVerdict(installDir, { HOME: home, TF_CLI_CONFIG_FILE: join(root, "missing") }).kind).toBe("implied");
  });

  it("names the dev_overrides directory and the files whose blocks are ignored", () => {
    write({ "home/.terraformrc": block(`  dev_overrides {\n    "C1TWINGATE.invalid/local/c1twingate" = "/dev/dir"\n  }\n${fs("$IM")}`), "home/.terraform.d/x.tfrc": block("  direct {}\n") });
    const verdict = mirrorVerdict(installDir, { HOME: home });
    expect(verdict).toMatchObject({ kind: "install-dir", devOverride: "/dev/dir", ignored: [join(home, ".terraform.d", "x.tfrc")] });
  });
});

/**
 * HCL 1 as Terraform 1.11 reads it (hcl v1.0.0: its JSON parser, its decoder into Terraform's Go
 * structs), each finding checked against terraform init; the e2e table repeats most of these rows.
 */
const HCL1_ROWS: Record<string, Row[]> = {
  "JSON by HCL 1's parser, not JSON.parse": [
    ["trailing commas", { "home/.terraformrc": `{"provider_installation": {"direct": [{}],},}` }, "failing"],
    ["plugin_cache_dir null", { "home/.terraformrc": `{"plugin_cache_dir": null, "provider_installation": [{"filesystem_mirror": [{"path": "$IM"}]}]}` }, "install-dir"],
    ["a credentials token null", { "home/.terraformrc": `{"credentials": {"app.terraform.io": {"token": null}}, "provider_installation": [{"direct": [{}]}]}` }, "failing"],
    ["exclude null: the empty string, not a list, so direct is dropped", { "home/.terraformrc": `{"provider_installation": [{"direct": [{"exclude": null}]}]}` }, "uncovered"],
    ["provider_installation twice: the first counts", { "home/.terraformrc": `{"provider_installation": [{"filesystem_mirror": [{"path": "$IM"}]}], "provider_installation": [{"direct": [{}]}]}` }, "install-dir"],
    ["the closing brace missing", { "home/.terraformrc": `{"provider_installation": [{"direct": [{}]}]` }, "failing"],
    ["an illegal word after a closing brace fails the file", { "home/.terraformrc": `{"provider_installation": [{"direct": [{}]}], "x": {} y}` }, "implied"],
    ["a key with no value before } is dropped", { "home/.terraformrc": `{"provider_installation": [{"direct": [{"exclude": }]}]}` }, "failing"],
    ["null inside a list fails the file", { "home/.terraformrc": `{"provider_installation": [{"direct": [{"exclude": [null]}]}]}` }, "implied"],
    ["a \\/ escape fails the file (Go's escapes)", { "home/.terraformrc": `{"provider_installation": [{"filesystem_mirror": [{"path": "\\/x"}]}]}` }, "implied"],
  ],
  "native syntax decoded into Terraform's structs": [
    ["include a string, not a list: the mirror is dropped", { "home/.terraformrc": block(fs("$IM", `    include = "c1twingate.invalid/*/*"\n`) + `  direct {\n${EXCL}  }\n`) }, "uncovered"],
    ["exclude a string: direct is dropped", { "home/.terraformrc": block(`  direct {\n    exclude = "c1twingate.invalid/*/*"\n  }\n`) }, "uncovered"],
    ["path twice: the last counts", { "home/.terraformrc": block(`  filesystem_mirror {\n    path = "$ROOT/none"\n    path = "$IM"\n  }\n`) }, "install-dir"],
    ["path twice, the last missing", { "home/.terraformrc": block(`  filesystem_mirror {\n    path = "$IM"\n    path = "$ROOT/none"\n  }\n`) }, "failing"],
    ["include twice: appended", { "home/.terraformrc": block(fs("$IM", INCL("*/*") + INCL("c1twingate.invalid/*/*")) + `  direct {\n${EXCL}  }\n`) }, "install-dir"],
    ["PATH in capitals: attribute names match case-insensitively", { "home/.terraformrc": block(`  filesystem_mirror {\n    PATH = "$IM"\n  }\n`) }, "install-dir"],
    ["path a list: the mirror is dropped", { "home/.terraformrc": block(`  filesystem_mirror {\n    path = ["$IM"]\n  }\n`) }, "uncovered"],
  ],
  "files Terraform fails to load add no block": [
    ["a UTF-8 BOM before HCL (illegal char)", { "home/.terraformrc": `\uFEFF${block("  direct {}\n")}` }, "implied"],
    ["a UTF-8 BOM before JSON (not taken for JSON)", { "home/.terraformrc": `\uFEFF{"provider_installation": [{"direct": [{}]}]}` }, "implied"],
    ["plugin_cache_dir a list", { "home/.terraformrc": `plugin_cache_dir = ["/tmp"]\n${block("  direct {}\n")}` }, "implied"],
    ["plugin_cache_may_break_dependency_lock_file = 1", { "home/.terraformrc": `plugin_cache_may_break_dependency_lock_file = 1\n${block("  direct {}\n")}` }, "implied"],
    ["disable_checkpoint a string", { "home/.terraformrc": `disable_checkpoint = "true"\n${block("  direct {}\n")}` }, "implied"],
    ["providers not a map", { "home/.terraformrc": `providers = "x"\n${block("  direct {}\n")}` }, "implied"],
    ["credentials not an object", { "home/.terraformrc": `credentials = "x"\n${block("  direct {}\n")}` }, "implied"],
    ["a credentials entry not an object", { "home/.terraformrc": `credentials "app.terraform.io" = "t"\n${block("  direct {}\n")}` }, "implied"],
    ["a host entry not an object", { "home/.terraformrc": `host "example.com" = "x"\n${block("  direct {}\n")}` }, "implied"],
    ["credentials_helper args a string", { "home/.terraformrc": `credentials_helper "x" {\n  args = "y"\n}\n${block("  direct {}\n")}` }, "implied"],
    ["credentials_helper args a list (read)", { "home/.terraformrc": `credentials_helper "x" {\n  args = ["y"]\n}\n${block("  direct {}\n")}` }, "failing"],
    ["a well-typed file is read: disable_checkpoint = true, plugin_cache_dir a number", { "home/.terraformrc": `disable_checkpoint = true\nplugin_cache_dir = 1\n${block("  direct {}\n")}` }, "failing"],
    ["a broken ~/.terraformrc, then ~/.terraform.d", { "home/.terraformrc": `plugin_cache_dir = ["/tmp"]\n${block(fs("$IM"))}`, "home/.terraform.d/a.tfrc": block("  direct {}\n") }, "failing"],
  ],
  "Terraform expands neither ~ nor ${HOME} in a filesystem_mirror path": [
    ["~/.terraform.d/plugins", { "home/.terraformrc": block(fs("~/.terraform.d/plugins")) }, "failing"],
    ["${HOME}/.terraform.d/plugins", { "home/.terraformrc": block(fs("\${HOME}/.terraform.d/plugins")) }, "failing"],
    ["$HOME/.terraform.d/plugins", { "home/.terraformrc": block(fs("$HOME/.terraform.d/plugins")) }, "failing"],
    ["~/x where ./~/x exists in the working directory", { "home/.terraformrc": block(fs("~/x")), "~/x/.keep": "" }, "elsewhere"],
  ],
};

describe.each(Object.keys(HCL1_ROWS))("mirrorVerdict, %s", (group) => {
  it.each(HCL1_ROWS[group] ?? [])("%s", (...row: Row) => {
    const [, files, kind] = row;
    write(files);
    expect(mirrorVerdict(installDir, { HOME: home }, { cwd: root }).kind).toBe(kind);
  });
});

it("a ~ path is marked unexpanded and looked up literally, not in HOME", () => {
  write({ "home/.terraformrc": block(fs("~/.terraform.d/plugins")) });
  const verdict = mirrorVerdict(installDir, { HOME: home }, { cwd: root });
  expect(verdict).toMatchObject({ kind: "failing", failing: [{ kind: "filesystem_mirror", path: "~/.terraform.d/plugins", missing: true, unexpanded: true, installDir: false }] });
  // The note says why, and what to write instead.
  expect(mirrorNote(verdict, installDir, PROVIDER_SOURCE).join("\n")).toMatch(/does not expand ~ or \$\{HOME\} in path.*write it absolute/);
  // A plain relative path stays unjudged: the directory terraform runs in is not known.
  write({ "home/.terraformrc": block(fs("plugins")) });
  expect(mirrorVerdict(installDir, { HOME: home }, { cwd: root })).toMatchObject({ kind: "elsewhere", covering: [{ path: "plugins", missing: false }] });
});

describe("the note provider install prints", () => {
  const note = (files: Record<string, string>): string => {
    write(files);
    return mirrorNote(mirrorVerdict(installDir, { HOME: home }), installDir, PROVIDER_SOURCE).join("\n");
  };

  it("says nothing when terraform init finds the install", () => {
    expect(note({})).toBe("");
    expect(note({ "home/.terraformrc": block(fs("$IM", INCL("c1twingate.invalid/*/*")) + `  direct {\n${EXCL}  }\n`) })).toBe("");
  });

  it("with a network mirror covering the provider, names it and does not claim init fails", () => {
    const text = note({ "home/.terraformrc": block(`  network_mirror {\n    url = "https://mirror.example/providers/"\n${INCL("c1twingate.invalid/*/*")}  }\n  direct {\n${EXCL}  }\n`) });
    expect(text).toContain("terraform init takes c1twingate.invalid/local/c1twingate from network_mirror https://mirror.example/providers/");
    expect(text).toContain("finds it only if it is published there");
    expect(text).not.toMatch(/would fail|could not connect/);
  });

  it("with direct covering the provider, says init fails to connect, even beside the install dir", () => {
    expect(note({ "home/.terraformrc": block("  direct {}\n") })).toMatch(/direct covers c1twingate\.invalid\/local\/c1twingate[^]*terraform init would fail[^]*filesystem_mirror \{/);
    const both = note({ "home/.terraformrc": block(fs("$IM") + "  direct {}\n") });
    expect(both).toContain(`though the filesystem_mirror ${installDir} there has it. Add exclude = ["c1twingate.invalid/*/*"] to direct.`);
  });

  it("with nothing covering the provider, says it is not found, not that a connection fails", () => {
    const text = note({ "home/.terraformrc": block(fs("$IM", INCL("*/*")) + `  direct {\n${EXCL}  }\n`) });
    expect(text).toContain("and none of them covers c1twingate.invalid/local/c1twingate");
    expect(text).toContain('terraform init would fail ("Failed to query available provider packages")');
    expect(text).not.toContain("could not connect");
  });
});

/**
 * Methods Terraform refuses with an error of its own (internal/command/cliconfig/provider_installation.go,
 * provider_source.go; messages checked with terraform 1.11): the note gives that error, not "none
 * of them covers", and the method written as Terraform reads it.
 */
describe("a method Terraform rejects", () => {
  const rc = "home/.terraformrc";
  const verdictOf = (text: string): MirrorVerdict => {
    write({ [rc]: text });
    return mirrorVerdict(installDir, { HOME: home });
  };
  const noteOf = (text: string): string => mirrorNote(verdictOf(text), installDir, PROVIDER_SOURCE).join("\n");
  /** The config with `from` replaced by the lines the note gives: what the user does as told. */
  const fixed = (text: string, from: string, lines: string): string => text.replaceAll("$IM", installDir).replace(from.replaceAll("$IM", installDir), lines.trim());

  const MUST_BE_BLOCKS = "The items inside the provider_installation block must all be blocks.";
  const rows: [name: string, config: string, error: string, lines: string | undefined][] = [
    ["JSON, a method an object", `{"provider_installation": {"filesystem_mirror": {"path": "$IM"}}}`, MUST_BE_BLOCKS, `"filesystem_mirror": [{ "path": "$IM" }]`],
    ["JSON, a method an object in a list of blocks", `{"provider_installation": [{"filesystem_mirror": {"path": "$IM", "include": ["c1twingate.invalid/*/*"]}}]}`, MUST_BE_BLOCKS, `"filesystem_mirror": [{ "path": "$IM", "include": ["c1twingate.invalid/*/*"] }]`],
    ["JSON, direct an empty list (written back excluding the provider)", `{"provider_installation": [{"direct": []}]}`, MUST_BE_BLOCKS, `"direct": [{ "exclude": ["c1twingate.invalid/*/*"] }]`],
    ["HCL, a method written with =", block(`  filesystem_mirror = {\n    path = "$IM"\n  }\n`), MUST_BE_BLOCKS, `filesystem_mirror {\n    path = "$IM"\n  }`],
    ["include a string", block(fs("$IM", `    include = "c1twingate.invalid/*/*"\n`)), "Invalid filesystem_mirror block: … unknown slice type (include is not a list).", `filesystem_mirror {\n    path    = "$IM"\n    include = ["c1twingate.invalid/*/*"]\n  }`],
    ["path a list", block(`  filesystem_mirror {\n    path = ["$IM"]\n  }\n`), "Invalid filesystem_mirror block: … path: unknown type for string.", `filesystem_mirror {\n    path = "$IM"\n  }`],
    ["no path", block(`  filesystem_mirror {\n  }\n`), `Invalid filesystem_mirror block: "path" argument is required.`, undefined],
    ["no url", block(`  network_mirror {\n  }\n`), `Invalid network_mirror block: "url" argument is required.`, undefined],
    ["an http: network mirror", block(`  network_mirror {\n    url = "http://mirror.example/"\n  }\n`), `Cannot use "http://mirror.example/" as a URL for a network provider mirror: the mirror must be at an https: URL.`, undefined],
    ["an unknown method", block(`  filesystem-mirror {\n    path = "$IM"\n  }\n`), `Unknown provider installation method "filesystem-mirror".`, undefined],
    ["an invalid pattern", block(fs("$IM", INCL("c1twingate.invalid/*/c1twingate"))), `CLI config specifies invalid provider inclusion patterns: invalid provider matching pattern "c1twingate.invalid/*/c1twingate": namespace can be a wildcard only if the provider type is also a wildcard.`, undefined],
  ];

  it.each(rows)("%s: Terraform's error, not \"none of them covers\", and how to write it", (_name, config, error, lines) => {
    const text = noteOf(config);
    expect(text).toContain("terraform init would fail");
    expect(text).toContain(error);
    expect(text).not.toContain("none of them covers");
    if (lines === undefined) return;
    expect(text).toContain(`\n  ${lines.replaceAll("$IM", installDir)}\n`);
    // Written as told, Terraform reads it: the install is found, and nothing is said.
    const from = /"(filesystem_mirror|direct)": (\{[^{}]*\}|\[\])|(filesystem_mirror) = \{[^}]*\}|filesystem_mirror \{[^}]*\}/.exec(config)?.[0] ?? "";
    const verdict = verdictOf(fixed(config, from, lines.replaceAll("$IM", installDir)));
    expect(verdict).not.toHaveProperty("rejected");
    // A fixed direct excludes the provider and leaves nothing covering it: the usual advice.
    if (!lines.includes("direct")) expect(verdict.kind).toBe("install-dir");
  });

  it("the JSON fix, pasted in as told, is a block terraform reads (the file checked with terraform: implied-mirror.e2e)", () => {
    const config = `{"provider_installation": {"filesystem_mirror": {"path": "$IM"}}}`;
    const text = noteOf(config);
    expect(text).toContain(`Terraform rejects the filesystem_mirror in the provider_installation block of ${join(home, ".terraformrc")} ("Invalid provider_installation method block: ${MUST_BE_BLOCKS}")`);
    const lines = text.split("\n").find((l) => l.startsWith('  "filesystem_mirror"')) ?? "";
    write({ [rc]: `{"provider_installation": {${lines}}}` });
    expect(readFileSync(join(home, ".terraformrc"), "utf8")).toBe(`{"provider_installation": {  "filesystem_mirror": [{ "path": ${JSON.stringify(installDir)} }]}}`);
    expect(mirrorVerdict(installDir, { HOME: home })).toMatchObject({ kind: "install-dir", covering: [{ kind: "filesystem_mirror", installDir: true }] });
  });

  it("a rejected method that would not cover the provider anyway is not named", () => {
    const verdict = verdictOf(block(`  direct = {\n    include = ["hashicorp/*"]\n  }\n${fs("$IM")}`));
    expect(verdict).toMatchObject({ kind: "install-dir" });
    expect(verdict).not.toHaveProperty("rejected");
    expect(verdictOf(block(`  direct = {\n    include = ["hashicorp/*"]\n  }\n`))).toMatchObject({ kind: "uncovered" });
    expect(noteOf(block(`  direct = {\n    include = ["hashicorp/*"]\n  }\n`))).toContain("none of them covers");
  });

  it("not the install's method: also the filesystem_mirror to add first", () => {
    const text = noteOf(`{"provider_installation": [{"filesystem_mirror": {"path": "/srv/mirror"}}]}`);
    expect(text).toContain(`Add the filesystem_mirror ${installDir} first in that block, and fix what it rejects as Terraform expects`);
    expect(text).toContain(`\n\n  "filesystem_mirror": [{ "path": ${JSON.stringify(installDir)}, "include": ["c1twingate.invalid/*/*"] }],\n  "filesystem_mirror": [{ "path": "/srv/mirror" }]\n`);
  });

  it("beside another verdict (a method that fails), a note of its own", () => {
    const text = noteOf(block(`  filesystem_mirror = {\n    path = "$IM"\n  }\n  direct {}\n`));
    expect(text).toMatch(/^Note: Terraform rejects the filesystem_mirror [^\n]*, and reads that block without it\. Fix it as Terraform expects \(write it as a block, filesystem_mirror \{ … \}, without "="\):\n\n {2}filesystem_mirror \{\n/);
    expect(text).toContain("direct covers c1twingate.invalid/local/c1twingate");
  });
});

/**
 * A network_mirror covering the provider beside the install's filesystem_mirror: terraform init
 * asks it too (multi_source.go), so the note gives the lines that exclude the provider from it.
 */
describe("a network mirror init also asks", () => {
  const noteOf = (text: string): string => {
    write({ "home/.terraformrc": text });
    return mirrorNote(mirrorVerdict(installDir, { HOME: home }), installDir, PROVIDER_SOURCE).join("\n");
  };

  it("listed after the install's: init fails if it cannot answer; the exclude, as HCL lines that keep its patterns", () => {
    const network = `  network_mirror {\n    url     = "https://mirror.example/"\n    include = ["*/*/*"]\n    exclude = ["hashicorp/aws"]\n  }`;
    const text = noteOf(block(fs("$IM") + `${network}\n`));
    expect(text).toContain(`Note: terraform init also asks network_mirror https://mirror.example/ in ${join(home, ".terraformrc")}, which covers c1twingate.invalid/local/c1twingate too: init fails if that mirror cannot be reached or answers with an error`);
    const lines = `  network_mirror {\n    url     = "https://mirror.example/"\n    include = ["*/*/*"]\n    exclude = ["hashicorp/aws", "c1twingate.invalid/*/*"]\n  }`;
    expect(text).toContain(`To take it from this install alone, exclude it from that mirror, written so:\n\n${lines}\n`);
    // Replaced as told: only the install covers the provider, and nothing is said.
    expect(noteOf(block(fs("$IM") + `${lines}\n`))).toBe("");
  });

  it("listed first, in JSON: init takes it from the mirror or fails; the exclude in JSON", () => {
    const config = `{"provider_installation": [{"network_mirror": [{"url": "https://mirror.example/"}], "filesystem_mirror": [{"path": "$IM"}]}]}`;
    const text = noteOf(config);
    expect(text).toContain(`listed before ${installDir}, it is asked for the package first, so init takes it from that mirror if it serves this version and fails otherwise`);
    const lines = `"network_mirror": [{ "url": "https://mirror.example/", "exclude": ["c1twingate.invalid/*/*"] }]`;
    expect(text).toContain(`\n\n  ${lines}\n`);
    expect(noteOf(config.replace(`"network_mirror": [{"url": "https://mirror.example/"}]`, lines))).toBe("");
  });

  it("a JSON file's exclude for direct is JSON too", () => {
    expect(noteOf(`{"provider_installation": [{"filesystem_mirror": [{"path": "$IM"}], "direct": [{}]}]}`)).toContain(`Add "exclude": ["c1twingate.invalid/*/*"] to direct.`);
  });
});

describe("the CLI config provider install --mirror <dir> advises (outside the implied mirrors)", () => {
  const mirror = (): string => join(root, "mirror");
  const advice = (files: Record<string, string>, env: NodeJS.ProcessEnv = { HOME: home }): string => {
    write(files);
    return outsideMirrorNote(mirror(), PROVIDER_SOURCE, env).join("\n");
  };

  it("HOME holding only terraform login's credentials.tfrc.json: create ~/.terraformrc (HCL), never edit that file", () => {
    const text = advice({ "home/.terraform.d/credentials.tfrc.json": `{"credentials": {"app.terraform.io": {"token": "x"}}}\n` });
    expect(text).not.toContain("credentials.tfrc.json");
    expect(text).toContain(`create ${join(home, ".terraformrc")} (Terraform's CLI config) with`);
    expect(text).toContain("provider_installation {\n  filesystem_mirror {");
  });

  it("a JSON CLI config (by its text, whatever its name) gets the JSON form, each method a list of objects", () => {
    for (const name of ["home/.terraform.d/mirrors.tfrc.json", "home/.terraformrc"]) {
      rmSync(home, { recursive: true, force: true });
      const text = advice({ [name]: `{"plugin_cache_dir": "/tmp/cache"}\n` });
      expect(text).toContain(`add this to your CLI config, ${join(root, name)} (keep the rest of it), as a member of its top-level object (the file is JSON):`);
      expect(text).toContain(`"filesystem_mirror": [{ "path": ${JSON.stringify(mirror())}, "include": ["c1twingate.invalid/*/*"] }],`);
      expect(text).toContain(`"direct": [{ "exclude": ["c1twingate.invalid/*/*"] }]`);
      expect(text).not.toContain("provider_installation {");
    }
    // Pasted in as told, it is a block Terraform reads, with the mirror as its filesystem_mirror.
    const text = advice({ "home/.terraformrc": `{"plugin_cache_dir": "/tmp/cache"}\n` });
    const member = text.slice(text.indexOf('"provider_installation"'), text.lastIndexOf("]") + 1);
    mkdirSync(mirror(), { recursive: true });
    write({ "home/.terraformrc": `{"plugin_cache_dir": "/tmp/cache",\n${member}}\n` });
    expect(mirrorVerdict(mirror(), { HOME: home })).toMatchObject({ kind: "install-dir", covering: [{ kind: "filesystem_mirror", path: mirror() }] });
  });

  it("an HCL CLI config keeps the HCL block", () => {
    const text = advice({ "home/.terraformrc": `plugin_cache_dir = "/tmp/cache"\n` });
    expect(text).toContain(`add this to your CLI config, ${join(home, ".terraformrc")} (keep the rest of it):`);
    expect(text).toContain("provider_installation {\n  filesystem_mirror {");
  });

  it("TF_CLI_CONFIG_FILE naming a file that does not exist: create that file", () => {
    const named = join(root, "ci", "terraform.rc");
    const text = advice({}, { HOME: home, TF_CLI_CONFIG_FILE: named });
    expect(text).toContain(`create ${named} (Terraform's CLI config) with`);
    expect(text).not.toContain("point TF_CLI_CONFIG_FILE");
  });

  it("no CLI config at all: create ~/.terraformrc, by path", () => {
    expect(advice({})).toContain(`create ${join(home, ".terraformrc")} (Terraform's CLI config) with`);
  });

  it("a provider_installation block in a JSON file: the method to add is JSON too", () => {
    write({ "home/.terraform.d/a.tfrc.json": `{"provider_installation": [{"direct": [{}]}]}\n` });
    const text = mirrorNote(mirrorVerdict(installDir, { HOME: home }), join(root, "mirror"), PROVIDER_SOURCE).join("\n");
    expect(text).toContain(`"filesystem_mirror": [{ "path": ${JSON.stringify(join(root, "mirror"))}, "include": ["c1twingate.invalid/*/*"] }]`);
    expect(text).not.toContain("filesystem_mirror {");
  });
});

describe("cliConfigFiles: which files Terraform reads on Windows (config_windows.go: CSIDL_APPDATA)", () => {
  const roaming = "C:\\Users\\u\\AppData\\Roaming";
  /** A fake terraform.d under `base`, and the directories asked for. */
  const tree = (base: string) => {
    const asked: string[] = [];
    const listDir = (d: string): string[] => {
      asked.push(d);
      if (d !== `${base}\\terraform.d`) throw new Error("ENOENT");
      return ["b.tfrc", "notes.txt", "a.tfrc.json", "C.TFRC", "terraform.rc"];
    };
    return { asked, listDir };
  };

  it("%APPDATA%\\terraform.rc, then %APPDATA%\\terraform.d\\*.tfrc(.json) by name; HOME and USERPROFILE not read", () => {
    const { asked, listDir } = tree(roaming);
    expect(cliConfigFiles({ APPDATA: roaming, HOME: home, USERPROFILE: "C:\\Users\\p" }, { platform: "win32", userHome: "C:\\Users\\pw", listDir })).toEqual([
      `${roaming}\\terraform.rc`,
      `${roaming}\\terraform.d\\a.tfrc.json`,
      `${roaming}\\terraform.d\\b.tfrc`,
    ]);
    expect(asked).toEqual([`${roaming}\\terraform.d`]);
  });

  it("APPDATA unset: %USERPROFILE%\\AppData\\Roaming; neither known: the profile folder's; nothing known: no file", () => {
    const { listDir } = tree("C:\\Users\\p\\AppData\\Roaming");
    expect(cliConfigFiles({ USERPROFILE: "C:\\Users\\p", HOME: home }, { platform: "win32", userHome: "C:\\Users\\pw", listDir })[0]).toBe("C:\\Users\\p\\AppData\\Roaming\\terraform.rc");
    expect(cliConfigFiles({ HOME: home }, { platform: "win32", userHome: "C:\\Users\\pw", listDir })).toEqual(["C:\\Users\\pw\\AppData\\Roaming\\terraform.rc"]);
    expect(cliConfigFiles({ HOME: home }, { platform: "win32", userHome: "", listDir })).toEqual([]);
  });

  it("TF_CLI_CONFIG_FILE (else TERRAFORM_CONFIG) alone, as on Unix: terraform.d not listed", () => {
    const { asked, listDir } = tree(roaming);
    expect(cliConfigFiles({ APPDATA: roaming, TF_CLI_CONFIG_FILE: "D:\\ci\\tf.rc" }, { platform: "win32", listDir })).toEqual(["D:\\ci\\tf.rc"]);
    expect(cliConfigFiles({ APPDATA: roaming, TERRAFORM_CONFIG: "D:\\old.rc" }, { platform: "win32", listDir })).toEqual(["D:\\old.rc"]);
    expect(asked).toEqual([]);
  });

  it("macOS and Linux: ~/.terraformrc and ~/.terraform.d, APPDATA ignored", () => {
    write({ "home/.terraform.d/x.tfrc": "" });
    for (const platform of ["darwin", "linux"] as const)
      expect(cliConfigFiles({ HOME: home, APPDATA: roaming }, { platform })).toEqual([join(home, ".terraformrc"), join(home, ".terraform.d", "x.tfrc")]);
  });
});

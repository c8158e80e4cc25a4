/**
 * A consumer project made the way `cdktf init` leaves one: the published library bundle
 * (dist/constructs.js) under lib/, and only the packages named in node_modules (linked from this
 * repository's), so a test sees what a user without an optional peer sees.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const BUNDLE = join(ROOT, "dist", "constructs.js");

/** What a consumer script printed last: `{ ok: true }` or the error's code and message. */
export interface ConsumerResult {
  ok: boolean;
  code?: string;
  message?: string;
}

export interface ConsumerProject {
  readonly dir: string;
  /** Adds one of this repository's installed packages (e.g. an optional peer) to the project. */
  install(pkg: string): void;
  /** Writes `script` as `<name>.js`, runs it with node (argv[2] = an outdir `out-<name>`), parses its last line. */
  run(name: string, script: string): ConsumerResult;
  cleanup(): void;
}

export function createConsumerProject(packages: readonly string[] = ["cdktf", "constructs"]): ConsumerProject {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build (jest's global setup does it)`);
  const dir = mkdtempSync(join(tmpdir(), "c1tg-consumer-"));
  mkdirSync(join(dir, "lib"));
  copyFileSync(BUNDLE, join(dir, "lib", "constructs.js"));
  const install = (pkg: string): void => {
    const target = join(dir, "node_modules", pkg);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(realpathSync(join(ROOT, "node_modules", pkg)), target, "dir");
  };
  for (const pkg of packages) install(pkg);
  return {
    dir,
    install,
    run(name, script) {
      const file = join(dir, `${name}.js`);
      writeFileSync(file, script);
      const out = spawnSync(process.execPath, [file, join(dir, `out-${name}`)], { cwd: dir, encoding: "utf8", env: { PATH: process.env.PATH, HOME: dir } });
      if (out.status !== 0) throw new Error(`node exited ${out.status}: ${out.stderr}`);
      return JSON.parse(out.stdout.trim().split("\n").pop() ?? "{}") as ConsumerResult;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

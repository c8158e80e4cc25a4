/**
 * `c1-twingate sandbox` refuses bad flags before starting anything, naming the flag the user
 * typed (issue 12, outside tester finding 9): an unreadable --twingate-config is not called
 * --config, and --save-env into a missing directory is a usage error, not "unexpected error: ENOENT".
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli";

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "c1tg-sandbox-flags-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sandbox flags", () => {
  it("an unreadable --twingate-config is reported under its own name", async () => {
    const missing = join(dir, "nonexistent.json");
    const run = await runCli(["sandbox", "--twingate-config", missing, "--", "true"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--twingate-config ${missing} cannot be read (ENOENT)`);
    expect(run.stderr).not.toMatch(/(^|\s)--config/);
  });

  it("--save-env into a directory that does not exist is a usage error that says what to do", async () => {
    const target = join(dir, "missing", "dir", "x.env");
    const run = await runCli(["sandbox", "--save-env", target, "--", "true"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the directory ${join(dir, "missing", "dir")} does not exist`);
    expect(run.stderr).not.toContain("unexpected error");
  });

  it("--save-env naming a directory is a usage error", async () => {
    const run = await runCli(["sandbox", "--save-env", dir, "--", "true"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is a directory");
  });

  it("a relative --dir is exported as an absolute path: terraform run from another directory still finds the CLI config", async () => {
    const cwd = mkdtempSync(join(dir, "cwd-"));
    mkdirSync(join(cwd, "stack"));
    const show = 'cd stack && test -f "$TF_CLI_CONFIG_FILE" && test -f "$SSL_CERT_FILE" && echo "$TF_CLI_CONFIG_FILE|$SSL_CERT_FILE|$C1TWINGATE_SANDBOX_DIR"';
    const run = await runCli(["sandbox", "--dir", "sbx", "--", "sh", "-c", show], { cwd });
    expect(run.stderr).not.toContain("unexpected error");
    expect(run.code).toBe(0);
    const [config, ca, sandboxDir] = run.stdout.trim().split("\n").pop()?.split("|") ?? [];
    expect(sandboxDir).toBe(join(cwd, "sbx"));
    expect(config?.startsWith(join(cwd, "sbx"))).toBe(true);
    expect(ca?.startsWith(join(cwd, "sbx"))).toBe(true);
  });
});

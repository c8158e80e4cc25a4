/**
 * `c1-twingate sandbox` refuses bad flags before starting anything, naming the flag the user
 * typed (issue 12, outside tester finding 9): an unreadable --twingate-config is not called
 * --config, and --save-env into a missing directory is a usage error, not "unexpected error: ENOENT".
 */
import { mkdtempSync, rmSync } from "node:fs";
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
});

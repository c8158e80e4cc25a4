import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shellWord } from "../../src/cli/output/shell-word";
import { runCli } from "../helpers/cli";

/** What sh reads `line` as: its words, one per line. */
const wordsOf = (line: string): string[] => execFileSync("sh", ["-c", `printf '%s\\0' ${line}`], { encoding: "utf8" }).split("\0").slice(0, -1);

describe("shellWord", () => {
  it("leaves plain words as they are and gives sh back exactly the word otherwise", () => {
    expect(shellWord("-fs-mirror=/home/u/.terraform.d/plugins")).toBe("-fs-mirror=/home/u/.terraform.d/plugins");
    for (const word of ["my mirror's dir", "$(touch /tmp/pwned)", "a`b`", "semi;colon", "back\\slash", "tab\there", "line\nbreak", "'", "''", "*", "~/x", "é", ""])
      expect(wordsOf(shellWord(word))).toEqual([word]);
  });

  it("quotes the mirror in the lock command provider install prints, so it pastes into a shell", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shell-word-"));
    try {
      const mirror = join(dir, "my mirror's dir");
      const run = await runCli(["provider", "install", "--script", "--mirror", mirror, "--platform", "linux_amd64"], { env: { HOME: dir } });
      const line = run.stdout.split("\n").find((l) => l.includes("terraform providers lock"))?.trim() ?? "";
      expect(wordsOf(line)).toEqual(["terraform", "providers", "lock", `-fs-mirror=${mirror}`, "-platform=linux_amd64", "c1twingate.invalid/local/c1twingate"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

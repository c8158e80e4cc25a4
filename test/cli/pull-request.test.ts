import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FORK_REASON, secretsUnavailableReason } from "../../src/cli/github/pull-request";

/** Whether a run has secrets, read from the pull-request event GitHub writes to GITHUB_EVENT_PATH. */
describe("secretsUnavailableReason", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "c1tg-pr-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (name: string, event: unknown): string | null => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify(event));
    return secretsUnavailableReason({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: path });
  };
  const pr = (head: unknown, base: unknown) => ({ pull_request: { head: { repo: head }, base: { repo: base } } });

  it("a same-repository pull request in a repository that is itself a fork has its secrets", () => {
    const repo = { full_name: "acme/infra", fork: true };
    expect(run("same-repo-in-fork", pr(repo, repo))).toBeNull();
  });

  it("a same-repository pull request in an original repository has its secrets", () => {
    const repo = { full_name: "acme/infra", fork: false };
    expect(run("same-repo", pr(repo, repo))).toBeNull();
  });

  it("a pull request from a fork (head repository differs from the base) has none", () => {
    expect(run("from-fork", pr({ full_name: "someone/infra", fork: true }, { full_name: "acme/infra", fork: false }))).toBe(FORK_REASON);
  });

  it("a pull request from a fork into a forked repository has none", () => {
    expect(run("fork-of-fork", pr({ full_name: "someone/infra", fork: true }, { full_name: "acme/infra", fork: true }))).toBe(FORK_REASON);
  });

  it("a pull request whose head repository was deleted came from a fork", () => {
    expect(run("deleted-fork", pr(null, { full_name: "acme/infra", fork: false }))).toBe(FORK_REASON);
  });

  it("outside pull-request events nothing is said", () => {
    const repo = { full_name: "acme/infra", fork: true };
    const path = join(dir, "push.json");
    writeFileSync(path, JSON.stringify(pr({ full_name: "x/y" }, repo)));
    expect(secretsUnavailableReason({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: path })).toBeNull();
  });
});

import { readFileSync } from "node:fs";
import * as z from "zod";

/**
 * Why a workflow run has no repository secrets, read from the event GitHub describes in
 * `GITHUB_EVENT_PATH`: a pull request from a fork (GitHub gives such runs no secrets, and a
 * secret reads as an empty string), or one opened by Dependabot (it gets Dependabot secrets
 * only). `pull_request_target` runs in the base repository's context and has its secrets.
 */

const Repo = z.object({ full_name: z.string().optional(), fork: z.boolean().optional() }).passthrough();
const PullRequestEvent = z
  .object({
    pull_request: z
      .object({
        head: z.object({ repo: Repo.nullable().optional() }).passthrough(),
        base: z.object({ repo: Repo.nullable().optional() }).passthrough(),
      })
      .passthrough(),
  })
  .passthrough();

/** Events whose runs GitHub starts without secrets when the pull request comes from a fork. */
const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_review", "pull_request_review_comment"]);

export const FORK_REASON = "secrets are not available to pull requests from forks";
export const DEPENDABOT_REASON = "secrets are not available to pull requests opened by Dependabot (it gets Dependabot secrets instead)";

/** The reason this run has no secrets, or null when nothing in the event says so. */
export function secretsUnavailableReason(env: NodeJS.ProcessEnv): string | null {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? "")) return null;
  if (env.GITHUB_ACTOR === "dependabot[bot]") return DEPENDABOT_REASON;
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return null;
  let event: z.infer<typeof PullRequestEvent>;
  try {
    const parsed = PullRequestEvent.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (!parsed.success) return null;
    event = parsed.data;
  } catch {
    return null;
  }
  const head = event.pull_request.head.repo;
  const base = event.pull_request.base.repo;
  // A deleted fork has no head repository: it was a fork all the same.
  if (head === null || head === undefined) return FORK_REASON;
  // A pull request comes from a fork when its head repository is not its base repository.
  // `repo.fork` says only that a repository is itself a fork: a same-repository pull
  // request inside a forked repository has `fork: true` on both sides, and has its secrets.
  if (head.full_name !== undefined && base?.full_name !== undefined && head.full_name !== base.full_name) return FORK_REASON;
  return null;
}

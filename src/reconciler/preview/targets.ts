import { UntrustedText } from "../../untrusted-text";
import type { GroupTally } from "./tally";
import type { RequestedGroupMatch, RequestedGroupsCheck } from "./types";

/**
 * Provisioning targets the user named (`--groups`): each is a group name or a group ID.
 * Groups are matched as they stream past; the verdict is drawn once the run ends.
 */
export class RequestedGroups {
  readonly #requested: string[];
  readonly #wanted: Set<string>;
  /** Matched groups; their member counts are final once the group is finished. */
  readonly #matches: Array<{ input: string; group: GroupTally }> = [];

  constructor(requested: readonly string[]) {
    // Keep the user's order; drop blanks and duplicates.
    this.#requested = [...new Set(requested.map((r) => r.trim()).filter((r) => r.length > 0))];
    this.#wanted = new Set(this.#requested);
  }

  get any(): boolean {
    return this.#requested.length > 0;
  }

  /** Remember the group if it is one of the requested (by ID or by exact name). */
  consider(group: GroupTally): void {
    if (this.#wanted.has(group.id)) this.#matches.push({ input: group.id, group });
    else if (this.#wanted.has(group.name)) this.#matches.push({ input: group.name, group });
  }

  /** Names matching more than one group: provisioning by name would be ambiguous. */
  ambiguous(): Array<{ input: string; count: number }> {
    const counts = new Map<string, number>();
    for (const m of this.#matches) counts.set(m.input, (counts.get(m.input) ?? 0) + 1);
    return [...counts].filter(([, n]) => n > 1).map(([input, count]) => ({ input, count }));
  }

  verdict(complete: boolean): RequestedGroupsCheck | null {
    if (!this.any) return null;
    const found: RequestedGroupMatch[] = this.#matches.map(({ input, group }) => ({
      input,
      id: UntrustedText.of(group.id),
      name: UntrustedText.of(group.name),
      type: UntrustedText.of(group.type),
      isActive: group.isActive,
      members: group.members,
    }));
    const seen = new Set(found.map((f) => f.input));
    const unseen = this.#requested.filter((r) => !seen.has(r));
    return {
      requested: [...this.#requested],
      found,
      missing: complete ? unseen : [],
      notManual: found.filter((f) => f.type.value !== "MANUAL"),
      inactive: found.filter((f) => f.type.value === "MANUAL" && !f.isActive),
      unverified: complete ? [] : unseen,
    };
  }
}

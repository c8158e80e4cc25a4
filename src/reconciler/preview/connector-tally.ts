import { neutralise } from "../../untrusted-text";
import { roleGrantOf, type ConnectorModel } from "./connector-model";
import type { ConnectorMemberEdges, PreviewUser } from "./queries";
import type { GroupTally } from "./tally";
import type { Counts, RoleMappingRow } from "./types";

/**
 * Running counters of what ConductorOne's connector will build, folded from the same pages as
 * the preview's own counts but read the connector's way (connector-model.ts): a role grant per
 * user by the model's rule, state ignored, and a group's members as the unpaged first page the
 * API returned. Per group it keeps the group's tally (for its entitlement), nothing per user.
 */

/** A group as the connector sees it: its full tally, and the members of its default first page. */
export interface ConnectorGroup {
  tally: GroupTally;
  /** Members in the unpaged first page (the connector's grants). */
  seen: number;
}

/** Distinct (role, isAdmin) rows kept; the rest are folded into one row per connector role. */
const MAX_MAPPING_ROWS = 40;
const UNKNOWN_CHARS = 64;
const OTHER_ROLES = "(other roles)";

export class ConnectorTally {
  readonly model: ConnectorModel;
  users = 0;
  /** Role grants by connector role id (every role of the model, 0 when none). */
  readonly roleGrants: Counts;
  readonly #mapping = new Map<string, RoleMappingRow>();
  /** Users not ACTIVE, by state. */
  readonly inactiveByState: Counts = {};
  inactivePrivileged = 0;
  readonly groups: ConnectorGroup[] = [];
  /** Memberships of non-ACTIVE users among the members the connector sees. */
  inactiveMembershipsSeen = 0;

  constructor(model: ConnectorModel) {
    this.model = model;
    this.roleGrants = Object.fromEntries(model.roles.map((r) => [r.id, 0]));
  }

  addUsers(users: readonly PreviewUser[]): void {
    for (const user of users) {
      this.users++;
      const granted = roleGrantOf(this.model, user);
      if (granted !== null) this.roleGrants[granted] = (this.roleGrants[granted] ?? 0) + 1;
      this.#map(neutralise(user.role, UNKNOWN_CHARS), user.isAdmin, granted);
      if (user.state !== "ACTIVE") {
        const state = neutralise(user.state, UNKNOWN_CHARS);
        this.inactiveByState[state] = (this.inactiveByState[state] ?? 0) + 1;
        if (granted !== null && granted !== "member") this.inactivePrivileged++;
      }
    }
  }

  #map(role: string, isAdmin: boolean, granted: string | null): void {
    const key = `${role}\u0000${isAdmin}\u0000${granted}`;
    const row = this.#mapping.get(key);
    if (row) {
      row.users++;
      return;
    }
    const twingateRole = this.model.roles.find((r) => r.id === granted)?.twingateRole;
    if (this.#mapping.size < MAX_MAPPING_ROWS) {
      this.#mapping.set(key, { twingateRole: role, isAdmin, connectorRole: granted, users: 1, differs: twingateRole !== role.toUpperCase() });
      return;
    }
    // A tenant with more distinct role values than rows: the rest are counted together (they differ: no known role is left).
    const otherKey = `${OTHER_ROLES}\u0000${granted}`;
    const other = this.#mapping.get(otherKey);
    if (other) other.users++;
    else this.#mapping.set(otherKey, { twingateRole: OTHER_ROLES, isAdmin, connectorRole: granted, users: 1, differs: true });
  }

  /** (Twingate role, isAdmin) → connector role rows, largest first. */
  get roleMapping(): RoleMappingRow[] {
    return [...this.#mapping.values()].sort((a, b) => b.users - a.users || a.twingateRole.localeCompare(b.twingateRole));
  }

  /** A group as it arrives, with the members the connector's unpaged query gets. */
  addGroup(tally: GroupTally, members: ConnectorMemberEdges): void {
    let seen = 0;
    for (const edge of members) {
      if (!edge?.node) continue;
      seen++;
      if (edge.node.state !== "ACTIVE") this.inactiveMembershipsSeen++;
    }
    this.groups.push({ tally, seen });
  }
}

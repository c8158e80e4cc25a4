/**
 * A simulated network (one `<name>.twingate.com`): its tenant and API tokens.
 * Keys are fake but treated as secrets anyway: never printed or serialised.
 */
import { inspect } from "node:util";
import * as z from "zod";
import { describeIssues, SimulatorTokenError } from "./errors";
import { generateTenant } from "./generate";
import { tenantScenario, type ScenarioName } from "./scenarios";
import { Tenant } from "./tenant";
import type { TenantSpec } from "./tenant-spec";

export type TokenPermission = "read" | "read-write" | "read-write-provision";

export interface TokenSpec {
  key: string;
  permission: TokenPermission;
  revoked?: boolean;
  /** A label to refer to the token without its key (control endpoint, CLI output), e.g. "ci-read-only". */
  name?: string;
}

export interface NetworkSpec {
  name: string;
  /** Default: a small generated tenant. Exclusive with scenario. */
  tenant?: Tenant | TenantSpec;
  /** A named tenant scenario (see SCENARIO_NAMES). Exclusive with tenant. */
  scenario?: ScenarioName;
  tokens: TokenSpec[];
}

/** A token as it may be shown: never its key. */
export interface TokenInfo {
  name: string | null;
  permission: TokenPermission;
  revoked: boolean;
}

/** Names a token without its key, or by its key. */
export type TokenRef = { name: string } | { key: string };

export const NETWORK_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export const TOKEN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The zod decoder of TokenSpec; its messages never quote the key. */
export const tokenSchema = z.strictObject({
  key: z.string().min(1, "must not be empty").max(512).regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces"),
  permission: z.enum(["read", "read-write", "read-write-provision"]),
  revoked: z.boolean().optional(),
  name: z.string().regex(TOKEN_NAME, "must be 1-64 letters, digits, '.', '_' or '-' such as ci-read-only").optional(),
});

/** Default tenant of a network declared without one. */
const DEFAULT_TENANT: TenantSpec = { seed: 1, users: 10, groups: 4 };

export class SimulatedNetwork {
  readonly name: string;
  /** Replaceable: tests may swap in another tenant at runtime. */
  tenant: Tenant;
  private readonly tokens = new Map<string, { permission: TokenPermission; revoked: boolean; name: string | undefined }>();

  /** `defaults.defaultPageSize` applies to a tenant spec (or scenario) that does not set its own. */
  constructor(spec: NetworkSpec, defaults: { defaultPageSize?: number } = {}) {
    this.name = spec.name;
    if (spec.tenant instanceof Tenant) {
      this.tenant = spec.tenant;
    } else {
      const tenantSpec = spec.scenario !== undefined ? tenantScenario(spec.scenario).tenant : (spec.tenant ?? DEFAULT_TENANT);
      const pageSize = tenantSpec.defaultPageSize ?? defaults.defaultPageSize;
      this.tenant = generateTenant(pageSize === undefined ? tenantSpec : { ...tenantSpec, defaultPageSize: pageSize });
    }
    for (const token of spec.tokens) this.addToken(token);
  }

  /** The permission of an active token; undefined for unknown or revoked keys. */
  authenticate(key: string | undefined): TokenPermission | undefined {
    if (key === undefined) return undefined;
    const token = this.tokens.get(key);
    return token && !token.revoked ? token.permission : undefined;
  }

  addToken(spec: TokenSpec): void {
    const parsed = tokenSchema.safeParse(spec);
    if (!parsed.success) {
      // Issues only: the key itself must not reach the message.
      throw new SimulatorTokenError(`Invalid token for network "${this.name}": ${describeIssues(parsed.error.issues)}. Fix the token spec.`);
    }
    if (this.tokens.has(parsed.data.key)) {
      throw new SimulatorTokenError(`Network "${this.name}" already has a token with that key (not shown); use a different key.`);
    }
    const name = parsed.data.name;
    if (name !== undefined && [...this.tokens.values()].some((t) => t.name === name)) {
      throw new SimulatorTokenError(`Network "${this.name}" already has a token named "${name}"; give every token a unique name.`);
    }
    this.tokens.set(parsed.data.key, { permission: parsed.data.permission, revoked: parsed.data.revoked ?? false, name });
  }

  /** Revoked keys get 401 from then on. */
  revoke(key: string): void {
    this.existing(key).revoked = true;
  }

  /** Undoes revoke(). */
  restore(key: string): void {
    this.existing(key).revoked = false;
  }

  /** revoke()/restore() by name or key; throws SimulatorTokenError when no token matches. */
  setRevoked(ref: TokenRef, revoked: boolean): void {
    this.find(ref).revoked = revoked;
  }

  /** Every token, in declaration order, without keys. */
  listTokens(): TokenInfo[] {
    return [...this.tokens.values()].map((t) => ({ name: t.name ?? null, permission: t.permission, revoked: t.revoked }));
  }

  get tokenCount(): number {
    return this.tokens.size;
  }

  toJSON(): { name: string; users: number; groups: number; tokens: number } {
    return { name: this.name, users: this.tenant.userCount, groups: this.tenant.groupCount, tokens: this.tokens.size };
  }

  toString(): string {
    return `SimulatedNetwork(${this.name}, ${this.tokens.size} tokens)`;
  }

  [inspect.custom](): string {
    return this.toString();
  }

  private find(ref: TokenRef): { revoked: boolean } {
    if ("key" in ref) return this.existing(ref.key);
    const token = [...this.tokens.values()].find((t) => t.name === ref.name);
    if (!token) {
      const names = this.listTokens().flatMap((t) => (t.name === null ? [] : [t.name]));
      throw new SimulatorTokenError(
        `Network "${this.name}" has no token named "${ref.name}"; named tokens: ${names.length ? names.join(", ") : "none (give tokens a name)"}.`,
      );
    }
    return token;
  }

  private existing(key: string): { permission: TokenPermission; revoked: boolean } {
    const token = this.tokens.get(key);
    if (!token) {
      throw new SimulatorTokenError(`Network "${this.name}" has no token with that key (not shown); add it with addToken() first.`);
    }
    return token;
  }
}

/**
 * A simulated network (one `<name>.twingate.com`): its tenant and API tokens.
 * Keys are fake but treated as secrets anyway: never printed or serialised.
 */
import { inspect } from "node:util";
import { z } from "zod";
import { describeIssues, SimulatorTokenError } from "./errors";
import { generateTenant, Tenant, type TenantSpec } from "./tenant";

export type TokenPermission = "read" | "read-write" | "read-write-provision";

export interface TokenSpec {
  key: string;
  permission: TokenPermission;
  revoked?: boolean;
}

export interface NetworkSpec {
  name: string;
  tenant?: Tenant | TenantSpec;
  tokens: TokenSpec[];
}

export const NETWORK_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

const tokenSchema = z.object({
  key: z.string().min(1, "must not be empty").max(512).regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces"),
  permission: z.enum(["read", "read-write", "read-write-provision"]),
  revoked: z.boolean().optional(),
});

/** Default tenant of a network declared without one. */
const DEFAULT_TENANT: TenantSpec = { seed: 1, users: 10, groups: 4 };

export class SimulatedNetwork {
  readonly name: string;
  /** Replaceable: tests may swap in another tenant at runtime. */
  tenant: Tenant;
  private readonly tokens = new Map<string, { permission: TokenPermission; revoked: boolean }>();

  constructor(spec: NetworkSpec) {
    this.name = spec.name;
    this.tenant = spec.tenant instanceof Tenant ? spec.tenant : generateTenant(spec.tenant ?? DEFAULT_TENANT);
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
    this.tokens.set(parsed.data.key, { permission: parsed.data.permission, revoked: parsed.data.revoked ?? false });
  }

  /** Revoked keys get 401 from then on. */
  revoke(key: string): void {
    this.existing(key).revoked = true;
  }

  /** Undoes revoke(). */
  restore(key: string): void {
    this.existing(key).revoked = false;
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

  private existing(key: string): { permission: TokenPermission; revoked: boolean } {
    const token = this.tokens.get(key);
    if (!token) {
      throw new SimulatorTokenError(`Network "${this.name}" has no token with that key (not shown); add it with addToken() first.`);
    }
    return token;
  }
}

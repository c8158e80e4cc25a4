import { Token } from "./core";
import { quote } from "./prop-values";

/** A loose but useful email shape: something@domain.tld, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** ConductorOne ids are KSUIDs; accept any id-like token without spaces or '@'. */
const USER_ID = /^[A-Za-z0-9_-]+$/;

export type OwnerSpec = { readonly kind: "id"; readonly userId: string } | { readonly kind: "email"; readonly email: string };

/**
 * A ConductorOne user who owns the connector, by id or by email. Plain strings are
 * accepted too: one containing '@' is an email, anything else an id.
 */
export class IntegrationOwner {
  /** An owner by ConductorOne user id (may be a token, e.g. a data source's `id`). */
  public static fromUserId(userId: string): IntegrationOwner {
    return new IntegrationOwner({ kind: "id", userId });
  }

  /** An owner by email, resolved at plan time with the `conductorone_user` data source (exact, case-sensitive match). */
  public static fromEmail(email: string): IntegrationOwner {
    return new IntegrationOwner({ kind: "email", email });
  }

  /** Interpret a plain string: '@' means an email. */
  public static parse(value: string): IntegrationOwner {
    return !Token.isUnresolved(value) && value.includes("@") ? IntegrationOwner.fromEmail(value) : IntegrationOwner.fromUserId(value);
  }

  private constructor(public readonly spec: OwnerSpec) {}

  /** The value as written, for messages and construct ids. */
  public get value(): string {
    return this.spec.kind === "id" ? this.spec.userId : this.spec.email;
  }

  /** Problems with this owner, phrased for the props error list; `where` names the prop, e.g. `owners[1]`. */
  public problems(where: string): string[] {
    const value = this.value;
    if (typeof value !== "string") return [`${where} must be a conductorone user id or an email address, got ${quote(value)}`];
    if (Token.isUnresolved(value)) return [];
    if (this.spec.kind === "email") {
      return EMAIL.test(value) ? [] : [`${where} must be an email address such as "alice@example.com", got ${quote(value)}`];
    }
    return USER_ID.test(value) ? [] : [`${where} must be a conductorone user id or an email address, got ${quote(value)}`];
  }
}

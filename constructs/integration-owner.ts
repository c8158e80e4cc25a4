import { Token } from "./core";
import { ksuidProblems } from "./conductorone-ids";
import { quote } from "./prop-values";

/** A loose but useful email shape: something@domain.tld, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** ConductorOne ids are KSUIDs; accept any id-like value without spaces or '@' for users and entitlements. */
const ID = /^[A-Za-z0-9_-]+$/;

/** An app entitlement (in ConductorOne, a group is an app resource whose `member` entitlement lists its members). */
export interface EntitlementRef {
  /** Id of the app the entitlement belongs to (a KSUID, or a token). */
  readonly appId: string;
  /** Id of the entitlement (or a token, e.g. of a `conductorone_app_entitlement` lookup). */
  readonly entitlementId: string;
}

export type OwnerSpec =
  | { readonly kind: "id"; readonly userId: string }
  | { readonly kind: "email"; readonly email: string }
  | ({ readonly kind: "entitlement" } & EntitlementRef);

/**
 * Who owns the connector: a ConductorOne user by id or by email, or everyone granted an app
 * entitlement (a group). Plain strings are accepted too: one containing '@' is an email,
 * anything else a user id.
 */
export class IntegrationOwner {
  /** An owner by ConductorOne user id (may be a token, e.g. a data source's `id`). */
  public static fromUserId(userId: string): IntegrationOwner {
    return new IntegrationOwner({ kind: "id", userId });
  }

  /**
   * An owner by email, resolved at plan time with the `conductorone_user` data source.
   * ConductorOne matches the email case-sensitively: write it exactly as ConductorOne stores it.
   */
  public static fromEmail(email: string): IntegrationOwner {
    return new IntegrationOwner({ kind: "email", email });
  }

  /**
   * The members of an app entitlement (a group) own the connector, with
   * `conductorone_connector_owner_entitlement` (ConductorOne provider ≥ 1.4.0).
   */
  public static fromEntitlement(ref: EntitlementRef): IntegrationOwner {
    return new IntegrationOwner({ kind: "entitlement", appId: ref?.appId, entitlementId: ref?.entitlementId });
  }

  /** Interpret a plain string: '@' means an email. */
  public static parse(value: string): IntegrationOwner {
    return !Token.isUnresolved(value) && value.includes("@") ? IntegrationOwner.fromEmail(value) : IntegrationOwner.fromUserId(value);
  }

  private constructor(public readonly spec: OwnerSpec) {}

  /** The value as written, for messages (`app/entitlement` for an entitlement). */
  public get value(): string {
    const spec = this.spec;
    return spec.kind === "id" ? spec.userId : spec.kind === "email" ? spec.email : `${spec.appId}/${spec.entitlementId}`;
  }

  /** True when any part of the owner is a token (resolved at plan). */
  public get isToken(): boolean {
    const spec = this.spec;
    return spec.kind === "entitlement" ? Token.isUnresolved(spec.appId) || Token.isUnresolved(spec.entitlementId) : Token.isUnresolved(this.value);
  }

  /**
   * What identifies the owner regardless of spelling: emails compare case-insensitively (the
   * construct id of an owner does not change when only the case of its email does); ids
   * (KSUIDs, base62) are case-sensitive.
   */
  public get identity(): string {
    const spec = this.spec;
    return spec.kind === "email" ? `email:${spec.email.toLowerCase()}` : spec.kind === "id" ? `user:${spec.userId}` : `entitlement:${spec.appId}/${spec.entitlementId}`;
  }

  /** Problems with this owner, phrased for the props error list; `where` names the prop, e.g. `owners[1]`. */
  public problems(where: string): string[] {
    const spec = this.spec;
    if (spec.kind === "entitlement") {
      const problems = ksuidProblems(`${where} app id`, "app", spec.appId);
      if (typeof spec.entitlementId !== "string" || (!Token.isUnresolved(spec.entitlementId) && !ID.test(spec.entitlementId))) {
        problems.push(`${where} entitlement id must be a conductorone app entitlement id, got ${quote(spec.entitlementId)}`);
      }
      return problems;
    }
    const value = this.value;
    if (typeof value !== "string") return [`${where} must be a conductorone user id or an email address, got ${quote(value)}`];
    if (Token.isUnresolved(value)) return [];
    if (spec.kind === "email") {
      return EMAIL.test(value) ? [] : [`${where} must be an email address such as "alice@example.com", got ${quote(value)}`];
    }
    return ID.test(value) ? [] : [`${where} must be a conductorone user id or an email address, got ${quote(value)}`];
  }

  /** Advice that is not an error: an email with capitals finds only a user stored with exactly those capitals. */
  public warnings(where: string): string[] {
    const spec = this.spec;
    if (spec.kind !== "email" || Token.isUnresolved(spec.email) || spec.email === spec.email.toLowerCase()) return [];
    return [
      `${where} ${quote(spec.email)} has capital letters: ConductorOne's user lookup (conductorone_user) matches email case-sensitively, ` +
        "so it finds only a user whose email is stored with exactly these capitals; write the email as ConductorOne shows it (usually lower case)",
    ];
  }
}

import type { AppEntitlementRecord, AppRecord, UserRecord } from "./store";

/**
 * New records with the API's defaults for what the caller leaves out: one place for what a
 * fresh app, app entitlement or user looks like, shared by seeding and the API's create calls.
 */

export type AppFields = Partial<Omit<AppRecord, "id" | "createdAt" | "updatedAt" | "deletedAt">> & { displayName: string };
export type AppEntitlementFields = Partial<Omit<AppEntitlementRecord, "id" | "appId" | "createdAt" | "updatedAt" | "deletedAt">> & { displayName: string };
export type UserFields = Partial<Omit<UserRecord, "id" | "createdAt" | "updatedAt">> & { email: string };

export function newAppRecord(id: string, at: string, f: AppFields): AppRecord {
  return {
    id,
    displayName: f.displayName,
    description: f.description ?? "",
    grantPolicyId: f.grantPolicyId ?? null,
    revokePolicyId: f.revokePolicyId ?? null,
    certifyPolicyId: f.certifyPolicyId ?? null,
    monthlyCostUsd: f.monthlyCostUsd ?? null,
    identityMatching: f.identityMatching ?? null,
    instructions: f.instructions ?? null,
    strictAccessEntitlementProvisioning: f.strictAccessEntitlementProvisioning ?? null,
    annotations: { ...(f.annotations ?? {}) },
    matchBatonRef: f.matchBatonRef ?? null,
    appEntitlementOwnerRefs: [...(f.appEntitlementOwnerRefs ?? [])],
    isDirectory: f.isDirectory ?? false,
    isManuallyManaged: f.isManuallyManaged ?? false,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}

export function newAppEntitlementRecord(id: string, appId: string, at: string, f: AppEntitlementFields): AppEntitlementRecord {
  return {
    id,
    appId,
    displayName: f.displayName,
    slug: f.slug ?? "member",
    alias: f.alias ?? "",
    description: f.description ?? "",
    appResourceTypeId: f.appResourceTypeId ?? null,
    appResourceId: f.appResourceId ?? null,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}

export function newUserRecord(id: string, at: string, f: UserFields): UserRecord {
  return {
    id,
    email: f.email,
    displayName: f.displayName ?? f.email.split("@")[0]!,
    username: f.username ?? f.email,
    status: f.status ?? "ENABLED",
    type: f.type ?? "USER_TYPE_HUMAN",
    department: f.department ?? null,
    jobTitle: f.jobTitle ?? null,
    employmentStatus: f.employmentStatus ?? null,
    employmentType: f.employmentType ?? null,
    roleIds: [...(f.roleIds ?? [])],
    managerIds: [...(f.managerIds ?? [])],
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * The demo networks every simulator serves unless told otherwise. Keys start
 * with "sim-" so nobody mistakes them for real Twingate keys.
 */
import type { NetworkSpec } from "./network";

export const DEMO_KEYS = Object.freeze({
  readWrite: "sim-rw-7Yc2kQ9vLm4TzX8pR1sN6bWd3HfJ0aGe",
  readOnly: "sim-ro-3Mf8wZ1qKc6VxT9nB4sL7yHd2RjP5gAe",
  provision: "sim-rwp-9Qa4nE7tW2cY5mK8xZ1vB6sH3dL0fRj",
  revoked: "sim-rw-1Lk5sD8fG2hJ4kM7nB0vC3xZ6qW9eRtY",
  globexReadWrite: "sim-rw-6Tg3hY8uJ1kI4oP7lZ0xC5vB2nM9qWeA",
});

/**
 * acme: 25 users, 8 groups (SYSTEM "Everyone", two SYNCED, five MANUAL of
 * which one inactive and one empty). globex: 10 users, its own key.
 */
export const DEMO_NETWORKS: NetworkSpec[] = deepFreeze([
  {
    name: "acme",
    tenant: {
      seed: 42,
      users: 25,
      groups: 0,
      domain: "acme.example",
      extraGroups: [
        { name: "Engineering (Okta)", type: "SYNCED", members: 12 },
        { name: "Contractors", type: "MANUAL", members: 4 },
        { name: "On-call", type: "MANUAL", members: 6 },
        { name: "Finance", type: "MANUAL", members: 3 },
        { name: "Sales (Okta)", type: "SYNCED", members: 7 },
        { name: "Break-glass Admins", type: "MANUAL", members: 0 },
        { name: "Legacy VPN Users", type: "MANUAL", members: 5, isActive: false },
      ],
    },
    tokens: [
      { key: DEMO_KEYS.readWrite, permission: "read-write", name: "read-write" },
      { key: DEMO_KEYS.readOnly, permission: "read", name: "read-only" },
      { key: DEMO_KEYS.provision, permission: "read-write-provision", name: "provision" },
      { key: DEMO_KEYS.revoked, permission: "read-write", revoked: true, name: "revoked" },
    ],
  },
  {
    name: "globex",
    tenant: { seed: 7, users: 10, groups: 3, domain: "globex.example" },
    tokens: [{ key: DEMO_KEYS.globexReadWrite, permission: "read-write", name: "read-write" }],
  },
]);

/** Shared by every simulator in the process: nobody may edit it in place. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

// Hand-written bindings for our c1twingate provider (schema contract: docs/constructs.md).
export * from "./provider";
export * from "./credential-check";
export * from "./data-credentials";
export * from "./data-sync-preview";

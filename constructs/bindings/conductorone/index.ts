// Hand-written bindings for conductorone/conductorone (see ./provider.ts for the version range).
export * from "./provider";
export * from "./app";
export * from "./integration-twingate";
export * from "./connector-owner-user";
export * from "./data-user";
export * from "./data-app";
export * from "./id-ref";

/**
 * Where the official ConductorOne provider lives, and the schema version this package's bindings
 * and stand-in follow (`x_source.tag` of the stand-in's schema; a test holds them equal). The
 * offline sandbox installs the stand-in under this address, so a synthesized stack needs no change.
 */
export const CONDUCTORONE_PROVIDER_ADDRESS = { hostname: "registry.terraform.io", namespace: "conductorone", type: "conductorone", version: "1.5.0" } as const;

/**
 * The names of the connector behaviours the preview models (connector-model.ts has what each
 * one does). A leaf module with no imports, so the constructs can validate a prop with it.
 */
export const CONNECTOR_VERSIONS = ["baton-2023", "baton-2026"] as const;
export type ConnectorVersion = (typeof CONNECTOR_VERSIONS)[number];
export const DEFAULT_CONNECTOR_VERSION: ConnectorVersion = "baton-2023";

export function isConnectorVersion(value: string): value is ConnectorVersion {
  return (CONNECTOR_VERSIONS as readonly string[]).includes(value);
}

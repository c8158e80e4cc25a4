/**
 * A STAND-IN for the official `conductorone/conductorone` Terraform provider, for demos and
 * tests only: the real provider cannot be downloaded here (no registry access) and needs a
 * ConductorOne tenant. Every schema it serves is derived from the real provider's schema
 * document (schema/conductorone-provider-schema.json, v1.5.0), the same file the CDKTF
 * bindings are generated from, so binding, stand-in and real provider agree on shape. Its
 * tenant sits behind `ConductorOneTenant` (tenant.ts), today a local JSON file
 * (C1_STANDIN_STATE_FILE). It never calls any network service.
 */
import { defineProvider } from "../../tfplugin";
import type { StandinContext } from "./context";
import { dataApp } from "./data-sources/app";
import { dataUser } from "./data-sources/user";
import { app, APP } from "./resources/app";
import { connectorCredential, CONNECTOR_CREDENTIAL } from "./resources/connector-credential";
import { connectorOwnerEntitlement, connectorOwnerUser, CONNECTOR_OWNER_ENTITLEMENT, CONNECTOR_OWNER_USER } from "./resources/connector-owners";
import { integrationBaton, integrationTwingate, INTEGRATION_BATON, INTEGRATION_TWINGATE } from "./resources/integration";
import { conductoroneSchemaDocument } from "./schema/document";
import { deriveType } from "./schema/derive";
import { redactSecrets } from "./secrets";
import { StandinStore, stateFilePath } from "./store";
import { JsonFileTenant } from "./tenant";

/** The provider version the schema document was taken from (`x_source.tag`); the stand-in is installed under it. */
export const STANDIN_VERSION = (conductoroneSchemaDocument().x_source?.tag ?? "").replace(/^v/, "");
export const STANDIN_HOSTNAME = "registry.terraform.io";
export const STANDIN_NAMESPACE = "conductorone";
export const STANDIN_TYPE = "conductorone";

export const conductoroneStandin = defineProvider({
  typeName: STANDIN_TYPE,
  version: STANDIN_VERSION,
  schema: deriveType(conductoroneSchemaDocument(), "provider", STANDIN_TYPE).schema,
  // Credentials are accepted and ignored: the stand-in's tenant is a local file.
  configure: (): StandinContext => ({ tenant: new JsonFileTenant(new StandinStore(stateFilePath())) }),
  resources: {
    [APP]: app,
    [INTEGRATION_TWINGATE]: integrationTwingate,
    [INTEGRATION_BATON]: integrationBaton,
    [CONNECTOR_OWNER_USER]: connectorOwnerUser,
    [CONNECTOR_OWNER_ENTITLEMENT]: connectorOwnerEntitlement,
    [CONNECTOR_CREDENTIAL]: connectorCredential,
  },
  dataSources: {
    conductorone_user: dataUser,
    conductorone_app: dataApp,
  },
  redact: redactSecrets,
});

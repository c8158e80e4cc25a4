/**
 * A STAND-IN for the official `conductorone/conductorone` Terraform provider,
 * for demos and tests only: the real provider cannot be downloaded here (no
 * registry access) and would need a ConductorOne tenant. It has the official
 * schema (as listed in /work/shared/reference/conductorone-provider.md) for
 * what the construct library emits, and keeps its "tenant" in a local JSON file
 * (C1_STANDIN_STATE_FILE). It never calls any network service.
 */
import { attr, defineProvider } from "../../tfplugin";
import type { StandinContext } from "./context";
import { dataApp } from "./data-sources/app";
import { dataUser } from "./data-sources/user";
import { app, APP } from "./resources/app";
import { connectorOwnerUser, CONNECTOR_OWNER_USER } from "./resources/connector-owner-user";
import { integrationTwingate, INTEGRATION_TWINGATE } from "./resources/integration-twingate";
import { redactSecrets } from "./secrets";
import { StandinStore, stateFilePath } from "./store";

/** Installed under registry.terraform.io/conductorone/conductorone/<this>/: inside the bindings' `~> 1.4`. */
export const STANDIN_VERSION = "1.5.0";
export const STANDIN_HOSTNAME = "registry.terraform.io";
export const STANDIN_NAMESPACE = "conductorone";
export const STANDIN_TYPE = "conductorone";

export const conductoroneStandin = defineProvider({
  typeName: "conductorone",
  version: STANDIN_VERSION,
  schema: {
    attributes: {
      server_url: attr.string({ optional: true, description: "API base URL (ignored by the stand-in)." }),
      client_id: attr.string({ optional: true }),
      client_secret: attr.string({ optional: true, sensitive: true }),
      tenant_domain: attr.string({ optional: true }),
      oidc_token: attr.string({ optional: true, sensitive: true }),
    },
  },
  // Credentials are accepted and ignored: the stand-in's tenant is a local file.
  configure: (): StandinContext => ({ store: new StandinStore(stateFilePath()) }),
  resources: {
    [APP]: app,
    [INTEGRATION_TWINGATE]: integrationTwingate,
    [CONNECTOR_OWNER_USER]: connectorOwnerUser,
  },
  dataSources: {
    conductorone_user: dataUser,
    conductorone_app: dataApp,
  },
  redact: redactSecrets,
});

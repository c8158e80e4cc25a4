/**
 * A STAND-IN for the official `conductorone/conductorone` Terraform provider, for demos and
 * tests only: the real provider cannot be downloaded here (no registry access) and needs a
 * ConductorOne tenant. Every schema it serves is derived from the real provider's schema
 * document (schema/conductorone-provider-schema.json, v1.5.0), the same file the CDKTF
 * bindings are generated from, so binding, stand-in and real provider agree on shape.
 *
 * It keeps its objects in a ConductorOne API (in practice the ConductorOne API simulator,
 * src/c1simulator) and talks to it the way the real provider does, through src/conductorone:
 * HTTPS only, credentials from the provider block and the same CONDUCTORONE_* environment
 * variables with the same precedence (access token, OIDC token, client id + secret), the token
 * exchange with a signed client assertion, 429 retried with Retry-After. A private CA (the
 * simulator's) is trusted through SSL_CERT_FILE, as the Go provider on Linux would.
 */
import { ConductorOneClient, ConductorOneError, resolveConductorOne } from "../../conductorone";
import { defineProvider } from "../../tfplugin";
import * as z from "zod";
import type { StandinContext } from "./context";
import { dataApp } from "./data-sources/app";
import { dataUser } from "./data-sources/user";
import { app, APP } from "./resources/app";
import { connectorCredential, CONNECTOR_CREDENTIAL } from "./resources/connector-credential";
import { connectorOwnerEntitlement, connectorOwnerUser, CONNECTOR_OWNER_ENTITLEMENT, CONNECTOR_OWNER_USER } from "./resources/connector-owners";
import { integrationBaton, integrationTwingate, INTEGRATION_BATON, INTEGRATION_TWINGATE } from "./resources/integration";
import { conductoroneSchemaDocument } from "./schema/document";
import { deriveType } from "./schema/derive";
import { redactSecrets, rememberSecret } from "./secrets";

/** The provider version the schema document was taken from (`x_source.tag`); the stand-in is installed under it. */
export const STANDIN_VERSION = (conductoroneSchemaDocument().x_source?.tag ?? "").replace(/^v/, "");
export const STANDIN_HOSTNAME = "registry.terraform.io";
export const STANDIN_NAMESPACE = "conductorone";
export const STANDIN_TYPE = "conductorone";

const str = z.string().nullable().default(null);
/** The provider block (the document's provider schema): every attribute optional. */
const providerSettings = z.object({ server_url: str, tenant_domain: str, client_id: str, client_secret: str, oidc_token: str });

export const conductoroneStandin = defineProvider({
  typeName: STANDIN_TYPE,
  version: STANDIN_VERSION,
  schema: deriveType(conductoroneSchemaDocument(), "provider", STANDIN_TYPE).schema,
  // The real provider is built on terraform-plugin-framework v1.19.0 (x_source) and none of the
  // served types has a UseStateForUnknown: any in-place change plans its `id` (and every other
  // computed attribute left null) unknown, and what references them plans accordingly.
  computedPlanning: "plugin-framework",
  configure(config, { diag }): StandinContext {
    const settings = providerSettings.parse(config);
    rememberSecret(settings.client_secret);
    rememberSecret(settings.oidc_token);
    try {
      const resolved = resolveConductorOne(settings, process.env);
      for (const secret of resolved.secrets) rememberSecret(secret.reveal());
      return { api: new ConductorOneClient({ resolved }) };
    } catch (error) {
      if (!(error instanceof ConductorOneError)) throw error;
      diag.error("Unable to configure the ConductorOne client", `${error.message} (error code ${error.code})`);
      return undefined as unknown as StandinContext;
    }
  },
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

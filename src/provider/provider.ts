import { defineProvider } from "../tfplugin";
import { PROVIDER_TYPE, PROVIDER_VERSION } from "./address";
import { redactConductorOneSecrets } from "./conductorone-session";
import { connectorStatusDataSource, TYPE_NAME as STATUS_TYPE } from "./connector-status-data-source";
import { connectorSyncResource, TYPE_NAME as SYNC_TYPE } from "./connector-sync-resource";
import { credentialCheckResource, TYPE_NAME as CHECK_TYPE } from "./credential-check-resource";
import { credentialsDataSource, TYPE_NAME as CREDENTIALS_TYPE } from "./credentials-data-source";
import { redactSecrets } from "./secrets";
import { conductorOneSettingsFrom, providerSchema, settingsFromConfig, type ProviderContext } from "./settings";
import { syncPreviewDataSource, TYPE_NAME as PREVIEW_TYPE } from "./sync-preview-data-source";

/**
 * The `c1twingate` Terraform provider: credential checks for the ConductorOne ⇄ Twingate
 * integration (plan), and proof that ConductorOne's connector syncs (apply, later plans).
 */
export const c1twingateProvider = defineProvider({
  typeName: PROVIDER_TYPE,
  version: PROVIDER_VERSION,
  schema: providerSchema,
  configure: (config, { diag }): ProviderContext => ({ settings: settingsFromConfig(config, diag), conductorone: conductorOneSettingsFrom(config.conductorone, diag) }),
  resources: { [CHECK_TYPE]: credentialCheckResource, [SYNC_TYPE]: connectorSyncResource },
  dataSources: { [CREDENTIALS_TYPE]: credentialsDataSource, [PREVIEW_TYPE]: syncPreviewDataSource, [STATUS_TYPE]: connectorStatusDataSource },
  redact: (text) => redactConductorOneSecrets(redactSecrets(text)),
});

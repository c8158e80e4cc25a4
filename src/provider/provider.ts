import { defineProvider } from "../tfplugin";
import { PROVIDER_TYPE, PROVIDER_VERSION } from "./address";
import { credentialCheckResource, TYPE_NAME as CHECK_TYPE } from "./credential-check-resource";
import { credentialsDataSource, TYPE_NAME as CREDENTIALS_TYPE } from "./credentials-data-source";
import { redactSecrets } from "./secrets";
import { providerSchema, settingsFromConfig, type ProviderContext } from "./settings";
import { syncPreviewDataSource, TYPE_NAME as PREVIEW_TYPE } from "./sync-preview-data-source";

/** The `c1twingate` Terraform provider: credential checks for the ConductorOne ⇄ Twingate integration. */
export const c1twingateProvider = defineProvider({
  typeName: PROVIDER_TYPE,
  version: PROVIDER_VERSION,
  schema: providerSchema,
  configure: (config, { diag }): ProviderContext => ({ settings: settingsFromConfig(config, diag) }),
  resources: { [CHECK_TYPE]: credentialCheckResource },
  dataSources: { [CREDENTIALS_TYPE]: credentialsDataSource, [PREVIEW_TYPE]: syncPreviewDataSource },
  redact: redactSecrets,
});

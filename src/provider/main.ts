// Executable entry of the provider; scripts/build.mjs bundles it into dist/terraform-provider-c1twingate.
import { serve } from "../tfplugin";
import { PROVIDER_SOURCE } from "./address";
import { c1twingateProvider } from "./provider";

void serve(c1twingateProvider, { providerAddress: PROVIDER_SOURCE });

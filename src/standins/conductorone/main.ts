// Executable of the ConductorOne stand-in provider (bundled to dist/terraform-provider-conductorone).
import { keepEnvironmentOutOfReports } from "../../net/diagnostic-report";
import { refuseInheritedInspector } from "../../net/node-inspector";
import { serve } from "../../tfplugin";
import { conductoroneStandin } from "./provider";

// Terraform hands it the ConductorOne credentials in its environment, as it does the real provider.
refuseInheritedInspector("the conductorone stand-in provider", { exitCode: 1, plugin: true });
// A diagnostic report NODE_OPTIONS asked for would hold them, and every TF_VAR_* (net/diagnostic-report.ts).
keepEnvironmentOutOfReports();

void serve(conductoroneStandin, { providerAddress: "registry.terraform.io/conductorone/conductorone" });

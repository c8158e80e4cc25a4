// Executable of the ConductorOne stand-in provider (bundled to dist/terraform-provider-conductorone).
import { serve } from "../../tfplugin";
import { conductoroneStandin } from "./provider";

void serve(conductoroneStandin, { providerAddress: "registry.terraform.io/conductorone/conductorone" });

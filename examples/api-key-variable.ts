import type { Construct } from "constructs";
import { TerraformVariable } from "cdktf";

/**
 * One sensitive variable per Twingate network, fed at plan time with
 * TF_VAR_twingate_api_key_<network> (or -var / *.auto.tfvars). cdk.tf.json only ever
 * holds `${var.…}`, never the key.
 */
export function twingateApiKeyVariable(scope: Construct, network: string): TerraformVariable {
  return new TerraformVariable(scope, `twingate_api_key_${network.replace(/-/g, "_")}`, {
    type: "string",
    sensitive: true,
    nullable: false,
    description: `Twingate API key of the ${network} network (Settings > API in the Twingate Admin Console)`,
  });
}

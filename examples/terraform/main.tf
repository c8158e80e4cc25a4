# Proves during `terraform plan` that a Twingate API key works for the ConductorOne
# integration: right network, key not revoked, and the permission it needs.
# Install the provider first: `npx -p cdktf-twingate-conductorone c1-twingate provider install` (see README.md).

terraform {
  required_version = ">= 1.11" # write-only attributes
  required_providers {
    c1twingate = {
      source  = "c1twingate.invalid/local/c1twingate"
      version = "~> 0.1"
    }
  }
}

provider "c1twingate" {
  # null = the real API, https://{network}.twingate.com
  base_url = var.base_url
}

# Validated at every plan and again at apply. The key is write-only here: it is
# never stored in the plan or the state, only a salted fingerprint of it is.
resource "c1twingate_credential_check" "this" {
  network = var.network
  api_key = var.api_key
  require = var.require
}

# The same check as a data source, for configurations that only read its results. It reads
# after the resource (depends_on): a wrong key or network is then one error, the resource's,
# not the same error twice. A configuration without the resource drops depends_on.
data "c1twingate_credentials" "this" {
  network = var.network
  api_key = var.api_key
  require = "read"

  depends_on = [c1twingate_credential_check.this]
}

output "twingate_permission" {
  description = "Permission the key was proven to have."
  value       = c1twingate_credential_check.this.permission

  precondition {
    condition     = var.require != "write" || c1twingate_credential_check.this.permission == "write"
    error_message = "ConductorOne provisioning needs a Read & Write Twingate API key."
  }
}

output "twingate_summary" {
  description = "What the key can see."
  value = {
    network  = c1twingate_credential_check.this.network_label
    endpoint = data.c1twingate_credentials.this.endpoint
    users    = data.c1twingate_credentials.this.user_count
    groups   = data.c1twingate_credentials.this.group_count
  }
}

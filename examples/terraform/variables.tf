variable "network" {
  description = "Twingate network name: the \"acme\" of acme.twingate.com."
  type        = string
}

variable "api_key" {
  description = "Twingate API key (Settings → API in the admin console). Set TF_VAR_api_key; never write it in a file."
  type        = string
  sensitive   = true
  # Not ephemeral only because the data source in main.tf also reads it (data source
  # arguments must be storable). Drop the data source and add `ephemeral = true`
  # to keep the key out of saved plan files too.
}

variable "require" {
  description = "Permission the key needs: \"read\" (access reviews) or \"write\" (provisioning)."
  type        = string
  default     = "write"

  validation {
    condition     = contains(["read", "write"], var.require)
    error_message = "require must be \"read\" or \"write\"."
  }
}

variable "base_url" {
  description = "Twingate API URL template containing {network}; null for the real API. E.g. http://127.0.0.1:4567/{network} for `c1-twingate simulator`."
  type        = string
  default     = null
}

import { C1SecretInSettingError } from "./errors";

/**
 * ConductorOne settings that are NOT secret — `server_url`, `tenant_domain`, `client_id`, from
 * the provider block, the environment or CLI flags — are shown in messages and logs, and the
 * host in them is looked up in DNS and sent as TLS SNI. A credential in one of them (variables
 * swapped, a token pasted into the wrong field) would leak three ways, so it is refused BY NAME,
 * never quoted, before anything else reads the value (issue 14 breaker M2).
 *
 * A setting is refused when it:
 * - equals, contains or is contained in a secret given anywhere in the same run (access token,
 *   OIDC token, client secret, a Twingate API key), for values of {@link MIN_COMPARED_CHARS}+;
 * - has a secret's SHAPE, whatever else is set (a swap where the secret setting holds something
 *   harmless): a ConductorOne client secret (`secret-token:`), a JWT (`eyJ….….`), or a
 *   token-like run — {@link MIXED_RUN}+ characters (hyphens included) mixing upper case, lower
 *   case and digits, or
 *   {@link LONG_RUN}+ letters and digits without a hyphen (tenant names and client ids are
 *   lower-case words joined by hyphens; API keys and tokens are not).
 */

export const MIN_COMPARED_CHARS = 8;
export const MIXED_RUN = 20;
export const LONG_RUN = 32;

const TOKEN_RUN = /[A-Za-z0-9_+/=]+/g;
const MIXED_TOKEN_RUN = /[A-Za-z0-9_+/=-]+/g;

/** What kind of secret `value` looks like, or undefined. Never returns any part of the value. */
export function secretShapeOf(value: string): string | undefined {
  if (/secret-token:/i.test(value)) return "a ConductorOne client secret (secret-token:…)";
  if (/eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\./.test(value)) return "a JWT (an access or OIDC token)";
  for (const [run] of value.matchAll(TOKEN_RUN)) {
    if (run.length >= LONG_RUN && /[0-9]/.test(run) && /[A-Za-z]/.test(run)) return "an API key or token (a long run of letters and digits)";
  }
  for (const [run] of value.matchAll(MIXED_TOKEN_RUN)) {
    if (run.length >= MIXED_RUN && /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9]/.test(run)) return "an API key or token (mixed-case letters and digits)";
  }
  return undefined;
}

export interface ShownSetting {
  value: string;
  /** e.g. "tenant_domain", "env CONDUCTORONE_SERVER_URL", "--client-id". */
  source: string;
}

export interface SecretSetting {
  value: string;
  /** What it is, e.g. "the access token (env CONDUCTORONE_ACCESS_TOKEN)"; never its value. */
  what: string;
}

/** Throws C1_SECRET_IN_SETTING for the first shown setting that holds or looks like a secret. */
export function refuseSecretsInShownSettings(shown: ReadonlyArray<ShownSetting | undefined>, secrets: ReadonlyArray<SecretSetting | undefined>): void {
  for (const setting of shown) {
    if (!setting) continue;
    const value = setting.value.trim();
    if (value.length === 0) continue;
    for (const secret of secrets) {
      if (!secret) continue;
      const s = secret.value.trim();
      if (s.length < MIN_COMPARED_CHARS && value.length < MIN_COMPARED_CHARS) continue;
      const a = value.toLowerCase();
      const b = s.toLowerCase();
      if ((b.length >= MIN_COMPARED_CHARS && a.includes(b)) || (a.length >= MIN_COMPARED_CHARS && b.includes(a))) {
        throw new C1SecretInSettingError(setting.source, `it holds the same value as ${secret.what}`);
      }
    }
    const shape = secretShapeOf(value);
    if (shape !== undefined) throw new C1SecretInSettingError(setting.source, `it looks like ${shape}`);
  }
}

import type { UntrustedText } from "../untrusted-text";

/**
 * What a Twingate connector's `lastError` most likely means, and the fix. The texts are those
 * of baton-twingate's client ("twingate-client: GraphQL HTTP request failed <code> <body>",
 * reference baton-twingate.md §8) and of Go's HTTP client (DNS, TLS, timeouts); how ConductorOne
 * words a failed sync around them is UNVERIFIED, so matching is by the tell-tale parts only.
 * Sources per rule: missing config — baton-twingate's validateConfig ("domain is missing",
 * "api key is missing"); 401 — Twingate's documented answer to an invalid key (twingate-api.md);
 * 429 and transport faults — their own wording. INFERRED (marked `inferred`): an invalid domain
 * (wording seen from the simulator only), 404 → wrong domain, 403 → a Read-only key used to
 * provision (no sync in the simulator produces it; Twingate's 403 wording is undocumented).
 */

export type TwingateSyncCause = "config-missing" | "domain-invalid" | "key-rejected" | "network-not-found" | "permission-denied" | "rate-limited" | "unreachable" | "unknown";

export interface TwingateSyncErrorExplanation {
  cause: TwingateSyncCause;
  /** What it likely means for Twingate. */
  meaning: string;
  fix: string;
  /** The integration attribute to change. */
  subject: "twingate_apikey" | "twingate_domain" | "connector";
  /**
   * False when the meaning rests on a source (baton-twingate's own wording, Twingate's
   * documented status codes); true when it is inferred (a status code's likely cause, or
   * wording seen only from this project's simulator). Surfaces say "inferred" when true.
   */
  inferred: boolean;
}

const RULES: Array<{ test: RegExp; explanation: TwingateSyncErrorExplanation }> = [
  {
    // baton-twingate's validateConfig: "domain is missing" / "api key is missing"; the simulator: "configuration is missing twingate_…".
    test: /missing (the )?twingate_(apikey|domain)|(api[ _-]?key|domain) is missing|no (api[ _-]?key|domain) (was )?(given|configured|set)/i,
    explanation: {
      cause: "config-missing",
      meaning: "the connector has no Twingate API key or no domain: it was created without twingate_apikey and twingate_domain, or one was removed",
      fix: "Set both twingate_apikey and twingate_domain on the integration (conductorone_integration_twingate, or apiKey and network of TwingateIntegration) and apply",
      subject: "connector",
      inferred: false,
    },
  },
  {
    // The simulator's wording for a domain that is not a network name; the real connector's is UNVERIFIED.
    test: /invalid (twingate_)?domain|domain (is )?(invalid|malformed|not valid)|invalid (network|host) ?name/i,
    explanation: {
      cause: "domain-invalid",
      meaning: "twingate_domain is not a Twingate network name: it must be the subdomain only (acme for acme.twingate.com), not a host, URL or e-mail domain",
      fix: "Set twingate_domain to the network's name, the acme in acme.twingate.com, and apply",
      subject: "twingate_domain",
      inferred: true,
    },
  },
  {
    test: /\b401\b|unauthori[sz]ed|unauthenticated|invalid api key|api key (is )?(invalid|revoked|expired)/i,
    explanation: {
      cause: "key-rejected",
      meaning: "Twingate refused the API key: it was revoked, expired, mistyped, or is limited to IP addresses ConductorOne does not use",
      fix: "Generate a new API key in the Twingate admin console (Settings → API), set twingate_apikey to it and apply; ConductorOne syncs again after the config update",
      subject: "twingate_apikey",
      inferred: false,
    },
  },
  {
    test: /\b404\b|no such host|not found|could not resolve|nxdomain|unknown network/i,
    explanation: {
      cause: "network-not-found",
      meaning: "there is no Twingate network of that name: the domain is misspelled or the network was renamed",
      fix: "Set twingate_domain to the network's name, the acme in acme.twingate.com, and apply",
      subject: "twingate_domain",
      inferred: true,
    },
  },
  {
    test: /\b403\b|forbidden|permission|not allowed|read[- ]only/i,
    explanation: {
      cause: "permission-denied",
      meaning: "the API key lacks a permission the connector used: a Read-only key cannot provision group memberships",
      fix: "Use a Read & Write API key (Twingate admin console → Settings → API) if ConductorOne should provision; Read-only is enough for access reviews",
      subject: "twingate_apikey",
      inferred: true,
    },
  },
  {
    test: /\b429\b|rate.?limit|too many requests/i,
    explanation: {
      cause: "rate-limited",
      meaning: "Twingate rate-limited the connector; the key itself may be fine",
      fix: "Force a sync later, and run fewer Twingate API jobs at the same time (the limits are per Twingate account)",
      subject: "connector",
      inferred: false,
    },
  },
  {
    test: /timeout|timed out|deadline exceeded|connection (refused|reset)|\beof\b|tls|certificate|dial tcp|\b50[234]\b/i,
    explanation: {
      cause: "unreachable",
      meaning: "ConductorOne could not reach the Twingate API (network fault or a Twingate outage)",
      fix: "Check status.twingate.com, then force a sync again",
      subject: "connector",
      inferred: false,
    },
  },
];

const UNKNOWN: TwingateSyncErrorExplanation = {
  cause: "unknown",
  meaning: "the sync failed for a reason this tool does not recognise",
  fix: "Open the connector in ConductorOne (Applications → the app → Connectors) for details, fix what it names and force a sync",
  subject: "connector",
  inferred: false,
};

/** `lastError` is matched as received (secrets already scrubbed): it is only tested, never shown here. */
export function explainTwingateSyncError(lastError: UntrustedText | string | null): TwingateSyncErrorExplanation {
  const text = lastError === null ? "" : typeof lastError === "string" ? lastError : lastError.value;
  if (!text) return UNKNOWN;
  return RULES.find((rule) => rule.test.test(text))?.explanation ?? UNKNOWN;
}

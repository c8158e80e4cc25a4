import { classifyConnectionFailure } from "./connection-failure";
import type { ProxyFailure } from "./proxy-tunnel";

/**
 * What a failure at a proxy means, for either API client: the words of its message, what to do,
 * and whether trying again can help (nothing reached the API, so whatever the proxy may do
 * better next time is retried, a mutation too). A 407 is returned as such: each client reports
 * proxy authentication in its own error.
 */
export type ProxyVerdict =
  | { kind: "auth"; schemes: readonly string[] }
  | { kind: "fault"; reason: string; fix: string; retryable: boolean; status?: number };

export interface ProxiedService {
  /** The API's name in messages: "Twingate", "ConductorOne". */
  name: string;
  /** What to check when the proxy cannot reach the host (CONNECT answered 5xx). */
  unreachableFix: string;
}

export function judgeProxyFailure(failure: ProxyFailure, service: ProxiedService): ProxyVerdict {
  const { proxy, target } = failure;
  const variable = proxy.variable;
  const fault = (reason: string, fix: string, retryable: boolean, status?: number): ProxyVerdict => ({
    kind: "fault",
    reason,
    fix,
    retryable,
    ...(status === undefined ? {} : { status }),
  });
  const notHttp = `Check that ${variable} names an HTTP proxy`;
  if (failure.stage === "tunnel") {
    const status = failure.status;
    if (status === 407) return { kind: "auth", schemes: failure.authSchemes };
    if (status === undefined) return fault(`its answer to CONNECT ${target} was not well-formed HTTP (${failure.code})`, notHttp, false);
    if (status < 200) return fault(`its answer to CONNECT ${target} was HTTP ${status}, not a final answer`, notHttp, false, status);
    if (status >= 500) return fault(`it answered CONNECT ${target} with HTTP ${status}: it could not reach that host`, service.unreachableFix, true, status);
    return fault(
      `it refused CONNECT ${target} with HTTP ${status}`,
      `Ask for ${target} to be allowed through the proxy, or list the host in NO_PROXY if this machine can reach it directly`,
      false,
      status,
    );
  }
  const connection = classifyConnectionFailure(failure.code);
  const code = connection.code;
  const checkVariable = `Check ${variable} (the proxy's host and port) and that this machine can reach the proxy, or list the ${service.name} host in NO_PROXY to connect directly`;
  switch (connection.kind) {
    case "dns":
      return fault(`the proxy's host ${proxy.hostname} could not be resolved (${code})`, checkVariable, false);
    case "tls":
      return fault(
        `the TLS connection to the proxy failed (${code})`,
        `${variable} starts with https://, which means TLS to the proxy itself: check its certificate is trusted (SSL_CERT_FILE), or use http:// if the proxy does not speak TLS`,
        false,
      );
    case "not-tls":
      return fault(`the proxy did not answer TLS (${code})`, `${variable} starts with https://; most proxies are reached with http://`, false);
    case "headers-too-large":
    case "protocol":
      return fault(`its answer to CONNECT ${target} was not well-formed HTTP (${code})`, notHttp, false);
    case "refused":
      return fault(`connection refused (${code})`, checkVariable, true);
    case "dns-temporary":
      return fault(`a temporary DNS failure resolving the proxy's host ${proxy.hostname} (${code})`, checkVariable, true);
    case "dropped":
    case "unknown":
      return fault(`the connection to the proxy failed before it answered (${code})`, checkVariable, true);
  }
}

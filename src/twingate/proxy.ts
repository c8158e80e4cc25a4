import { proxySettingsFromEnvironment as fromEnvironment, ProxyValueError, type ProxySettings } from "../net/proxy-settings";
import { InvalidProxyError } from "./errors";

/**
 * The Twingate client's proxy settings: src/net/proxy-settings.ts's reading of HTTPS_PROXY,
 * HTTP_PROXY and NO_PROXY, with an unusable value reported as {@link InvalidProxyError}
 * (TG_PROXY_INVALID), before any request and on a request a CGI process may not proxy.
 */
export function proxySettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): ProxySettings {
  let settings: ProxySettings;
  try {
    settings = fromEnvironment(env);
  } catch (error) {
    throw asInvalidProxy(error);
  }
  return {
    none: settings.none,
    proxyFor(url) {
      try {
        return settings.proxyFor(url);
      } catch (error) {
        throw asInvalidProxy(error);
      }
    },
    directReason(url) {
      try {
        return settings.directReason(url);
      } catch {
        return undefined;
      }
    },
  };
}

function asInvalidProxy(error: unknown): unknown {
  return error instanceof ProxyValueError ? new InvalidProxyError(error.variable, error.shown, error.reason) : error;
}

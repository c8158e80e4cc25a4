import { InvalidProxyError } from "../../src/twingate/errors";
import { parseProxyValue, redactProxyValue } from "../../src/net/proxy-settings";
import { proxySettingsFromEnvironment } from "../../src/twingate/proxy";

/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY read as golang.org/x/net/http/httpproxy reads them (the
 * rules a Go provider's HTTP client follows), and the places this is stricter.
 */

const via = (env: NodeJS.ProcessEnv, url: string): string | undefined => proxySettingsFromEnvironment(env).proxyFor(new URL(url))?.display;

describe("which variable applies", () => {
  it("https URLs use HTTPS_PROXY, http URLs HTTP_PROXY; neither falls back to the other", () => {
    expect(via({ HTTPS_PROXY: "http://s.corp:3128" }, "https://acme.twingate.com/api/graphql/")).toBe("http://s.corp:3128");
    expect(via({ HTTPS_PROXY: "http://s.corp:3128" }, "http://acme.twingate.com/")).toBeUndefined();
    expect(via({ HTTP_PROXY: "http://p.corp:8080" }, "https://acme.twingate.com/")).toBeUndefined();
    expect(via({ HTTP_PROXY: "http://p.corp:8080" }, "http://acme.twingate.com/")).toBe("http://p.corp:8080");
  });

  it("the upper-case name wins over the lower-case one; an empty value counts as unset", () => {
    expect(via({ HTTPS_PROXY: "http://upper:1", https_proxy: "http://lower:2" }, "https://a.example/")).toBe("http://upper:1");
    expect(via({ HTTPS_PROXY: "", https_proxy: "http://lower:2" }, "https://a.example/")).toBe("http://lower:2");
    expect(proxySettingsFromEnvironment({ HTTPS_PROXY: "", NO_PROXY: "x" }).none).toBe(true);
  });

  it("names the variable the proxy came from", () => {
    const settings = proxySettingsFromEnvironment({ https_proxy: "proxy:3128" });
    expect(settings.proxyFor(new URL("https://a.example/"))?.variable).toBe("https_proxy");
  });
});

describe("a proxy value", () => {
  it.each([
    ["http://proxy.corp:3128", "http://proxy.corp:3128", 3128],
    ["proxy.corp:3128", "http://proxy.corp:3128", 3128],
    ["proxy.corp", "http://proxy.corp", 80],
    ["10.0.0.5:8080", "http://10.0.0.5:8080", 8080],
    ["https://proxy.corp", "https://proxy.corp", 443],
    ["http://[fd00::1]:3128/ignored/path", "http://[fd00::1]:3128", 3128],
    ["  http://proxy.corp:3128  ", "http://proxy.corp:3128", 3128],
  ])("%s is %s (port %i)", (value, display, port) => {
    const proxy = parseProxyValue("HTTPS_PROXY", value);
    expect(proxy.display).toBe(display);
    expect(proxy.port).toBe(port);
    expect(proxy.hostname).not.toMatch(/[[\]]/);
  });

  it("user info becomes Basic credentials, %-decoded, and never part of what is shown", () => {
    const proxy = parseProxyValue("HTTPS_PROXY", "http://svc%40corp:p%3Ass%2Fw0rd@proxy.corp:3128");
    expect(proxy.authorization).toBe(`Basic ${Buffer.from("svc@corp:p:ss/w0rd").toString("base64")}`);
    expect(proxy.display).toBe("http://proxy.corp:3128");
    expect(parseProxyValue("HTTPS_PROXY", "http://proxy.corp:3128").authorization).toBeUndefined();
  });

  it.each([
    ["socks5://proxy.corp:1080", /socks5 proxies are not supported/],
    ["socks5h://proxy.corp:1080", /socks5h proxies are not supported/],
    ["http://", /not a URL|no host/],
    ["http://proxy.corp:99999", /not a URL/],
    ["http://user:p%ZZ@proxy.corp:3128", /malformed %-escape/],
    // The URL parser would read "ci" as the host and the password's digits as the port.
    ["http://ci:12345?ab@proxy.corp:3128", /an @ that the URL parser does not read/],
    ["http://ci:9999#x@proxy.corp:3128", /an @ that the URL parser does not read/],
    ["ci:4711/abc@proxy.corp:3128", /an @ that the URL parser does not read/],
  ])("%s is refused: %s", (value, reason) => {
    let error: unknown;
    try {
      proxySettingsFromEnvironment({ HTTPS_PROXY: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidProxyError);
    expect((error as InvalidProxyError).code).toBe("TG_PROXY_INVALID");
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toMatch(/^HTTPS_PROXY=/);
  });

  it("a password the URL parser would split is never shown, not even the part it would read as a port", () => {
    let message = "";
    try {
      proxySettingsFromEnvironment({ HTTPS_PROXY: "http://ci:12345?ab@proxy.corp:3128" });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("http://***@proxy.corp:3128");
    expect(message).not.toMatch(/12345|\?ab|ci:/);
  });

  it("a refused value is shown without its password", () => {
    let message = "";
    try {
      proxySettingsFromEnvironment({ HTTP_PROXY: "socks5://alice:hunter2-secret@proxy.corp:1080" });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("socks5://***@proxy.corp:1080");
    expect(message).not.toContain("hunter2");
    expect(message).not.toContain("alice");
    expect(redactProxyValue("alice:pw@proxy:3128")).toBe("***@proxy:3128");
    expect(redactProxyValue("http://proxy:3128")).toBe("http://proxy:3128");
  });
});

describe("NO_PROXY and the hosts never proxied", () => {
  const env = (noProxy: string): NodeJS.ProcessEnv => ({ HTTPS_PROXY: "http://p:1", HTTP_PROXY: "http://p:1", NO_PROXY: noProxy });
  const proxied = (noProxy: string, url: string): boolean => via(env(noProxy), url) !== undefined;

  it("localhost and loopback addresses always go direct, as in Go", () => {
    expect(proxied("", "https://localhost:8443/")).toBe(false);
    expect(proxied("", "http://127.0.0.1:4567/acme")).toBe(false);
    expect(proxied("", "http://127.8.9.10/")).toBe(false);
    expect(proxied("", "http://[::1]:4567/")).toBe(false);
    expect(proxied("", "https://localhost.example.com/")).toBe(true);
  });

  it("a domain matches itself and its subdomains; a leading dot or *. only subdomains", () => {
    expect(proxied("twingate.com", "https://twingate.com/")).toBe(false);
    expect(proxied("twingate.com", "https://acme.twingate.com/")).toBe(false);
    expect(proxied("twingate.com", "https://nottwingate.com/")).toBe(true);
    expect(proxied(".twingate.com", "https://twingate.com/")).toBe(true);
    expect(proxied(".twingate.com", "https://acme.us1.twingate.com/")).toBe(false);
    expect(proxied("*.twingate.com", "https://twingate.com/")).toBe(true);
    expect(proxied("*.twingate.com", "https://acme.twingate.com/")).toBe(false);
  });

  it("entries are trimmed and case-insensitive, and malformed ones are ignored", () => {
    expect(proxied(" , TWINGATE.COM , :443", "https://acme.twingate.com/")).toBe(false);
    expect(proxied(":443,[]:1", "https://acme.twingate.com/")).toBe(true);
  });

  it("a port in an entry must match the request's (the scheme's default when it names none)", () => {
    expect(proxied("twingate.com:443", "https://acme.twingate.com/")).toBe(false);
    expect(proxied("twingate.com:8443", "https://acme.twingate.com/")).toBe(true);
    expect(proxied("twingate.com:8443", "https://acme.twingate.com:8443/")).toBe(false);
  });

  it("IP addresses and CIDR blocks match addresses only", () => {
    expect(proxied("10.1.2.3", "http://10.1.2.3/")).toBe(false);
    expect(proxied("10.1.2.3:80", "http://10.1.2.3/")).toBe(false);
    expect(proxied("10.1.2.3:81", "http://10.1.2.3/")).toBe(true);
    expect(proxied("10.0.0.0/8", "http://10.200.3.4:8080/")).toBe(false);
    expect(proxied("10.0.0.0/8", "http://11.0.0.1/")).toBe(true);
    expect(proxied("fd00::/8", "http://[fd12::5]/")).toBe(false);
    expect(proxied("[fd00::1]:80", "http://[fd00::1]/")).toBe(false);
    expect(proxied("10.0.0.0/8", "https://ten.example/")).toBe(true);
  });

  it("* alone turns proxying off", () => {
    expect(proxied("*", "https://acme.twingate.com/")).toBe(false);
    expect(proxied("example.org,*", "https://acme.twingate.com/")).toBe(false);
  });

  it("no_proxy is read when NO_PROXY is unset or empty", () => {
    expect(via({ HTTPS_PROXY: "http://p:1", no_proxy: "twingate.com" }, "https://acme.twingate.com/")).toBeUndefined();
    expect(via({ HTTPS_PROXY: "http://p:1", NO_PROXY: "", no_proxy: "twingate.com" }, "https://acme.twingate.com/")).toBeUndefined();
  });

  it("in a CGI process (REQUEST_METHOD set) HTTP_PROXY is refused, not used, before NO_PROXY is read (as Go); HTTPS_PROXY still applies", () => {
    const settings = proxySettingsFromEnvironment({ HTTP_PROXY: "http://p:1", HTTPS_PROXY: "http://p:1", REQUEST_METHOD: "GET", NO_PROXY: "acme.example" });
    expect(() => settings.proxyFor(new URL("http://acme.example/"))).toThrow(/CGI/);
    expect(() => settings.proxyFor(new URL("http://127.0.0.1:4567/"))).toThrow(/CGI/);
    expect(settings.proxyFor(new URL("https://other.example/"))?.display).toBe("http://p:1");
  });
});

describe("why a request went direct, for messages about a failed connection", () => {
  const reason = (env: NodeJS.ProcessEnv, url: string): string | undefined => proxySettingsFromEnvironment(env).directReason(new URL(url));
  it("names NO_PROXY, a proxy variable for the other scheme, or nothing", () => {
    expect(reason({ HTTPS_PROXY: "http://p:1", NO_PROXY: ".twingate.com" }, "https://acme.twingate.com/")).toBe("NO_PROXY lists acme.twingate.com, so HTTPS_PROXY was not used");
    expect(reason({ http_proxy: "http://p:1" }, "https://acme.twingate.com/")).toBe("HTTPS_PROXY is not set; http_proxy applies to http:// URLs only");
    expect(reason({ HTTPS_PROXY: "http://p:1", NO_PROXY: "*" }, "https://acme.twingate.com/")).toBe("NO_PROXY is *");
    expect(reason({ HTTPS_PROXY: "http://p:1" }, "https://acme.twingate.com/")).toBeUndefined();
    expect(reason({ HTTPS_PROXY: "http://p:1" }, "https://127.0.0.1/")).toBeUndefined();
    expect(reason({}, "https://acme.twingate.com/")).toBeUndefined();
  });
});

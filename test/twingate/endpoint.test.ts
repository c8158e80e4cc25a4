import { isAcceptableShard, resolveEndpoint, validateBaseUrl } from "../../src/twingate/endpoint";
import { InvalidBaseUrlError } from "../../src/twingate/errors";
import { InvalidNetworkError } from "../../src/twingate/network";
import { TwingateClient } from "../../src/twingate/client";

describe("endpoint", () => {
  it("defaults to https://<label>.twingate.com/api/graphql/", () => {
    expect(resolveEndpoint({ network: "https://Acme.twingate.com/x" }).apexUrl).toBe("https://acme.twingate.com/api/graphql/");
    expect(resolveEndpoint({ network: "acme", baseDomain: "stg.opstg.com" }).apexUrl).toBe("https://acme.stg.opstg.com/api/graphql/");
  });

  it("fills {network} in a base URL template", () => {
    expect(resolveEndpoint({ network: "acme", baseUrl: "http://127.0.0.1:4000/{network}/" }).apexUrl).toBe(
      "http://127.0.0.1:4000/acme/api/graphql/",
    );
  });

  it.each([
    ["http://127.0.0.1:4000/acme", /does not contain \{network\}/],
    ["ftp://{network}.example.com", /scheme ftp/],
    ["not a url {network}", /not a URL/],
    ["https://user:pw@{network}.example.com", /credentials/],
    ["https://{network}.example.com?x=1", /query or fragment/],
  ])("refuses the base URL %s", (url, reason) => {
    expect(() => validateBaseUrl(url)).toThrow(InvalidBaseUrlError);
    expect(() => validateBaseUrl(url)).toThrow(reason);
  });

  it("the client refuses a bad network before any request", () => {
    expect(() => new TwingateClient({ network: "acme.acme.twingate.com", apiKey: "k" })).toThrow(InvalidNetworkError);
  });

  it("accepts only the network's own regional host", () => {
    const apex = new URL("https://acme.twingate.com/api/graphql/");
    expect(isAcceptableShard(new URL("https://acme.us1.twingate.com/api/graphql/"), apex, "acme").ok).toBe(true);
    expect(isAcceptableShard(new URL("https://acme.twingate.com/other/"), apex, "acme").ok).toBe(true);
    expect(isAcceptableShard(new URL("https://globex.us1.twingate.com/api/graphql/"), apex, "acme").ok).toBe(false);
    expect(isAcceptableShard(new URL("http://acme.us1.twingate.com/api/graphql/"), apex, "acme").ok).toBe(false);
    expect(isAcceptableShard(new URL("https://acmecorp.twingate.com/"), apex, "acme").ok).toBe(false);
  });
});

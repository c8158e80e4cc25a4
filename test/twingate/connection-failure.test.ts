import { classifyConnectionFailure } from "../../src/net/connection-failure";
import { X509_VERIFY_CODES } from "../../src/net/x509-verify-codes";

describe("classifyConnectionFailure", () => {
  it("every certificate verification code Node reports is a TLS failure, never a dropped connection", () => {
    // A certificate signed by another CA of the same name is CERT_SIGNATURE_FAILURE (seen through a proxy);
    // it was once retried as "connection dropped".
    for (const code of [...X509_VERIFY_CODES, "CERT_SIGNATURE_FAILURE", "INVALID_CA", "HOSTNAME_MISMATCH", "PATH_LENGTH_EXCEEDED"]) {
      expect(classifyConnectionFailure(code)).toEqual({ kind: "tls", code });
    }
  });

  it("keeps the other kinds apart", () => {
    expect(classifyConnectionFailure("ECONNREFUSED").kind).toBe("refused");
    expect(classifyConnectionFailure("ECONNRESET").kind).toBe("dropped");
    expect(classifyConnectionFailure("ENOTFOUND").kind).toBe("dns");
    expect(classifyConnectionFailure("EPROTO").kind).toBe("not-tls");
    expect(classifyConnectionFailure(undefined).kind).toBe("unknown");
  });
});

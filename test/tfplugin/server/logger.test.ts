import { createLogger, redirectConsole, terraformLogLevel } from "../../../src/tfplugin/server/logger";
import { handshakeLine, negotiateProtocol, reattachConfig } from "../../../src/tfplugin/server/handshake";

describe("hclog JSON logger", () => {
  it("writes one JSON line per entry with hclog keys, extra fields and redaction", () => {
    const lines: string[] = [];
    const log = createLogger({ module: "provider.test", write: (l) => lines.push(l), redact: (t) => t.replace(/tok-\w+/g, "[redacted]") }).with({ tf_rpc: "Plan" });
    log.info("calling API with tok-abc123", { status: 200 });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith("\n")).toBe(true);
    const rec = JSON.parse(lines[0] ?? "{}") as Record<string, unknown>;
    expect(rec).toMatchObject({ "@level": "info", "@message": "calling API with [redacted]", "@module": "provider.test", tf_rpc: "Plan", status: 200 });
    expect(String(rec["@timestamp"])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}[+-]\d\d:\d\d$/);
  });

  it("filters below the configured level", () => {
    const lines: string[] = [];
    const log = createLogger({ level: "warn", write: (l) => lines.push(l) });
    log.debug("no");
    log.error("yes");
    expect(lines).toHaveLength(1);
  });

  it("logs at the level Terraform shows provider lines at: TF_LOG_PROVIDER, else TF_LOG, else off", () => {
    expect(terraformLogLevel({})).toBe("off");
    expect(terraformLogLevel({ TF_LOG: "" })).toBe("off");
    expect(terraformLogLevel({ TF_LOG: "OFF" })).toBe("off");
    expect(terraformLogLevel({ TF_LOG: "DEBUG" })).toBe("debug");
    expect(terraformLogLevel({ TF_LOG: "WARN", TF_LOG_PROVIDER: "trace" })).toBe("trace");
    expect(terraformLogLevel({ TF_LOG: "TRACE", TF_LOG_PROVIDER: "error" })).toBe("error");
    // Terraform reads JSON, and any name that is not a level, as TRACE.
    expect(terraformLogLevel({ TF_LOG: "JSON" })).toBe("trace");
    expect(terraformLogLevel({ TF_LOG: "yes" })).toBe("trace");
  });

  it("redirects console.* so nothing reaches stdout", () => {
    const lines: string[] = [];
    const saved = { log: console.log, error: console.error, info: console.info, warn: console.warn, debug: console.debug, trace: console.trace };
    try {
      redirectConsole(createLogger({ write: (l) => lines.push(l) }));
      console.log("hello %d", 5);
    } finally {
      Object.assign(console, saved);
    }
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ "@level": "info", "@message": "hello 5" });
  });
});

describe("handshake pieces", () => {
  it("finds protocol 6 in any order and explains its absence", () => {
    expect(negotiateProtocol({ PLUGIN_PROTOCOL_VERSIONS: "6,5" })).toEqual({ ok: true, version: 6 });
    expect(negotiateProtocol({ PLUGIN_PROTOCOL_VERSIONS: "5, 6" })).toEqual({ ok: true, version: 6 });
    const no = negotiateProtocol({});
    expect(no.ok).toBe(false);
    expect(!no.ok && no.reason).toContain("offered none");
  });

  it("formats the line with an unpadded base64 cert, and the reattach JSON", () => {
    expect(handshakeLine("unix", "/s.sock", Buffer.from([1, 2, 3, 4]))).toBe("1|6|unix|/s.sock|grpc|AQIDBA\n");
    expect(handshakeLine("tcp", "127.0.0.1:1234")).toBe("1|6|tcp|127.0.0.1:1234|grpc|\n");
    expect(JSON.parse(reattachConfig("registry.local/a/b", "unix", "/s", 42))).toEqual({
      "registry.local/a/b": { Protocol: "grpc", ProtocolVersion: 6, Pid: 42, Test: true, Addr: { Network: "unix", String: "/s" } },
    });
  });
});

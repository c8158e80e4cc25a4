import { forgetSecrets, redactSecrets, rememberSecret } from "../../src/provider/secrets";
import { reportFindings, CREDENTIAL_PATHS } from "../../src/provider/finding-diagnostics";
import { Diagnostics } from "../../src/tfplugin";

describe("secret redaction and finding diagnostics", () => {
  afterEach(() => forgetSecrets());

  it("replaces every remembered key, also inside JSON strings, and ignores short strings", () => {
    rememberSecret("  sim-rw-abcdefgh\"xyz  ");
    rememberSecret("short");
    const line = JSON.stringify({ msg: "echo sim-rw-abcdefgh\"xyz" });
    expect(redactSecrets(line)).toBe(JSON.stringify({ msg: "echo [redacted API key]" }));
    expect(redactSecrets("a short word")).toBe("a short word");
  });

  it("turns findings into diagnostics at the attribute of their subject, with the fix and code", () => {
    const diag = new Diagnostics();
    reportFindings(
      [
        { code: "TG_UNAUTHORIZED", severity: "error", subject: "api_key", message: "refused", fix: "make a new key." },
        { code: "TG_TIMEOUT", severity: "error", subject: "endpoint", message: "slow" },
        { code: "PREVIEW_ADMIN_USERS", severity: "info", subject: "tenant", message: "fyi" },
        { code: "PREVIEW_EMPTY_GROUPS", severity: "warning", subject: "network", message: "hmm" },
      ],
      diag,
      CREDENTIAL_PATHS,
      "Check",
    );
    expect(diag.items).toEqual([
      { severity: "error", summary: "Check: refused", detail: "To fix: make a new key.\n(TG_UNAUTHORIZED)", path: ["api_key"] },
      { severity: "error", summary: "Check: slow", detail: expect.stringContaining('provider "c1twingate" block') },
      { severity: "warning", summary: "Check: hmm", detail: "(PREVIEW_EMPTY_GROUPS)", path: ["network"] },
    ]);
  });
});

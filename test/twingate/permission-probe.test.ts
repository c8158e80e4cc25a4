import { classifyProbeError, isProbeAnswer } from "../../src/twingate/permission-probe";
import {
  TwingateBadResponseError,
  TwingateConnectionError,
  TwingateForbiddenError,
  TwingateGraphQLErrorsError,
  TwingateMutationFailedError,
  TwingateNotJsonError,
  TwingateRedirectError,
  TwingateServerError,
  TwingateTimeoutError,
  TwingateUnauthorizedError,
} from "../../src/twingate/errors";
import { ServerTextGate } from "../../src/twingate/server-text";

const at = "https://acme.twingate.com/api/graphql/";
const gate = new ServerTextGate(null);
const said = (text: string) => gate.text(text);

describe("classifyProbeError", () => {
  it("401 → none, 403 → read", () => {
    expect(classifyProbeError(new TwingateUnauthorizedError(at)).permission).toBe("none");
    expect(classifyProbeError(new TwingateForbiddenError(at, [])).permission).toBe("read");
  });

  it.each(["Permission denied", "not allowed", "Not authorized", "not authorised", "Forbidden", "read-only key", "readonly", "access denied"])(
    "a refusal saying %p → read (errors and ok:false alike)",
    (text) => {
      expect(classifyProbeError(new TwingateGraphQLErrorsError(at, [{ message: said(text) }], 200)).permission).toBe("read");
      expect(classifyProbeError(new TwingateMutationFailedError(at, "groupUpdate", said(text))).permission).toBe("read");
    },
  );

  it("ok:false 'does not exist' / 'not found' → write", () => {
    expect(classifyProbeError(new TwingateMutationFailedError(at, "groupUpdate", said("Group does not exist."))).permission).toBe("write");
    expect(classifyProbeError(new TwingateMutationFailedError(at, "groupUpdate", said("group not found"))).permission).toBe("write");
  });

  it("any other answer → unknown with what was seen, neutralised", () => {
    const odd = classifyProbeError(new TwingateMutationFailedError(at, "groupUpdate", said("Something odd\n::error::x")));
    expect(odd.permission).toBe("unknown");
    expect(odd.evidence).toContain("Something odd\\n:\\:error:\\:x");
    expect(odd.evidence).not.toContain("\n");
    expect(classifyProbeError(new TwingateGraphQLErrorsError(at, [{ message: said("Unable to parse global ID") }], 200)).permission).toBe("unknown");
  });

  it("only Twingate's answers are evidence about the key; faults on the way are not", () => {
    expect(isProbeAnswer(new TwingateUnauthorizedError(at))).toBe(true);
    expect(isProbeAnswer(new TwingateForbiddenError(at, []))).toBe(true);
    expect(isProbeAnswer(new TwingateGraphQLErrorsError(at, [], 200))).toBe(true);
    expect(isProbeAnswer(new TwingateMutationFailedError(at, "groupUpdate", null))).toBe(true);
    for (const fault of [
      new TwingateServerError(at, 503, 4),
      new TwingateServerError(at, 500, 1),
      new TwingateTimeoutError(at, 100, false),
      new TwingateConnectionError(at, "connection dropped (ECONNRESET)", 4, false, null),
      new TwingateNotJsonError(at, 200, "an HTML page"),
      new TwingateRedirectError(at, 308, null, "no"),
      new TwingateBadResponseError(at, "data.groupUpdate", "missing"),
    ]) {
      expect(isProbeAnswer(fault)).toBe(false);
    }
  });
});

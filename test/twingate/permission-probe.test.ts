import { classifyProbeError } from "../../src/twingate/permission-probe";
import {
  TwingateForbiddenError,
  TwingateGraphQLErrorsError,
  TwingateMutationFailedError,
  TwingateServerError,
  TwingateUnauthorizedError,
} from "../../src/twingate/errors";

const at = "https://acme.twingate.com/api/graphql/";

describe("classifyProbeError", () => {
  it("401 → none, 403 → read", () => {
    expect(classifyProbeError(new TwingateUnauthorizedError(at)).permission).toBe("none");
    expect(classifyProbeError(new TwingateForbiddenError(at, [])).permission).toBe("read");
  });

  it.each(["Permission denied", "not allowed", "Not authorized", "not authorised", "Forbidden", "read-only key", "readonly", "access denied"])(
    "a refusal saying %p → read (errors and ok:false alike)",
    (text) => {
      expect(classifyProbeError(new TwingateGraphQLErrorsError(at, [{ message: text }], 200)).permission).toBe("read");
      expect(classifyProbeError(new TwingateMutationFailedError(at, "groupUpdate", text)).permission).toBe("read");
    },
  );

  it("ok:false 'does not exist' / 'not found' → write", () => {
    expect(classifyProbeError(new TwingateMutationFailedError(at, "groupUpdate", "Group does not exist.")).permission).toBe("write");
    expect(classifyProbeError(new TwingateMutationFailedError(at, "groupUpdate", "group not found")).permission).toBe("write");
  });

  it("anything else → unknown with what was seen", () => {
    const odd = classifyProbeError(new TwingateMutationFailedError(at, "groupUpdate", "Something odd"));
    expect(odd.permission).toBe("unknown");
    expect(odd.evidence).toContain("Something odd");
    expect(classifyProbeError(new TwingateGraphQLErrorsError(at, [{ message: "Unable to parse global ID" }], 200)).permission).toBe("unknown");
    expect(classifyProbeError(new TwingateServerError(at, 500, 1)).evidence).toContain("TG_SERVER_ERROR");
  });
});

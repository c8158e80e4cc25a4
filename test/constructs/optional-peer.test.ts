import { loadOptionalPeer, MissingPeerDependencyError, type OptionalPeer } from "../../constructs/optional-peer";

const NULL_PEER: OptionalPeer = { packageName: "@cdktf/provider-null", range: "^11", feature: 'validation "local-exec"', alternative: 'use validation "provider"' };

function notFound(): never {
  throw Object.assign(new Error("Cannot find module '@cdktf/provider-null/lib/resource'"), { code: "MODULE_NOT_FOUND" });
}

describe("a missing optional peer", () => {
  it("names the package and the install command", () => {
    const error = new MissingPeerDependencyError(NULL_PEER, { core: "cdktf" });
    expect(error.code).toBe("C1TG_CONSTRUCT_MISSING_PEER");
    expect(error.message).toContain("npm install --save-dev @cdktf/provider-null@^11");
    expect(error.message).not.toContain("overrides");
  });

  it("on CDK Terrain also names the package.json override npm needs to accept the bindings' cdktf peer", () => {
    const error = new MissingPeerDependencyError(NULL_PEER, { core: "cdktn" });
    expect(error.message).toContain('"overrides": { "@cdktf/provider-null": { "cdktf": "$cdktf" } }');
  });

  it("tells the core apart by the package cdktf resolves to (this jest project's core)", () => {
    const core = (require("cdktf/package.json") as { name: string }).name;
    let thrown: unknown;
    try {
      loadOptionalPeer(NULL_PEER, notFound);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MissingPeerDependencyError);
    expect((thrown as Error).message.includes('"cdktf": "$cdktf"')).toBe(core === "cdktn");
  });

  it("passes any other failure through unchanged", () => {
    const other = new Error("boom");
    expect(() =>
      loadOptionalPeer(NULL_PEER, () => {
        throw other;
      }),
    ).toThrow(other);
  });
});

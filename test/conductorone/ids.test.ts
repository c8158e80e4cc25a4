import { c1IdProblem, idSegment, isC1Id } from "../../src/conductorone";
import { connectorArguments } from "../../src/provider/connector-arguments";

// m8: one id rule for the CLI, the provider and every path the client builds: no ".", "..",
// leading dot, "/", "%", or anything else that could rewrite a request path.
describe("ConductorOne ids", () => {
  it.each(["2G8Wk6xIkBU5qJ1O4wlz4mD8ef0", "app-1", "a.b", "x_y~z", "A".repeat(128)])("accepts %s", (id) => {
    expect(isC1Id(id)).toBe(true);
    expect(idSegment(id)).toBe(id);
  });

  it.each([".", "..", ".hidden", "../apps", "a/b", "a%2fb", "%2e%2e", "", " ", "a b", "a\nb", "?x", "#x", "A".repeat(129), "ä"])("refuses %j everywhere, never quoting it", (id) => {
    expect(isC1Id(id)).toBe(false);
    expect(() => idSegment(id)).toThrow(TypeError);
    const problem = c1IdProblem("connector_id", id);
    expect(problem).toMatch(/^connector_id must be a ConductorOne id/);
    if (id.length > 2) expect(problem).not.toContain(id);
    // The provider's attributes use the same rule.
    const validators = connectorArguments.connector_id.options.validators as ReadonlyArray<(v: string) => string | undefined>;
    expect(validators.map((v) => v(id)).find((m) => m !== undefined)).toBe(problem);
  });
});

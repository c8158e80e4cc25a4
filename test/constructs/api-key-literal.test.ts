/**
 * Issue 8 §2: a canary key never lands in cdk.tf.json, whatever route a literal takes to the
 * apiKey prop — directly, through a variable default, a local (however nested), a function
 * of constants, or a local changed after the construct was built. Each route is refused (or,
 * with allowLiteralApiKey, warned about) without the message repeating the key.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { AnnotationMetadataEntryType, Fn, TerraformLocal, TerraformStack, TerraformVariable, Testing, Token } from "cdktf";
import { InvalidIntegrationPropsError, TwingateIntegration } from "../../constructs";
import { validProps } from "./stack-fixture";

const CANARY = "tgk_CANARY_4f7d2a9e1c0b8a6d5e3f";

type Route = (stack: TerraformStack) => { apiKey: string; later?: () => void };

const ROUTES: Record<string, Route> = {
  "a literal string": () => ({ apiKey: CANARY }),
  "Token.asString of a literal": () => ({ apiKey: Token.asString(CANARY) }),
  "a sensitive variable's default": (s) => ({ apiKey: new TerraformVariable(s, "key", { type: "string", sensitive: true, default: CANARY }).stringValue }),
  "a plain variable's default": (s) => ({ apiKey: new TerraformVariable(s, "key", { type: "string", default: CANARY }).stringValue }),
  "a map variable's default, looked up": (s) => ({ apiKey: Fn.lookup(new TerraformVariable(s, "keys", { type: "map(string)", default: { acme: CANARY } }).value, "acme") }),
  "a local holding the literal": (s) => ({ apiKey: new TerraformLocal(s, "key", CANARY).asString }),
  "a local of a function of the literal": (s) => ({ apiKey: new TerraformLocal(s, "key", Fn.trimspace(CANARY)).asString }),
  "a local of a variable with a default": (s) => ({
    apiKey: new TerraformLocal(s, "key", Fn.trimspace(new TerraformVariable(s, "raw", { type: "string", sensitive: true, default: CANARY }).stringValue)).asString,
  }),
  "a local of a local of the literal": (s) => ({ apiKey: new TerraformLocal(s, "outer", new TerraformLocal(s, "inner", CANARY).asString).asString }),
  "a function of the literal": () => ({ apiKey: Fn.trimspace(CANARY) }),
  "a join of literal parts": () => ({ apiKey: Fn.join("", [CANARY.slice(0, 10), CANARY.slice(10)]) }),
  "literal text around a variable": (s) => ({ apiKey: `${CANARY.slice(0, 10)}${new TerraformVariable(s, "rest", { type: "string", sensitive: true }).stringValue}` }),
  "Fn.sensitive of a variable with a default": (s) => ({ apiKey: Fn.sensitive(new TerraformVariable(s, "key", { type: "string", sensitive: true, default: CANARY }).stringValue) }),
  "a local changed to the literal after the construct": (s) => {
    const local = new TerraformLocal(s, "key", new TerraformVariable(s, "raw", { type: "string", sensitive: true }).stringValue);
    return { apiKey: local.asString, later: () => (local.expression = CANARY) };
  },
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Builds the route into a stack and synthesizes it the way `cdktf synth` does (validations included). */
function attempt(route: Route, allowLiteralApiKey?: boolean): { error?: Error; written: string; warnings: string[] } {
  const stack = new TerraformStack(Testing.app(), "stack");
  const { apiKey, later } = route(stack);
  try {
    const integration = new TwingateIntegration(stack, "Acme", validProps(apiKey, allowLiteralApiKey ? { allowLiteralApiKey } : {}));
    later?.();
    const outdir = Testing.fullSynth(stack);
    const warnings = integration.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
    return { written: filesUnder(outdir).map((f) => readFileSync(f, "utf8")).join("\n"), warnings };
  } catch (err) {
    return { error: err as Error, written: "", warnings: [] };
  }
}

describe("a literal API key is refused on every route to cdk.tf.json", () => {
  test.each(Object.keys(ROUTES))("%s: refused with the route named, the key never shown, nothing written", (name) => {
    const result = attempt(ROUTES[name] as Route);
    expect(result.error).toBeDefined();
    expect(result.error?.message).toMatch(/apiKey must /);
    expect(result.error?.message).not.toContain(CANARY);
    expect(result.error?.message).not.toContain(CANARY.slice(0, 10));
    expect(result.written).not.toContain(CANARY);
    // Caught in the constructor, except a local changed afterwards: that one by the synth-time validation.
    if (!name.includes("after the construct")) expect(result.error).toBeInstanceOf(InvalidIntegrationPropsError);
  });

  test("the messages name the route: the variable, the local, the constants", () => {
    expect(attempt(ROUTES["a sensitive variable's default"] as Route).error?.message).toContain('variable "key" has a default value');
    expect(attempt(ROUTES["a local of a local of the literal"] as Route).error?.message).toContain('local "inner" contains literal text');
    expect(attempt(ROUTES["a function of the literal"] as Route).error?.message).toContain("the value is computed from constants only");
    expect(attempt(ROUTES["a local changed to the literal after the construct"] as Route).error?.message).toMatch(/Validation failed[\s\S]*local "key" contains literal text/);
  });

  test("allowLiteralApiKey accepts the risk with a warning that names the route, not the key", () => {
    const result = attempt(ROUTES["a local of a variable with a default"] as Route, true);
    expect(result.error).toBeUndefined();
    expect(result.warnings.join("\n")).toContain('reaches a literal (variable "raw" has a default value)');
    expect(result.warnings.join("\n")).not.toContain(CANARY);
  });

  test("keys that only ever arrive at plan time pass: a variable without a default, through locals and functions, and a map lookup by name", () => {
    const clean: Route[] = [
      (s) => ({ apiKey: new TerraformVariable(s, "key", { type: "string", sensitive: true }).stringValue }),
      (s) => ({ apiKey: new TerraformLocal(s, "key", Fn.trimspace(new TerraformVariable(s, "raw", { type: "string", sensitive: true }).stringValue)).asString }),
      (s) => ({ apiKey: Fn.lookup(new TerraformVariable(s, "keys", { type: "map(string)", sensitive: true }).value, "acme") }),
    ];
    for (const route of clean) {
      const result = attempt(route);
      expect(result.error).toBeUndefined();
      expect(result.written).toContain("twingate_apikey");
      expect(result.warnings).toEqual([]);
    }
  });
});

/**
 * Secrets in places that are not secret, for every provider built on the framework: a value of a
 * sensitive, write-only or notStored attribute repeated (in any case) in another attribute is
 * refused before any hook runs, by a diagnostic that does not repeat it; and whatever a hook
 * writes is redacted in diagnostics and log lines.
 */
import { createSecretRedactor } from "../../../src/tfplugin/framework/secret-redactor";
import { AttributeError, attr, block, defineDataSource, defineProvider, defineResource, types, UNKNOWN } from "../../../src/tfplugin";
import { errorsOf, runtimeHarness, wirePath, type Obj } from "../../helpers/tfplugin-runtime";

const KEY = "Tk-CanaryKey-0123456789abcdef";
const hooks: string[] = [];

const schema = {
  attributes: {
    id: attr.string({ computed: true }),
    host: attr.string({ required: true }),
    tags: attr.list(types.string, { optional: true }),
    labels: attr.map(types.string, { optional: true }),
    token: attr.string({ required: true, sensitive: true, writeOnly: true }),
    note: attr.string({ optional: true, sensitive: true }),
  },
  blocks: { target: block.list({ attributes: { address: attr.string({ required: true }) } }) },
} as const;

const provider = defineProvider({
  typeName: "sec",
  version: "1.0.0",
  schema: { attributes: { password: attr.string({ optional: true, sensitive: true }), region: attr.string({ optional: true }) } },
  configure: () => {
    hooks.push("configure");
    return {};
  },
  resources: {
    sec_thing: defineResource()({
      schema,
      validate: () => void hooks.push("validate"),
      plan: ({ config }) => {
        hooks.push("plan");
        // A hook that puts the secret where it must not go: the framework's redaction still catches it.
        if (config.host === "echo") throw new AttributeError(["host"], `server said: bad token ${String(config.token).toUpperCase()}`, `got ${encodeURIComponent(String(config.token))}`);
      },
      create: async () => {
        hooks.push("create");
        return { id: "x" };
      },
      read: async ({ state }) => state,
      delete: async () => undefined,
    }),
  },
  dataSources: {
    sec_lookup: defineDataSource()({
      schema: { attributes: { name: attr.string({ required: true }), secret: attr.string({ required: true, sensitive: true, notStored: true }), id: attr.string({ computed: true }) } },
      read: async () => {
        hooks.push("read");
        return { id: "y" };
      },
    }),
  },
});

const THING = "sec_thing";

function expectNoKey(value: unknown): void {
  expect(JSON.stringify(value).toLowerCase()).not.toContain(KEY.toLowerCase());
}

describe("a secret value inside a non-secret argument", () => {
  const cases: { label: string; values: Obj; path: (string | number)[] }[] = [
    { label: "the same value (variables swapped)", values: { host: KEY }, path: ["host"] },
    { label: "lower-cased inside a URL", values: { host: `https://${KEY.toLowerCase()}.example.com/` }, path: ["host"] },
    { label: "a list element", values: { tags: ["ok", `x-${KEY}`] }, path: ["tags", 1] },
    // The path stops at the map: a map key in a path would carry the secret to Terraform.
    { label: "a map key", values: { labels: { [KEY]: "v" } }, path: ["labels"] },
    { label: "a nested block attribute", values: { target: [{ address: "a" }, { address: KEY.toUpperCase() }] }, path: ["target", 1, "address"] },
  ];

  for (const { label, values, path } of cases) {
    it(`is refused at validate and at plan, before any hook, without showing it: ${label}`, async () => {
      const h = runtimeHarness(provider);
      await h.configure();
      hooks.length = 0;
      const config = h.config(THING, { host: "ok", token: KEY, target: [], ...values });
      const validated = await h.validate(THING, config);
      const planned = await h.plan(THING, { config });
      const applied = await h.apply(THING, { config, planned: { ...config, token: null, id: UNKNOWN } });
      for (const diagnostics of [validated, planned.diagnostics, applied.diagnostics]) {
        expect(errorsOf(diagnostics)).toEqual([expect.objectContaining({ summary: "Sensitive value in a non-sensitive argument", attribute: wirePath(...path) })]);
        expect(diagnostics[0]?.detail).toContain("token");
        expect(diagnostics[0]?.detail).not.toContain("(sensitive value)"); // nothing needed redacting: the text never had it
        expectNoKey(diagnostics);
      }
      expect(hooks).toEqual([]);
      expectNoKey(h.logLines);
    });
  }

  it("is refused in a data source read and in the provider configuration", async () => {
    const h = runtimeHarness(provider);
    expect(errorsOf(await h.configure({ password: KEY, region: KEY.toLowerCase() }))).toEqual([expect.objectContaining({ attribute: wirePath("region") })]);
    await h.configure({ password: KEY });
    hooks.length = 0;
    const read = await h.readData("sec_lookup", { name: `name-${KEY}`, secret: KEY, id: null });
    expect(errorsOf(read.diagnostics)).toEqual([expect.objectContaining({ attribute: wirePath("name") })]);
    // The provider's own secret in a resource argument.
    const planned = await h.plan(THING, { config: h.config(THING, { host: KEY, token: "another-token-value", target: [] }) });
    expect(errorsOf(planned.diagnostics)).toEqual([expect.objectContaining({ attribute: wirePath("host") })]);
    expect(hooks).toEqual([]);
  });

  it("is refused when the secret was given to ANOTHER resource or data source of the same process (one network's key as another's host)", async () => {
    const h = runtimeHarness(provider);
    await h.configure();
    const other = "Tk-OtherNetworkKey-9876543210fedcba";
    // First object: its key is remembered, by value.
    expect(errorsOf(await h.validate(THING, h.config(THING, { host: "globex", token: other, target: [] })))).toEqual([]);
    hooks.length = 0;
    for (const host of [other, other.toLowerCase(), `https://${other.toLowerCase()}.example.com`]) {
      const config = h.config(THING, { host, token: KEY, target: [] });
      for (const diagnostics of [await h.validate(THING, config), (await h.plan(THING, { config })).diagnostics]) {
        expect(errorsOf(diagnostics)).toEqual([expect.objectContaining({ summary: "Sensitive value in a non-sensitive argument", attribute: wirePath("host") })]);
        expect(diagnostics[0]?.detail).toContain("a sensitive value this provider was given as token of a sec_thing resource");
        expect(JSON.stringify(diagnostics).toLowerCase()).not.toContain(other.toLowerCase());
      }
    }
    // A data source's notStored secret counts too, and so does the provider block's.
    await h.readData("sec_lookup", { name: "n", secret: "Tk-DataSourceSecret-55555", id: null });
    hooks.length = 0;
    const planned = await h.plan(THING, { config: h.config(THING, { host: "x", tags: ["tk-datasourcesecret-55555"], token: KEY, target: [] }) });
    expect(errorsOf(planned.diagnostics)).toEqual([expect.objectContaining({ attribute: wirePath("tags", 0) })]);
    expect(planned.diagnostics[0]?.detail).toContain("of a sec_lookup data source");
    expect(hooks).toEqual([]);
    // The same key in its own object, twice over (validate, then plan), is not an echo.
    expect(errorsOf(await h.validate(THING, h.config(THING, { host: "globex", token: other, target: [] })))).toEqual([]);
  });

  it("lets short sensitive values and unrelated text through", async () => {
    const h = runtimeHarness(provider);
    await h.configure();
    const config = h.config(THING, { host: "pw-host", token: "pw", note: "a", target: [] });
    expect(await h.validate(THING, config)).toEqual([]);
  });
});

describe("redaction of what hooks write", () => {
  it("replaces a remembered secret in diagnostics and log lines, in any case and URL-encoded", async () => {
    const h = runtimeHarness(provider);
    await h.configure();
    const token = "Tk+Canary/Key=0123456789abcdef";
    const planned = await h.plan(THING, { config: h.config(THING, { host: "echo", token, target: [] }) });
    expect(errorsOf(planned.diagnostics)).toEqual([expect.objectContaining({ summary: "server said: bad token (sensitive value)", detail: "got (sensitive value)" })]);
    const text = JSON.stringify([planned.diagnostics, h.logLines]).toLowerCase();
    for (const form of [token, encodeURIComponent(token)]) expect(text).not.toContain(form.toLowerCase());
    expect(h.logLines.join("\n")).toContain("(sensitive value)");
  });

  it("also catches a cut-off, partial or encoded echo of a remembered secret (a server's, cut to 40 characters)", () => {
    const redactor = createSecretRedactor("(sensitive value)");
    const secret = "Canary7Yc2kQ9vLm4TzX8pR1sN6bWd3HfJ0aGeXyZ12345";
    redactor.remember(secret);
    const cut = redactor.redact(`answered with a body in the Content-Encoding ${secret.toLowerCase().slice(0, 40)}, which`);
    expect(cut).toContain("(sensitive value)");
    expect(cut.toLowerCase()).not.toContain(secret.toLowerCase().slice(0, 12));
    const hex = redactor.redact(`x ${[...Buffer.from(secret)].map((b) => b.toString(16)).join(" ")} y`);
    expect(hex).toContain("text withheld");
    expect(redactor.redact("nothing to see")).toBe("nothing to see");
  });
});

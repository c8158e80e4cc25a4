import type { CtyValue } from "../../tfplugin";
import type { DerivedType } from "./schema/derive";

/**
 * The body of a `POST /api/v1/search/...` call as the real provider's data sources build it:
 * every optional argument the configuration sets, under its API name (snake_case to camelCase,
 * nested objects too, e.g. `refs[].id`). The search itself (which filters exist, how they
 * match, which are refused) is the API's business, not the stand-in's.
 */

const camel = (name: string): string => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function camelKeys(value: CtyValue): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value as Record<string, CtyValue>).map(([k, v]) => [camel(k), camelKeys(v)]));
  return value;
}

export function searchRequest(type: DerivedType, config: Readonly<Record<string, CtyValue>>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(type.attributes)) {
    const value = config[name] ?? null;
    if (attribute.optional && value !== null) body[camel(name)] = camelKeys(value);
  }
  return body;
}

/**
 * Shared tail of every `synthesizeHclAttributes()`: generated bindings drop the
 * attributes whose value is undefined so `cdktf synth --hcl` prints only what was set.
 */
export interface HclAttribute {
  value: unknown;
  isBlock: boolean;
  type: "simple" | "list" | "map" | "struct" | "set";
  storageClassType: string;
}

export function definedHclAttributes(attrs: Record<string, HclAttribute>): Record<string, HclAttribute> {
  return Object.fromEntries(Object.entries(attrs).filter(([, attr]) => attr.value !== undefined));
}

import type * as z from "zod";
import { UsageError } from "./usage-error";

/** Validate commander's parsed options with a zod schema; the first problem becomes a usage error (exit 2). */
export function parseFlags<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.map((issue) => issue.message);
  throw new UsageError(messages.join("; "));
}

/** Commander argument parser of a repeatable option: every occurrence is kept, in order. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

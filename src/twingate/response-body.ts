import { z } from "zod";
import type { GraphQLErrorEntry } from "./errors";

/** Inspecting response bodies before (or instead of) handing them to the GraphQL layer. */

const MAX_MESSAGE = 300;

const errorEntry = z.object({
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
});
const errorsEnvelope = z.object({ errors: z.array(errorEntry) });
const messageEnvelope = z.object({ message: z.string() });
const errorEnvelope = z.object({ error: z.string() });

export function isJsonContentType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || type === "application/graphql-response+json" || type.endsWith("+json");
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body)/i.test(text);
}

function clip(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text;
}

/**
 * GraphQL error entries from a body if it has any (400/403/429 bodies often do); also the
 * non-standard `{message}` and `{error}` shapes seen in mocks. Empty when the body says nothing usable.
 */
export function errorEntriesOf(text: string): GraphQLErrorEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const errors = errorsEnvelope.safeParse(parsed);
  if (errors.success) return errors.data.errors.map((e) => ({ message: clip(e.message), ...(e.path ? { path: e.path } : {}) }));
  const message = messageEnvelope.safeParse(parsed);
  if (message.success) return [{ message: clip(message.data.message) }];
  const error = errorEnvelope.safeParse(parsed);
  if (error.success) return [{ message: clip(error.data.error) }];
  return [];
}

/** Parse the `errors` member of an execution result, tolerating odd entries by keeping only their message. */
export const graphqlErrorsSchema = z.array(
  z.union([errorEntry, z.object({}).passthrough().transform(() => ({ message: "(error without a message)" }))]),
);

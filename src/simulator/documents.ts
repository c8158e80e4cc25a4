/**
 * Parses, classifies and validates GraphQL documents, caching the outcome per
 * query text: paging loops send the same document hundreds of times.
 */
import { GraphQLError, Kind, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";

export interface PreparedDocument {
  /** undefined when the text does not parse. */
  document: DocumentNode | undefined;
  /** Syntax or validation errors; non-empty means HTTP 400. */
  errors: readonly GraphQLError[];
  /** Any mutation in the document makes the request a write. */
  isWrite: boolean;
  /** Response key of the first root field, for faults that fake a response. */
  firstRootField: string | undefined;
}

const CACHE_SIZE = 200;

export class DocumentCache {
  private readonly cache = new Map<string, PreparedDocument>();

  constructor(private readonly schema: GraphQLSchema) {}

  prepare(query: string): PreparedDocument {
    const hit = this.cache.get(query);
    if (hit) return hit;
    const prepared = this.compile(query);
    if (this.cache.size >= CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(query, prepared);
    return prepared;
  }

  private compile(query: string): PreparedDocument {
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      const syntax = error instanceof GraphQLError ? error : new GraphQLError(String(error));
      return { document: undefined, errors: [syntax], isWrite: false, firstRootField: undefined };
    }
    let isWrite = false;
    let firstRootField: string | undefined;
    for (const def of document.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      if (def.operation === "mutation") isWrite = true;
      const first = def.selectionSet.selections[0];
      if (firstRootField === undefined && first?.kind === Kind.FIELD) firstRootField = (first.alias ?? first.name).value;
    }
    return { document, errors: validate(this.schema, document), isWrite, firstRootField };
  }
}

/** Best-effort first root field of a query text that may not even parse. */
export function firstRootFieldOf(cache: DocumentCache, query: string | undefined): string {
  return (query === undefined ? undefined : cache.prepare(query).firstRootField) ?? "users";
}

/**
 * What the transport hands graphql-request for a 2xx answer: a GraphQL execution result already
 * read, checked and parsed (transport.ts). graphql-request 7 reads only `text()`, `status`, `ok`
 * and `headers` of what its `fetch` option returns (build/legacy/helpers/runRequest.js). A Fetch
 * API `Response` would do, but constructing Node's global one loads undici, Node's whole HTTP
 * client (15–25 ms of CPU in a provider process that runs a check, bench/provider.bench.ts), in a
 * process whose HTTP goes through node:http. For the same reason the bundles give graphql-request
 * fetch-headers' `Headers` in place of the global (scripts/build.mjs, fetch-headers.ts).
 */
export function executionResultResponse(status: number, json: string): Response {
  const answer = {
    status,
    ok: status >= 200 && status < 300,
    headers: new Headers({ "content-type": "application/json" }),
    text: () => Promise.resolve(json),
    json: () => Promise.resolve(JSON.parse(json) as unknown),
  };
  // graphql-request types its fetch option as the global fetch; it reads only the members above.
  return answer as unknown as Response;
}

/**
 * The `Headers` class the provider bundle's gRPC server uses (scripts/build.mjs injects it into
 * the provider's code in place of the global). connect-node builds every request's and reply's
 * metadata with the Fetch API's `Headers`, and Node's global one is a lazy getter that loads all
 * of Node's HTTP client, undici, on first use: 25–40 ms of CPU in every provider process
 * (bench/provider.bench.ts), though only a process that runs a check needs undici (for fetch).
 * fetch-headers implements the same WHATWG class in 6 KB, tested against the web-platform tests,
 * and sorts names by code unit as the standard says (a polyfill that sorts with `localeCompare`
 * would cost as much again: the first call builds an ICU collator, ~20 ms).
 * The provider's engine and the CLI take it too (scripts/build.mjs), for graphql-request, which
 * builds each request's headers with `Headers`; their HTTP goes through node:http, so with it no
 * process loads undici.
 */
export { Headers } from "fetch-headers";

/**
 * The `Headers` class the provider's bundles and the CLI use (scripts/build.mjs injects it in place
 * of the global). graphql-request builds each request's headers with the Fetch API's `Headers`, and
 * Node's global one is a lazy getter that loads all of Node's HTTP client, undici, on first use:
 * 25–40 ms of CPU (bench/provider.bench.ts), though this code's HTTP goes through node:http and
 * needs no undici. fetch-headers implements the same WHATWG class in 6 KB, tested against the
 * web-platform tests, and sorts names by code unit as the standard says (a polyfill that sorts
 * with `localeCompare` would cost as much again: the first call builds an ICU collator, ~20 ms).
 * With it no provider process loads undici (test/provider/no-fetch-at-startup.test.ts).
 */
export { Headers } from "fetch-headers";

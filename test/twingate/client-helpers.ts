import { TwingateClient, type TwingateClientOptions } from "../../src/twingate/client";
import type { TwingateLogEvent } from "../../src/twingate/log-events";
import { Pacer } from "../../src/twingate/pacer";
import { VirtualClock } from "../helpers/virtual-clock";

export const CANARY_KEY = "sim-SECRET-canary-7f3a9c1e";

export interface TestClient {
  client: TwingateClient;
  clock: VirtualClock;
  events: TwingateLogEvent[];
}

/** A client with a fake clock, a private generous pacer, deterministic jitter and a log recorder. */
export function testClient(baseUrl: string, overrides: Partial<TwingateClientOptions> = {}): TestClient {
  const clock = new VirtualClock();
  const events: TwingateLogEvent[] = [];
  const client = new TwingateClient({
    network: "acme",
    apiKey: CANARY_KEY,
    baseUrl,
    clock,
    pacer: new Pacer({ reads: 10_000, writes: 10_000 }, clock),
    random: () => 0.5,
    log: (e) => events.push(e),
    ...overrides,
  });
  return { client, clock, events };
}

export const COUNTS_OK = { data: { users: { totalCount: 25, pageInfo: { hasNextPage: true } }, groups: { totalCount: 8, pageInfo: { hasNextPage: false } } } };

/** The sandbox installs the stand-in under the address and version the stand-in itself serves (its schema's tag). */
import { CONDUCTORONE_PROVIDER_ADDRESS } from "../../src/conductorone-provider-address";
import { STANDIN_HOSTNAME, STANDIN_NAMESPACE, STANDIN_TYPE, STANDIN_VERSION } from "../../src/standins/conductorone";

test("c1-twingate sandbox and the stand-in agree on the ConductorOne provider's address and version", () => {
  expect(CONDUCTORONE_PROVIDER_ADDRESS).toEqual({ hostname: STANDIN_HOSTNAME, namespace: STANDIN_NAMESPACE, type: STANDIN_TYPE, version: STANDIN_VERSION });
});

// What the provider bundle runs first (scripts/build.mjs). It makes the refusals that must come
// before anything reads a secret, then compiles the rest with the V8 code cache the engine and the
// CLI use (lazy-module.ts, load-engine.ts `trustedCodeCacheDir`): go-plugin's side of the process (lazy
// module "serve", serve.ts: the handshake, then the socket) and, at the first call that needs it,
// the provider (lazy module "main", main.ts). This file is the only code Node compiles from source
// at every start, so it stays small. In a single executable the lazy modules are SEA assets, read
// the same way.
import { keepEnvironmentOutOfReports } from "../net/diagnostic-report";
import { refuseInheritedInspector } from "../net/node-inspector";
import { runLazyModule } from "../tfplugin/packaging/lazy-module";
import { PROVIDER_SOURCE, PROVIDER_TYPE } from "./address";
import { codeCachePlace } from "./load-engine";
import type { ProviderMain } from "./main";
import type { ProviderServe } from "./serve";

// Before anything else: an inspector NODE_OPTIONS opened lets any local user read the key (net/node-inspector.ts).
refuseInheritedInspector("the c1twingate provider", { exitCode: 1, plugin: true });
// A diagnostic report NODE_OPTIONS asked for would hold TF_VAR_api_key (net/diagnostic-report.ts).
keepEnvironmentOutOfReports();
// No V8 flags (main.ts says why): Node's own modules, loaded from here on, keep their code cache.
const place = codeCachePlace();
const cacheDir = "dir" in place ? place.dir : undefined;
const lazyModule = <T>(name: string): T => runLazyModule(name, __filename, require, cacheDir).exports as T;
let served: ProviderServe;
try {
  served = lazyModule<ProviderServe>("serve");
} catch (error) {
  // A damaged bundle or executable: one line on stdout, the first one, which Terraform shows.
  const message = `the c1twingate provider will not start: ${error instanceof Error ? error.message : String(error)}`;
  process.stdout.write(`${message}\n`);
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
served.serve({ providerAddress: PROVIDER_SOURCE, typeName: PROVIDER_TYPE, provider: () => lazyModule<ProviderMain>("main"), cachePlace: place });

// What the provider bundle runs first (scripts/build.mjs). It prints the handshake Terraform waits
// for (announce.ts: cookie, certificate, socket) before it loads anything else, then compiles the
// provider itself (main.ts, carried in the bundle as lazy module "main") with the V8 code cache the
// engine already uses (load-engine.ts), and serves the socket it announced: Terraform sets up its
// client meanwhile, and its connection waits in the listener. In a single executable "main" is a
// SEA asset, read the same way.
import { setFlagsFromString } from "node:v8";
import { announce } from "../tfplugin/server/announce";
import { runLazyModule } from "../tfplugin/packaging/lazy-module";
import { PROVIDER_SOURCE, PROVIDER_TYPE } from "./address";
import { codeCacheDir } from "./load-engine";
import type { ProviderMain } from "./main";

// main.ts sets this flag too (see why there); it must be in force before the compile, since V8 only
// accepts a code cache made under the same flags.
setFlagsFromString("--liftoff-only");
void announce({ providerAddress: PROVIDER_SOURCE, typeName: PROVIDER_TYPE }).then((announced) => {
  if (!announced) return;
  const main = runLazyModule("main", __filename, require, codeCacheDir()).exports as ProviderMain;
  void main.serveProvider(announced);
});

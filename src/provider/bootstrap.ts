// What the provider bundle runs first (scripts/build.mjs). It prints the handshake Terraform waits
// for (announce.ts: cookie, certificate, socket) before it loads anything else, then serves the
// socket (plugin.ts): go-plugin's own methods and the replies fixed at build time (the schema)
// are answered here, and the provider itself (main.ts, carried in the bundle as lazy module
// "main") is compiled, with the V8 code cache the engine already uses (load-engine.ts), only at
// the first call that needs it. Terraform's first process of each command asks only for the
// schema, and so never compiles it. In a single executable "main" is a SEA asset, read the same way.
import { keepEnvironmentOutOfReports } from "../net/diagnostic-report";
import { refuseInheritedInspector } from "../net/node-inspector";
import { announce } from "../tfplugin/server/announce";
import { servePlugin } from "../tfplugin/server/plugin";
import { runLazyModule } from "../tfplugin/packaging/lazy-module";
import { PROVIDER_SOURCE, PROVIDER_TYPE } from "./address";
import { codeCacheDir } from "./load-engine";
import type { ProviderMain } from "./main";

/** Base64 protobuf replies by method path, computed by scripts/build.mjs from main.ts (`fixedRepliesBase64`). */
declare const __C1TG_FIXED_REPLIES__: Record<string, string> | undefined;

// Before anything else: an inspector NODE_OPTIONS opened lets any local user read the key (net/node-inspector.ts).
refuseInheritedInspector("the c1twingate provider", { exitCode: 1, plugin: true });
// A diagnostic report NODE_OPTIONS asked for would hold TF_VAR_api_key (net/diagnostic-report.ts).
keepEnvironmentOutOfReports();
// No V8 flags (main.ts says why): Node's own modules, loaded from here on, keep their code cache.
void announce({ providerAddress: PROVIDER_SOURCE, typeName: PROVIDER_TYPE }).then((announced) => {
  if (!announced) return;
  const fixed = typeof __C1TG_FIXED_REPLIES__ === "undefined" ? {} : __C1TG_FIXED_REPLIES__;
  servePlugin(announced, {
    typeName: PROVIDER_TYPE,
    fixedReplies: new Map(Object.entries(fixed).map(([path, base64]) => [path, Buffer.from(base64, "base64")])),
    provider: (log) => (runLazyModule("main", __filename, require, codeCacheDir()).exports as ProviderMain).providerService(log),
  });
});

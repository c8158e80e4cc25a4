// Executable entry of the bundled CLI (dist/cli.js).
import { refuseInheritedInspector } from "../net/node-inspector";
import { main } from "./main";

// Again here, for `node dist/cli-main.js` run directly (dist/cli.js checks before it compiles this).
refuseInheritedInspector("c1-twingate", { exitCode: 2, plugin: false, hint: " (to debug the CLI, pass --inspect to node on its command line)" });

void main();

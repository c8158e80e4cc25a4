// Executable entry of the bundled CLI (dist/cli.js).
import { main } from "./main";

void main();

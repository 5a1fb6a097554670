/** npm run serve [-- --port 8080]: serve the built dist/site on this machine, as a static host would. */
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { serveDirectory } from "../src/site/static-server.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "8080" } } });
const { origin } = await serveDirectory(path.join(projectRoot, "dist/site"), Number(values.port));
console.log(`Serving dist/site at ${origin}/ (Ctrl-C to stop)`);

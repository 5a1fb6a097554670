/** npm run validate:html: the Nu HTML Checker on every page of dist/site. */
import path from "node:path";
import { projectRoot } from "../src/project-root.ts";
import { runCli } from "../src/cli.ts";
import { validateHtml } from "../src/site/validate-html.ts";

await runCli(async () => {
  const dir = path.join(projectRoot, "dist/site");
  const errors = await validateHtml(dir);
  for (const line of errors) console.log(line);
  console.log(errors.length ? `${errors.length} HTML error(s) in ${dir}` : `every page in ${dir} is valid HTML`);
  return errors.length ? 1 : 0;
});

import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { launchBrowser } from "../browser/launch-browser.ts";
import { repoDir, spread, type Spread } from "./measure.ts";

/**
 * What a translator waits for: from saving a section file to the open page in
 * Chromium showing the new text, with `npm run preview -- --locale nb` on a
 * copy of the content. The first save is a warm-up and not counted.
 */
export async function benchPreviewReload(options: {
  contentRoot: string;
  saves?: number;
  port?: number;
}): Promise<Spread> {
  const saves = options.saves ?? 7;
  const port = options.port ?? 8100 + (process.pid % 800);
  const origin = `http://localhost:${port}`;
  const root = await mkdtemp(path.join(tmpdir(), "handbook-bench-preview-"));
  await cp(path.join(options.contentRoot, "translations"), path.join(root, "translations"), { recursive: true });
  const server = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/preview.ts", "--locale", "nb", "--port", String(port)],
    {
      cwd: repoDir,
      env: { ...process.env, HANDBOOK_ROOT: root },
      stdio: "ignore",
    },
  );
  const { browser, close } = await launchBrowser();
  try {
    for (let i = 0; ; i++) {
      if (
        await fetch(`${origin}/nb/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 300) throw new Error("the preview server did not start within 60 s");
      await new Promise((r) => setTimeout(r, 200));
    }
    const page = await browser.newPage();
    await page.goto(`${origin}/nb/sick-pay/`);
    const file = path.join(root, "translations/nb/sick-pay.md");
    const original = await readFile(file, "utf8");
    const times: number[] = [];
    for (let i = 0; i <= saves; i++) {
      const title = `Sykepenger (lagret ${i})`;
      const start = performance.now();
      await writeFile(file, original.replace(/^title: .*$/m, `title: ${title}`));
      await page.waitForFunction(
        (t) => document.querySelector("h1")?.textContent === t,
        { timeout: 30_000, polling: 5 },
        title,
      );
      if (i > 0) times.push(performance.now() - start);
      // Let the dev server settle before the next save.
      await new Promise((r) => setTimeout(r, 300));
    }
    return spread(times);
  } finally {
    await close();
    server.kill("SIGTERM");
    await rm(root, { recursive: true, force: true });
  }
}

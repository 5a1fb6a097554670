/** npm run serve's server (also the PDF stage's): a bad request is answered, never a crash. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { serveDirectory } from "../../src/site/static-server.ts";

let tmp: string;
let server: Awaited<ReturnType<typeof serveDirectory>>;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "handbook-serve-"));
  await mkdir(path.join(tmp, "site/en"), { recursive: true });
  await writeFile(path.join(tmp, "site/en/index.html"), "english");
  await writeFile(path.join(tmp, "site/404.html"), "not found");
  // A sibling whose name starts with the served folder's.
  await mkdir(path.join(tmp, "site-old"));
  await writeFile(path.join(tmp, "site-old/secret.txt"), "secret");
  server = await serveDirectory(path.join(tmp, "site"));
}, 10_000);
afterAll(async () => {
  await server.close();
  await rm(tmp, { recursive: true, force: true });
}, 60_000);

/** GET with the path sent exactly as written (fetch would normalise it). */
function get(rawPath: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path: rawPath }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode!, body }));
    })
      .on("error", reject)
      .end();
  });
}

describe("serveDirectory", () => {
  it("answers 400 to an address that is not valid percent-encoding, and goes on serving", async () => {
    for (const bad of ["/%E0%A4", "/en/%", "/img/%E0%A4.png"]) {
      const r = await get(bad);
      expect(r.status, bad).toBe(400);
      expect(r.body).toContain("not valid percent-encoding");
    }
    expect(await get("/en/")).toEqual({ status: 200, body: "english" });
  }, 10_000);

  it("serves nothing outside its folder, not even a sibling whose name starts the same", async () => {
    const r = await get("/..%2Fsite-old/secret.txt");
    expect(r.status).not.toBe(200);
    expect(r.body).not.toContain("secret");
    expect((await get("/nothing-here")).status).toBe(404);
  }, 10_000);
});

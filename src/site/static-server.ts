import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".pdf": "application/pdf",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

/**
 * Serves a built folder on 127.0.0.1 (a random free port unless given), the way a static
 * host would: /x/ → /x/index.html, unknown paths → 404.html with status 404, an
 * address that is not valid percent-encoding → 400.
 * Used by the browser tests and the PDF stage; it listens on loopback only.
 */
export async function serveDirectory(dir: string, port = 0): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const server: Server = createServer(async (req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      // Not valid percent-encoding (GET /%E0%A4), or not a URL: the request is wrong, and must not crash the server.
      res
        .writeHead(400, { "content-type": TYPES[".txt"]! })
        .end("Bad request: the address is not valid percent-encoding.\n");
      return;
    }
    let file = path.join(root, pathname);
    // root + separator: "/site-old" starts with "/site" too (reachable as /..%2Fsite-old/).
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      const notFound = await readFile(path.join(root, "404.html")).catch(() => Buffer.from("Not found"));
      res.writeHead(404, { "content-type": TYPES[".html"]! }).end(notFound);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("The static server did not get a port.");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

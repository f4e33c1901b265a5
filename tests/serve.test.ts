import assert from "node:assert/strict";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import compression from "compression";
import { inlineJson } from "@/lib/serve/inline-json";
import { RewriteCache, rewriteHtmlResponses } from "@/lib/serve/rewrite-html";
import { deferClientRuntime, prepareForServing, stripClientRuntime } from "@/lib/serve/client-runtime";

/**
 * How pages are served: Next's client runtime is cut out of the site's pages, or loaded after the
 * first paint on pages whose content it has yet to show (client-runtime), by a
 * wrapper around the real response (rewrite-html), behind real compression, over real HTTP.
 * The e2e suite checks the same on the built site (e2e/chrome.spec.ts).
 */

// The shape of a prerendered App Router page as Next 16 writes it (abridged from a real build).
const head =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
  '<script src="/_next/static/chunks/b.js" async=""></script>' +
  "<title>1006 · Close codes</title>" +
  "<script>(function(){document.documentElement.dataset.theme='system'})()</script>" +
  '<script src="/islands.js" defer=""></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>';
const body =
  '<body><div hidden=""><!--$--><!--/$--></div><main><h1>It&#x27;s 1006</h1>' +
  '<script type="application/ld+json">{"@type":"Article"}</script>' +
  "<p>Text with &lt;script&gt; in it: self.__next_f is only text here.</p>" +
  // Long enough that compression (1 KiB threshold) compresses the rewritten page.
  `<p>${"1006 means the connection ended without a close frame. ".repeat(40)}</p></main>` +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([]);</script>' +
  '<script src="/_next/static/chunks/a.js" async=""></script>' +
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script></body></html>';
const page = head + body;

describe("inlineJson", () => {
  it("cannot close or comment out the <script> it goes into, and parses back to the same value", () => {
    const hostile = { reason: "</script><script>alert(1)</script>", note: "<!-- x", n: [1, "<"] };
    const text = inlineJson(hostile);
    assert.doesNotMatch(text, /</);
    assert.deepEqual(JSON.parse(text), hostile);
  });
});

describe("stripClientRuntime", () => {
  const out = stripClientRuntime(page)!;

  it("removes Next's scripts, their preloads and the RSC payload", () => {
    assert.ok(out);
    assert.doesNotMatch(out, /_next\/static\/chunks\/[^"]*\.js/);
    assert.doesNotMatch(out, /self\.__next_f\.push|TURBOPACK/);
  });

  it("keeps everything else byte for byte: stylesheet, theme script, islands, JSON-LD, text", () => {
    const expected = page
      .replace('<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>', "")
      .replace('<script src="/_next/static/chunks/b.js" async=""></script>', "")
      .replace('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>', "")
      .replace(/<script id="_R_">.*?<\/script>/, "")
      .replace('<script src="/_next/static/chunks/a.js" async=""></script>', "")
      .replace(/<script>\(self\.__next_f.*?<\/script>/, "")
      .replace(/<script>self\.__next_f.*?<\/script>/, "");
    assert.equal(out, expected);
    assert.match(out, /It&#x27;s 1006/); // React's own escaping, untouched
  });

  it("leaves a page whose content the runtime has yet to reveal", () => {
    const streamed = page.replace("<main>", '<main><template id="B:0"></template>');
    assert.equal(stripClientRuntime(streamed), null);
    const revealed = page.replace("</main>", '</main><script>$RC("B:0","S:0")</script>');
    assert.equal(stripClientRuntime(revealed), null);
    const errorShell = page.replace('<html lang="en">', '<html id="__next_error__">');
    assert.equal(stripClientRuntime(errorShell), null);
  });

  it("says so when there is nothing to strip", () => {
    assert.equal(stripClientRuntime("<!DOCTYPE html><html><body><p>plain</p></body></html>"), null);
  });
});

describe("deferClientRuntime", () => {
  const streamed = page.replace("<main>", '<main><template id="B:0"></template>');
  const out = prepareForServing(streamed)!;

  it("is what a page the runtime has yet to finish gets", () => {
    assert.equal(out, deferClientRuntime(streamed));
  });

  it("loads the chunk scripts after the first paint, in one loader where the first one was", () => {
    assert.doesNotMatch(out, /<script src="\/_next\//);
    assert.doesNotMatch(out, /rel="preload" as="script"/);
    const loader = /<script>(addEventListener\("load".*?)<\/script>/.exec(out);
    assert.ok(loader, out);
    assert.ok(out.indexOf(loader[0]) < out.indexOf("<title>"), "the loader sits where the first chunk was");
    for (const src of [
      "/_next/static/chunks/b.js",
      "/_next/static/chunks/a.js",
      "/_next/static/chunks/polyfills.js",
    ])
      assert.ok(loader[1]!.includes(JSON.stringify(src)), src);
    assert.match(loader[1]!, /"\/_next\/static\/chunks\/polyfills\.js",1\]/); // still noModule
  });

  it("keeps the inline data the runtime reads when it starts", () => {
    assert.match(out, /self\.__next_f\.push/);
    assert.match(out, /<script id="_R_">/);
  });
});

/** A real server: compression outside, the rewrite inside, `send` playing Next's part. */
async function serve(
  send: (req: IncomingMessage, res: ServerResponse) => void,
  cache?: RewriteCache,
  rewrite: (html: string) => string | null = prepareForServing,
) {
  const compress = compression() as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void,
  ) => void;
  const server = createServer((req, res) =>
    compress(req, res, () => {
      rewriteHtmlResponses(req, res, rewrite, cache);
      send(req, res);
    }),
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on("error", reject);
      req.end();
    });
  return { get, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe("rewriteHtmlResponses", () => {
  it("rewrites a page sent in one piece, with its new length", async () => {
    const s = await serve((_req, res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("content-length", Buffer.byteLength(page));
      res.end(page);
    });
    try {
      const r = await s.get("/en/codes/1006");
      assert.equal(r.status, 200);
      assert.equal(r.body.toString(), stripClientRuntime(page));
      assert.equal(Number(r.headers["content-length"]), r.body.length);
    } finally {
      await s.close();
    }
  });

  it("rewrites a streamed page whose headers were flushed first, and compresses the result", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "x-from": "next" });
      res.flushHeaders();
      // Split inside a script tag, as a stream may.
      const cut = page.indexOf("self.__next_f") + 5;
      res.write(page.slice(0, cut));
      setTimeout(() => res.end(Buffer.from(page.slice(cut))), 5);
    });
    try {
      const r = await s.get("/en/codes/4321", { "accept-encoding": "gzip" });
      assert.equal(r.headers["content-encoding"], "gzip");
      assert.equal(r.headers["x-from"], "next");
      assert.equal(gunzipSync(r.body).toString(), stripClientRuntime(page));
    } finally {
      await s.close();
    }
  });

  it("passes through what is not a full-page HTML load", async () => {
    const json = JSON.stringify({ page });
    const s = await serve((req, res) => {
      if (req.url === "/api") {
        res.setHeader("content-type", "application/json");
        return res.end(json);
      }
      if (req.url === "/redirect") return res.writeHead(308, { location: "/en" }).end();
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(page);
    });
    try {
      assert.equal((await s.get("/api")).body.toString(), json);
      assert.equal((await s.get("/redirect")).status, 308);
      // The client router's own requests (RSC, where a page keeps the runtime) and HEAD get Next's response unchanged.
      assert.equal((await s.get("/en", { rsc: "1" })).body.toString(), page);
      const h = await s.get("/en", {}, "HEAD");
      assert.equal(h.status, 200);
      assert.equal(h.body.length, 0);
    } finally {
      await s.close();
    }
  });

  it("sends the page as Next made it when the rewrite fails", async () => {
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...a: unknown[]) => void errors.push(a);
    const s = await serve(
      (_req, res) => {
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end(page);
      },
      undefined,
      () => {
        throw new Error("cannot");
      },
    );
    try {
      const r = await s.get("/en");
      assert.equal(r.status, 200);
      assert.equal(r.body.toString(), page);
      assert.equal(errors.length, 1);
    } finally {
      console.error = log;
      await s.close();
    }
  });

  it("rewrites a page once per URL and ETag", async () => {
    let calls = 0;
    const cache = new RewriteCache(2);
    const original = cache.set.bind(cache);
    cache.set = (k, v) => {
      calls++;
      original(k, v);
    };
    const s = await serve((_req, res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("etag", '"v1"');
      res.end(page);
    }, cache);
    try {
      const a = await s.get("/en");
      const b = await s.get("/en");
      assert.equal(a.body.toString(), b.body.toString());
      assert.equal(calls, 1);
    } finally {
      await s.close();
    }
  });
});

import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import type { EngineSession } from "./types";
import { pageExpression } from "./types";

/**
 * WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver + MiniBrowser) over classic WebDriver.
 * MiniBrowser needs a display, so each session gets its own Xvfb (it picks a free display and
 * tells us which through -displayfd). The client is the handful of W3C WebDriver endpoints we
 * use, typed here: new session, navigate, execute/async, delete.
 */
const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** Starts Xvfb on the first free display and resolves with its number. */
function startXvfb(): Promise<{ display: string; proc: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const proc = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    proc.stderr!.on("data", (d) => (err += d));
    proc.stdio[3]!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) resolve({ display: `:${out.trim()}`, proc });
    });
    proc.on("error", reject);
    proc.on("exit", (code) => reject(new Error(`Xvfb exited (${code}): ${err.slice(-500)}`)));
  });
}

type WdValue<T> = { value: T };

async function wd<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as WdValue<T & { error?: string; message?: string }>;
  if (!res.ok || (json.value && typeof json.value === "object" && "error" in json.value && json.value.error))
    throw new Error(`WebDriver ${method} ${path}: ${json.value?.error} ${json.value?.message ?? ""}`);
  return json.value;
}

export async function launchWebKit(): Promise<EngineSession> {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn("WebKitWebDriver", [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb.display },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    driver.kill();
    xvfb.proc.kill();
  };
  try {
    for (let i = 0; ; i++) {
      try {
        await wd(base, "GET", "/status");
        break;
      } catch (e) {
        if (i > 100) throw e;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const session = await wd<{ sessionId: string; capabilities: { browserVersion?: string } }>(
      base,
      "POST",
      "/session",
      {
        capabilities: {
          alwaysMatch: {
            "webkitgtk:browserOptions": {
              binary: process.env.MINIBROWSER_PATH || MINIBROWSER,
              args: ["--automation"],
            },
          },
        },
      },
    );
    const s = `/session/${session.sessionId}`;
    const exec = async <R>(expr: string, timeoutMs: number): Promise<R> => {
      await wd(base, "POST", `${s}/timeouts`, { script: timeoutMs });
      const script =
        "const done = arguments[arguments.length - 1];" +
        `Promise.resolve(${expr}).then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String(e && e.stack || e) }));`;
      const r = await wd<{ ok?: R; err?: string }>(base, "POST", `${s}/execute/async`, {
        script,
        args: [],
      }).catch(async (e: Error) => {
        // Say where the page went: a script that dies with its document is a navigation to find.
        const at = await wd<string>(base, "GET", `${s}/url`).catch(() => "unknown");
        throw new Error(`${e.message} (the page is now at ${at})`);
      });
      if (r.err !== undefined) throw new Error(`in WebKitGTK: ${r.err}`);
      return r.ok as R;
    };
    await wd(base, "POST", `${s}/url`, { url: "about:blank" });
    const userAgent = await exec<string>("navigator.userAgent", 10_000);
    return {
      id: "webkit",
      version: session.capabilities.browserVersion ?? "unknown",
      userAgent,
      async goto(url) {
        await wd(base, "POST", `${s}/url`, { url });
        // WebKitWebDriver can answer before the new document has replaced the old one; a script
        // run then dies with the old document ("Callback was not called before the unload
        // event"). Wait until the new document is the one loaded, so every run() lands in it.
        const want = new URL(url).href;
        for (let i = 0; ; i++) {
          const state = await wd<{ href: string; ready: string }>(base, "POST", `${s}/execute/sync`, {
            script: "return { href: location.href, ready: document.readyState };",
            args: [],
          }).catch(() => null);
          if (state && state.href === want && state.ready === "complete") return;
          if (i > 200) throw new Error(`WebKitGTK did not load ${url} (at ${state?.href}, ${state?.ready})`);
          await new Promise((r) => setTimeout(r, 25));
        }
      },
      run: (fn, arg, timeoutMs = 120_000) =>
        exec(pageExpression(fn as (a: never) => unknown, arg), timeoutMs),
      async close() {
        await wd(base, "DELETE", s).catch(() => {});
        stop();
      },
    };
  } catch (e) {
    stop();
    throw e;
  }
}

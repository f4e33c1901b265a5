import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { expect, test } from "@playwright/test";
import { freePort, startRedis } from "../tests/support/redis";

/**
 * Scaling out, for real: Redis and nginx from Debian's packages (scripts/ensure-services.sh),
 * two production instances of server.ts sharing the Redis report store, nginx balancing them
 * round-robin with WebSocket upgrades passed through. A socket opened and closed through nginx
 * lands on one instance; its wire report must be readable through the other.
 */
test.describe.configure({ mode: "serial" });
test.setTimeout(90_000);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TTL_S = 4;
const children: ChildProcess[] = [];
let dir = "";
let redisPort = 0;
let nginxPort = 0;
const instances: number[] = [];

/** Starts a process and resolves once `ready` says so (a line it printed, or a probe). */
function start(
  name: string,
  cmd: string,
  args: string[],
  env: Record<string, string>,
  ready: () => Promise<boolean>,
) {
  const child = spawn(cmd, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let log = "";
  child.stdout!.on("data", (b: Buffer) => (log += b.toString()));
  child.stderr!.on("data", (b: Buffer) => (log += b.toString()));
  return (async () => {
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${log}`);
      if (await ready().catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${name} did not start in 45 s:\n${log}`);
  })();
}

const httpOk = (port: number, p: string) => () =>
  fetch(`http://127.0.0.1:${port}${p}`).then((r) => r.status < 500);

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "closecodes-scale-"));
  redisPort = await freePort();
  children.push(await startRedis(redisPort, dir));

  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    instances.push(port);
    await start(
      `server.ts #${i + 1}`,
      process.execPath,
      ["--import", "tsx", "server.ts", "--port", String(port), "--host", "127.0.0.1"],
      {
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        REDIS_URL: `redis://127.0.0.1:${redisPort}`,
        WS_REPORT_TTL_S: String(TTL_S),
        WS_TRUST_PROXY: "1",
      },
      httpOk(port, "/api/codes/1000"),
    );
  }

  nginxPort = await freePort();
  // master_process off: one process as the current user, so it can use the temp directory.
  const conf = `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  map $http_upgrade $connection_upgrade { default upgrade; "" close; }
  upstream closecodes { server 127.0.0.1:${instances[0]}; server 127.0.0.1:${instances[1]}; }
  server {
    listen 127.0.0.1:${nginxPort};
    location / {
      proxy_pass http://closecodes;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
  }
}
`;
  writeFileSync(path.join(dir, "nginx.conf"), conf);
  const nginx = existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
  await start(
    "nginx",
    nginx,
    ["-p", dir, "-c", path.join(dir, "nginx.conf")],
    {},
    httpOk(nginxPort, "/api/codes/1000"),
  );
});

test.afterAll(async () => {
  for (const c of children) c.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sid = () => randomBytes(16).toString("base64url");
const report = (port: number, s: string) =>
  fetch(`http://127.0.0.1:${port}/ws-report/${s}`).then(async (r) => ({
    status: r.status,
    body: await r.json(),
  }));

test("a socket closed on one instance has its report read through the other", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${nginxPort}/en/tester`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const s = sid();
  const closed = await page.evaluate(async (url) => {
    const ws = new WebSocket(url);
    return new Promise<{ code: number; reason: string; wasClean: boolean }>((resolve) => {
      ws.onclose = (e) => resolve({ code: e.code, reason: e.reason, wasClean: e.wasClean });
    });
  }, `ws://127.0.0.1:${nginxPort}/ws/close?code=4001&reason=scaled&sid=${s}`);
  expect(closed).toEqual({ code: 4001, reason: "scaled", wasClean: true });

  // Each instance answers for the socket, whichever held it; so does nginx, round-robin.
  for (const port of [...instances, nginxPort, nginxPort]) {
    await expect
      .poll(async () => (await report(port, s)).body.done, { message: `report done on port ${port}` })
      .toBe(true);
    const { status, body } = await report(port, s);
    expect(status).toBe(200);
    expect(body.session).toBe(s);
    const close = body.events.find(
      (e: { kind: string; type?: string; dir?: string }) => e.type === "close" && e.dir === "out",
    );
    expect(close.close).toMatchObject({ code: 4001, reason: "scaled" });
  }

  // The report lives in Redis with the configured TTL.
  const r = new Redis({ port: redisPort });
  try {
    const ttl = await r.pttl(`closecodes:report:${s}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(TTL_S * 1000);
  } finally {
    r.disconnect();
  }
});

/** A real upgrade request by hand; resolves with 101 (socket then dropped) or the HTTP status. */
function upgrade(port: number, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: "127.0.0.1",
      port,
      path: target,
      headers: {
        Connection: "Upgrade",
        Upgrade: "websocket",
        "Sec-WebSocket-Key": randomBytes(16).toString("base64"),
        "Sec-WebSocket-Version": "13",
      },
    });
    req.on("upgrade", (_res, socket) => {
      socket.destroy();
      resolve(101);
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

test("a session id used on one instance is refused by every instance (409)", async () => {
  const s = sid();
  expect(await upgrade(instances[0]!, `/ws/echo?sid=${s}`)).toBe(101);
  for (const port of [instances[1]!, instances[0]!, nginxPort, nginxPort]) {
    expect(await upgrade(port, `/ws/echo?sid=${s}`), `upgrade via port ${port}`).toBe(409);
  }
});

test("a report is gone from every instance after its TTL", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${nginxPort}/en`);
  const s = sid();
  await page.evaluate(async (url) => {
    const ws = new WebSocket(url);
    await new Promise((r) => (ws.onclose = r));
  }, `ws://127.0.0.1:${nginxPort}/ws/close?code=4000&sid=${s}`);
  await expect.poll(async () => (await report(instances[1]!, s)).status).toBe(200);
  await new Promise((r) => setTimeout(r, TTL_S * 1000 + 500));
  for (const port of [...instances, nginxPort]) expect((await report(port, s)).status).toBe(404);
});

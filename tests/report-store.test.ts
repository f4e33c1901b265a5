import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { Redis } from "ioredis";
import { MemoryReportStore, RedisReportStore } from "@/server/report-store";
import { freePort, startRedis as startRedisServer } from "./support/redis";
import type { WireReport } from "@/lib/wire-report";

/**
 * Both wire-report stores behind the same interface. The Redis one runs against a real
 * redis-server from Debian's packages (scripts/ensure-services.sh installs it), started here
 * on a free port, including an outage: Redis stopped and started again under the store.
 */
const sid = () => randomBytes(16).toString("base64url");
const report = (session: string, over: Partial<WireReport> = {}): WireReport => ({
  session,
  scenario: "echo",
  params: {},
  startedAt: new Date().toISOString(),
  request: { path: "/ws/echo", origin: null, protocols: [], extensions: [], userAgent: null },
  response: null,
  events: [],
  done: false,
  ...over,
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("MemoryReportStore", () => {
  it("claims a session id once, keeps the live object, expires after the TTL, drops the oldest past the cap", async () => {
    const store = new MemoryReportStore(200, 2);
    const a = report(sid());
    assert.equal(await store.claim(a), true);
    assert.equal(await store.claim(report(a.session)), false, "a used id is refused");
    a.events.push({ t: 1, kind: "note", text: "live" });
    assert.equal((await store.get(a.session))?.events.length, 1, "the recorder's own object, no copy");
    const b = report(sid());
    const c = report(sid());
    await store.claim(b);
    await store.claim(c);
    assert.equal(await store.has(a.session), false, "the oldest went at the cap of 2");
    assert.equal(store.size, 2);
    await sleep(250);
    assert.equal(await store.get(b.session), undefined, "expired after the TTL");
  });
});

describe("RedisReportStore against a real redis-server", () => {
  let port = 0;
  let dir = "";
  let redis: ChildProcess | undefined;
  let client: Redis;

  async function startRedis() {
    redis = await startRedisServer(port, dir);
  }

  async function stopRedis() {
    const r = redis;
    if (!r || r.exitCode !== null) return;
    await new Promise((resolve) => {
      r.once("exit", resolve);
      r.kill("SIGKILL");
    });
  }

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "closecodes-redis-"));
    port = await freePort();
    await startRedis();
    client = new Redis({ port, maxRetriesPerRequest: 1 });
    client.on("error", () => {});
  });

  after(async () => {
    client.disconnect();
    await stopRedis();
    rmSync(dir, { recursive: true, force: true });
  });

  const url = () => `redis://127.0.0.1:${port}`;
  const stored = async (s: string) => {
    const v = await client.get(`closecodes:report:${s}`);
    return v === null ? null : (JSON.parse(v) as WireReport);
  };

  it("claims with NX and a TTL; a second instance cannot claim the same id", async () => {
    const a = new RedisReportStore(url(), 5000);
    const b = new RedisReportStore(url(), 5000);
    try {
      const r = report(sid());
      assert.equal(await a.claim(r), true);
      assert.equal(await b.claim(report(r.session)), false);
      const ttl = await client.pttl(`closecodes:report:${r.session}`);
      assert.ok(ttl > 0 && ttl <= 5000, `TTL ${ttl}`);
      assert.equal(await b.has(r.session), true, "the other instance sees it");
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("writes changes within ~100 ms, a final report at once, and only what changed", async () => {
    const a = new RedisReportStore(url(), 5000);
    const b = new RedisReportStore(url(), 5000);
    try {
      const quiet = report(sid());
      const busy = report(sid());
      await a.claim(quiet);
      await a.claim(busy);
      a.changed(quiet); // written once by the next flush
      await sleep(200);
      // Overwrite the quiet one behind the store's back: a flush that rewrote every live report
      // would put it back.
      await client.set(
        `closecodes:report:${quiet.session}`,
        JSON.stringify({ ...quiet, scenario: "marker" }),
      );
      busy.events.push({ t: 1, kind: "note", text: "one" });
      a.changed(busy);
      assert.equal(
        (await a.get(busy.session))?.events.length,
        1,
        "this instance reads its own report at once",
      );
      await sleep(200);
      assert.equal((await stored(busy.session))?.events.length, 1, "the change reached Redis");
      assert.equal((await stored(quiet.session))?.scenario, "marker", "an unchanged report is not rewritten");
      busy.done = true;
      a.changed(busy);
      await sleep(30);
      assert.equal((await stored(busy.session))?.done, true, "a final report is written at once");
      assert.equal((await b.get(busy.session))?.done, true, "and any instance reads it");
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("survives Redis going away: claims fail fast, pending writes are retried when it is back", async () => {
    const a = new RedisReportStore(url(), 30_000);
    const errors: string[] = [];
    const orig = console.error;
    console.error = (m: string) => errors.push(String(m));
    try {
      const r = report(sid());
      assert.equal(await a.claim(r), true);
      await stopRedis();
      const t0 = performance.now();
      await assert.rejects(a.claim(report(sid())), "a claim while Redis is down is an error, not a hang");
      assert.ok(performance.now() - t0 < 5000, "and it fails within seconds");
      r.events.push({ t: 1, kind: "note", text: "during the outage" });
      r.done = true;
      a.changed(r);
      assert.equal((await a.get(r.session))?.done, true, "still readable from this instance");
      await sleep(300);
      await startRedis(); // a fresh, empty Redis: the report must be written again
      await client.ping().catch(() => {});
      for (let i = 0; i < 60 && (await stored(r.session).catch(() => null)) === null; i++) await sleep(100);
      assert.equal((await stored(r.session))?.events[0]?.kind, "note", "the retry wrote it");
      assert.ok(
        errors.some((e) => /report store/.test(e)),
        "the outage was logged",
      );
    } finally {
      console.error = orig;
      await a.close();
    }
  });
});

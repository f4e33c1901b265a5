import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkCloseArgs } from "@/lib/tester/close-args";
import { decodeClose, diagnose1006, producerOf, type Observation } from "closecodes/decode";
import { matchLimits } from "closecodes/facts";
import { backoffDelay, retryPolicy } from "@/lib/tester/reconnect";

/** The tester's decoder, 1006 diagnosis, close() checks and reconnect policy, as pure functions. */
const base: Observation = {
  opened: true,
  errorFired: false,
  code: 1000,
  reason: "",
  wasClean: true,
  tConnect: 0,
  tOpen: 10,
  tClose: 1000,
};

describe("who produced the code", () => {
  it("1006 is always the browser's own", () =>
    assert.equal(producerOf({ ...base, code: 1006, wasClean: false }), "browser"));
  it("a server's code is the peer's", () => assert.equal(producerOf({ ...base, code: 4004 }), "peer"));
  it("the page's own code and reason echoed back", () => {
    const o = {
      ...base,
      code: 4000,
      reason: "bye",
      pageClose: { t: 500, code: 4000, reason: "bye", whileConnecting: false },
    };
    assert.equal(producerOf(o), "page-echo");
  });
  it("a different reply to the page's close is the peer's", () => {
    const o = {
      ...base,
      code: 4001,
      reason: "mine",
      pageClose: { t: 500, code: 1000, reason: "bye", whileConnecting: false },
    };
    assert.equal(producerOf(o), "peer");
  });
  it("1005 after the page's bare close() is the echo; otherwise the server's empty frame", () => {
    assert.equal(
      producerOf({ ...base, code: 1005, pageClose: { t: 5, whileConnecting: false } }),
      "page-echo",
    );
    assert.equal(producerOf({ ...base, code: 1005 }), "peer-empty");
  });
});

describe("1006 diagnosis", () => {
  const d = (o: Partial<Observation>) => diagnose1006({ ...base, code: 1006, wasClean: false, ...o }).kind;
  it("never opened + error: handshake rejected", () =>
    assert.equal(d({ opened: false, errorFired: true, tOpen: undefined, tClose: 4 }), "handshake-rejected"));
  it("never opened after 240 s: handshake timeout", () =>
    assert.equal(
      d({ opened: false, errorFired: true, tOpen: undefined, tClose: 240_000 }),
      "handshake-timeout",
    ));
  it("page closed while connecting", () =>
    assert.equal(
      d({
        opened: false,
        errorFired: true,
        tOpen: undefined,
        pageClose: { t: 1, code: 1000, whileConnecting: true },
      }),
      "closed-while-connecting",
    ));
  it("opened + error: protocol violation", () => assert.equal(d({ errorFired: true }), "protocol-violation"));
  it("page closed, 60 s of silence: close timeout", () =>
    assert.equal(
      d({ pageClose: { t: 1000, code: 1000, reason: "", whileConnecting: false }, tClose: 61_100 }),
      "close-timeout",
    ));
  it("page closed, TCP cut at once: no close reply", () =>
    assert.equal(
      d({ pageClose: { t: 1000, code: 1000, reason: "", whileConnecting: false }, tClose: 1003 }),
      "no-close-reply",
    ));
  it("60 s after the last message: idle timeout, matching nginx and AWS ALB", () => {
    const r = diagnose1006({ ...base, code: 1006, wasClean: false, tLastTraffic: 5_000, tClose: 65_050 });
    assert.equal(r.kind, "idle-timeout");
    const names = r.matches.map((m) => m.component);
    assert.ok(names.includes("nginx") && names.includes("AWS Application Load Balancer"), names.join());
    assert.ok(!names.includes("Cloudflare proxy"));
  });
  it("about 100 s idle: Cloudflare", () => {
    const r = diagnose1006({
      ...base,
      code: 1006,
      wasClean: false,
      tLastTraffic: 0,
      tOpen: 0,
      tClose: 100_400,
    });
    assert.deepEqual(
      r.matches.map((m) => m.component),
      ["Cloudflare proxy"],
    );
  });
  it("a random drop: dropped after open", () =>
    assert.equal(d({ tLastTraffic: 100, tClose: 17_000 }), "dropped-after-open"));
  it("30 s after open with traffic: the GCP lifetime limit", () =>
    assert.equal(d({ tOpen: 0, tLastTraffic: 29_000, tClose: 30_200 }), "lifetime-limit"));
  it("matches with a tolerance, not exactly", () => {
    assert.ok(matchLimits(58_600, "idle").some((m) => m.component === "nginx"));
    assert.ok(!matchLimits(50_000, "idle").some((m) => m.component === "nginx"));
  });
  it("decodeClose adds timings and names from the registry", () => {
    const r = decodeClose({ ...base, code: 1006, wasClean: false, tLastTraffic: 500 });
    assert.equal(r.entry?.ianaName, "Abnormal Closure");
    assert.equal(r.sinceOpen, 990);
    assert.equal(r.sinceTraffic, 500);
    assert.ok(r.diagnosis);
    const other = decodeClose({ ...base, code: 4004 });
    assert.equal(other.entry, undefined);
    assert.equal(other.range.id, "private");
    assert.equal(other.diagnosis, undefined);
  });
});

describe("close() arguments, checked as the browser would", () => {
  it("accepts 1000 and 3000–4999 only", () => {
    for (const c of ["1000", "3000", "4999"]) assert.equal(checkCloseArgs(c, "").ok, true, c);
    for (const c of ["999", "1001", "1005", "2999", "5000", "65535"]) {
      const r = checkCloseArgs(c, "");
      assert.ok(!r.ok && r.error === "InvalidAccessError", c);
    }
  });
  it("counts the reason in UTF-8 bytes", () => {
    assert.equal(checkCloseArgs("1000", "é".repeat(61)).ok, true);
    const r = checkCloseArgs("1000", "é".repeat(62));
    assert.ok(!r.ok && r.error === "SyntaxError" && r.reasonBytes === 124);
  });
  it("no code: an empty close; a reason without a code throws (as Chromium does)", () => {
    assert.deepEqual(checkCloseArgs("", ""), { ok: true, reason: "", reasonBytes: 0 });
    const r = checkCloseArgs("", "x");
    assert.ok(!r.ok && r.error === "InvalidAccessError");
  });
  it("rejects non-integers", () => {
    for (const c of ["abc", "1000.5", "-1", "1e3"]) {
      const r = checkCloseArgs(c, "");
      assert.ok(!r.ok && r.error === "NotAnInteger", c);
    }
  });
});

describe("reconnect policy", () => {
  it("stops after a normal close and after policy or auth refusals", () => {
    for (const c of [1000, 1002, 1003, 1008, 1009, 1010, 3000, 3003])
      assert.equal(retryPolicy(c), null, String(c));
  });
  it("retries later after 1012 and 1013", () => {
    assert.equal(retryPolicy(1012), "later");
    assert.equal(retryPolicy(1013), "later");
  });
  it("retries with backoff after 1001, 1006, 1011", () => {
    for (const c of [1001, 1006, 1011]) assert.equal(retryPolicy(c), "backoff", String(c));
  });
  it("backs off exponentially with equal jitter, capped", () => {
    assert.equal(
      backoffDelay("backoff", 0, () => 0),
      250,
    );
    assert.equal(
      backoffDelay("backoff", 0, () => 1),
      500,
    );
    assert.equal(
      backoffDelay("backoff", 3, () => 0),
      2000,
    );
    assert.equal(
      backoffDelay("backoff", 20, () => 1),
      30_000,
    );
    assert.equal(
      backoffDelay("later", 0, () => 0),
      2500,
    );
  });
});

describe("free URL field", async () => {
  const { checkFreeUrl } = await import("@/lib/tester/free-url");
  it("accepts ws: and wss: URLs with token subprotocols", () => {
    assert.deepEqual(checkFreeUrl(" wss://example.com/socket?x=1 ", "chat, superchat"), {
      ok: true,
      url: "wss://example.com/socket?x=1",
      protocols: ["chat", "superchat"],
    });
  });
  it("rejects other schemes, fragments, bad tokens and duplicates, with a message", () => {
    for (const [url, protocols, needle] of [
      ["http://example.com", "", "is not ws: or wss:"],
      ["javascript:alert(1)", "", "is not ws: or wss:"],
      ["not a url", "", "is not a URL"],
      ["wss://example.com/#x", "", "#fragment"],
      ["wss://example.com", "a b", "not a valid subprotocol token"],
      ["wss://example.com", "<script>", "not a valid subprotocol token"],
      ["wss://example.com", "chat,chat", "listed twice"],
    ] as const) {
      const r = checkFreeUrl(url, protocols);
      assert.ok(!r.ok && r.error.includes(needle), `${url} ${protocols}`);
    }
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { initialSession, sessionReducer, type SessionState } from "@/components/tester/session-state";
import type { Attempt } from "@/components/tester/types";
import { fromQuery, toQuery } from "@/lib/tester/permalink";

/**
 * The tester's state transitions (a pure reducer: nothing the UI holds is changed in place) and
 * its permalinks, without a browser. The socket lifecycle and its cleanup on leaving the page are
 * proven in a real Chromium (e2e/tester.spec.ts).
 */
const attempt = (n: number): Attempt => ({ n, url: `ws://x/${n}`, t0: n * 10, messages: [] });

describe("tester session state", () => {
  it("never changes the state it is given", () => {
    const s0: SessionState = sessionReducer(initialSession, { type: "start", at: 5 });
    const frozen = structuredClone(s0);
    const s1 = sessionReducer(s0, { type: "attempt", attempt: attempt(1) });
    const s2 = sessionReducer(s1, { type: "message", n: 1, t: 42 });
    const s3 = sessionReducer(s2, { type: "patch", n: 1, patch: { tOpen: 12 } });
    assert.deepEqual(s0, frozen);
    assert.deepEqual(s1.attempts[0]!.messages, []);
    assert.notEqual(s2.attempts[0], s1.attempts[0]);
    assert.deepEqual(s3.attempts[0], { ...attempt(1), messages: [42], tOpen: 12 });
  });

  it("patches only the attempt it names, and a new start clears the run", () => {
    let s = sessionReducer(initialSession, { type: "start", at: 1 });
    s = sessionReducer(s, { type: "attempt", attempt: attempt(1) });
    s = sessionReducer(s, { type: "attempt", attempt: attempt(2) });
    s = sessionReducer(s, { type: "patch", n: 2, patch: { tClose: 99 } });
    assert.equal(s.attempts[0]!.tClose, undefined);
    assert.equal(s.attempts[1]!.tClose, 99);
    s = sessionReducer(s, { type: "start", at: 7 });
    assert.deepEqual([s.attempts, s.log, s.startedAt], [[], [], 7]);
  });

  it("keeps the same object when nothing changes (no needless render)", () => {
    const s = sessionReducer(initialSession, { type: "status", status: "idle" });
    assert.equal(s, initialSession);
    assert.equal(sessionReducer(initialSession, { type: "closeError", error: "" }), initialSession);
  });
});

describe("tester permalinks", () => {
  it("round-trips a scenario with non-default values, and drops defaults", () => {
    const q = "s=close&code=4001&reason=x&reconnect=1";
    const p = fromQuery(`?${q}`);
    assert.ok(p);
    assert.equal(toQuery(p), q);
    assert.equal(toQuery(fromQuery("?s=close&code=1000")!), "s=close");
  });

  it("round-trips a URL target, and refuses an unknown scenario", () => {
    const p = fromQuery("?url=wss%3A%2F%2Fexample.test%2Fws&protocols=chat");
    assert.deepEqual(p, {
      target: { kind: "url", url: "wss://example.test/ws", protocols: "chat" },
      reconnect: false,
    });
    assert.equal(fromQuery("?s=nope"), null);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { allCodes, RECONNECT } from "closecodes/codes";
import {
  backoffDelay,
  BACKOFF,
  firstRetryMs,
  reconnectAdviceText,
  reconnectRule,
  retries,
} from "closecodes/reconnect";
import { allVendors } from "closecodes/vendors";
import { backoffDelay as testerDelay, retryPolicy } from "@/lib/tester/reconnect";
import { reconnectJson } from "@/lib/api/shape";

/**
 * One vocabulary and one table for "should I reconnect, how soon": the registry, the vendors,
 * the tester, the CLI, the pages and the JSON API all read closecodes/reconnect.
 */
describe("reconnect advice", () => {
  it("codes and vendor codes use the same vocabulary", () => {
    for (const c of allCodes()) assert.ok(RECONNECT.includes(c.reconnect), `${c.code}: ${c.reconnect}`);
    for (const v of allVendors())
      for (const c of v.codes)
        assert.ok(RECONNECT.includes(c.reconnect), `${v.id} ${c.code}: ${c.reconnect}`);
  });

  it("backs off with equal jitter: half to all of base·2ⁿ, capped; immediately starts at 0", () => {
    assert.deepEqual(firstRetryMs("backoff"), [250, 500]);
    assert.deepEqual(firstRetryMs("later"), [2500, 5000]);
    assert.deepEqual(firstRetryMs("immediately"), [0, 0]);
    assert.equal(
      backoffDelay("immediately", 1, () => 1),
      500,
    );
    assert.equal(
      backoffDelay("backoff", 20, () => 1),
      BACKOFF.backoff.capMs,
    );
    assert.equal(
      backoffDelay("later", 20, () => 0),
      BACKOFF.later.capMs / 2,
    );
  });

  it("the tester's auto-reconnect runs on the same rule and numbers", () => {
    for (const c of allCodes()) {
      assert.equal(retryPolicy(c.code), retries(c.reconnect), `${c.code}`);
    }
    assert.equal(testerDelay, backoffDelay, "the tester backs off with the package's own function");
    assert.equal(
      retryPolicy(4321),
      "backoff",
      "an unregistered code: the application decides; the tester backs off",
    );
  });

  it("words state the same numbers in both languages", () => {
    assert.equal(
      reconnectAdviceText("later", "en"),
      "Yes, but not right away: first retry after 2.5–5 s, then double the wait (with jitter) up to 60 s.",
    );
    assert.equal(
      reconnectAdviceText("backoff", "ru"),
      "Да, с экспоненциальной задержкой: первая попытка через 0,25–0,5 с, затем удваивайте паузу (со случайным разбросом) до 30 с.",
    );
    assert.equal(reconnectAdviceText("no", "en"), "No: the close was deliberate or final");
  });

  it("a vendor's own rule wins for its code; the registry's otherwise", () => {
    assert.equal(reconnectRule(4004, "discord-gateway").rule, "no");
    assert.equal(reconnectRule(1012).rule, "later");
    assert.equal(reconnectRule(4321).rule, "app");
  });

  it("the JSON API serves the same table", () => {
    const j = reconnectJson();
    assert.deepEqual(j.later!.firstRetryMs, [2500, 5000]);
    assert.equal(j.later!.capMs, 60_000);
    assert.equal(j.no!.retries, false);
  });
});

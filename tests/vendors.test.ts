import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import {
  allVendors,
  getVendor,
  parseVendors as parseVendorRows,
  vendorCodesFor,
  type VendorRow,
} from "closecodes/vendors";
import { vendorRows } from "closecodes/vendors/data";
import { vendor } from "@/lib/registry/schema";

/** What the build does with vendor rows: the package's cross-row checks, then the site's schema. */
function parseVendors(rows: unknown[]) {
  return z.array(vendor).parse(parseVendorRows(rows as VendorRow[]));
}

/**
 * Vendor rows against the schema, the loader's own checks, and a few facts restated from
 * shared/reference/close-codes.md §4, so a typo in a row fails a test instead of shipping.
 */

/** A deep, mutable copy of the rows to break on purpose. */
function copyRows(): Array<Record<string, unknown> & { codes: Array<Record<string, unknown>> }> {
  return structuredClone(vendorRows) as never;
}

function rule(vendorId: string, code: number) {
  const entry = getVendor(vendorId)?.codes.find((c) => c.code === code);
  assert.ok(entry, `${vendorId} ${code} is listed`);
  return entry;
}

describe("vendor registry", () => {
  it("parses every vendor row on its own", () => {
    for (const row of vendorRows) assert.doesNotThrow(() => vendor.parse(row), row.id);
    assert.equal(allVendors().length, vendorRows.length);
  });

  it("has the vendors in the agreed order", () => {
    assert.deepEqual(
      allVendors().map((v) => v.id),
      [
        "discord-gateway",
        "discord-voice",
        "graphql-ws",
        "subscriptions-transport-ws",
        "pusher-channels",
        "centrifugo",
        "twitch-eventsub",
        "obs-websocket",
        "liveblocks",
        "hocuspocus",
        "socket-io",
        "phoenix",
        "aws-api-gateway",
        "slack-socket-mode",
      ],
    );
  });

  it("has unique ids, and getVendor finds each one", () => {
    const ids = allVendors().map((v) => v.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.equal(getVendor(id)?.id, id);
    assert.equal(getVendor("no-such-vendor"), undefined);
  });

  it("lists no code twice within a vendor", () => {
    for (const v of allVendors()) {
      const codes = v.codes.map((c) => c.code);
      assert.equal(new Set(codes).size, codes.length, v.id);
    }
  });

  it("gives every entry a reconnect rule and both locales", () => {
    for (const v of allVendors()) {
      for (const text of [v.summary, v.howItReports].filter((t) => t !== undefined)) {
        assert.ok(text.en.trim() && text.ru.trim(), `${v.id} text`);
      }
      for (const r of v.rangeRules) assert.ok(r.rule.en.trim() && r.rule.ru.trim(), `${v.id} ${r.from}`);
      for (const c of v.codes) {
        assert.ok(
          ["no", "after-fix", "reauth", "immediately", "backoff", "later"].includes(c.reconnect),
          `${v.id} ${c.code}`,
        );
        assert.ok(c.meaning.en.trim() && c.meaning.ru.trim(), `${v.id} ${c.code} meaning`);
        if (c.note) assert.ok(c.note.en.trim() && c.note.ru.trim(), `${v.id} ${c.code} note`);
        assert.match(c.meaning.ru, /[а-яё]/i, `${v.id} ${c.code}: the Russian meaning is in Russian`);
      }
    }
  });

  it("gives every vendor at least one source and an https docs URL", () => {
    for (const v of allVendors()) {
      assert.ok(v.sources.length >= 1, v.id);
      assert.match(v.docs, /^https:\/\//, v.id);
    }
  });

  it("keeps every code in 1000–4999 or in one of the vendor's stated ranges", () => {
    for (const v of allVendors()) {
      for (const c of v.codes) {
        const inRange = v.rangeRules.some((r) => c.code >= r.from && c.code <= r.to);
        assert.ok((c.code >= 1000 && c.code <= 4999) || inRange, `${v.id} ${c.code}`);
      }
    }
  });

  it("has codes for the code vendors and howItReports for the others", () => {
    const withoutCodes = allVendors()
      .filter((v) => v.codes.length === 0)
      .map((v) => v.id);
    assert.deepEqual(withoutCodes, ["socket-io", "phoenix", "aws-api-gateway", "slack-socket-mode"]);
    for (const id of withoutCodes) assert.ok(getVendor(id)?.howItReports, id);
  });

  it("finds every vendor's entry for a code, in vendor order", () => {
    const hits = vendorCodesFor(4004);
    const ids = hits.map((h) => h.vendor.id);
    assert.deepEqual(
      ids,
      allVendors()
        .map((v) => v.id)
        .filter((id) => ids.includes(id)),
      "vendor order",
    );
    const discord = hits.find((h) => h.vendor.id === "discord-gateway");
    assert.equal(discord?.entry.name, "Authentication failed");
    assert.equal(discord?.entry.reconnect, "no");
    const twitch = hits.find((h) => h.vendor.id === "twitch-eventsub");
    assert.equal(twitch?.entry.name, "Reconnect grace time expired");
    assert.ok(hits.length > 2, "others use 4004 too");
    assert.deepEqual(vendorCodesFor(1234), []);
  });

  it("covers 4000–4399 with Pusher's range rules, without gaps or overlaps", () => {
    const rules = [...(getVendor("pusher-channels")?.rangeRules ?? [])].sort((a, b) => a.from - b.from);
    assert.equal(rules[0]?.from, 4000);
    assert.equal(rules.at(-1)?.to, 4399);
    for (let i = 1; i < rules.length; i++) assert.equal(rules[i]?.from, (rules[i - 1]?.to ?? 0) + 1);
  });

  it("matches Pusher's and Centrifugo's code rules to their ranges", () => {
    const pusherByRange: Array<[number, number, string]> = [
      [4000, 4099, "no"],
      [4100, 4199, "backoff"],
      [4200, 4299, "immediately"],
      [4300, 4399, "backoff"],
    ];
    for (const c of getVendor("pusher-channels")?.codes ?? []) {
      const range = pusherByRange.find(([from, to]) => c.code >= from && c.code <= to);
      assert.equal(c.reconnect, range?.[2], `pusher ${c.code}`);
    }
    for (const c of getVendor("centrifugo")?.codes ?? []) {
      const terminal = c.code >= 3500 && c.code <= 3999;
      assert.equal(c.reconnect === "no", terminal, `centrifugo ${c.code}`);
    }
  });

  it("accepts an unmodified copy (so the rejections below are about the change)", () => {
    assert.doesNotThrow(() => parseVendors(copyRows()));
  });

  it("rejects a vendor that lists a code twice", () => {
    const rows = copyRows();
    const discord = rows[0]!;
    discord.codes.push({ ...discord.codes[0]! });
    assert.throws(() => parseVendors(rows), /discord-gateway lists code 4000 twice/);
  });

  it("rejects a duplicate vendor id", () => {
    const rows = copyRows();
    rows.push(rows[0]!);
    assert.throws(() => parseVendors(rows), /duplicate vendor id "discord-gateway"/);
  });

  it("rejects a row with a missing locale", () => {
    const rows = copyRows();
    const meaning = rows[0]!.codes[0]!.meaning as { en: string; ru?: string };
    delete meaning.ru;
    assert.throws(() => z.array(vendor).parse(rows));
    assert.throws(() => parseVendors(rows));
    const summaryless = copyRows();
    (summaryless[1]!.summary as { en?: string }).en = "";
    assert.throws(() => parseVendors(summaryless));
  });

  it("rejects a vendor without codes that does not say how it reports closes", () => {
    const rows = copyRows();
    const socketIo = rows.find((r) => r.id === "socket-io")!;
    delete socketIo.howItReports;
    assert.throws(() => parseVendors(rows), /how it reports closes/);
  });

  it("rejects unknown fields and unknown reconnect rules", () => {
    const extra = copyRows();
    extra[0]!.codes[0]!.retry = true;
    assert.throws(() => parseVendors(extra));
    const badRule = copyRows();
    badRule[0]!.codes[0]!.reconnect = "yes";
    assert.throws(() => parseVendors(badRule));
  });

  it("matches the reference on spot-checked facts", () => {
    // Discord Gateway: the reconnect column of the docs table.
    assert.equal(rule("discord-gateway", 4014).reconnect, "no");
    assert.equal(rule("discord-gateway", 4000).reconnect, "backoff");
    for (const n of [4004, 4010, 4011, 4012, 4013, 4014])
      assert.equal(rule("discord-gateway", n).reconnect, "no");
    assert.equal(
      getVendor("discord-gateway")?.codes.some((c) => c.code === 4006),
      false,
    );
    // Discord Voice: the only explicit advice.
    for (const n of [4014, 4021, 4022]) assert.equal(rule("discord-voice", n).reconnect, "no");
    assert.equal(rule("discord-voice", 4015).reconnect, "backoff");
    // graphql-ws: the client retries on 4403 ("might grant access after retry"), not on 4401.
    assert.equal(rule("graphql-ws", 4403).reconnect, "backoff");
    assert.equal(rule("graphql-ws", 4401).reconnect, "no");
    assert.equal(rule("graphql-ws", 4499).name, "Terminated");
    // terminate() also closes the real socket with 4499 (src/client.ts at v6.2.0).
    assert.match(rule("graphql-ws", 4499).note?.en ?? "", /closes the real socket with 4499/);
    // subscriptions-transport-ws: only 1002 and 1011.
    assert.deepEqual(
      getVendor("subscriptions-transport-ws")?.codes.map((c) => c.code),
      [1002, 1011],
    );
    // Pusher 4000: reconnect using wss://.
    assert.match(rule("pusher-channels", 4000).note?.en ?? "", /wss:\/\//);
    // Centrifugo: 3500 invalid token is terminal; 3000 is not IANA's Unauthorized.
    assert.equal(rule("centrifugo", 3500).reconnect, "no");
    assert.equal(rule("centrifugo", 3500).name, "invalid token");
    assert.equal(rule("centrifugo", 3000).name, "connection closed");
    // Twitch, OBS, Liveblocks, Hocuspocus.
    assert.equal(rule("twitch-eventsub", 4004).reconnect, "backoff");
    assert.equal(rule("obs-websocket", 4011).reconnect, "no");
    assert.equal(
      getVendor("obs-websocket")?.codes.some((c) => c.code === 0),
      false,
    );
    assert.equal(rule("liveblocks", 4109).reconnect, "reauth");
    assert.equal(rule("liveblocks", 4999).reconnect, "no");
    assert.equal(rule("hocuspocus", 4401).reconnect, "reauth");
    assert.equal(rule("hocuspocus", 1009).name, "Message Too Big");
  });
});

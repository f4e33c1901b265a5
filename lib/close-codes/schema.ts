import { z } from "zod";

/** Text the site shows in both locales. Every registry string a page renders is localised. */
export const localized = z.object({ en: z.string().min(1), ru: z.string().min(1) });
export type Localized = z.infer<typeof localized>;

export const specLink = z.object({
  label: z.string().min(1),
  url: z.url(),
});

/**
 * Who can put this code into a CloseEvent or a server log.
 * - peer: the other endpoint sent it in a close frame (server, or the page via close()).
 * - browser: the browser itself produces it (synthesised 1005/1006, 1001 on page teardown,
 *   1002 sent to the server on a protocol violation).
 * - proxy: an intermediary (gateway, load balancer) produces or causes it.
 * - library: a WebSocket library reports it locally (e.g. 1006/1015 in non-browser clients).
 */
export const producer = z.enum(["peer", "browser", "proxy", "library"]);
export type Producer = z.infer<typeof producer>;

/**
 * May an endpoint put the code in a close frame (RFC 6455 §7.4).
 * - allowed: a defined code an endpoint may send;
 * - reserved: 1004, defined as reserved, must not be sent;
 * - forbidden: 1005/1006/1015, "MUST NOT be set as a status code in a Close control frame".
 */
export const onWire = z.enum(["allowed", "reserved", "forbidden"]);

/** What a client should do when it sees the code (reconnect policy by class). */
export const reconnect = z.enum(["no", "yes", "backoff", "later", "fix-first"]);
export type Reconnect = z.infer<typeof reconnect>;

export const closeCodeEntry = z
  .object({
    code: z.number().int().min(0).max(65535),
    /** The name in the IANA registry (English, as registered). */
    ianaName: z.string().min(1),
    /** The name as the site shows it, localised. */
    name: localized,
    /** One-line meaning, localised: the decoder and the lists show it. */
    meaning: localized,
    onWire,
    /** close(code) from a page: only 1000 and 3000–4999 (WHATWG close() step 1). */
    sendableByPage: z.boolean(),
    // How an engine reports the code (CloseEvent, wasClean, error) differs per engine: it is
    // derived from the measured rules in engine-rules.ts, not stored per row.
    producers: z.array(producer).min(1),
    reconnect,
    spec: z.array(specLink).min(1),
    /** IANA registration date for 3xxx codes. */
    registered: z.iso.date().optional(),
    related: z.array(z.number().int()).default([]),
  })
  .strict();

export type CloseCodeEntry = z.infer<typeof closeCodeEntry>;

export const rangeEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    from: z.number().int().min(0).max(65535),
    to: z.number().int().min(0).max(65535),
    name: localized,
    meaning: localized,
    /** May a close frame carry a code from this range at all (RFC 6455 §7.4.2). */
    validOnWire: z.boolean(),
    sendableByPage: z.boolean(),
    spec: z.array(specLink).min(1),
  })
  .strict()
  .refine((r) => r.from <= r.to, { message: "range from > to" });

export type RangeEntry = z.infer<typeof rangeEntry>;

/**
 * The shapes of the registry. Plain TypeScript so the package needs no runtime dependency; the
 * site validates every row against a zod schema of the same shape at build time and in its tests
 * (lib/registry-schema.ts), so a bad row still fails the build.
 */

/** Text in both locales the registry speaks. Every string a page or the CLI renders is localised. */
export type Localized = { en: string; ru: string };
export const LOCALES = ["en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];

export type SpecLink = { label: string; url: string };

/**
 * Who can put this code into a CloseEvent or a server log.
 * - peer: the other endpoint sent it in a close frame (server, or the page via close()).
 * - browser: the browser itself produces it (synthesised 1005/1006, 1001 on page teardown,
 *   1002 sent to the server on a protocol violation).
 * - proxy: an intermediary (gateway, load balancer) produces or causes it.
 * - library: a WebSocket library reports it locally (e.g. 1006/1015 in non-browser clients).
 */
export const PRODUCERS = ["peer", "browser", "proxy", "library"] as const;
export type Producer = (typeof PRODUCERS)[number];

/**
 * May an endpoint put the code in a close frame (RFC 6455 §7.4).
 * - allowed: a defined code an endpoint may send;
 * - reserved: 1004, defined as reserved, must not be sent;
 * - forbidden: 1005/1006/1015, "MUST NOT be set as a status code in a Close control frame".
 */
export const ON_WIRE = ["allowed", "reserved", "forbidden"] as const;
export type OnWire = (typeof ON_WIRE)[number];

/** What a client should do when it sees the code (reconnect policy by class). */
export const RECONNECT = ["no", "yes", "backoff", "later", "fix-first"] as const;
export type Reconnect = (typeof RECONNECT)[number];

export type CloseCodeEntry = {
  code: number;
  /** The name in the IANA registry (English, as registered). */
  ianaName: string;
  /** The name as the site shows it, localised. */
  name: Localized;
  /** One-line meaning, localised: the decoder, the lists and the CLI show it. */
  meaning: Localized;
  onWire: OnWire;
  /** close(code) from a page: only 1000 and 3000–4999 (WHATWG close() step 1). */
  sendableByPage: boolean;
  // How an engine reports the code (CloseEvent, wasClean, error) differs per engine: it is
  // derived from the measured rules in engines/rules.ts, not stored per row.
  producers: Producer[];
  reconnect: Reconnect;
  spec: SpecLink[];
  /** IANA registration date for 3xxx codes (YYYY-MM-DD). */
  registered?: string;
  related: number[];
};

export type RangeEntry = {
  id: string;
  from: number;
  to: number;
  name: Localized;
  meaning: Localized;
  /** May a close frame carry a code from this range at all (RFC 6455 §7.4.2). */
  validOnWire: boolean;
  sendableByPage: boolean;
  spec: SpecLink[];
};

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

/**
 * Whether and how a client should reconnect after a code: one vocabulary for the registry's
 * codes, the vendors' codes, the CLI, the site and the tester. How soon and how to back off
 * follows from the class (reconnect/timing.ts), so every page gives the same numbers.
 * - no: do not reconnect (the close was on purpose, or the server refuses this client);
 * - after-fix: reconnecting unchanged fails again: fix the cause (a bug, a size, a config) first;
 * - reauth: get new credentials first, then reconnect;
 * - immediately: reconnect at once (the server asked for it), backing off only if that fails;
 * - backoff: reconnect with exponential backoff and jitter;
 * - later: reconnect, but start the backoff later (the server is restarting or overloaded).
 */
export const RECONNECT = ["no", "after-fix", "reauth", "immediately", "backoff", "later"] as const;
export type Reconnect = (typeof RECONNECT)[number];

export type CloseCodeEntry = {
  code: number;
  /**
   * The name in the IANA registry (English, as registered). null where IANA registers only a
   * description (1014): then `ianaDescription` holds it and `name` is a plain-language name of ours.
   */
  ianaName: string | null;
  /** IANA's text for a code registered with a description instead of a name (1014). */
  ianaDescription?: string;
  /** The name as the site shows it, localised (ours where `ianaName` is null). */
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

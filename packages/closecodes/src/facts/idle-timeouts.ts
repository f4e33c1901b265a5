import type { Localized } from "../codes/types.ts";

/**
 * Default idle and lifetime limits of proxies and platforms that end WebSockets without a close
 * frame (the page sees 1006). Source for every row: shared/reference/close-codes.md §3.1.
 */
export type IdleTimeout = {
  component: string;
  limit: Localized;
  kind: "idle" | "lifetime" | "idle+lifetime" | "ping";
  setting?: string;
  /** The default idle limit in seconds, when there is one (the tester matches 1006 timings to it). */
  idleS?: number;
  /** The default maximum connection lifetime in seconds, when there is one. */
  lifetimeS?: number;
  source: string;
};

export const idleTimeouts = [
  {
    component: "nginx",
    idleS: 60,
    limit: { en: "60 s without data from the upstream", ru: "60 с без данных от бэкенда" },
    kind: "idle",
    setting: "proxy_read_timeout",
    source: "https://nginx.org/en/docs/http/websocket.html",
  },
  {
    component: "Kubernetes ingress-nginx",
    idleS: 60,
    limit: { en: "60 s read, 60 s send", ru: "60 с на чтение, 60 с на отправку" },
    kind: "idle",
    setting: "nginx.ingress.kubernetes.io/proxy-read-timeout",
    source: "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/",
  },
  {
    component: "AWS Application Load Balancer",
    idleS: 60,
    limit: { en: "60 s (configurable 1–4000 s)", ru: "60 с (настраивается от 1 до 4000 с)" },
    kind: "idle",
    setting: "idle_timeout.timeout_seconds",
    source:
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html",
  },
  {
    component: "AWS Classic ELB",
    idleS: 60,
    limit: { en: "60 s (configurable 1–3600 s)", ru: "60 с (настраивается от 1 до 3600 с)" },
    kind: "idle",
    setting: "ConnectionSettings.IdleTimeout",
    source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-idle-timeout.html",
  },
  {
    component: "AWS API Gateway (WebSocket APIs)",
    idleS: 600,
    lifetimeS: 7200,
    limit: {
      en: "10 min idle, 2 h per connection; not adjustable",
      ru: "10 мин простоя, 2 ч на соединение; не меняется",
    },
    kind: "idle+lifetime",
    source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html",
  },
  {
    component: "AWS CloudFront",
    idleS: 600,
    limit: { en: "10 min idle; not adjustable", ru: "10 мин простоя; не меняется" },
    kind: "idle",
    source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html",
  },
  {
    component: "Cloudflare proxy",
    idleS: 100,
    limit: { en: "about 100 s without traffic", ru: "около 100 с без трафика" },
    kind: "idle",
    source: "https://developers.cloudflare.com/network/websockets/",
  },
  {
    component: "Heroku router",
    idleS: 55,
    limit: {
      en: "30 s to the first byte, then a rolling 55 s window",
      ru: "30 с до первого байта, затем скользящее окно 55 с",
    },
    kind: "idle",
    source: "https://devcenter.heroku.com/articles/http-routing#timeouts",
  },
  {
    component: "Google Cloud HTTP(S) Load Balancer",
    lifetimeS: 30,
    limit: {
      en: "backend service timeout, 30 s by default, is the maximum lifetime of a WebSocket",
      ru: "таймаут backend service, по умолчанию 30 с, — это максимальное время жизни WebSocket",
    },
    kind: "lifetime",
    setting: "timeoutSec",
    source: "https://cloud.google.com/load-balancing/docs/backend-service#timeout-setting",
  },
  {
    component: "Azure Front Door (Standard/Premium)",
    idleS: 300,
    lifetimeS: 14400,
    limit: { en: "5 min idle, 4 h per connection", ru: "5 мин простоя, 4 ч на соединение" },
    kind: "idle+lifetime",
    source: "https://learn.microsoft.com/en-us/azure/frontdoor/standard-premium/websocket",
  },
  {
    component: "Azure Load Balancer",
    idleS: 240,
    limit: {
      en: "4 min by default (4–100 min); silent drop unless TCP reset is enabled",
      ru: "4 мин по умолчанию (4–100 мин); тихий обрыв, если не включён TCP reset",
    },
    kind: "idle",
    source: "https://learn.microsoft.com/en-us/azure/load-balancer/load-balancer-tcp-idle-timeout",
  },
] as const satisfies readonly IdleTimeout[];

/** A known limit that a 1006's timing matches. */
export type Match = { component: string; seconds: number; kind: "idle" | "lifetime" };

/** A timing "matches" a known limit within 3 % or 1.5 s, whichever is larger. */
function near(ms: number, seconds: number): boolean {
  return Math.abs(ms - seconds * 1000) <= Math.max(1500, seconds * 30);
}

/**
 * The proxies and platforms whose default idle (or lifetime) limit matches `ms`: the 1006 timing
 * diagnosis the tester and the CLI's probe give.
 */
export function matchLimits(ms: number, kind: "idle" | "lifetime"): Match[] {
  const out: Match[] = [];
  for (const row of idleTimeouts) {
    const s =
      kind === "idle"
        ? "idleS" in row
          ? row.idleS
          : undefined
        : "lifetimeS" in row
          ? row.lifetimeS
          : undefined;
    if (s !== undefined && near(ms, s)) out.push({ component: row.component, seconds: s, kind });
  }
  return out;
}
